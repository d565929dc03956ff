package live_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/live/livetest"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
)

var ctx = context.Background()

func ptr(s string) *string { return &s }

func join(t *testing.T, s *live.Session, name string) (string, int64) {
	t.Helper()
	tok, p, err := s.Join(ctx, name)
	if err != nil {
		t.Fatalf("join %q: %v", name, err)
	}
	return tok, p.ID
}

func answers(t *testing.T, st *store.Store, wid int64) map[[2]any]model.Response {
	t.Helper()
	rs, err := st.Responses(ctx, wid)
	if err != nil {
		t.Fatal(err)
	}
	out := map[[2]any]model.Response{}
	for _, r := range rs {
		out[[2]any{r.ParticipantID, r.QuestionID}] = r
	}
	return out
}

func TestJoinPicksRosterNameOnceAndCreatesNewOnes(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-maturity", "en", "Ana", "Luis")
	s := livetest.Session(t, st, w.ID)

	tok, ana := join(t, s, "ana") // any case picks the roster's Ana
	if len(tok) < 22 {
		t.Fatalf("token %q shorter than 128 bits", tok)
	}
	if _, _, err := s.Join(ctx, "ANA"); !errors.Is(err, live.ErrNameTaken) {
		t.Fatalf("second Ana: %v, want ErrNameTaken", err)
	}
	_, marta := join(t, s, "Marta")
	people, _ := st.Participants(ctx, w.ID)
	if len(people) != 3 || people[0].ID != ana || people[2].ID != marta || people[2].Name != "Marta" {
		t.Fatalf("participants %+v", people)
	}
	roster := s.Roster()
	if len(roster) != 3 || !roster[0].Taken || roster[1].Taken || !roster[2].Taken {
		t.Fatalf("roster %+v", roster)
	}
	if id, ok := s.Participant(tok); !ok || id != ana {
		t.Fatalf("token answers as %d %v", id, ok)
	}
	for _, bad := range []string{"", "   ", "a\x1bb", "evil\u202e", string(make([]rune, 61))} {
		if _, _, err := s.Join(ctx, bad); !errors.Is(err, live.ErrBadName) {
			t.Errorf("join %q: %v, want ErrBadName", bad, err)
		}
	}
}

func TestParticipantCap(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-quickscan", "en")
	s, err := live.Open(ctx, live.Options{Store: st, WorkshopID: w.ID, MaxParticipants: 2})
	if err != nil {
		t.Fatal(err)
	}
	join(t, s, "A")
	join(t, s, "B")
	if _, _, err := s.Join(ctx, "C"); !errors.Is(err, live.ErrFull) {
		t.Fatalf("third phone: %v, want ErrFull", err)
	}
}

