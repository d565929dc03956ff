package journey

import (
	"fmt"
	"strings"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

// laneKeys name each lane kind's default name in the catalog.
var laneKeys = map[model.LaneKind]string{
	model.LaneActions:     "lane.actions",
	model.LaneTouchpoints: "lane.touchpoints",
	model.LaneChannel:     "lane.channel",
	model.LaneThoughts:    "lane.thoughts",
	model.LaneEmotion:     "lane.emotion",
	model.LanePain:        "lane.pain",
	model.LaneOpportunity: "lane.opportunity",
	model.LaneMoment:      "lane.moment",
	model.LaneBackstage:   "lane.backstage",
	model.LaneKPI:         "lane.kpi",
	model.LaneText:        "lane.text",
}

// laneName is a lane's own name, else its kind's name in the UI language.
func laneName(c *common.Context, l model.Lane) string {
	if l.Name != "" {
		return textsafe.Line(l.Name)
	}
	if k, ok := laneKeys[l.Kind]; ok {
		return c.T(k)
	}
	return string(l.Kind)
}

// kindForName finds the built-in lane kind whose name (in English or
// Spanish) is name, so that a lane added as "Emotion" behaves as one.
func kindForName(cats []func(string, ...any) string, name string) (model.LaneKind, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, k := range model.DefaultLanes {
		for _, t := range cats {
			if strings.ToLower(t(laneKeys[k])) == name {
				return k, true
			}
		}
	}
	return "", false
}

// stageLabel is a stage's name, or "Stage N" when it has none.
func stageLabel(c *common.Context, j model.Journey, i int) string {
	if i < 0 || i >= len(j.Stages) {
		return ""
	}
	if n := j.Stages[i].Name; n != "" {
		return textsafe.Line(n)
	}
	return c.T("journey.stage_n", i+1)
}

func kindLabel(c *common.Context, k model.JourneyKind) string {
	if k == model.EmployeeJourney {
		return c.T("journey.kind_employee")
	}
	return c.T("journey.kind_customer")
}

func stateLabel(c *common.Context, s model.JourneyState) string {
	if s == model.FutureState {
		return c.T("journey.state_future")
	}
	return c.T("journey.state_current")
}

// statuses offered in the details form; any other stored value shows as is.
var statuses = []string{"draft", "research", "validated", "archived"}

var statusKeys = map[string]string{
	"draft":     "journey.status_draft",
	"research":  "journey.status_research",
	"validated": "journey.status_validated",
	"archived":  "journey.status_archived",
}

func statusLabel(c *common.Context, s string) string {
	if k, ok := statusKeys[s]; ok {
		return c.T(k)
	}
	return textsafe.Line(s) // a status typed by someone
}

// channels are the quick values of the channel lane, by key 1-3.
var channelKeys = []string{"journey.channel_physical", "journey.channel_digital", "journey.channel_phygital"}

// isChannelWord reports whether text is one of the quick channel values in
// either language (so a quick key may replace it).
func isChannelWord(cats []func(string, ...any) string, text string) bool {
	text = strings.ToLower(strings.TrimSpace(text))
	for _, k := range channelKeys {
		for _, t := range cats {
			if strings.ToLower(t(k)) == text {
				return true
			}
		}
	}
	return false
}

// scoreText is a signed score: "+2", "0", "-1".
func scoreText(v int) string {
	if v > 0 {
		return fmt.Sprintf("+%d", v)
	}
	return fmt.Sprint(v)
}
