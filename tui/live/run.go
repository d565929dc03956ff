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
	// SSH is where participants reach this process over SSH (host:port)
	// when `cxmap live --ssh` serves them; "" when it does not.
	SSH string
}

// The sessions this process runs, so that closing the app ends them all
// (Shutdown), and the options to start them with. A session is owned by
// its screen; this only lets main reach them after the program stops.
var (
	startMu   sync.Mutex // held while a session starts
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

// configuredSSH is Options.SSH.
func configuredSSH() string {
	runningMu.Lock()
	defer runningMu.Unlock()
	return options.SSH
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

// ShutdownStore lets go of the sessions opened from st: an SSH
// connection's app does so before closing its own connection to the
// database. A session another connection also shows runs on; one only
// this connection showed ends (its phones are told).
func ShutdownStore(st *store.Store) {
	runningMu.Lock()
	var rs []*runner
	for r := range running {
		if _, ok := r.users[st]; !ok {
			continue
		}
		delete(r.users, st)
		if len(r.users) == 0 {
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

// runner is one started session and its web server. It writes through
// its own connection to the database, so that it outlives the screen or
// the SSH connection that started it while another still shows it.
type runner struct {
	st    *store.Store          // the runner's own connection
	path  string                // the database file
	wid   int64                 // the workshop
	users map[*store.Store]bool // the apps' connections showing it
	sess  *lv.Session
	srv   *web.Server
	url   string
}

// start opens the session of a workshop and serves it; a session of that
// workshop this process already runs (the screen reopened, or a second
// facilitator over SSH) is shared rather than started twice, so a room
// never splits its votes between two sessions with one join code.
func start(ctx context.Context, app *store.Store, workshopID int64) (*runner, error) {
	// One start at a time: two facilitators pressing 5 together must not
	// both find nothing running and open two sessions.
	startMu.Lock()
	defer startMu.Unlock()
	runningMu.Lock()
	o := options
	for r := range running {
		if r.path == app.Path() && r.wid == workshopID && !r.sess.Ended() {
			r.users[app] = true
			runningMu.Unlock()
			return r, nil
		}
	}
	runningMu.Unlock()
	st, err := store.OpenWith(app.Path(), store.Options{BusyTimeout: store.InteractiveBusyTimeout})
	if err != nil {
		return nil, err
	}
	sess, err := lv.Open(ctx, lv.Options{Store: st, WorkshopID: workshopID, MaxParticipants: o.MaxParticipants})
	if err != nil {
		st.Close()
		return nil, err
	}
	srv := web.New(sess, web.Options{Addr: o.Addr})
	if err := srv.Listen(sess.SavedAddr()); err != nil {
		sess.End()
		st.Close()
		return nil, err
	}
	_ = sess.SaveAddr(ctx, srv.Addr()) // only a hint for the next run
	r := &runner{st: st, path: app.Path(), wid: workshopID, users: map[*store.Store]bool{app: true},
		sess: sess, srv: srv, url: srv.JoinURL()}
	runningMu.Lock()
	running[r] = struct{}{}
	runningMu.Unlock()
	return r, nil
}

// stop ends the session for everyone, once.
func (r *runner) stop() {
	runningMu.Lock()
	_, ok := running[r]
	delete(running, r)
	runningMu.Unlock()
	if !ok {
		return
	}
	r.sess.End()
	_ = r.srv.Close()
	r.st.Close()
}
