// Package web is the live session's transport for phones: the participant
// page (embedded: no CDN, no build step), a small JSON API and a
// Server-Sent Events stream, over the standard library's net/http. It only
// translates: every decision is the session's.
package web

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cxmap/cxmap/live"
)

//go:embed static
var static embed.FS

// Options configure the server. Zero values take the defaults.
type Options struct {
	// Addr is host:port to listen on; empty is the machine's LAN address
	// and the port of the last run, else a free one.
	Addr string
	// MaxBody caps a request body, in bytes (default 8 KiB).
	MaxBody int64
	// Rate and Burst limit each phone's requests a second (default 10,
	// bursts of 40); IPRate and IPBurst each network address's, before
	// any token is checked (default 40, bursts of 200: phones behind one
	// address share it).
	Rate    float64
	Burst   int
	IPRate  float64
	IPBurst int
	// Heartbeat is how often an idle event stream is kept alive (default
	// 20 s), so phones notice a lost connection and reconnect.
	Heartbeat time.Duration
}

// Server serves one session.
type Server struct {
	sess    *live.Session
	o       Options
	perUser *limiter
	perIP   *limiter
	mux     *http.ServeMux
	srv     *http.Server
	base    string
	closing chan struct{}
	once    sync.Once

	streamsMu sync.Mutex
	streams   map[string]int // open event streams per phone
}

// New builds the server's handler for a session; Listen starts serving it.
func New(sess *live.Session, o Options) *Server {
	if o.MaxBody <= 0 {
		o.MaxBody = 8 << 10
	}
	if o.Rate <= 0 {
		o.Rate, o.Burst = 10, 40
	}
	if o.IPRate <= 0 {
		o.IPRate, o.IPBurst = 40, 200
	}
	if o.Burst <= 0 {
		o.Burst = 1
	}
	if o.IPBurst <= 0 {
		o.IPBurst = 1
	}
	if o.Heartbeat <= 0 {
		o.Heartbeat = 20 * time.Second
	}
	s := &Server{sess: sess, o: o, perUser: newLimiter(o.Rate, o.Burst), perIP: newLimiter(o.IPRate, o.IPBurst),
		mux: http.NewServeMux(), closing: make(chan struct{}), streams: map[string]int{}}
	s.routes()
	return s
}

func (s *Server) routes() {
	m := s.mux
	index := s.page("static/index.html", "text/html; charset=utf-8")
	m.HandleFunc("GET /j/{code}", index)
	m.HandleFunc("GET /j/{code}/{$}", index)
	// The QR code carries the address in capitals (a smaller code).
	m.HandleFunc("GET /J/{code}", index)
	m.HandleFunc("GET /J/{code}/{$}", index)
	m.HandleFunc("GET /j/{code}/app.js", s.page("static/app.js", "text/javascript; charset=utf-8"))
	m.HandleFunc("GET /j/{code}/app.css", s.page("static/app.css", "text/css; charset=utf-8"))
	m.HandleFunc("GET /api/roster", s.roster)
	m.HandleFunc("POST /api/join", s.join)
	m.HandleFunc("GET /api/content", s.participant(s.content))
	m.HandleFunc("GET /api/state", s.participant(s.state))
	m.HandleFunc("GET /api/events", s.participant(s.events))
	m.HandleFunc("POST /api/vote", s.participant(s.vote))
	m.HandleFunc("POST /api/move", s.participant(s.move))
	m.HandleFunc("GET /api/facilitator/state", s.facilitator(s.snapshot))
	m.HandleFunc("GET /api/facilitator/events", s.facilitator(s.snapshotEvents))
	m.HandleFunc("POST /api/facilitator/{action}", s.facilitator(s.act))
}

// ServeHTTP applies what every request gets: security headers and the
// per-address rate limit, then the routes; anything else is a 404.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	h.Set("Cache-Control", "no-store")
	if !s.perIP.allow("ip:" + clientIP(r)) {
		fail(w, http.StatusTooManyRequests, "too many requests: slow down")
		return
	}
	s.mux.ServeHTTP(w, r)
}

// Listen binds the address asked (see Options.Addr) and serves until
// Close. It returns once the port is bound.
func (s *Server) Listen(saved string) error {
	addr := s.o.Addr
	var ln net.Listener
	var err error
	if addr == "" {
		host := LANAddress()
		// The port of the last run, when free: phones that kept the page
		// open reconnect by themselves.
		if h, _, e := net.SplitHostPort(saved); e == nil && h == host {
			ln, err = net.Listen("tcp", saved)
		}
		if ln == nil {
			ln, err = net.Listen("tcp", net.JoinHostPort(host, "0"))
		}
	} else {
		ln, err = net.Listen("tcp", addr)
	}
	if err != nil {
		return fmt.Errorf("live session: %w", err)
	}
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = LANAddress() // bound to every interface: show the LAN one
	}
	s.base = "http://" + net.JoinHostPort(host, port)
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10}
	go func() { _ = s.srv.Serve(ln) }()
	return nil
}

