package model

import "time"

// Workshop is one client session: an assessment, its journeys and roadmap.
type Workshop struct {
	ID                int64     `json:"id"`
	Name              string    `json:"name"`
	Client            string    `json:"client"`
	Facilitator       string    `json:"facilitator"`
	Language          string    `json:"language"`
	AssessmentID      string    `json:"assessment_id"`
	AssessmentVersion string    `json:"assessment_version"`
	CreatedAt         time.Time `json:"created_at"`
	UpdatedAt         time.Time `json:"updated_at"`
}

// WorkshopSummary is a workshop as listed: with its assessment progress.
type WorkshopSummary struct {
	Workshop
	Answered     int `json:"answered"`
	Questions    int `json:"questions"`
	Participants int `json:"participants"`
}

// Progress is the share of questions answered, 0 to 1.
func (s WorkshopSummary) Progress() float64 {
	if s.Questions == 0 {
		return 0
	}
	return float64(s.Answered) / float64(s.Questions)
}

// Participant is a person from the client's team taking part.
type Participant struct {
	ID         int64  `json:"id"`
	WorkshopID int64  `json:"workshop_id"`
	Name       string `json:"name"`
	Role       string `json:"role"`
}

// Cursor records where a workshop was left: a screen and its position.
type Cursor struct {
	Screen string `json:"screen"`
	State  string `json:"state"` // screen-specific JSON
}
