package workshop

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
)

// View draws the details, the parts of the work, the participants and
// the progress per dimension.
func (m *Model) View() string {
	st := m.c.Styles
	if m.forms.Active() {
		return m.forms.View()
	}
	if !m.loaded {
		return st.Muted.Render(m.c.T("common.loading"))
	}
	lang := m.c.Cat.Lang()
	var facts []string
	for _, f := range []struct{ label, value string }{
		{m.c.T("form.client"), m.w.Client},
		{m.c.T("form.facilitator"), m.w.Facilitator},
		{m.c.T("form.language"), languageName(m.w.Language)},
		{m.c.T("form.assessment"), fmt.Sprintf("%s (%d %s)", textsafe.Line(m.a.Name.In(lang)), m.a.QuestionCount(), m.c.T("workshop.questions"))},
	} {
		if f.value != "" {
			facts = append(facts, st.Label.Render(f.label+": ")+st.Value.Render(textsafe.Line(f.value)))
		}
	}
	head := st.Title.Render(textsafe.Line(m.w.Name)) + "\n" + lipgloss.NewStyle().Width(m.width).Render(strings.Join(facts, st.Faint.Render("  ·  ")))

	left := m.partsView()
	right := m.peopleView()
	colW := m.leftColumn()
	var middle string
	if m.width >= 70 {
		middle = lipgloss.JoinHorizontal(lipgloss.Top, lipgloss.NewStyle().Width(colW).Render(left), right)
	} else {
		middle = left + "\n\n" + right
	}
	body := head + "\n\n" + middle + "\n\n" + m.progressView()
	return lipgloss.NewStyle().MaxWidth(m.width).MaxHeight(m.height).Render(body)
}

func (m *Model) partsView() string {
	st := m.c.Styles
	lines := []string{st.Subtitle.Render(m.c.T("workshop.parts"))}
	labelW := 0
	for _, p := range parts {
		labelW = max(labelW, lipgloss.Width(m.c.T(p.label)))
	}
	colW := m.width
	if m.width >= 70 {
		colW = m.leftColumn()
	}
	for i, p := range parts {
		detail := ""
		switch p.screen {
		case "questionnaire":
			detail = m.c.T("workshop.answered", m.res.Answered, m.res.Total)
		case "results":
			if m.res.HasOverall {
				detail = m.c.Cat.Score(m.res.Overall) + " · " + textsafe.Line(m.a.Levels[m.res.OverallLevel-1].Name.In(m.c.Cat.Lang()))
			}
		case "journeys":
			detail = m.c.T("workshop.journeys_n", m.journeys)
		case "roadmap":
			accepted := 0
			for _, in := range m.roadmap {
				if in.Status == model.StatusAccepted {
					accepted++
				}
			}
			detail = m.c.T("workshop.roadmap_n", len(m.roadmap), accepted)
		case "live":
			detail = m.c.T("workshop.live_hint")
		}
		label := m.c.T(p.label)
		line := st.Key.Render(fmt.Sprintf("%d ", i+1)) + label + strings.Repeat(" ", labelW-lipgloss.Width(label)+2)
		if detail != "" {
			line += st.Muted.Render(ansi.Truncate(detail, max(colW-labelW-5, 0), "…"))
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// leftColumn is the width of the parts beside the participants.
func (m *Model) leftColumn() int { return min(max(m.width*56/100, 40), 64) }

func (m *Model) peopleView() string {
	st := m.c.Styles
	people := []string{st.Subtitle.Render(m.c.T("workshop.participants", len(m.people)))}
	if len(m.people) == 0 {
		people = append(people, st.Muted.Render(m.c.T("workshop.no_participants")))
	}
	for i, p := range m.people {
		line := textsafe.Line(p.Name)
		if p.Role != "" {
			line += st.Muted.Render(" · " + textsafe.Line(p.Role))
		}
		// The column beside the work: a long role ends in "…", never cut.
		line = ansi.Truncate(line, max(m.width-m.leftColumn()-2, 10), "…")
		if i == m.cursor {
			line = st.Selected.Render("› ") + line
		} else {
			line = "  " + line
		}
		people = append(people, line)
	}
	return strings.Join(people, "\n")
}

// progressView: answered questions per dimension, as short bars.
func (m *Model) progressView() string {
	st := m.c.Styles
	lines := []string{st.Subtitle.Render(m.c.T("workshop.progress"))}
	nameW := min(34, max(m.width-30, 12))
	for i, d := range m.a.Dimensions {
		r := m.res.Dimensions[i]
		barW := 16
		full := 0
		if r.Total > 0 {
			full = r.Answered * barW / r.Total
		}
		name := ansi.Truncate(textsafe.Line(d.Name.In(m.c.Cat.Lang())), nameW, "…")
		name += strings.Repeat(" ", nameW-lipgloss.Width(name))
		bar := st.BarFull.Render(strings.Repeat("█", full)) + st.BarEmpty.Render(strings.Repeat("░", barW-full))
		lines = append(lines, "  "+name+" "+bar+st.Muted.Render(fmt.Sprintf(" %d/%d", r.Answered, r.Total)))
	}
	return strings.Join(lines, "\n")
}

func languageName(code string) string {
	if code == "es" {
		return "Español"
	}
	return "English"
}

// ShortHelp lists the main keys.
func (m *Model) ShortHelp() []key.Binding {
	if m.forms.Active() {
		return m.forms.KeyBinds()
	}
	return []key.Binding{m.keys.Open, m.keys.Go, m.keys.AddPerson, m.keys.Edit, m.keys.Back}
}

// FullHelp lists every key of the screen.
func (m *Model) FullHelp() [][]key.Binding {
	if m.forms.Active() {
		return [][]key.Binding{m.forms.KeyBinds()}
	}
	return [][]key.Binding{{m.keys.Open, m.keys.Go, m.keys.Edit}, {m.keys.AddPerson, m.keys.Rename, m.keys.Remove, m.keys.Up, m.keys.Down}}
}
