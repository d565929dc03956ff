package web_test

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/live/livetest"
	"github.com/cxmap/cxmap/live/web"
	"github.com/cxmap/cxmap/store"
)

type env struct {
	t    testing.TB
	st   *store.Store
	wid  int64
	sess *live.Session
	srv  *web.Server
	ts   *httptest.Server
}

func newEnv(t testing.TB, o web.Options, people ...string) *env {
	t.Helper()
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "Main", "cx-maturity", "en", people...)
	sess := livetest.Session(t, st, w.ID)
	srv := web.New(sess, o)
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { srv.Close(); ts.Close() })
	srv.SetBase(ts.URL)
	return &env{t: t, st: st, wid: w.ID, sess: sess, srv: srv, ts: ts}
}

// do sends a request and decodes a JSON answer into out (if not nil).
func (e *env) do(method, path, token, body string, out any) int {
	e.t.Helper()
	req, _ := http.NewRequest(method, e.ts.URL+path, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if out != nil && res.StatusCode == http.StatusOK {
		if err := json.Unmarshal(b, out); err != nil {
			e.t.Fatalf("%s %s: %v in %s", method, path, err, b)
		}
	}
	return res.StatusCode
}

func (e *env) join(name string) string {
	e.t.Helper()
	var r struct{ Token string }
	if c := e.do("POST", "/api/join", "", `{"code":"`+e.sess.JoinCode()+`","name":"`+name+`"}`, &r); c != 200 {
		e.t.Fatalf("join %s: %d", name, c)
	}
	return r.Token
}

func (e *env) fac(action, body string) int {
	e.t.Helper()
	return e.do("POST", "/api/facilitator/"+action, e.sess.FacilitatorToken(), body, nil)
}

func TestPageNeedsTheJoinCode(t *testing.T) {
	e := newEnv(t, web.Options{})
	code := e.sess.JoinCode()
	for path, want := range map[string]int{
		"/j/" + code:                        200,
		"/j/" + code + "/":                  200,
		"/J/" + code:                        200, // the QR code's capitals
		"/j/" + strings.ToLower(code):       200,
		"/j/" + code + "/app.js":            200,
		"/j/" + code + "/app.css":           200,
		"/j/WRONG1":                         404,
		"/j/WRONG1/app.js":                  404,
		"/":                                 404,
		"/api/roster":                       401,
		"/api/roster?code=" + code:          200,
		"/static/app.js":                    404,
		"/j/" + code + "/../../etc/passwd":  404,
		"/api/content":                      401,
		"/api/facilitator/state":            401,
		"/api/export":                       404,
		"/j/" + code + "/static/index.html": 404,
	} {
		if got := e.do("GET", path, "", "", nil); got != want {
			t.Errorf("GET %s: %d, want %d", path, got, want)
		}
	}
	res, err := http.Get(e.srv.JoinURL())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(b), "/j/"+code+"/app.js") || !strings.Contains(res.Header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Fatalf("page %s, CSP %q", b, res.Header.Get("Content-Security-Policy"))
	}
}

