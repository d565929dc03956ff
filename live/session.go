package live

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
)

// Options configure a session.
type Options struct {
	Store      *store.Store
	WorkshopID int64
	// MaxParticipants caps the phones that may join; 0 is the default.
	MaxParticipants int
	// Now is the clock (tests pass their own); nil is time.Now.
	Now func() time.Time
}

// saved is the facilitator's state, kept in the store between runs.
type saved struct {
	Pacing    Pacing   `json:"pacing"`
	Current   string   `json:"current,omitempty"`
	Revealed  []string `json:"revealed,omitempty"`
	Anonymous bool     `json:"anonymous,omitempty"`
}

type person struct {
	p        model.Participant
	phone    bool
	hash     string // token hash, when joined from a phone
	online   int    // open event streams
	position string
	since    time.Time // last vote or move
}

// Session is one live session of one workshop. Its methods are safe for
// concurrent use by any number of transports.
type Session struct {
	st    *store.Store
	wid   int64
	max   int
	now   func() time.Time
	w     model.Workshop
	a     *model.Assessment // frozen: read, never written
	order []string          // question ids in questionnaire order
	index map[string]int
	code  string
	addr  string // where the last run listened
	fac   string // the facilitator's token, new for each run
	done  chan struct{}

	mu        sync.Mutex
	seq       uint64
	state     saved
	revealed  map[string]bool
	ended     bool
	people    map[int64]*person
	ids       []int64 // participants in the workshop's order
	byHash    map[string]int64
	votes     map[string]map[int64]model.Response // question -> participant -> answer
	notes     map[string]map[int64]string         // question -> participant -> note, voted or not
	consensus map[string]model.Response
	// watchers: 0 for every change (the facilitator), else a participant,
	// woken only by what their phone may see.
	watchers map[chan struct{}]int64
}