func TestTogetherBlindVoteRevealConsensus(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-maturity", "en", "Ana", "Luis", "Marta")
	s := livetest.Session(t, st, w.ID)
	q := s.Questions()[0]
	_, ana := join(t, s, "Ana")
	_, luis := join(t, s, "Luis")
	_, marta := join(t, s, "Marta")

	if _, err := s.Vote(ctx, ana, live.Vote{Question: q, Level: 2}); !errors.Is(err, live.ErrNotOpen) {
		t.Fatalf("vote before open: %v", err)
	}
	if err := s.OpenQuestion(ctx, q); err != nil {
		t.Fatal(err)
	}
	for _, v := range []struct {
		pid int64
		v   live.Vote
	}{
		{ana, live.Vote{Question: q, Level: 2}},
		{ana, live.Vote{Question: q, Level: 1, Note: ptr("changed my mind")}}, // replaces
		{luis, live.Vote{Question: q, Level: 4}},
		{marta, live.Vote{Question: q, NA: true}},
	} {
		if _, err := s.Vote(ctx, v.pid, v.v); err != nil {
			t.Fatal(err)
		}
	}
	for _, bad := range []live.Vote{
		{Question: q, Level: 6}, {Question: q, Level: -1}, {Question: q}, {Question: q, Level: 2, NA: true},
		{Question: q, DontKnow: true, NA: true},
	} {
		if _, err := s.Vote(ctx, ana, bad); !errors.Is(err, live.ErrBadVote) {
			t.Errorf("vote %+v: %v, want ErrBadVote", bad, err)
		}
	}
	if _, err := s.Vote(ctx, ana, live.Vote{Question: "no.such", Level: 2}); !errors.Is(err, live.ErrUnknown) {
		t.Errorf("unknown question: %v", err)
	}

	// Blind: the facilitator sees a count, each phone only its own vote.
	snap := s.Snapshot()
	qs, _ := snap.Question(q)
	if qs.Votes != 3 || qs.Revealed || qs.Reveal != nil {
		t.Fatalf("before reveal %+v", qs)
	}
	ph, _ := s.Phone(luis)
	if len(ph.Mine) != 1 || ph.Mine[q].Level != 4 || len(ph.Revealed) != 0 || ph.Current != q {
		t.Fatalf("Luis's phone before reveal %+v", ph)
	}
	// Stored at once as answers, one row per participant.
	got := answers(t, st, w.ID)
	if r := got[[2]any{ana, q}]; r.Level != 1 || r.Note != "changed my mind" {
		t.Fatalf("Ana's answer %+v", r)
	}
	if r := got[[2]any{marta, q}]; !r.NA {
		t.Fatalf("Marta's answer %+v", r)
	}
	if err := s.SetConsensus(ctx, q, 3, false); err != nil {
		t.Fatal(err)
	}

	if err := s.Reveal(ctx, q); err != nil {
		t.Fatal(err)
	}
	qs, _ = s.Snapshot().Question(q)
	r := qs.Reveal
	if r == nil || r.Votes != 3 || r.Levels[0].Count != 1 || r.Levels[3].Count != 1 || r.NA.Count != 1 ||
		r.Median != 2.5 || !r.HasMedian || r.Spread != 3 || !r.Disagreement || r.Consensus != 3 {
		t.Fatalf("reveal %+v", r)
	}
	if len(r.Levels[0].Names) != 1 || r.Levels[0].Names[0] != "Ana" || r.NA.Names[0] != "Marta" {
		t.Fatalf("names %+v", r)
	}
	ph, _ = s.Phone(luis)
	if ph.Revealed[q] == nil || ph.Revealed[q].Votes != 3 {
		t.Fatalf("phones see the reveal: %+v", ph.Revealed)
	}
	if _, err := s.Vote(ctx, ana, live.Vote{Question: q, Level: 5}); !errors.Is(err, live.ErrRevealed) {
		t.Fatalf("vote after reveal: %v", err)
	}
	if err := s.SetAnonymous(ctx, true); err != nil {
		t.Fatal(err)
	}
	qs, _ = s.Snapshot().Question(q)
	if len(qs.Reveal.Levels[0].Names) != 0 || !qs.Reveal.Anonymous {
		t.Fatalf("anonymous reveal still names: %+v", qs.Reveal)
	}
}

