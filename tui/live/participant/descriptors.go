package participant

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
	"github.com/cxmap/cxmap/tui/live/histogram"
)

// The levels are drawn as the local questionnaire draws them
// (tui/questionnaire/descriptors.go): each level with its anchored
// descriptor, the highlighted one lit with ▸, the chosen one marked ●;
// when they do not fit, a strip of the levels with the full text of the
// highlighted one below, so no descriptor is cut mid-sentence.

func (m *Model) levelLabel(lvl int) string { return histogram.Level(m.levels, lvl) }

// choice is one line of the list: a level, N/A or don't know.
type choice struct {
	label, text string
	chosen      bool
}

func (m *Model) choiceList(q lv.ContentQuestion) []choice {
	v, voted := m.ps.Mine[q.ID]
	out := make([]choice, 0, len(m.c.Levels)+2)
	for i := range m.c.Levels {
		text := ""
		if i < len(q.Descriptors) {
			text = textsafe.Text(q.Descriptors[i])
		}
		out = append(out, choice{m.levelLabel(i + 1), text, voted && !v.NA && !v.DontKnow && v.Level == i+1})
	}
	out = append(out, choice{"0 " + m.cat.T("q.na_short"), m.cat.T("q.na_long"), voted && v.NA})
	if m.c.DontKnow {
		out = append(out, choice{"x " + m.cat.T("q.dont_know_short"), m.cat.T("q.dont_know_long"), voted && v.DontKnow})
	}
	return out
}

// descriptorsView draws the choices in h lines of width w.
func (m *Model) descriptorsView(q lv.ContentQuestion, w, h int) string {
	cs := m.choiceList(q)
	if full := m.blocks(cs, w); lipgloss.Height(full) <= h {
		return full
	}
	return m.condensed(cs, w, h)
}

// blocks is every choice with its whole descriptor.
func (m *Model) blocks(cs []choice, w int) string {
	st := m.st
	labelW := 0
	for _, c := range cs {
		labelW = max(labelW, lipgloss.Width(c.label))
	}
	textW := max(w-labelW-6, 12)
	out := make([]string, 0, len(cs))
	for i, c := range cs {
		label := c.label + strings.Repeat(" ", max(labelW-lipgloss.Width(c.label), 0))
		labelStyle, textStyle := st.Label, st.Value
		if c.chosen {
			labelStyle, textStyle = st.Selected, st.Selected
		}
		pointer, mark := "  ", " "
		if m.highlight == i+1 {
			pointer = "▸ "
		}
		if c.chosen {
			mark = "●"
		}
		body := lipgloss.JoinHorizontal(lipgloss.Top, pointer, mark+" ", labelStyle.Render(label), "  ", textStyle.Render(wrap(c.text, textW)))
		if m.highlight == i+1 {
			body = st.Cursor.Render(body)
		}
		out = append(out, body)
	}
	return strings.Join(out, "\n")
}

// condensed is the strip of choices and the highlighted one's text.
func (m *Model) condensed(cs []choice, w, h int) string {
	st := m.st
	lit := min(max(m.highlight, 1), len(cs))
	strip := make([]string, 0, len(cs))
	for i, c := range cs {
		mark := " "
		if c.chosen {
			mark = "●"
		}
		switch {
		case i+1 == m.highlight:
			strip = append(strip, st.Cursor.Render("▸"+mark+" "+c.label))
		case c.chosen:
			strip = append(strip, st.Selected.Render(" "+mark+" "+c.label))
		default:
			strip = append(strip, st.Muted.Render(" "+mark+" "+c.label))
		}
	}
	c := cs[lit-1]
	body := wrap(st.Label.Render(c.label+":")+" "+st.Value.Render(c.text), w-2)
	lines := strings.Split(common.Flow(strip, w)+"\n"+common.Indent(body, "  "), "\n")
	if hint := st.Faint.Render(m.cat.T("q.read_levels")); len(lines)+1 <= h {
		lines = append(lines, hint)
	}
	if len(lines) > max(h, 2) {
		lines = lines[:max(h, 2)]
		last := len(lines) - 1
		lines[last] = ansi.Truncate(lines[last], max(w-1, 1), "") + "…"
	}
	return strings.Join(lines, "\n")
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
