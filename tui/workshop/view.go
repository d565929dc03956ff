package workshop

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
)

// View draws the details and participants, or the open form.
func (m *Model) View() string {
	st := m.c.Styles
	if m.form != nil {
		return m.form.View()
	}
	if !m.loaded {
		return st.Muted.Render(m.c.T("common.loading"))
	}
	lang := m.c.Cat.Lang()
	field := func(label, value string) string {
		if value == "" {
			value = st.Faint.Render("—")
		}
		return st.Label.Render(fmt.Sprintf("%-14s", label)) + " " + st.Value.Render(value)
	}
	details := strings.Join([]string{
		st.Title.Render(m.w.Name),
		"",
		field(m.c.T("form.client"), m.w.Client),
		field(m.c.T("form.facilitator"), m.w.Facilitator),
		field(m.c.T("form.language"), languageName(m.w.Language)),
		field(m.c.T("form.assessment"), fmt.Sprintf("%s (%s %s, %d %s)", m.a.Name.In(lang), m.a.ID, m.a.Version,
			m.a.QuestionCount(), m.c.T("workshop.questions"))),
		field(m.c.T("workshop.created"), m.w.CreatedAt.Local().Format("2006-01-02 15:04")),
	}, "\n")

	var people []string
	people = append(people, st.Subtitle.Render(m.c.T("workshop.participants", len(m.people))))
	if len(m.people) == 0 {
		people = append(people, st.Muted.Render(m.c.T("workshop.no_participants")))
	}
	for i, p := range m.people {
		line := p.Name
		if p.Role != "" {
			line += st.Muted.Render(" · " + p.Role)
		}
		if i == m.cursor {
			line = st.Selected.Render("› ") + line
		} else {
			line = "  " + line
		}
		people = append(people, line)
	}
	body := lipgloss.JoinVertical(lipgloss.Left, details, "", strings.Join(people, "\n"))
	return lipgloss.NewStyle().MaxWidth(m.width).MaxHeight(m.height).Render(body)
}

func languageName(code string) string {
	if code == "es" {
		return "Español"
	}
	return "English"
}

// ShortHelp lists the main keys.
func (m *Model) ShortHelp() []key.Binding {
	if m.form != nil {
		return m.form.KeyBinds()
	}
	return []key.Binding{m.keys.Edit, m.keys.AddPerson, m.keys.Back}
}

// FullHelp lists every key of the screen.
func (m *Model) FullHelp() [][]key.Binding {
	if m.form != nil {
		return [][]key.Binding{m.form.KeyBinds()}
	}
	return [][]key.Binding{{m.keys.Edit, m.keys.AddPerson, m.keys.Rename, m.keys.Remove}, {m.keys.Up, m.keys.Down}}
}
