package participant

import (
	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
	"github.com/cxmap/cxmap/tui/live/histogram"
)

// The levels are drawn by common.ChoicesView, as the local questionnaire
// draws them.

func (m *Model) levelLabel(lvl int) string { return histogram.Level(m.levels, lvl) }

// choiceList is what the question offers: its levels, N/A, don't know.
func (m *Model) choiceList(q lv.ContentQuestion) []common.Choice {
	v, voted := m.ps.Mine[q.ID]
	out := make([]common.Choice, 0, len(m.c.Levels)+2)
	for i := range m.c.Levels {
		text := ""
		if i < len(q.Descriptors) {
			text = textsafe.Text(q.Descriptors[i])
		}
		out = append(out, common.Choice{Label: m.levelLabel(i + 1), Text: text, Chosen: voted && !v.NA && !v.DontKnow && v.Level == i+1})
	}
	out = append(out, common.Choice{Label: "0 " + m.cat.T("q.na_short"), Text: m.cat.T("q.na_long"), Chosen: voted && v.NA})
	if m.c.DontKnow {
		out = append(out, common.Choice{Label: "x " + m.cat.T("q.dont_know_short"), Text: m.cat.T("q.dont_know_long"), Chosen: voted && v.DontKnow})
	}
	return out
}

// descriptorsView draws the choices in h lines of width w.
func (m *Model) descriptorsView(q lv.ContentQuestion, w, h int) string {
	return common.ChoicesView(m.st, m.choiceList(q), m.highlight, w, h, m.cat.T("q.read_levels"))
}

// revealLines is the shared histogram in the workshop's language, with
// the participant's own row marked.
func revealLines(m *Model, r *lv.Reveal, w int, mine *lv.Vote) []string {
	o := histogram.Options{Styles: m.st, Cat: m.cat, Levels: m.levels, Width: w, Mine: mine}
	if mine == nil {
		// No vote of theirs: still the same columns, nothing marked.
		o.Mine = &lv.Vote{}
	}
	return histogram.Lines(r, o)
}
