package live

import (
	"context"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/store"
)

// An SSH connection's app ends the sessions started on its own store, and
// only those: another facilitator's session runs on.
func TestShutdownStoreEndsOnlyItsSessions(t *testing.T) {
	a := newScreen(t, "en", 80, 20)
	b := newScreen(t, "en", 80, 20)
	ShutdownStore(a.st)
	if !a.m.sess.Ended() {
		t.Error("the session on the closed connection's store still runs")
	}
	if b.m.sess.Ended() {
		t.Error("another store's session was ended")
	}
	runningMu.Lock()
	_, aRuns := running[a.m.r]
	_, bRuns := running[b.m.r]
	runningMu.Unlock()
	if aRuns || !bRuns {
		t.Errorf("running: a %v, b %v", aRuns, bRuns)
	}
}

// A session is shared by every screen of its workshop in this process: a
// screen reopened, or a second facilitator's connection to the same file,
// shows the same session (one join code, one room). It ends when the last
// connection showing it closes, not the first.
func TestSessionSharedAcrossScreensAndConnections(t *testing.T) {
	a := newScreen(t, "en", 80, 20, "Ana")
	// The same connection opens the screen again (esc, then 5).
	again := New(a.m.c, a.w)
	again.Update(again.Init()())
	if again.r != a.m.r {
		t.Fatal("reopening the screen started a second session")
	}
	// A second connection to the same file.
	other, err := store.OpenWith(a.st.Path(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	c := *a.m.c
	c.Store = other
	b := New(&c, a.w)
	b.Update(b.Init()())
	if b.r != a.m.r {
		t.Fatal("a second connection started a second session of the workshop")
	}
	if Running(a.m.sess.JoinCode()) != a.m.sess {
		t.Error("Running does not find the session by its code")
	}
	if Running(strings.ToLower(a.m.sess.JoinCode())) != a.m.sess {
		t.Error("Running is case-sensitive")
	}
	ShutdownStore(a.st)
	a.st.Close() // the first connection is gone: its file handle too
	if b.sess.Ended() {
		t.Fatal("the session ended with the first connection while another shows it")
	}
	// It still writes: through its own connection, not the closed one.
	if _, _, err := b.sess.Join(context.Background(), "Luis"); err != nil {
		t.Fatalf("joining after the first connection closed: %v", err)
	}
	ShutdownStore(other)
	if !b.sess.Ended() {
		t.Error("the session outlived the last connection showing it")
	}
	if Running(b.sess.JoinCode()) != nil {
		t.Error("an ended session is still found by its code")
	}
}

// Served over SSH, the screen gives the terminal command beside the
// phone address; run locally, it does not.
func TestScreenShowsTheSSHJoinCommandOnlyOverSSH(t *testing.T) {
	s := newScreen(t, "en", 100, 30)
	code := s.m.sess.JoinCode()
	if v := s.sync(); strings.Contains(v, "Terminal:") || !strings.Contains(v, "scan the code or open the address") {
		t.Fatalf("a local app offers ssh:\n%s", v)
	}
	for reached, want := range map[string]string{
		"10.0.0.5:23234":  "Terminal: ssh -p 23234 " + code + "@10.0.0.5",
		"cx.example:22":   "Terminal: ssh " + code + "@cx.example",
		"[2001:db8::1]:9": "Terminal: ssh -p 9 " + code + "@2001:db8::1",
	} {
		s.m.c.Reached = reached
		v := s.sync()
		if !strings.Contains(v, want) || !strings.Contains(v, "run the terminal") {
			t.Errorf("reached at %s: want %q:\n%s", reached, want, v)
		}
	}
}
