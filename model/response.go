package model

// Consensus is the participant id used for the team's agreed answer.
const Consensus int64 = 0

// Response is one respondent's answer to one question. Level 0 with NA
// false means no level was chosen yet (a note may still be there).
type Response struct {
	ParticipantID int64  `json:"participant_id"` // Consensus (0) or a participant
	QuestionID    string `json:"question_id"`
	Level         int    `json:"level"`
	NA            bool   `json:"na"`
	Note          string `json:"note"`
}

// Answered reports whether the response chose a level.
func (r Response) Answered() bool { return r.Level > 0 && !r.NA }
