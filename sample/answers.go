package sample

import "github.com/cxmap/cxmap/model"

// The language-neutral half of the sample: who answered what, the targets,
// the shape of the journey maps and the consultant's decisions.

// participants is the size of the team: 1 the CEO, 2 the head of stores,
// 3 the e-commerce lead, 4 the customer service manager.
const participants = 4

// answers holds each question's levels, one character per participant in
// order: '1'-'5' a level, 'x' don't know (the person cannot judge it: each
// has a note saying why). Nothing in the model is inapplicable to a
// 40-store retailer, so no one answers N/A. The profile is a company around
// level 2 whose self-assessment agrees with its journey maps: the web shop
// works, but click & collect and the store systems fail, so omnichannel and
// technology sit with the rest at level 2, not above it; measurement and
// governance are weakest. The CEO tends to see things rosier than customer
// service; the team is split on four questions (spread 2 or more).
var answers = map[string]string{
	"strategy.vision":          "3232",
	"strategy.sponsorship":     "3332",
	"strategy.plan-budget":     "2221",
	"strategy.differentiation": "3232",
	"strategy.whole-company":   "4231", // disagreement
	"strategy.adaptation":      "3232",

	"customer-understanding.listening":      "2232",
	"customer-understanding.needs":          "3232",
	"customer-understanding.emotions":       "2222",
	"customer-understanding.public-voice":   "3333",
	"customer-understanding.first-opinions": "2121",
	"customer-understanding.recovery":       "3222",
	"customer-understanding.closing-loop":   "2221",

	"experience-design.journey-maps":      "2122",
	"experience-design.co-creation":       "2111",
	"experience-design.memorable-moments": "3232",
	"experience-design.pain-points":       "3222",
	"experience-design.employee-input":    "3222",
	"experience-design.test-and-learn":    "3232",
	"experience-design.personalisation":   "2122",
	"experience-design.innovation":        "3232",

	"omnichannel.consistency":    "3222",
	"omnichannel.handoffs":       "3242", // disagreement
	"omnichannel.phygital":       "3232",
	"omnichannel.channel-choice": "3222",
	"omnichannel.shared-goals":   "2121",
	"omnichannel.self-service":   "3332",
	"omnichannel.accessibility":  "x122",

	"measurement.core-metrics":    "3121", // disagreement
	"measurement.survey-rigour":   "1x21",
	"measurement.business-link":   "2111",
	"measurement.cost-of-failure": "1112",
	"measurement.business-case":   "2121",
	"measurement.management-use":  "2121",

	"culture.employee-experience": "2222",
	"culture.line-of-sight":       "3232",
	"culture.empowerment":         "4321", // disagreement
	"culture.recognition":         "2222",
	"culture.hiring-training":     "23x2",
	"culture.internal-service":    "2232",

	"governance.journey-ownership": "2111",
	"governance.cx-function":       "1111",
	"governance.decision-forum":    "2111",
	"governance.portfolio":         "1111",
	"governance.agility":           "2222",
	"governance.risk":              "2122",
	"governance.partners":          "2111",

	"technology.single-view":      "2232",
	"technology.data-quality":     "2232",
	"technology.automation":       "2221",
	"technology.analytics-ai":     "2x22",
	"technology.experience-first": "2232",
	"technology.responsible-use":  "2232",
}

// consensus is the level the team agreed on in the room, for about a third
// of the questions (three of the four disagreements among them). Where the
// journey maps contradicted the first round, the consensus says so in its
// note: answers are checked against observed evidence.
var consensus = map[string]int{
	"strategy.plan-budget":                2,
	"strategy.whole-company":              2,
	"customer-understanding.listening":    2,
	"customer-understanding.public-voice": 3,
	"customer-understanding.recovery":     2,
	"customer-understanding.closing-loop": 2,
	"experience-design.journey-maps":      2,
	"experience-design.co-creation":       1,
	"omnichannel.consistency":             2,
	"omnichannel.handoffs":                2,
	"omnichannel.phygital":                2,
	"measurement.core-metrics":            2,
	"measurement.cost-of-failure":         1,
	"culture.employee-experience":         2,
	"culture.recognition":                 2,
	"governance.journey-ownership":        1,
	"governance.decision-forum":           1,
	"technology.single-view":              2,
}

// targets are the levels aimed for in 12-18 months.
var targets = map[string]int{
	"strategy":               3,
	"customer-understanding": 3,
	"experience-design":      3,
	"omnichannel":            3,
	"measurement":            3,
	"culture":                3,
	"governance":             3,
	"technology":             3,
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
// owns each; alternatives stand in when the library lacks the first key.
// The CEO takes the first governance step: appointing a CX lead where the
// library proposes it, else owners for the recurring issues.
var accepted = []struct {
	key          string
	owner        int
	alternatives []string
}{
	{key: model.JourneyGenKey(1, 100+pickUpStage+1), owner: 2},
	{key: model.GapGenKey("measurement-1-baseline"), owner: 3},
	{key: model.GapGenKey("governance-1-cx-lead"), owner: 1, alternatives: []string{model.GapGenKey("governance-1-issue-owners")}},
	{key: model.AlignGenKey("culture.empowerment"), owner: 4},
}

// acceptedKPIs measure the accepted proposal that came with none (the
// team's alignment on front-line authority): ids of the model's KPI
// vocabulary, so the report names them in its own language.
var acceptedKPIs = []string{"fcr", "time-to-resolve"}

// rejectedKeys: proposals to align the team on questions it already
// agreed on in the room (they have a consensus answer).
var rejectedKeys = []string{
	model.AlignGenKey("strategy.whole-company"),
	model.AlignGenKey("omnichannel.handoffs"),
	model.AlignGenKey("measurement.core-metrics"),
}

// proposedOwners are the proposals the consultant keeps for the first 90
// days, not yet accepted, with the participant expected to own each: a
// monthly complaint report is where complaint management starts, and
// choosing the priority journeys frames everything else.
var proposedOwners = []struct {
	key   string
	owner int
}{
	{model.GapGenKey("measurement-1-monthly-basics"), 4},
	{model.GapGenKey("strategy-2-priority-journeys"), 1},
}

// nowCap is how many initiatives the first 90 days hold: about what a
// level-2 company with no CX team can carry at once. The consultant moves
// the other proposals due now to the next horizon.
const nowCap = 7

// editedKey is the proposal the consultant reworded (content.roadmap) and
// gave to editedOwner: the silent wait before pick-up.
var (
	editedKey   = model.JourneyGenKey(1, 105)
	editedOwner = 3
)
