package questionnaire

import (
	"fmt"

	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

// descriptorsView draws the levels in h lines of width w: every level's
// descriptor whole when they fit, else the condensed form, in which ↑/↓
// reads each level (common.ChoicesView, as a participant's screen does).
func (m *Model) descriptorsView(w, h int) string {
	return common.ChoicesView(m.c.Styles, m.choices(), m.highlight, w, h, m.c.T("q.read_levels"))
}

// choices are the current question's levels, N/A and don't know, the
// current respondent's answer chosen.
func (m *Model) choices() []common.Choice {
	cur := m.current()
	q := m.question().Question
	cs := make([]common.Choice, 0, len(m.a.Levels)+2)
	for i := range m.a.Levels {
		text := ""
		if i < len(q.Descriptors) {
			text = textsafe.Text(q.Descriptors[i].In(m.lang()))
		}
		cs = append(cs, common.Choice{Label: m.levelLabel(i + 1), Text: text, Chosen: cur.Level == i+1})
	}
	return append(cs,
		common.Choice{Label: "0 " + m.content().T("q.na_short"), Text: m.content().T("q.na_long"), Chosen: cur.NA},
		common.Choice{Label: "x " + m.content().T("q.dont_know_short"), Text: m.content().T("q.dont_know_long"), Chosen: cur.DontKnow})
}

func (m *Model) levelLabel(lvl int) string {
	if lvl < 1 || lvl > len(m.a.Levels) {
		return "–"
	}
	return fmt.Sprintf("%d %s", lvl, textsafe.Line(m.a.Levels[lvl-1].Name.In(m.lang())))
}
