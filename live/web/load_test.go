package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/live/web"
)

const (
	loadPhones = 60
	// Every request of the load test comes from 127.0.0.1: the per-address
	// limit is for a room of phones, each on its own address.
	loadIPRate = 1e6
)

// levelFor is the vote of phone p on question i, so the database can be
// checked vote by vote afterwards.
func levelFor(p, i int) int { return (p+i)%5 + 1 }

type voteTiming struct {
	sent time.Time
	seq  uint64
}

// runLoad has loadPhones phones join, then vote at once on every question
// of cx-maturity (self-paced), while a facilitator follows the session as
// the screen does. It returns each vote's timing, the facilitator's
// arrivals (seq and time), and how long the voting took.
func runLoad(t testing.TB, e *env) ([]voteTiming, []voteTiming, time.Duration) {
	qs := e.sess.Questions()
	if want := e.sess.Assessment().QuestionCount(); len(qs) != want || want < 48 {
		t.Fatalf("cx-maturity has %d questions, want all %d (at least 48)", len(qs), want)
	}
	if err := e.sess.SetPacing(context.Background(), live.SelfPaced); err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: loadPhones * 2}}
	tokens := make([]string, loadPhones)
	for p := range tokens {
		tokens[p] = e.join(fmt.Sprintf("Phone %02d", p))
	}

	// Every phone follows the session as the page does, through its event
	// stream, so each change is also sent to 60 phones while they vote.
	streams := make([]*http.Response, loadPhones)
	var drained sync.WaitGroup
	for p := range tokens {
		res, err := client.Get(e.ts.URL + "/api/events?token=" + tokens[p])
		if err != nil || res.StatusCode != 200 {
			t.Fatalf("phone %d's stream: %v", p, err)
		}
		streams[p] = res
		drained.Add(1)
		go func() {
			defer drained.Done()
			_, _ = io.Copy(io.Discard, res.Body)
		}()
	}
	defer func() {
		for _, r := range streams {
			r.Body.Close()
		}
		drained.Wait()
	}()

	// The facilitator: woken on every change, reads a snapshot, as the
	// screen does; it stops once it has seen the last change.
	var arrivals []voteTiming
	wake, stop := e.sess.Watch()
	defer stop()
	target := make(chan uint64, 1)
	followed := make(chan struct{})
	go func() {
		defer close(followed)
		want := ^uint64(0)
		for {
			select {
			case <-wake:
				s := e.sess.Snapshot()
				arrivals = append(arrivals, voteTiming{sent: time.Now(), seq: s.Seq})
				if s.Seq >= want {
					return
				}
			case want = <-target:
				if n := len(arrivals); n > 0 && arrivals[n-1].seq >= want {
					return
				}
			}
		}
	}()

	timings := make([][]voteTiming, loadPhones)
	var wg sync.WaitGroup
	start := time.Now()
	for p := range loadPhones {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, q := range qs {
				body := fmt.Sprintf(`{"question":%q,"level":%d}`, q, levelFor(p, i))
				req, _ := http.NewRequest("POST", e.ts.URL+"/api/vote", strings.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+tokens[p])
				sent := time.Now()
				res, err := client.Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				var st live.PhoneState
				err = json.NewDecoder(res.Body).Decode(&st)
				res.Body.Close()
				if res.StatusCode != 200 || err != nil {
					t.Errorf("phone %d question %s: %d %v", p, q, res.StatusCode, err)
					return
				}
				timings[p] = append(timings[p], voteTiming{sent: sent, seq: st.Seq})
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	target <- e.sess.Snapshot().Seq
	select {
	case <-followed:
	case <-time.After(10 * time.Second):
		t.Fatal("the facilitator never saw the last vote")
	}
	return slices.Concat(timings...), arrivals, elapsed
}

func TestLoadEveryVoteStoredExactlyOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	e := newEnv(t, web.Options{Rate: 1e6, Burst: 1000, IPRate: loadIPRate, IPBurst: 1e6})
	votes, _, _ := runLoad(t, e)
	n := loadPhones * len(e.sess.Questions())
	if len(votes) != n {
		t.Fatalf("%d votes answered, want %d", len(votes), n)
	}
	rs, err := e.st.Responses(context.Background(), e.wid)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != n {
		t.Fatalf("%d answers stored, want %d", len(rs), n)
	}
	people, _ := e.st.Participants(context.Background(), e.wid)
	phone := map[int64]int{}
	for _, p := range people {
		var n int
		fmt.Sscanf(p.Name, "Phone %d", &n)
		phone[p.ID] = n
	}
	index := map[string]int{}
	for i, q := range e.sess.Questions() {
		index[q] = i
	}
	seen := map[[2]any]bool{}
	for _, r := range rs {
		k := [2]any{r.ParticipantID, r.QuestionID}
		if seen[k] {
			t.Fatalf("answer stored twice: %+v", r)
		}
		seen[k] = true
		if want := levelFor(phone[r.ParticipantID], index[r.QuestionID]); r.Level != want || r.NA {
			t.Fatalf("answer %+v, want level %d", r, want)
		}
	}
	snap := e.sess.Snapshot()
	for _, q := range snap.Questions {
		if q.Votes != loadPhones {
			t.Fatalf("facilitator sees %d votes on %s, want %d", q.Votes, q.ID, loadPhones)
		}
	}
}

// BenchmarkLoad60PhonesAllQuestions: 60 phones vote at once on all the
// questions of cx-maturity (48 when the issue was written, 53 now) over HTTP. It reports the time from a vote
// leaving the phone to the facilitator's view showing it (p50, p99) and
// the votes stored per second.
func BenchmarkLoad60PhonesAllQuestions(b *testing.B) {
	var lat []time.Duration
	var votes int
	var total time.Duration
	for b.Loop() {
		b.StopTimer()
		e := newEnv(b, web.Options{Rate: 1e6, Burst: 1000, IPRate: loadIPRate, IPBurst: 1e6})
		b.StartTimer()
		vs, arr, elapsed := runLoad(b, e)
		b.StopTimer()
		for _, v := range vs {
			i, ok := slices.BinarySearchFunc(arr, v.seq, func(a voteTiming, s uint64) int {
				return cmpU(a.seq, s)
			})
			if !ok && i >= len(arr) {
				b.Fatalf("vote seq %d never reached the facilitator", v.seq)
			}
			lat = append(lat, arr[i].sent.Sub(v.sent))
		}
		votes += len(vs)
		total += elapsed
		b.StartTimer()
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(votes)/total.Seconds(), "votes/s")
}

func cmpU(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
