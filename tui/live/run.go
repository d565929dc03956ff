package live

import (
	"context"
	"sync"

	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/live/web"
	"github.com/cxmap/cxmap/store"
)

// Options are how `cxmap live` configures the sessions the app starts;
// the zero value is the defaults (the LAN address, 200 phones).
type Options struct {
	Addr            string
	MaxParticipants int
}

// The sessions this process runs, so that closing the app ends them all
// (Shutdown), and the options to start them with. A session is owned by
// its screen; this only lets main reach them after the program stops.
var (
	runningMu sync.Mutex
	running   = map[*runner]struct{}{}
	options   Options
)

// Configure sets the options for sessions started from now on.
func Configure(o Options) {
	runningMu.Lock()
	options = o
	runningMu.Unlock()
}

// Shutdown ends every running session: phones are told the session ended.
func Shutdown() {
	runningMu.Lock()
	rs := make([]*runner, 0, len(running))
	for r := range running {
		rs = append(rs, r)
	}
	runningMu.Unlock()
	for _, r := range rs {
		r.stop()
	}
}

// ShutdownStore ends the sessions started on st: an SSH connection's app
// ends them before closing its own connection to the database.
func ShutdownStore(st *store.Store) {
	runningMu.Lock()
	var rs []*runner
	for r := range running {
		if r.st == st {
			rs = append(rs, r)
		}
	}
	runningMu.Unlock()
	for _, r := range rs {
		r.stop()
	}
}

// Running is the live session this process runs with that join code
// (any case), nil if none: participants reach it over SSH.
func Running(code string) *lv.Session {
	runningMu.Lock()
	defer runningMu.Unlock()
	for r := range running {
		if r.sess.CheckCode(code) && !r.sess.Ended() {
			return r.sess
		}
	}
	return nil
}

// runner is one started session and its web server.
type runner struct {
	st   *store.Store
	sess *lv.Session
	srv  *web.Server
	url  string
}

// start opens the session of a workshop and serves it.
func start(ctx context.Context, st *store.Store, workshopID int64) (*runner, error) {
	runningMu.Lock()
	o := options
	runningMu.Unlock()
	sess, err := lv.Open(ctx, lv.Options{Store: st, WorkshopID: workshopID, MaxParticipants: o.MaxParticipants})
	if err != nil {
		return nil, err
	}
	srv := web.New(sess, web.Options{Addr: o.Addr})
	if err := srv.Listen(sess.SavedAddr()); err != nil {
		sess.End()
		return nil, err
	}
	_ = sess.SaveAddr(ctx, srv.Addr()) // only a hint for the next run
	r := &runner{st: st, sess: sess, srv: srv, url: srv.JoinURL()}
	runningMu.Lock()
	running[r] = struct{}{}
	runningMu.Unlock()
	return r, nil
}

func (r *runner) stop() {
	r.sess.End()
	_ = r.srv.Close()
	runningMu.Lock()
	delete(running, r)
	runningMu.Unlock()
}
