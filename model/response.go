package model

// Consensus is the participant id used for the team's agreed answer.
const Consensus int64 = 0

// Response is one respondent's answer to one question. Level 0 with NA and
// DontKnow false means no level was chosen yet (a note may still be there).
// At most one of a level, NA and DontKnow is set.
type Response struct {
	ParticipantID int64  `json:"participant_id"` // Consensus (0) or a participant
	QuestionID    string `json:"question_id"`
	Level         int    `json:"level"`
	// NA: the question does not apply to this organisation.
	NA bool `json:"na"`
	// DontKnow: the respondent cannot judge it. Like NA it leaves the
	// question out of the score, but it says something about the room, not
	// the organisation (a front line that cannot judge strategy is a
	// finding), so it is kept and counted apart.
	DontKnow bool   `json:"dont_know,omitempty"`
	Note     string `json:"note"`
}

// Answered reports whether the response chose a level.
func (r Response) Answered() bool { return r.Level > 0 && !r.NA && !r.DontKnow }

// Decided reports whether the response answers the question at all: a
// level, not applicable or don't know.
func (r Response) Decided() bool { return r.Answered() || r.NA || r.DontKnow }
