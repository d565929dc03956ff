package questionnaire

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

// descriptorsView draws the levels in h lines of width w: every level's
// descriptor whole when they fit, else the condensed form.
func (m *Model) descriptorsView(w, h int) string {
	if full := m.descriptorBlocks(w); lipgloss.Height(full) <= h {
		return full
	}
	return m.focusView(w, h)
}

func (m *Model) levelLabel(lvl int) string {
	if lvl < 1 || lvl > len(m.a.Levels) {
		return "–"
	}
	return fmt.Sprintf("%d %s", lvl, textsafe.Line(m.a.Levels[lvl-1].Name.In(m.lang())))
}

// descriptorBlocks renders each level (and N/A) as a wrapped block: the
// chosen answer marked ●, the highlighted one lit.
func (m *Model) descriptorBlocks(w int) string {
	st := m.c.Styles
	cur := m.current()
	q := m.question().Question
	labelW := max(lipgloss.Width("0 "+m.content().T("q.na_short")), lipgloss.Width("x "+m.content().T("q.dont_know_short")))
	for i := range m.a.Levels {
		labelW = max(labelW, lipgloss.Width(m.levelLabel(i+1)))
	}
	textW := max(w-labelW-6, 12)
	var out []string
	render := func(mark, label, text string, chosen, lit bool) {
		label = label + strings.Repeat(" ", max(labelW-lipgloss.Width(label), 0))
		labelStyle, textStyle := st.Label, st.Value
		if chosen {
			labelStyle, textStyle = st.Selected, st.Selected
		}
		pointer := "  "
		if lit {
			pointer = "▸ "
		}
		body := lipgloss.JoinHorizontal(lipgloss.Top, pointer, mark+" ", labelStyle.Render(label), "  ", textStyle.Render(m.wrap(text, textW)))
		if lit {
			body = st.Cursor.Render(body)
		}
		out = append(out, body)
	}
	for i := range m.a.Levels {
		lvl := i + 1
		mark := " "
		if cur.Level == lvl {
			mark = "●"
		}
		text := ""
		if i < len(q.Descriptors) {
			text = textsafe.Text(q.Descriptors[i].In(m.lang()))
		}
		render(mark, m.levelLabel(lvl), text, cur.Level == lvl, m.highlight == lvl)
	}
	mark := " "
	if cur.NA {
		mark = "●"
	}
	render(mark, "0 "+m.content().T("q.na_short"), m.content().T("q.na_long"), cur.NA, m.highlight == len(m.a.Levels)+1)
	mark = " "
	if cur.DontKnow {
		mark = "●"
	}
	render(mark, "x "+m.content().T("q.dont_know_short"), m.content().T("q.dont_know_long"), cur.DontKnow, m.highlight == len(m.a.Levels)+2)
	return strings.Join(out, "\n")
}

// focusView is the condensed form: the levels on one strip, and the full
// text of the highlighted one (or the chosen one) below it, so each
// descriptor is read whole by moving through the levels with ↑/↓.
func (m *Model) focusView(w, h int) string {
	st := m.c.Styles
	cur := m.current()
	levels := len(m.a.Levels)
	lit := m.highlight
	if lit == 0 {
		lit = 1
	}
	strip := make([]string, 0, levels+2)
	for i := 1; i <= levels+2; i++ {
		label := m.levelLabel(i)
		chosen := cur.Level == i
		switch i {
		case levels + 1:
			label, chosen = "0 "+m.content().T("q.na_short"), cur.NA
		case levels + 2:
			label, chosen = "x "+m.content().T("q.dont_know_short"), cur.DontKnow
		}
		mark := " "
		if chosen {
			mark = "●"
		}
		switch {
		case i == m.highlight:
			strip = append(strip, st.Cursor.Render("▸"+mark+" "+label))
		case chosen:
			strip = append(strip, st.Selected.Render(" "+mark+" "+label))
		default:
			strip = append(strip, st.Muted.Render(" "+mark+" "+label))
		}
	}
	var name, text string
	switch {
	case lit == levels+1:
		name, text = "0 "+m.content().T("q.na_short"), m.content().T("q.na_long")
	case lit > levels+1:
		name, text = "x "+m.content().T("q.dont_know_short"), m.content().T("q.dont_know_long")
	default:
		name = m.levelLabel(lit)
		if q := m.question().Question; lit-1 < len(q.Descriptors) {
			text = textsafe.Text(q.Descriptors[lit-1].In(m.lang()))
		}
	}
	body := m.wrap(st.Label.Render(name+":")+" "+st.Value.Render(text), w-2)
	lines := strings.Split(common.Flow(strip, w)+"\n"+common.Indent(body, "  "), "\n")
	if hint := st.Faint.Render(m.c.T("q.read_levels")); len(lines)+1 <= h {
		lines = append(lines, hint)
	}
	if len(lines) > max(h, 2) {
		// Still too tall (a tiny window): cut, and say so.
		lines = lines[:max(h, 2)]
		last := len(lines) - 1
		lines[last] = ansi.Truncate(lines[last], max(w-1, 1), "") + "…"
	}
	return strings.Join(lines, "\n")
}
