package store

import (
	"errors"
	"testing"
)

func TestLiveSessionAndTokens(t *testing.T) {
	s, path := openTemp(t)
	w := mustCreate(t, s, "Live")
	other := mustCreate(t, s, "Other")
	if _, ok, err := s.LiveSession(ctx, w.ID); ok || err != nil {
		t.Fatalf("a session before any: %v %v", ok, err)
	}
	ls := LiveSession{JoinCode: "ABC234", FacilitatorHash: "f1", Addr: "192.168.1.5:8123", State: `{"pacing":"self"}`}
	if err := s.SaveLiveSession(ctx, w.ID, ls); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveLiveState(ctx, w.ID, `{"pacing":"together"}`); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveLiveState(ctx, other.ID, `{}`); err == nil {
		t.Fatal("state saved for a workshop without a session")
	}

	ana, err := s.AddParticipant(ctx, w.ID, "Ana", "CEO")
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.JoinLive(ctx, w.ID, "ANA", "h1") // picks Ana, whatever the case
	if err != nil || p.ID != ana.ID || p.Name != "Ana" || p.Role != "CEO" {
		t.Fatalf("join as Ana: %+v %v", p, err)
	}
	if _, err := s.JoinLive(ctx, w.ID, "ana", "h2"); !errors.Is(err, ErrTokenTaken) {
		t.Fatalf("second phone as Ana: %v", err)
	}
	luis, err := s.JoinLive(ctx, w.ID, " Luis ", "h3") // a new participant
	if err != nil || luis.Name != "Luis" {
		t.Fatalf("join as Luis: %+v %v", luis, err)
	}
	if err := s.SetLivePosition(ctx, "h3", "q2"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetLivePosition(ctx, "nope", "q2"); err == nil {
		t.Fatal("position for an unknown token")
	}
	s.Close()

	// Everything survives reopening the file.
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, ok, err := s.LiveSession(ctx, w.ID)
	if !ok || err != nil || got.JoinCode != "ABC234" || got.Addr != "192.168.1.5:8123" || got.State != `{"pacing":"together"}` {
		t.Fatalf("session after reopening: %+v %v %v", got, ok, err)
	}
	toks, err := s.LiveTokens(ctx, w.ID)
	if err != nil || len(toks) != 2 || toks[0].Hash != "h1" || toks[1].Participant.Name != "Luis" || toks[1].Position != "q2" {
		t.Fatalf("tokens %+v %v", toks, err)
	}
	if toks, _ := s.LiveTokens(ctx, other.ID); len(toks) != 0 {
		t.Fatalf("another workshop's tokens: %+v", toks)
	}
	// A removed participant's phone goes with them.
	if err := s.DeleteParticipant(ctx, luis.ID); err != nil {
		t.Fatal(err)
	}
	if toks, _ := s.LiveTokens(ctx, w.ID); len(toks) != 1 {
		t.Fatalf("tokens after removing Luis: %+v", toks)
	}
}
