package web

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/cxmap/cxmap/live"
)

type errorBody struct {
	Error string `json:"error"`
}

func fail(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, errorBody{msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// decode reads a size-limited JSON body with no unknown fields: a
// request naming a participant, say, is refused rather than ignored.
func (s *Server) decode(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, s.o.MaxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			fail(w, http.StatusRequestEntityTooLarge, "request too large")
		} else {
			fail(w, http.StatusBadRequest, "malformed request: "+err.Error())
		}
		return false
	}
	if dec.More() {
		fail(w, http.StatusBadRequest, "malformed request: one JSON object expected")
		return false
	}
	return true
}

// roster: GET /api/roster?code=CODE, the names a phone may pick.
func (s *Server) roster(w http.ResponseWriter, r *http.Request) {
	if !s.sess.CheckCode(r.URL.Query().Get("code")) {
		fail(w, http.StatusUnauthorized, "wrong join code")
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Workshop string             `json:"workshop"`
		Lang     string             `json:"lang"`
		Roster   []live.RosterEntry `json:"roster"`
		DontKnow bool               `json:"dont_know"`
	}{s.sess.Workshop().Name, s.sess.Workshop().Language, s.sess.Roster(), live.DontKnowSupported})
}

type joinRequest struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

type joinResponse struct {
	Token       string `json:"token"`
	Participant string `json:"participant"`
}

// join: POST /api/join {"code", "name"} returns the phone's token.
func (s *Server) join(w http.ResponseWriter, r *http.Request) {
	var req joinRequest
	if !s.decode(w, r, &req) {
		return
	}
	if !s.sess.CheckCode(req.Code) {
		fail(w, http.StatusUnauthorized, "wrong join code")
		return
	}
	token, p, err := s.sess.Join(r.Context(), req.Name)
	if err != nil {
		failErr(w, err)
		return
	}
	writeJSON(w, http.StatusOK, joinResponse{Token: token, Participant: p.Name})
}

func (s *Server) content(w http.ResponseWriter, _ *http.Request, _ int64) {
	writeJSON(w, http.StatusOK, s.sess.Content())
}

func (s *Server) state(w http.ResponseWriter, _ *http.Request, pid int64) {
	st, err := s.sess.Phone(pid)
	if err != nil {
		failErr(w, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// vote: POST /api/vote {"question", "level" | "na" | "dont_know", "note"}.
func (s *Server) vote(w http.ResponseWriter, r *http.Request, pid int64) {
	var v live.Vote
	if !s.decode(w, r, &v) {
		return
	}
	if _, err := s.sess.Vote(r.Context(), pid, v); err != nil {
		failErr(w, err)
		return
	}
	s.state(w, r, pid)
}

// move: POST /api/move {"question"}, where a self-paced phone is.
func (s *Server) move(w http.ResponseWriter, r *http.Request, pid int64) {
	var req struct {
		Question string `json:"question"`
	}
	if !s.decode(w, r, &req) {
		return
	}
	if err := s.sess.Move(r.Context(), pid, req.Question); err != nil {
		failErr(w, err)
		return
	}
	s.state(w, r, pid)
}

func (s *Server) snapshot(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, s.sess.Snapshot())
}

type actRequest struct {
	Question string      `json:"question,omitempty"`
	Level    int         `json:"level,omitempty"`
	NA       bool        `json:"na,omitempty"`
	Pacing   live.Pacing `json:"pacing,omitempty"`
	On       bool        `json:"on,omitempty"`
}

// act: POST /api/facilitator/{open|reveal|hide|consensus|pacing|anonymous|end}.
func (s *Server) act(w http.ResponseWriter, r *http.Request) {
	var req actRequest
	if r.ContentLength != 0 && !s.decode(w, r, &req) {
		return
	}
	ctx := r.Context()
	var err error
	switch r.PathValue("action") {
	case "open":
		err = s.sess.OpenQuestion(ctx, req.Question)
	case "reveal":
		err = s.sess.Reveal(ctx, req.Question)
	case "hide":
		err = s.sess.Hide(ctx, req.Question)
	case "consensus":
		err = s.sess.SetConsensus(ctx, req.Question, req.Level, req.NA)
	case "pacing":
		err = s.sess.SetPacing(ctx, req.Pacing)
	case "anonymous":
		err = s.sess.SetAnonymous(ctx, req.On)
	case "end":
		s.sess.End()
	default:
		fail(w, http.StatusNotFound, "no such action")
		return
	}
	if err != nil {
		failErr(w, err)
		return
	}
	writeJSON(w, http.StatusOK, s.sess.Snapshot())
}
