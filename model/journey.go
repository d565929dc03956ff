package model

// JourneyKind says whose journey a map follows: the seeds insist that
// employees are internal customers, so both are first-class.
type JourneyKind string

const (
	CustomerJourney JourneyKind = "customer"
	EmployeeJourney JourneyKind = "employee"
)

// JourneyState says whether a map shows today or the aim.
type JourneyState string

const (
	CurrentState JourneyState = "current"
	FutureState  JourneyState = "future"
)

// LaneKind gives a lane its behaviour: the emotion lane holds a score,
// pain points and moments of truth stand out; custom lanes are plain text.
type LaneKind string

const (
	LaneActions     LaneKind = "actions"
	LaneTouchpoints LaneKind = "touchpoints"
	LaneChannel     LaneKind = "channel"
	LaneThoughts    LaneKind = "thoughts"
	LaneEmotion     LaneKind = "emotion"
	LanePain        LaneKind = "pain"
	LaneOpportunity LaneKind = "opportunity"
	LaneMoment      LaneKind = "moment" // moment of truth
	LaneBackstage   LaneKind = "backstage"
	LaneKPI         LaneKind = "kpi"
	LaneText        LaneKind = "text" // a custom lane
)

// DefaultLanes are a new journey's lanes, in order.
var DefaultLanes = []LaneKind{
	LaneActions, LaneTouchpoints, LaneChannel, LaneThoughts, LaneEmotion,
	LanePain, LaneOpportunity, LaneMoment, LaneBackstage, LaneKPI,
}

// Journey is a map: stages are its columns (time), lanes its rows.
// Cells[lane][stage] is the crossing of Lanes[lane] and Stages[stage].
type Journey struct {
	ID         int64        `json:"id"`
	WorkshopID int64        `json:"-"`
	Name       string       `json:"name"`
	Persona    string       `json:"persona"`
	Kind       JourneyKind  `json:"kind"`
	State      JourneyState `json:"state"`
	Status     string       `json:"status"`
	SourceID   int64        `json:"source_id,omitempty"` // the current map a future one was copied from
	Stages     []Stage      `json:"stages"`
	Lanes      []Lane       `json:"lanes"`
	Cells      [][]Cell     `json:"cells"` // [lane][stage]
}

// Stage is a column of a journey.
type Stage struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// Lane is a row of a journey.
type Lane struct {
	ID   int64    `json:"id"`
	Name string   `json:"name"` // empty: the kind's default name in the UI language
	Kind LaneKind `json:"kind"`
}

// Cell is the content of one stage in one lane.
type Cell struct {
	Text     string `json:"text"`
	Score    *int   `json:"score,omitempty"` // emotion lane only: -2..+2, nil when unset
	Observed bool   `json:"observed"`        // evidence: observed in research, else a team assumption
}

// Empty reports whether the cell holds nothing.
func (c Cell) Empty() bool { return c.Text == "" && c.Score == nil }
