// Package live runs a live session of one workshop: participants vote from
// their own phones, blind until the facilitator reveals a question. It
// knows nothing of HTTP or terminals: transports (live/web, later
// live/sshd) translate requests into its methods, and watchers (the
// facilitator's screen, a phone's event stream) are woken on every change
// and read an immutable copy of what they may see.
package live

import (
	"errors"
	"time"
)

// Pacing is how the room moves through the questionnaire.
type Pacing string

const (
	// Together: the facilitator opens one question at a time for everyone.
	Together Pacing = "together"
	// SelfPaced: each participant goes through the questionnaire alone.
	SelfPaced Pacing = "self"
)

// Errors a transport maps to its own status codes.
var (
	ErrEnded         = errors.New("the session has ended")
	ErrFull          = errors.New("the session is full")
	ErrNameTaken     = errors.New("that name is already in use on another phone")
	ErrBadName       = errors.New("a name of 1 to 60 characters is needed")
	ErrUnknown       = errors.New("no such question in this workshop")
	ErrNotOpen       = errors.New("this question is not open for votes")
	ErrRevealed      = errors.New("this question was revealed: votes are closed")
	ErrBadVote       = errors.New("choose one level, not applicable or don't know")
	ErrNoParticipant = errors.New("unknown participant")
	ErrBadPacing     = errors.New("pacing is together or self")
)

// Limits on what a phone may send.
const (
	MaxNameLen = 60
	MaxNoteLen = 2000
	// DefaultMaxParticipants caps the phones of one session.
	DefaultMaxParticipants = 200
	// StuckAfter is how long a self-paced participant may stay on an
	// unanswered question before the facilitator sees them as stuck.
	StuckAfter = 3 * time.Minute
)

// Vote is one participant's answer as a phone sends it: exactly one of a
// level, NA or DontKnow, and a note. A vote without a note (nil) keeps the
// note the answer had: a client that only votes never erases one.
type Vote struct {
	Question string  `json:"question"`
	Level    int     `json:"level,omitempty"`
	NA       bool    `json:"na,omitempty"`
	DontKnow bool    `json:"dont_know,omitempty"`
	Note     *string `json:"note,omitempty"`
}

// LevelVotes is one bar of a revealed histogram.
type LevelVotes struct {
	Level int      `json:"level"`
	Count int      `json:"count"`
	Names []string `json:"names,omitempty"` // empty when anonymous
}

// Reveal is a revealed question's distribution of votes.
type Reveal struct {
	Question string       `json:"question"`
	Levels   []LevelVotes `json:"levels"` // one per level of the model, from 1
	NA       LevelVotes   `json:"na"`
	DontKnow LevelVotes   `json:"dont_know"`
	// Votes counts the participants who voted anything.
	Votes int `json:"votes"`
	// Median of the levels chosen (x.5 between two middle values);
	// meaningful only when HasMedian.
	Median    float64 `json:"median"`
	HasMedian bool    `json:"has_median"`
	// Spread is max - min of the levels chosen; Disagreement is the same
	// flag the results show (model.DisagreementSpread).
	Spread       int  `json:"spread"`
	Disagreement bool `json:"disagreement"`
	// Consensus is the level the team agreed, 0 none; ConsensusNA when
	// agreed not applicable.
	Consensus   int  `json:"consensus"`
	ConsensusNA bool `json:"consensus_na"`
	Anonymous   bool `json:"anonymous"`
}

// PersonStatus is one participant as the facilitator sees them: never
// what they voted before a reveal.
type PersonStatus struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Phone    bool   `json:"phone"`  // joined from a phone
	Online   bool   `json:"online"` // an event stream is open now
	Answered int    `json:"answered"`
	Position string `json:"position,omitempty"` // self-paced: the question they are on
	Stuck    bool   `json:"stuck"`
}

// QuestionStatus is one question as the facilitator sees it.
type QuestionStatus struct {
	ID       string  `json:"id"`
	Votes    int     `json:"votes"`
	Revealed bool    `json:"revealed"`
	Reveal   *Reveal `json:"reveal,omitempty"` // only once revealed
}

// Snapshot is the facilitator's view of the session at one moment. It is
// a copy: holding it never races with the session.
type Snapshot struct {
	Seq       uint64           `json:"seq"`
	Workshop  string           `json:"workshop"`
	JoinCode  string           `json:"join_code"`
	Pacing    Pacing           `json:"pacing"`
	Current   string           `json:"current,omitempty"` // together: the open question
	Anonymous bool             `json:"anonymous"`
	Ended     bool             `json:"ended"`
	People    []PersonStatus   `json:"people"`
	Questions []QuestionStatus `json:"questions"` // in questionnaire order
}

// Joined counts the participants who joined from a phone.
func (s Snapshot) Joined() int {
	n := 0
	for _, p := range s.People {
		if p.Phone {
			n++
		}
	}
	return n
}

// Question returns the status of question id.
func (s Snapshot) Question(id string) (QuestionStatus, bool) {
	for _, q := range s.Questions {
		if q.ID == id {
			return q, true
		}
	}
	return QuestionStatus{}, false
}

// PhoneState is what one participant's phone may see.
type PhoneState struct {
	Seq       uint64             `json:"seq"`
	Name      string             `json:"name"`
	Pacing    Pacing             `json:"pacing"`
	Current   string             `json:"current"`  // together: the open question
	Position  string             `json:"position"` // self-paced: where they are
	Anonymous bool               `json:"anonymous"`
	Ended     bool               `json:"ended"`
	Mine      map[string]Vote    `json:"mine"`
	Revealed  map[string]*Reveal `json:"revealed"`
}

// RosterEntry is a workshop participant a phone may pick.
type RosterEntry struct {
	Name  string `json:"name"`
	Taken bool   `json:"taken"`
}
