package sample

import "github.com/cxmap/cxmap/model"

// The language-neutral half of the sample: who answered what, the targets,
// the shape of the journey maps and the consultant's decisions.

// participants is the size of the team: 1 the CEO, 2 the head of stores,
// 3 the e-commerce lead, 4 the customer service manager.
const participants = 4

// answers holds each question's levels, one character per participant in
// order: '1'-'5' a level, 'n' not applicable. The profile is a company
// around level 2: stronger in omnichannel and technology (the web shop and
// click & collect), weak in measurement and governance. The CEO tends to
// see things rosier than customer service; the team is split on four
// questions (spread 2 or more).
var answers = map[string]string{
	"strategy.vision":          "3232",
	"strategy.sponsorship":     "3322",
	"strategy.plan-budget":     "2221",
	"strategy.differentiation": "3232",
	"strategy.whole-company":   "4231", // disagreement
	"strategy.adaptation":      "2232",

	"customer-understanding.listening":      "2232",
	"customer-understanding.needs":          "2232",
	"customer-understanding.emotions":       "2221",
	"customer-understanding.public-voice":   "3333",
	"customer-understanding.first-opinions": "212n",
	"customer-understanding.closing-loop":   "2221",

	"experience-design.journey-maps":      "2122",
	"experience-design.co-creation":       "2111",
	"experience-design.memorable-moments": "2332",
	"experience-design.pain-points":       "3232",
	"experience-design.employee-input":    "3322",
	"experience-design.test-and-learn":    "3232",

	"omnichannel.consistency":    "3333",
	"omnichannel.handoffs":       "3242", // disagreement
	"omnichannel.phygital":       "3444",
	"omnichannel.channel-choice": "4443",
	"omnichannel.shared-goals":   "3233",
	"omnichannel.self-service":   "4443",

	"measurement.core-metrics":    "3121", // disagreement
	"measurement.data-quality":    "1121",
	"measurement.business-link":   "2111",
	"measurement.cost-of-failure": "1112",
	"measurement.business-case":   "2121",
	"measurement.management-use":  "2121",

	"culture.employee-experience": "2222",
	"culture.line-of-sight":       "3222",
	"culture.empowerment":         "4321", // disagreement
	"culture.recognition":         "2222",
	"culture.hiring-training":     "22n2",
	"culture.internal-service":    "2221",

	"governance.journey-ownership": "2111",
	"governance.cx-function":       "1111",
	"governance.decision-forum":    "2111",
	"governance.portfolio":         "1111",
	"governance.agility":           "2221",
	"governance.risk":              "2122",

	"technology.single-view":      "3343",
	"technology.data-quality":     "3232",
	"technology.automation":       "3343",
	"technology.analytics-ai":     "3n32",
	"technology.experience-first": "3343",
	"technology.responsible-use":  "3333",
}

// consensus is the level the team agreed on in the room, for about a third
// of the questions (three of the four disagreements among them).
var consensus = map[string]int{
	"strategy.plan-budget":                2,
	"strategy.whole-company":              2,
	"customer-understanding.listening":    2,
	"customer-understanding.public-voice": 3,
	"customer-understanding.closing-loop": 2,
	"experience-design.journey-maps":      2,
	"experience-design.co-creation":       1,
	"omnichannel.consistency":             3,
	"omnichannel.handoffs":                2,
	"measurement.core-metrics":            2,
	"measurement.cost-of-failure":         1,
	"culture.employee-experience":         2,
	"culture.recognition":                 2,
	"governance.journey-ownership":        1,
	"governance.decision-forum":           1,
	"technology.data-quality":             3,
}

// targets are the levels aimed for in 12-18 months.
var targets = map[string]int{
	"strategy":               3,
	"customer-understanding": 3,
	"experience-design":      3,
	"omnichannel":            4,
	"measurement":            3,
	"culture":                3,
	"governance":             3,
	"technology":             4,
}

// channelCodes are the channel lane's values: physical, digital, phygital,
// in the order of content.channels.
const channelCodes = "pdf"

// shape is the language-neutral part of a journey map. Its stages are
// numbered id*100+1, id*100+2...; its lanes are model.DefaultLanes.
type shape struct {
	id       int64
	kind     model.JourneyKind
	state    model.JourneyState
	status   string
	source   int64
	scores   []int  // the emotion of each stage, -2..+2
	channels string // one of channelCodes per stage
	// observed marks, per lane, the stages whose cell was observed in
	// research ('o'); the others are the team's assumptions.
	observed map[model.LaneKind]string
}

// pickUpStage is the index of "pick up at the store" in journey 1.
const pickUpStage = 5

var shapes = []shape{
	{id: 1, kind: model.CustomerJourney, state: model.CurrentState, status: "validated",
		scores: []int{2, 0, -1, 1, -1, -2, -1}, channels: "fddddpf",
		observed: map[model.LaneKind]string{
			model.LaneActions:     "ooooooo",
			model.LaneTouchpoints: "ooooooo",
			model.LaneThoughts:    "o.o.ooo",
			model.LaneEmotion:     "o..o.oo",
			model.LanePain:        "..o.oo.",
			model.LaneMoment:      ".o...o.",
			model.LaneBackstage:   "..o.oo.",
		}},
	{id: 2, kind: model.CustomerJourney, state: model.FutureState, status: "draft", source: 1,
		scores: []int{2, 1, 1, 2, 1, 2, 1}, channels: "fdfddpf"},
	{id: 3, kind: model.EmployeeJourney, state: model.CurrentState, status: "research",
		scores: []int{1, -1, 0, -2, -1}, channels: "pfppf",
		observed: map[model.LaneKind]string{
			model.LaneActions:   "ooooo",
			model.LaneThoughts:  ".o.o.",
			model.LaneEmotion:   ".o.o.",
			model.LanePain:      ".o.oo",
			model.LaneMoment:    "...o.",
			model.LaneBackstage: ".oooo",
		}},
}

// accepted are the proposals the team agreed to, with the participant who
// owns each.
var accepted = []struct {
	key   string
	owner int
}{
	{model.JourneyGenKey(1, 100+pickUpStage+1), 2},
	{model.GapGenKey("measurement-1-baseline"), 3},
	{model.GapGenKey("governance-1-issue-owners"), 1},
	{model.AlignGenKey("culture.empowerment"), 4},
}

// rejectedKey: the team already agreed on this question in the room.
var rejectedKey = model.AlignGenKey("strategy.whole-company")

// editedKey is the proposal the consultant reworded (content.roadmap) and
// gave to editedOwner: the silent wait before pick-up.
var (
	editedKey   = model.JourneyGenKey(1, 105)
	editedOwner = 3
)
