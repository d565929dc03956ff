package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// events: GET /api/events?token=T, the phone's Server-Sent Events stream.
// Every change to the session sends the phone's whole state (a few
// kilobytes): a phone that missed events is right again at the next one.
func (s *Server) events(w http.ResponseWriter, r *http.Request, pid int64) {
	key := fmt.Sprint("p:", pid)
	if !s.openStream(key) {
		fail(w, http.StatusTooManyRequests, "too many open streams for this phone")
		return
	}
	defer s.closeStream(key)
	disconnect := s.sess.Connect(pid)
	defer disconnect()
	wake, stop := s.sess.WatchPhone(pid)
	defer stop()
	s.stream(w, r, wake, "state", func() (any, bool) {
		st, err := s.sess.Phone(pid)
		return st, err == nil
	})
}

// snapshotEvents: GET /api/facilitator/events, the facilitator's stream.
func (s *Server) snapshotEvents(w http.ResponseWriter, r *http.Request) {
	if !s.openStream("facilitator") {
		fail(w, http.StatusTooManyRequests, "too many open streams")
		return
	}
	defer s.closeStream("facilitator")
	wake, stop := s.sess.Watch()
	defer stop()
	s.stream(w, r, wake, "snapshot", func() (any, bool) { return s.sess.Snapshot(), true })
}

// stream sends event with view's value now and after every change, until
// the client goes, the session ends or the server closes.
func (s *Server) stream(w http.ResponseWriter, r *http.Request, wake <-chan struct{}, event string, view func() (any, bool)) {
	fl, ok := w.(http.Flusher)
	if !ok {
		fail(w, http.StatusInternalServerError, "streaming unsupported")
		return
	}
	// An event stream outlives the server's read and write timeouts.
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Time{})
	_ = rc.SetReadDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	send := func() bool {
		v, ok := view()
		if !ok {
			return false
		}
		b, _ := json.Marshal(v)
		if _, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, b); err != nil {
			return false
		}
		fl.Flush()
		return true
	}
	if !send() {
		return
	}
	beat := time.NewTicker(s.o.Heartbeat)
	defer beat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.closing:
			return
		case <-s.sess.Done():
			send() // the last state says the session ended
			return
		case <-wake:
			if !send() {
				return
			}
		case <-beat.C:
			if _, err := fmt.Fprint(w, ": ping\n\n"); err != nil {
				return
			}
			fl.Flush()
		}
	}
}

// maxStreams caps the event streams one phone (or the facilitator) keeps
// open: a page, a reopened page and a little slack, not a thousand.
const maxStreams = 4

func (s *Server) openStream(key string) bool {
	s.streamsMu.Lock()
	defer s.streamsMu.Unlock()
	if s.streams[key] >= maxStreams {
		return false
	}
	s.streams[key]++
	return true
}

func (s *Server) closeStream(key string) {
	s.streamsMu.Lock()
	defer s.streamsMu.Unlock()
	if s.streams[key]--; s.streams[key] <= 0 {
		delete(s.streams, key)
	}
}