func TestJoinVoteChangeRevealConsensusEnd(t *testing.T) {
	e := newEnv(t, web.Options{}, "Ana", "Luis")
	q := e.sess.Questions()[0]
	ana := e.join("Ana")
	luis := e.join("Luis")
	if c := e.do("POST", "/api/join", "", `{"code":"`+e.sess.JoinCode()+`","name":"ana"}`, nil); c != http.StatusConflict {
		t.Fatalf("a name in use: %d, want 409", c)
	}
	if c := e.do("POST", "/api/join", "", `{"code":"NOPE22","name":"Eve"}`, nil); c != http.StatusUnauthorized {
		t.Fatalf("wrong code: %d", c)
	}
	vote := `{"question":"` + q + `","level":2}`
	if c := e.do("POST", "/api/vote", ana, vote, nil); c != http.StatusConflict {
		t.Fatalf("vote on a question not open: %d", c)
	}
	if c := e.fac("open", `{"question":"`+q+`"}`); c != 200 {
		t.Fatalf("open: %d", c)
	}
	var st live.PhoneState
	if c := e.do("POST", "/api/vote", ana, vote, &st); c != 200 || st.Mine[q].Level != 2 {
		t.Fatalf("vote: %d %+v", c, st)
	}
	if c := e.do("POST", "/api/vote", ana, `{"question":"`+q+`","level":4,"note":"after all"}`, &st); c != 200 || st.Mine[q].Level != 4 {
		t.Fatalf("changed vote: %d %+v", c, st)
	}
	e.do("POST", "/api/vote", luis, `{"question":"`+q+`","na":true}`, nil)
	// Luis sees his own vote only.
	if c := e.do("GET", "/api/state", luis, "", &st); c != 200 || len(st.Mine) != 1 || !st.Mine[q].NA || len(st.Revealed) != 0 {
		t.Fatalf("Luis's state %d %+v", c, st)
	}
	var snap live.Snapshot
	e.do("GET", "/api/facilitator/state", e.sess.FacilitatorToken(), "", &snap)
	if qs, _ := snap.Question(q); qs.Votes != 2 || qs.Reveal != nil {
		t.Fatalf("facilitator before reveal %+v", qs)
	}
	if c := e.fac("reveal", `{"question":"`+q+`"}`); c != 200 {
		t.Fatalf("reveal: %d", c)
	}
	if c := e.fac("consensus", `{"question":"`+q+`","level":3}`); c != 200 {
		t.Fatalf("consensus: %d", c)
	}
	e.do("GET", "/api/state", luis, "", &st)
	if r := st.Revealed[q]; r == nil || r.Levels[3].Count != 1 || r.NA.Count != 1 || r.Consensus != 3 {
		t.Fatalf("Luis after reveal %+v", st.Revealed[q])
	}
	if c := e.do("POST", "/api/vote", ana, vote, nil); c != http.StatusConflict {
		t.Fatalf("vote after reveal: %d", c)
	}
	rs, _ := e.st.Responses(context.Background(), e.wid)
	if len(rs) != 3 { // Ana, Luis and the consensus
		t.Fatalf("stored %+v", rs)
	}
	for _, r := range rs {
		if r.ParticipantID == 0 && r.Level != 3 || r.Note == "after all" && r.Level != 4 {
			t.Fatalf("stored %+v", rs)
		}
	}
	for _, a := range []struct{ action, body string }{
		{"pacing", `{"pacing":"self"}`}, {"anonymous", `{"on":true}`}, {"hide", `{"question":"` + q + `"}`},
	} {
		if c := e.fac(a.action, a.body); c != 200 {
			t.Fatalf("%s: %d", a.action, c)
		}
	}
	if c := e.fac("pacing", `{"pacing":"sideways"}`); c != 400 {
		t.Fatalf("bad pacing: %d", c)
	}
	if c := e.fac("end", ""); c != 200 {
		t.Fatalf("end: %d", c)
	}
	if c := e.do("POST", "/api/vote", ana, vote, nil); c != http.StatusGone {
		t.Fatalf("vote after end: %d", c)
	}
}

