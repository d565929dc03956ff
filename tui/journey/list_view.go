package journey

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/cxmap/cxmap/textsafe"
)

// listColumns are the widths of the list's columns for a screen width;
// narrow screens drop the emotion curve and the status.
type listColumns struct{ name, kind, state, stages, emotion, status int }

func listLayout(width int, c listColumns) listColumns {
	rest := width - 2 - c.kind - c.state - c.stages - c.emotion - c.status - 5
	if rest < 20 {
		c.emotion, c.status = 0, 0
		rest = width - 2 - c.kind - c.state - c.stages - 3
	}
	c.name = max(rest, 8)
	return c
}

// View draws the journeys as a table, with the selected one's details
// below, or the open form.
func (m *List) View() string {
	st := m.c.Styles
	if m.forms.Active() {
		return lipgloss.NewStyle().MaxHeight(m.height).Render(m.forms.View())
	}
	if !m.loaded {
		return st.Muted.Render(m.c.T("common.loading"))
	}
	if len(m.items) == 0 {
		body := strings.Join(wrapLines(m.c.T("journey.empty_body"), max(m.width, 10), 4), "\n")
		return st.Title.Render(m.c.T("journey.empty_title")) + "\n\n" + st.Muted.Render(body)
	}
	cols := listLayout(m.width, listColumns{
		kind:   max(lipgloss.Width(kindLabel(m.c, "employee")), lipgloss.Width(kindLabel(m.c, "customer")), lipgloss.Width(m.c.T("journey.col_kind"))),
		state:  max(lipgloss.Width(stateLabel(m.c, "future")), lipgloss.Width(stateLabel(m.c, "current")), lipgloss.Width(m.c.T("journey.col_state"))),
		stages: max(lipgloss.Width(m.c.T("journey.col_stages")), 3), emotion: 14, status: 12,
	})
	row := func(name, kind, state, stages, emotion, status string) string {
		s := fit(name, cols.name) + " " + fit(kind, cols.kind) + " " + fit(state, cols.state) + " " + fitRight(stages, cols.stages)
		if cols.emotion > 0 {
			s += " " + fit(emotion, cols.emotion) + " " + fit(status, cols.status)
		}
		return s
	}
	lines := []string{
		st.Muted.Render(fit(m.c.T("journey.count", len(m.items)), m.width)), "",
		st.Label.Render("  " + row(m.c.T("journey.col_name"), m.c.T("journey.col_kind"), m.c.T("journey.col_state"),
			m.c.T("journey.col_stages"), m.c.T("journey.col_emotion"), m.c.T("journey.col_status"))),
	}
	details := m.details()
	for i := m.offset; i < len(m.items) && i < m.offset+m.room(); i++ {
		it := m.items[i]
		r := row(textsafe.Line(it.Name), kindLabel(m.c, it.Kind), stateLabel(m.c, it.State), fmt.Sprint(it.StageCount),
			sparkline(it.Emotions, cols.emotion), statusLabel(m.c, it.Status))
		if i == m.cursor {
			lines = append(lines, st.Selected.Render("› ")+st.Cursor.Render(r))
		} else {
			lines = append(lines, "  "+r)
		}
	}
	lines = append(lines, "")
	lines = append(lines, details...)
	return lipgloss.NewStyle().MaxWidth(m.width).MaxHeight(m.height).Render(strings.Join(lines, "\n"))
}

// room is the number of journeys shown at once: the screen less the count,
// the column titles and the details below.
func (m *List) room() int { return max(m.height-6, 1) }

// scroll keeps the selected journey on screen.
func (m *List) scroll() {
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+m.room() {
		m.offset = m.cursor - m.room() + 1
	}
	m.offset = max(min(m.offset, len(m.items)-m.room()), 0)
}

// details are the selected journey's persona and origin.
func (m *List) details() []string {
	j, ok := m.selected()
	if !ok {
		return nil
	}
	st := m.c.Styles
	var out []string
	if j.Persona != "" {
		out = append(out, st.Label.Render(m.c.T("journey.form_persona")+": ")+st.Value.Render(fit(textsafe.Line(j.Persona), max(m.width-12, 10))))
	}
	if j.SourceID != 0 {
		out = append(out, st.Muted.Render(fit(m.c.T("journey.copied_from", j.SourceName), m.width)))
	}
	return out
}

// sparkline draws a list row's emotion curve in at most width cells.
func sparkline(scores []*int, width int) string {
	if width <= 0 || len(scores) == 0 {
		return ""
	}
	var b strings.Builder
	for i, v := range scores {
		if i >= width-1 && len(scores) > width {
			b.WriteString("…")
			break
		}
		if v == nil {
			b.WriteRune('·')
		} else {
			b.WriteRune(sparks[*v+2])
		}
	}
	return b.String()
}

func fitRight(s string, width int) string {
	s = fit(s, width)
	t := strings.TrimRight(s, " ")
	return strings.Repeat(" ", width-lipgloss.Width(t)) + t
}
