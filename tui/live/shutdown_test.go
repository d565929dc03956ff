package live

import (
	"context"
	"net"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/live/livetest"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
	"github.com/cxmap/cxmap/tui/styles"
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

// A session that cannot start (its port taken) says why, stops saying
// "starting", and r tries again.
func TestStartFailureOffersRetry(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	runningMu.Lock()
	prev := options
	runningMu.Unlock()
	defer Configure(prev)
	Configure(Options{Addr: busy.Addr().String()})
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "Demo", "cx-maturity", "en")
	c := &common.Context{Ctx: context.Background(), Store: st, Styles: styles.New(), Cat: i18n.For("en")}
	m := New(c, w.ID)
	m.SetSize(80, 20)
	cmd := m.Update(m.Init()())
	if cmd == nil {
		t.Fatal("no error reported")
	}
	if e, ok := cmd().(common.ErrMsg); !ok || !strings.Contains(e.Err.Error(), "address already in use") {
		t.Fatalf("error: %#v", cmd())
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "not running. Press r") {
		t.Fatalf("after a failed start:\n%s", v)
	}
	busy.Close()
	Configure(prev)
	m.Update(m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("r")})())
	if m.sess == nil {
		t.Fatal("r did not start the session")
	}
	t.Cleanup(m.r.stop)
}

// Two connections starting one workshop's session at the same moment
// share one session.
func TestConcurrentStartsShareOneSession(t *testing.T) {
	a := newScreen(t, "en", 80, 20)
	a.m.r.stop() // start again from nothing, twice at once
	other, err := store.OpenWith(a.st.Path(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	got := make(chan *runner, 2)
	for _, st := range []*store.Store{a.st, other} {
		go func() {
			r, err := start(context.Background(), st, a.w)
			if err != nil {
				t.Error(err)
			}
			got <- r
		}()
	}
	r1, r2 := <-got, <-got
	if r1 == nil || r1 != r2 {
		t.Fatal("two sessions of one workshop started at once")
	}
	r1.stop()
}
