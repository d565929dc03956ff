package live

import "testing"

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