func TestSelfPacedProgressAndStuck(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-quickscan", "en")
	clock := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
	s, err := live.Open(ctx, live.Options{Store: st, WorkshopID: w.ID, Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	qs := s.Questions()
	_, ana := join(t, s, "Ana")
	_, luis := join(t, s, "Luis")
	if err := s.SetPacing(ctx, live.SelfPaced); err != nil {
		t.Fatal(err)
	}
	for _, q := range qs[:3] {
		if err := s.Move(ctx, ana, q); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Vote(ctx, ana, live.Vote{Question: q, Level: 3}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Move(ctx, luis, qs[1]); err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(live.StuckAfter)
	snap := s.Snapshot()
	if snap.People[0].Answered != 3 || snap.People[0].Stuck || snap.People[1].Answered != 0 || !snap.People[1].Stuck ||
		snap.People[1].Position != qs[1] {
		t.Fatalf("people %+v", snap.People)
	}
	if q, _ := snap.Question(qs[0]); q.Votes != 1 {
		t.Fatalf("per question %+v", q)
	}
}

// A restarted app keeps the join code and what was revealed; phones
// rejoin with their tokens and find their answers and their place.
func TestRestartKeepsTokensCodeRevealsAndPosition(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-quickscan", "en")
	s1, err := live.Open(ctx, live.Options{Store: st, WorkshopID: w.ID})
	if err != nil {
		t.Fatal(err)
	}
	qs := s1.Questions()
	tok, ana := join(t, s1, "Ana")
	if err := s1.SetPacing(ctx, live.SelfPaced); err != nil {
		t.Fatal(err)
	}
	s1.Vote(ctx, ana, live.Vote{Question: qs[0], Level: 2})
	s1.Reveal(ctx, qs[0])
	s1.Move(ctx, ana, qs[2])
	fac1 := s1.FacilitatorToken()
	s1.End()

	s2 := livetest.Session(t, st, w.ID)
	if s2.JoinCode() != s1.JoinCode() || s2.FacilitatorToken() == fac1 || s2.CheckFacilitator(fac1) {
		t.Fatal("the join code survives a restart; the facilitator token does not")
	}
	id, ok := s2.Participant(tok)
	if !ok || id != ana {
		t.Fatalf("token after restart: %d %v", id, ok)
	}
	ph, _ := s2.Phone(ana)
	if ph.Position != qs[2] || ph.Mine[qs[0]].Level != 2 || ph.Revealed[qs[0]] == nil || ph.Pacing != live.SelfPaced {
		t.Fatalf("phone after restart %+v", ph)
	}
	if _, ok := s2.Participant("made-up"); ok {
		t.Fatal("a made-up token answers as someone")
	}
}

// Answers typed in the app for someone without a phone count once the
// session reads them again (a reveal always does).
func TestAppAnswersCountAtReveal(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-quickscan", "en", "Pablo")
	s := livetest.Session(t, st, w.ID)
	q := s.Questions()[0]
	people, _ := st.Participants(ctx, w.ID)
	if err := st.SaveResponse(ctx, w.ID, model.Response{ParticipantID: people[0].ID, QuestionID: q, Level: 5}); err != nil {
		t.Fatal(err)
	}
	s.OpenQuestion(ctx, q)
	if err := s.Reveal(ctx, q); err != nil {
		t.Fatal(err)
	}
	qs, _ := s.Snapshot().Question(q)
	if qs.Reveal.Levels[4].Count != 1 || qs.Reveal.Levels[4].Names[0] != "Pablo" {
		t.Fatalf("reveal %+v", qs.Reveal)
	}
}

func TestEndClosesEverything(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-quickscan", "en")
	s := livetest.Session(t, st, w.ID)
	_, ana := join(t, s, "Ana")
	wake, stop := s.Watch()
	defer stop()
	s.End()
	select {
	case <-s.Done():
	default:
		t.Fatal("Done not closed")
	}
	select {
	case <-wake:
	default:
		t.Fatal("watchers not woken")
	}
	if _, err := s.Vote(ctx, ana, live.Vote{Question: s.Questions()[0], Level: 1}); !errors.Is(err, live.ErrEnded) {
		t.Fatalf("vote after end: %v", err)
	}
	if _, _, err := s.Join(ctx, "Luis"); !errors.Is(err, live.ErrEnded) {
		t.Fatalf("join after end: %v", err)
	}
	if !s.Snapshot().Ended {
		t.Fatal("snapshot not ended")
	}
}

func TestJoinCodes(t *testing.T) {
	seen := map[string]bool{}
	for range 200 {
		c := live.NewJoinCode()
		if len(c) != 6 || seen[c] {
			t.Fatalf("code %q", c)
		}
		seen[c] = true
		for _, r := range c {
			if r == 'O' || r == '0' || r == 'I' || r == '1' || r == 'L' {
				t.Fatalf("ambiguous character in %q", c)
			}
		}
	}
}

// A vote without a note keeps the note the answer had (typed in the app,
// or sent with an earlier vote); a vote with one replaces it.
func TestVoteKeepsNoteUnlessGiven(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-quickscan", "en", "Ana")
	people, _ := st.Participants(ctx, w.ID)
	s := livetest.Session(t, st, w.ID)
	qs := s.Questions()
	if err := st.SaveResponse(ctx, w.ID, model.Response{ParticipantID: people[0].ID, QuestionID: qs[0], Note: "typed in the app"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	_, ana := join(t, s, "Ana")
	s.SetPacing(ctx, live.SelfPaced)
	s.Vote(ctx, ana, live.Vote{Question: qs[0], Level: 3})
	s.Vote(ctx, ana, live.Vote{Question: qs[1], Level: 2, Note: ptr("mine")})
	s.Vote(ctx, ana, live.Vote{Question: qs[1], Level: 4})
	got := answers(t, st, w.ID)
	if r := got[[2]any{ana, qs[0]}]; r.Level != 3 || r.Note != "typed in the app" {
		t.Fatalf("first %+v", r)
	}
	if r := got[[2]any{ana, qs[1]}]; r.Level != 4 || r.Note != "mine" {
		t.Fatalf("second %+v", r)
	}
	s.Vote(ctx, ana, live.Vote{Question: qs[1], Level: 4, Note: ptr("")})
	if r := answers(t, st, w.ID)[[2]any{ana, qs[1]}]; r.Note != "" {
		t.Fatalf("an empty note given clears it: %+v", r)
	}
}

// A vote wakes the voter's phone and the facilitator, not the other
// phones (votes are blind: they have nothing new to show); a reveal wakes
// every phone.
func TestWatchersWokenByWhatTheyMaySee(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-quickscan", "en")
	s := livetest.Session(t, st, w.ID)
	q := s.Questions()[0]
	_, ana := join(t, s, "Ana")
	_, luis := join(t, s, "Luis")
	s.OpenQuestion(ctx, q)
	fac, stop1 := s.Watch()
	defer stop1()
	a, stop2 := s.WatchPhone(ana)
	defer stop2()
	l, stop3 := s.WatchPhone(luis)
	defer stop3()
	woken := func(ch <-chan struct{}) bool {
		select {
		case <-ch:
			return true
		default:
			return false
		}
	}
	s.Vote(ctx, ana, live.Vote{Question: q, Level: 2})
	if !woken(fac) || !woken(a) || woken(l) {
		t.Fatal("a vote must wake the facilitator and the voter only")
	}
	s.Connect(ana)()
	if !woken(fac) || woken(a) || woken(l) {
		t.Fatal("a connection must wake the facilitator only")
	}
	s.Reveal(ctx, q)
	if !woken(fac) || !woken(a) || !woken(l) {
		t.Fatal("a reveal must wake everyone")
	}
}

// A facilitator's action whose save fails changes nothing anyone sees.
func TestFailedSaveShowsNothing(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-quickscan", "en")
	s := livetest.Session(t, st, w.ID)
	q := s.Questions()[0]
	st.Close() // every later write fails
	if err := s.Reveal(ctx, q); err == nil {
		t.Fatal("reveal on a closed store succeeded")
	}
	if err := s.OpenQuestion(ctx, q); err == nil {
		t.Fatal("open on a closed store succeeded")
	}
	snap := s.Snapshot()
	if snap.Current != "" || snap.Questions[0].Revealed {
		t.Fatalf("unsaved state shown: %+v", snap.Questions[0])
	}
}

// "Don't know" is a vote of its own: stored as such, counted apart in the
// reveal, and left out of the median and spread.
func TestDontKnowVote(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "W", "cx-quickscan", "en")
	s := livetest.Session(t, st, w.ID)
	q := s.Questions()[0]
	_, ana := join(t, s, "Ana")
	_, luis := join(t, s, "Luis")
	s.OpenQuestion(ctx, q)
	if _, err := s.Vote(ctx, ana, live.Vote{Question: q, DontKnow: true}); err != nil {
		t.Fatal(err)
	}
	s.Vote(ctx, luis, live.Vote{Question: q, Level: 4})
	if r := answers(t, st, w.ID)[[2]any{ana, q}]; !r.DontKnow || r.Level != 0 || r.NA {
		t.Fatalf("stored %+v", r)
	}
	if ph, _ := s.Phone(ana); !ph.Mine[q].DontKnow {
		t.Fatalf("phone %+v", ph.Mine[q])
	}
	s.Reveal(ctx, q)
	qs, _ := s.Snapshot().Question(q)
	r := qs.Reveal
	if r.Votes != 2 || r.DontKnow.Count != 1 || r.DontKnow.Names[0] != "Ana" || r.Median != 4 || r.Spread != 0 {
		t.Fatalf("reveal %+v", r)
	}
	if !s.Content().DontKnow {
		t.Fatal("phones are not offered don't know")
	}
}
