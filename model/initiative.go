package model

// Status of an initiative in the roadmap.
type Status string

const (
	StatusProposed Status = "proposed"
	StatusAccepted Status = "accepted"
	StatusRejected Status = "rejected"
)

// EvidenceKind says where an initiative's evidence comes from.
type EvidenceKind string

const (
	EvidenceQuestion     EvidenceKind = "question"     // an answered question
	EvidenceJourneyCell  EvidenceKind = "journey"      // a cell of a journey map
	EvidenceDisagreement EvidenceKind = "disagreement" // the team differed on a question
)

// Evidence ties an initiative to what the client said, so every line of
// the roadmap can be traced back.
type Evidence struct {
	Kind EvidenceKind `json:"kind"`
	// Question evidence.
	QuestionID string   `json:"question_id,omitempty"`
	Score      float64  `json:"score,omitempty"`
	Spread     int      `json:"spread,omitempty"`
	Notes      []string `json:"notes,omitempty"`
	// Journey evidence.
	JourneyID   int64  `json:"journey_id,omitempty"`
	JourneyName string `json:"journey,omitempty"`
	StageName   string `json:"stage,omitempty"`
	LaneKind    string `json:"lane,omitempty"`
	Text        string `json:"text,omitempty"`
	Emotion     *int   `json:"emotion,omitempty"`
	Observed    bool   `json:"observed,omitempty"`
}

// Initiative is one line of the roadmap.
type Initiative struct {
	ID          int64      `json:"id"`
	GenKey      string     `json:"gen_key,omitempty"` // stable key of a generated proposal; empty for the consultant's own
	Title       string     `json:"title"`
	Description string     `json:"description"`
	DimensionID string     `json:"dimension_id,omitempty"`
	Evidence    []Evidence `json:"evidence"`
	Horizon     Horizon    `json:"horizon"`
	Impact      int        `json:"impact"`
	Effort      int        `json:"effort"`
	Owner       string     `json:"owner"`
	KPIs        []string   `json:"kpis"`
	Status      Status     `json:"status"`
	Edited      bool       `json:"edited"` // the consultant changed it: regeneration keeps it
	Position    int        `json:"position"`
}

// Quadrant places an initiative on the impact-effort matrix.
type Quadrant string

const (
	QuickWin Quadrant = "quick-win" // high impact, low effort
	BigBet   Quadrant = "big-bet"   // high impact, high effort
	FillIn   Quadrant = "fill-in"   // low impact, low effort
	MoneyPit Quadrant = "money-pit" // low impact, high effort
)

// QuadrantOf: impact and effort of 3 or more count as high.
func QuadrantOf(impact, effort int) Quadrant {
	switch hi, he := impact >= 3, effort >= 3; {
	case hi && !he:
		return QuickWin
	case hi && he:
		return BigBet
	case !hi && !he:
		return FillIn
	}
	return MoneyPit
}