// Open starts (or restarts) the live session of a workshop: the join code
// and what was revealed survive from a previous run, phones keep their
// tokens, and the facilitator gets a new token.
func Open(ctx context.Context, o Options) (*Session, error) {
	if o.MaxParticipants <= 0 {
		o.MaxParticipants = DefaultMaxParticipants
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	w, err := o.Store.Workshop(ctx, o.WorkshopID)
	if err != nil {
		return nil, err
	}
	a, err := o.Store.Assessment(ctx, o.WorkshopID)
	if err != nil {
		return nil, err
	}
	s := &Session{st: o.Store, wid: w.ID, max: o.MaxParticipants, now: o.Now, w: w, a: a,
		index: map[string]int{}, done: make(chan struct{}), watchers: map[chan struct{}]int64{}}
	for _, d := range a.Dimensions {
		for _, q := range d.Questions {
			s.index[q.ID] = len(s.order)
			s.order = append(s.order, q.ID)
		}
	}
	ls, ok, err := o.Store.LiveSession(ctx, w.ID)
	if err != nil {
		return nil, err
	}
	s.fac = NewToken()
	if !ok {
		ls = LiveSessionDefaults()
	}
	ls.FacilitatorHash = Hash(s.fac)
	s.code, s.addr = ls.JoinCode, ls.Addr
	s.state = saved{Pacing: Together}
	if ls.State != "" {
		_ = json.Unmarshal([]byte(ls.State), &s.state) // a damaged state starts afresh
	}
	if s.state.Pacing != SelfPaced {
		s.state.Pacing = Together
	}
	if _, ok := s.index[s.state.Current]; !ok {
		s.state.Current = ""
	}
	s.revealed = map[string]bool{}
	for _, q := range s.state.Revealed {
		s.revealed[q] = true
	}
	st, _ := json.Marshal(s.state)
	ls.State = string(st)
	if err := o.Store.SaveLiveSession(ctx, w.ID, ls); err != nil {
		return nil, err
	}
	if err := s.Reload(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// LiveSessionDefaults is a new session's record: a fresh join code.
func LiveSessionDefaults() store.LiveSession {
	return store.LiveSession{JoinCode: NewJoinCode()}
}

// Reload reads participants, phones and answers again from the store:
// answers typed in the app for someone without a phone count as votes.
func (s *Session) Reload(ctx context.Context) error {
	people, err := s.st.Participants(ctx, s.wid)
	if err != nil {
		return err
	}
	tokens, err := s.st.LiveTokens(ctx, s.wid)
	if err != nil {
		return err
	}
	rs, err := s.st.Responses(ctx, s.wid)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.people
	s.people, s.ids, s.byHash = map[int64]*person{}, nil, map[string]int64{}
	for _, p := range people {
		np := &person{p: p, since: s.now()}
		if o, ok := old[p.ID]; ok {
			np.online, np.since, np.position = o.online, o.since, o.position
		}
		s.people[p.ID] = np
		s.ids = append(s.ids, p.ID)
	}
	for _, t := range tokens {
		if np, ok := s.people[t.Participant.ID]; ok {
			np.phone, np.hash = true, t.Hash
			if np.position == "" {
				np.position = t.Position
			}
			s.byHash[t.Hash] = t.Participant.ID
		}
	}
	s.votes, s.consensus = map[string]map[int64]model.Response{}, map[string]model.Response{}
	s.notes = map[string]map[int64]string{}
	for _, r := range rs {
		if _, ok := s.index[r.QuestionID]; !ok {
			continue
		}
		if r.ParticipantID == model.Consensus {
			s.consensus[r.QuestionID] = r
			continue
		}
		s.setNote(r.QuestionID, r.ParticipantID, r.Note)
		if !r.Decided() {
			continue
		}
		if s.votes[r.QuestionID] == nil {
			s.votes[r.QuestionID] = map[int64]model.Response{}
		}
		s.votes[r.QuestionID][r.ParticipantID] = r
	}
	s.changed()
	return nil
}

// Workshop is the workshop the session runs.
func (s *Session) Workshop() model.Workshop { return s.w }

// Assessment is the workshop's frozen model. Callers must not change it.
func (s *Session) Assessment() *model.Assessment { return s.a }

// Questions are the question ids in questionnaire order.
func (s *Session) Questions() []string { return append([]string(nil), s.order...) }

// JoinCode is the short code that lets a phone see the page and join.
func (s *Session) JoinCode() string { return s.code }

// FacilitatorToken authorises the facilitator's requests for this run.
func (s *Session) FacilitatorToken() string { return s.fac }

// CheckCode reports whether code is the session's join code, in constant
// time and regardless of case (people type what the screen shows).
func (s *Session) CheckCode(code string) bool {
	return subtle.ConstantTimeCompare([]byte(strings.ToUpper(code)), []byte(s.code)) == 1
}

// CheckFacilitator reports whether token is the facilitator's.
func (s *Session) CheckFacilitator(token string) bool {
	return token != "" && subtle.ConstantTimeCompare([]byte(Hash(token)), []byte(Hash(s.fac))) == 1
}

// Participant returns who a phone token answers as.
func (s *Session) Participant(token string) (int64, bool) {
	if token == "" {
		return 0, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id, ok := s.byHash[Hash(token)]
	return id, ok
}

// Done is closed when the session ends.
func (s *Session) Done() <-chan struct{} { return s.done }

// Ended reports whether the session has ended.
func (s *Session) Ended() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ended
}

// Watch returns a channel that receives a signal after every change
// (signals coalesce: one pending at most), and a function to stop.
func (s *Session) Watch() (<-chan struct{}, func()) { return s.watch(0) }

// WatchPhone is Watch for one participant's phone: it is woken only by
// changes that phone may see. Votes are blind, so another's vote, join or
// lost connection does not wake it: with 60 phones, one vote costs one
// update, not 60.
func (s *Session) WatchPhone(pid int64) (<-chan struct{}, func()) { return s.watch(pid) }

func (s *Session) watch(pid int64) (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	s.mu.Lock()
	s.watchers[ch] = pid
	s.mu.Unlock()
	return ch, func() {
		s.mu.Lock()
		delete(s.watchers, ch)
		s.mu.Unlock()
	}
}

// everyone is changedFor's argument for a change every phone may see.
const everyone = -1

// changed counts a change every watcher may see; s.mu is held.
func (s *Session) changed() { s.changedFor(everyone) }

// changedFor counts a change and wakes the facilitator's watchers and
// those of phone pid (everyone: all phones; 0: none); s.mu is held.
func (s *Session) changedFor(pid int64) {
	s.seq++
	for ch, w := range s.watchers {
		if w != 0 && pid != everyone && w != pid {
			continue
		}
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// Roster lists the workshop's participants a phone may pick, and whether
// another phone already answers as them.
func (s *Session) Roster() []RosterEntry {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]RosterEntry, 0, len(s.ids))
	for _, id := range s.ids {
		p := s.people[id]
		out = append(out, RosterEntry{Name: p.p.Name, Taken: p.phone})
	}
	return out
}

// Join gives a phone a new token answering as name: a workshop
// participant nobody's phone holds yet, or a new participant.
func (s *Session) Join(ctx context.Context, name string) (string, model.Participant, error) {
	return s.JoinWithToken(ctx, name, NewToken())
}

// JoinWithToken is Join with the token chosen by the transport: a
// terminal over SSH derives it from what identifies its client (a key, a
// rejoin code), so that the same client finds itself again after a
// dropped connection. The token must be as secret as a random one.
func (s *Session) JoinWithToken(ctx context.Context, name, token string) (string, model.Participant, error) {
	name = strings.TrimSpace(name)
	if name == "" || utf8.RuneCountInString(name) > MaxNameLen || !utf8.ValidString(name) || hasControl(name) {
		return "", model.Participant{}, ErrBadName
	}
	if token == "" {
		return "", model.Participant{}, ErrNoParticipant
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return "", model.Participant{}, ErrEnded
	}
	if len(s.byHash) >= s.max {
		return "", model.Participant{}, ErrFull
	}
	p, err := s.st.JoinLive(ctx, s.wid, name, Hash(token))
	if errors.Is(err, store.ErrTokenTaken) {
		return "", model.Participant{}, ErrNameTaken
	}
	if err != nil {
		return "", model.Participant{}, err
	}
	np, ok := s.people[p.ID]
	if !ok {
		np = &person{p: p}
		s.people[p.ID] = np
		s.ids = append(s.ids, p.ID)
	}
	np.phone, np.hash, np.since = true, Hash(token), s.now()
	s.byHash[np.hash] = p.ID
	s.changedFor(0)
	return token, p, nil
}

// Connect marks a participant's event stream open; call the returned
// function when it closes.
func (s *Session) Connect(pid int64) func() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p, ok := s.people[pid]; ok {
		p.online++
		s.changedFor(0)
	}
	return func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if p, ok := s.people[pid]; ok && p.online > 0 {
			p.online--
			s.changedFor(0)
		}
	}
}

// Vote stores a participant's answer at once, as their response: the
// same row an answer typed in the app is. A vote changed before the
// reveal replaces the earlier one. It returns the change's sequence
// number (a Snapshot with Seq >= it shows the vote).
func (s *Session) Vote(ctx context.Context, pid int64, v Vote) (uint64, error) {
	i, ok := s.index[v.Question]
	if !ok {
		return 0, ErrUnknown
	}
	if err := s.checkVote(v); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.ended:
		return 0, ErrEnded
	case s.people[pid] == nil || !s.people[pid].phone:
		return 0, ErrNoParticipant
	case s.revealed[v.Question]:
		return 0, ErrRevealed
	case s.state.Pacing == Together && s.state.Current != v.Question:
		return 0, ErrNotOpen
	}
	note := s.notes[v.Question][pid]
	if v.Note != nil {
		note = *v.Note
	}
	r := toResponse(pid, v, note)
	// Writing under the lock keeps the order of the store and of the
	// session the same: a reveal never misses a vote it was told about.
	if err := s.st.SaveResponse(ctx, s.wid, r); err != nil {
		return 0, err
	}
	if s.votes[v.Question] == nil {
		s.votes[v.Question] = map[int64]model.Response{}
	}
	s.votes[v.Question][pid] = r
	s.setNote(v.Question, pid, note)
	p := s.people[pid]
	p.since = s.now()
	if s.state.Pacing == SelfPaced && p.position == "" {
		p.position = s.order[i]
	}
	s.changedFor(pid)
	return s.seq, nil
}