// Addr is host:port the server listens on.
func (s *Server) Addr() string { return strings.TrimPrefix(s.base, "http://") }

// SetBase sets the address links are made from (tests with httptest).
func (s *Server) SetBase(base string) { s.base = strings.TrimSuffix(base, "/") }

// Base is http://host:port.
func (s *Server) Base() string { return s.base }

// JoinURL is the address participants open: it carries the join code.
func (s *Server) JoinURL() string { return s.base + "/j/" + s.sess.JoinCode() }

// Close stops serving: event streams end and phones see the session over.
func (s *Server) Close() error {
	s.once.Do(func() { close(s.closing) })
	if s.srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}

// LANAddress is the machine's address on its local network: the first
// private IPv4 address of an interface that is up, else any non-loopback
// IPv4, else 127.0.0.1.
func LANAddress() string {
	ifs, err := net.Interfaces()
	if err != nil {
		return "127.0.0.1"
	}
	var other string
	for _, in := range ifs {
		if in.Flags&net.FlagUp == 0 || in.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, _ := in.Addrs()
		for _, a := range addrs {
			n, ok := a.(*net.IPNet)
			if !ok || n.IP.To4() == nil || n.IP.IsLinkLocalUnicast() {
				continue
			}
			if n.IP.IsPrivate() {
				return n.IP.String()
			}
			if other == "" {
				other = n.IP.String()
			}
		}
	}
	if other != "" {
		return other
	}
	return "127.0.0.1"
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// page serves an embedded file to whoever has the join code. The file
// is read once: it and the session's code never change.
func (s *Server) page(name, ctype string) http.HandlerFunc {
	b, err := static.ReadFile(name)
	if err != nil {
		panic(err) // the files are embedded at build time
	}
	// The page names its files under the code, so it works at /j/CODE
	// with or without a trailing slash.
	b = bytes.ReplaceAll(b, []byte("{{CODE}}"), []byte(s.sess.JoinCode()))
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.sess.CheckCode(r.PathValue("code")) {
			fail(w, http.StatusNotFound, "no session here: check the address on the screen")
			return
		}
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Length", strconv.Itoa(len(b)))
		_, _ = w.Write(b)
	}
}

// requestToken is a request's token: in an Authorization: Bearer header, or
// (for EventSource, which cannot send headers) the token query parameter.
func requestToken(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if t, ok := strings.CutPrefix(h, "Bearer "); ok {
		if t = strings.TrimSpace(t); t != "" {
			return t
		}
	}
	return r.URL.Query().Get("token")
}

// participant wraps a handler that needs a phone's token.
func (s *Server) participant(h func(http.ResponseWriter, *http.Request, int64)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		pid, ok := s.sess.Participant(requestToken(r))
		if !ok {
			fail(w, http.StatusUnauthorized, "unknown or missing token: join again")
			return
		}
		if !s.perUser.allow(fmt.Sprint("p:", pid)) {
			fail(w, http.StatusTooManyRequests, "too many requests: slow down")
			return
		}
		h(w, r, pid)
	}
}

// facilitator wraps a handler that needs the facilitator's token.
func (s *Server) facilitator(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.sess.CheckFacilitator(requestToken(r)) {
			fail(w, http.StatusUnauthorized, "the facilitator's token is needed")
			return
		}
		if !s.perUser.allow("facilitator") {
			fail(w, http.StatusTooManyRequests, "too many requests: slow down")
			return
		}
		h(w, r)
	}
}

// status maps the session's errors to HTTP.
func status(err error) int {
	switch {
	case errors.Is(err, live.ErrEnded):
		return http.StatusGone
	case errors.Is(err, live.ErrFull):
		return http.StatusForbidden
	case errors.Is(err, live.ErrNameTaken), errors.Is(err, live.ErrNotOpen), errors.Is(err, live.ErrRevealed):
		return http.StatusConflict
	case errors.Is(err, live.ErrBadName), errors.Is(err, live.ErrBadVote), errors.Is(err, live.ErrBadPacing):
		return http.StatusBadRequest
	case errors.Is(err, live.ErrUnknown):
		return http.StatusNotFound
	case errors.Is(err, live.ErrNoParticipant):
		return http.StatusUnauthorized
	}
	return http.StatusInternalServerError
}

// failErr reports a session error; internal ones without their detail.
func failErr(w http.ResponseWriter, err error) {
	code := status(err)
	msg := err.Error()
	if code == http.StatusInternalServerError {
		msg = "the answer could not be saved: try again"
	}
	fail(w, code, msg)
}