func TestTokensAndOwnership(t *testing.T) {
	e := newEnv(t, web.Options{}, "Ana", "Luis")
	q := e.sess.Questions()[0]
	ana := e.join("Ana")
	e.fac("open", `{"question":"`+q+`"}`)

	// Another workshop, another session: its token means nothing here, and
	// its questions are not this workshop's.
	other := livetest.Workshop(t, e.st, "Other", "cx-quickscan", "en", "Eve")
	os := livetest.Session(t, e.st, other.ID)
	eve, _, err := os.Join(context.Background(), "Eve")
	if err != nil {
		t.Fatal(err)
	}
	oq := os.Questions()[0]

	cases := []struct {
		name, method, path, token, body string
		want                            int
	}{
		{"no token", "POST", "/api/vote", "", `{"question":"` + q + `","level":2}`, 401},
		{"wrong token", "POST", "/api/vote", "bm90LWEtdG9rZW4tYXQtYWxsLXJlYWxseQ", `{"question":"` + q + `","level":2}`, 401},
		{"other workshop's token", "POST", "/api/vote", eve, `{"question":"` + q + `","level":2}`, 401},
		{"other workshop's question", "POST", "/api/vote", ana, `{"question":"` + oq + `","level":2}`, 404},
		{"another participant's answer", "POST", "/api/vote", ana, `{"question":"` + q + `","level":2,"participant_id":2}`, 400},
		{"join code as token", "POST", "/api/vote", e.sess.JoinCode(), `{"question":"` + q + `","level":2}`, 401},
		{"participant as facilitator", "POST", "/api/facilitator/reveal", ana, `{"question":"` + q + `"}`, 401},
		{"participant reads facilitator state", "GET", "/api/facilitator/state", ana, "", 401},
		{"other facilitator", "POST", "/api/facilitator/reveal", os.FacilitatorToken(), `{"question":"` + q + `"}`, 401},
		{"token in query for vote", "POST", "/api/vote?token=" + ana, "", `{"question":"` + q + `","level":2}`, 200},
		{"malformed", "POST", "/api/vote", ana, `{"question":`, 400},
		{"two objects", "POST", "/api/vote", ana, `{"question":"` + q + `","level":2}{}`, 400},
		{"oversized", "POST", "/api/vote", ana, `{"question":"` + q + `","level":2,"note":"` + strings.Repeat("x", 9000) + `"}`, 413},
		{"oversized join", "POST", "/api/join", "", `{"code":"` + e.sess.JoinCode() + `","name":"` + strings.Repeat("x", 9000) + `"}`, 413},
		{"long note", "POST", "/api/vote", ana, `{"question":"` + q + `","level":2,"note":"` + strings.Repeat("x", 2001) + `"}`, 400},
		{"no action", "POST", "/api/facilitator/export", e.sess.FacilitatorToken(), "", 404},
	}
	for _, c := range cases {
		if got := e.do(c.method, c.path, c.token, c.body, nil); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
	// Nothing reached the other workshop, nor Luis.
	rs, _ := e.st.Responses(context.Background(), other.ID)
	if len(rs) != 0 {
		t.Fatalf("other workshop got %+v", rs)
	}
	rs, _ = e.st.Responses(context.Background(), e.wid)
	if len(rs) != 1 {
		t.Fatalf("answers %+v", rs)
	}
}

func TestFloodIsLimited(t *testing.T) {
	e := newEnv(t, web.Options{Rate: 5, Burst: 10, IPRate: 20, IPBurst: 30}, "Ana")
	ana := e.join("Ana")
	limited := 0
	for range 25 {
		if e.do("GET", "/api/state", ana, "", nil) == http.StatusTooManyRequests {
			limited++
		}
	}
	if limited < 10 {
		t.Fatalf("a phone's flood: %d of 25 limited", limited)
	}
	// Guessing join codes from one address is limited too, token or not.
	limited = 0
	for range 40 {
		if e.do("GET", "/api/roster?code=GUESS2", "", "", nil) == http.StatusTooManyRequests {
			limited++
		}
	}
	if limited == 0 {
		t.Fatal("a flood of code guesses was never limited")
	}
}

func TestParticipantCap(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-quickscan", "en")
	sess, err := live.Open(context.Background(), live.Options{Store: st, WorkshopID: w.ID, MaxParticipants: 1})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(web.New(sess, web.Options{}))
	defer ts.Close()
	for i, want := range []int{200, 403} {
		res, err := http.Post(ts.URL+"/api/join", "application/json",
			strings.NewReader(`{"code":"`+sess.JoinCode()+`","name":"P`+string(rune('a'+i))+`"}`))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != want {
			t.Fatalf("join %d: %d, want %d", i, res.StatusCode, want)
		}
	}
}

// The event stream sends the phone's state at once and after a change,
// and ends with the session.
func TestEventStream(t *testing.T) {
	e := newEnv(t, web.Options{}, "Ana")
	ana := e.join("Ana")
	q := e.sess.Questions()[0]
	res, err := http.Get(e.ts.URL + "/api/events?token=" + ana)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	events := make(chan live.PhoneState, 10)
	go func() {
		sc := bufio.NewScanner(res.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var st live.PhoneState
				json.Unmarshal([]byte(d), &st)
				events <- st
			}
		}
		close(events)
	}()
	next := func() live.PhoneState {
		select {
		case st, ok := <-events:
			if !ok {
				t.Fatal("stream closed")
			}
			return st
		case <-time.After(5 * time.Second):
			t.Fatal("no event")
		}
		return live.PhoneState{}
	}
	if st := next(); st.Name != "Ana" || st.Current != "" {
		t.Fatalf("first event %+v", st)
	}
	e.fac("open", `{"question":"`+q+`"}`)
	for st := next(); st.Current != q; st = next() {
	}
	e.fac("end", "")
	for st := next(); !st.Ended; st = next() {
	}
	for range events { // the stream ends
	}
}

// A phone cannot hold more than a few event streams open.
func TestStreamsPerPhoneCapped(t *testing.T) {
	e := newEnv(t, web.Options{}, "Ana")
	ana := e.join("Ana")
	var open []*http.Response
	defer func() {
		for _, r := range open {
			r.Body.Close()
		}
	}()
	codes := map[int]int{}
	for range 6 {
		res, err := http.Get(e.ts.URL + "/api/events?token=" + ana)
		if err != nil {
			t.Fatal(err)
		}
		codes[res.StatusCode]++
		if res.StatusCode == 200 {
			open = append(open, res)
		} else {
			res.Body.Close()
		}
	}
	if codes[200] != 4 || codes[http.StatusTooManyRequests] != 2 {
		t.Fatalf("streams: %v", codes)
	}
}

// FuzzVote: whatever a phone sends as a vote, the server answers with a
// client error or stores exactly the valid vote; it never fails inside.
func FuzzVote(f *testing.F) {
	for _, s := range []string{`{"question":"strategy.vision","level":3}`, `{"question":"strategy.vision","na":true,"note":"x"}`,
		`{"question":"x","level":99}`, `{}`, `[]`, `{"question":"strategy.vision","level":3,"participant_id":1}`, "\x00", `{"level":1e400}`} {
		f.Add(s)
	}
	e := newEnv(f, web.Options{Rate: 1e9, Burst: 1e9, IPRate: 1e9, IPBurst: 1e9}, "Ana")
	ana := e.join("Ana")
	if err := e.sess.SetPacing(context.Background(), live.SelfPaced); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		e.t = t
		var st live.PhoneState
		code := e.do("POST", "/api/vote", ana, body, &st)
		if code >= 500 {
			t.Fatalf("%q: %d", body, code)
		}
		if code == 200 && len(st.Mine) == 0 {
			t.Fatalf("%q: accepted but not stored", body)
		}
	})
}