func (s *Session) checkVote(v Vote) error {
	n := 0
	if v.Level != 0 {
		if v.Level < 1 || v.Level > len(s.a.Levels) {
			return ErrBadVote
		}
		n++
	}
	if v.NA {
		n++
	}
	if v.DontKnow {
		n++
	}
	if n != 1 {
		return ErrBadVote
	}
	if v.Note != nil && (utf8.RuneCountInString(*v.Note) > MaxNoteLen || !utf8.ValidString(*v.Note)) {
		return ErrBadVote
	}
	return nil
}

// setNote remembers a participant's note; s.mu is held.
func (s *Session) setNote(q string, pid int64, note string) {
	if s.notes[q] == nil {
		s.notes[q] = map[int64]string{}
	}
	s.notes[q][pid] = note
}

// Move records the question a self-paced participant is on, so that a
// reopened page resumes there and the facilitator sees who is stuck.
func (s *Session) Move(ctx context.Context, pid int64, question string) error {
	if _, ok := s.index[question]; !ok {
		return ErrUnknown
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.people[pid]
	if p == nil || !p.phone {
		return ErrNoParticipant
	}
	if s.ended {
		return ErrEnded
	}
	if p.position == question {
		return nil
	}
	if err := s.st.SetLivePosition(ctx, p.hash, question); err != nil {
		return err
	}
	p.position, p.since = question, s.now()
	s.changedFor(pid)
	return nil
}

// SavedAddr is the address the last run listened on, "" if none.
func (s *Session) SavedAddr() string { return s.addr }

// SaveAddr records the address this run listens on, so the next run can
// take the same port and phones with the page open find it again.
func (s *Session) SaveAddr(ctx context.Context, addr string) error {
	s.addr = addr
	ls, ok, err := s.st.LiveSession(ctx, s.wid)
	if err != nil || !ok {
		return err
	}
	ls.Addr = addr
	return s.st.SaveLiveSession(ctx, s.wid, ls)
}
