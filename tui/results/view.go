package results

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

// lang is the workshop's content language (the interface may differ).
func (m *Model) lang() string {
	if m.contentLang != "" {
		return m.contentLang
	}
	return m.c.Cat.Lang()
}

func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = ansi.Truncate(s, w, "…")
	return s + strings.Repeat(" ", max(w-lipgloss.Width(s), 0))
}

func (m *Model) levelName(l int) string {
	if l < 1 || l > len(m.a.Levels) {
		return "–"
	}
	return textsafe.Line(m.a.Levels[l-1].Name.In(m.lang()))
}

// presenterWidth is the widest Results is drawn in presenter mode, as
// in the questionnaire: on a projector the content is centred, not spread
// over 200 columns.
const presenterWidth = 110

// View draws the summary, the dimension table, disagreements and notes;
// in presenter mode, centred in a column of presenterWidth.
func (m *Model) View() string {
	if !m.pres.Presenter || m.width <= presenterWidth {
		return m.view()
	}
	full := m.width
	m.width = presenterWidth // the layout below reads m.width
	s := m.view()
	m.width = full
	return lipgloss.PlaceHorizontal(full, lipgloss.Center, lipgloss.NewStyle().Width(presenterWidth).Render(s))
}

func (m *Model) view() string {
	st := m.c.Styles
	if !m.loaded {
		return st.Muted.Render(m.c.T("common.loading"))
	}
	parts := []string{m.summary(), "", m.table()}
	rest := m.height - lipgloss.Height(strings.Join(parts, "\n")) - 1
	if rest >= 3 {
		// The disagreements get up to half the room (all of it while
		// they have the focus), the notes the rest.
		half := rest / 2
		if m.onIssues {
			half = rest - 2
		}
		if len(m.res.Disagreements) == 0 {
			half = 2
		}
		issues := m.issuesView(half)
		parts = append(parts, "", issues, clamp(m.notesView(), rest-lipgloss.Height(issues)))
	}
	return lipgloss.NewStyle().MaxWidth(m.width).MaxHeight(m.height).Render(strings.Join(parts, "\n"))
}

func clamp(s string, h int) string {
	if h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}

func (m *Model) summary() string {
	st := m.c.Styles
	overall := m.c.T("r.no_score")
	if m.res.HasOverall {
		overall = m.c.Cat.Score(m.res.Overall) + " · " + m.levelName(m.res.OverallLevel)
	}
	parts := []string{
		st.Title.Render(m.c.T("r.overall") + " " + overall),
		st.Muted.Render(fmt.Sprintf("%s %d%% (%d/%d)", m.c.T("r.coverage"), int(math.Round(m.res.Coverage*100)), m.res.Answered, m.res.Total)),
	}
	if m.changes != nil && m.overall.Comparable {
		// The number first, the previous workshop's name after it: a
		// narrow screen cuts the name, never the change.
		parts = append(parts, st.Muted.Render(fmt.Sprintf("%s %s (%s)", m.c.Cat.Signed(m.overall.Delta), m.c.T("r.since", m.prevName), m.c.T("r.compared", m.compared))))
	}
	// One line when it fits, else one part per line (never cut).
	if line := strings.Join(parts, "   "); lipgloss.Width(line) <= m.width {
		return line
	}
	for i, p := range parts {
		parts[i] = ansi.Truncate(p, m.width, "…")
	}
	return strings.Join(parts, "\n")
}

// table: one row per dimension with a bar of the score against the target.
func (m *Model) table() string {
	st := m.c.Styles
	// Names as wide as the longest (never cut where there is room), the
	// bar takes what is left up to maxBar; on a narrow screen the names
	// give way down to 12 cells, ending in "…".
	const minBar, maxBar = 10, 50
	scoreW := max(5, lipgloss.Width(strings.ToUpper(m.c.T("term.score"))))
	// The level column is as wide as the levels actually shown.
	levelW := lipgloss.Width(m.c.T("r.col_level"))
	for _, d := range m.res.Dimensions {
		if d.HasScore {
			levelW = max(levelW, lipgloss.Width(m.levelName(d.Level)))
		}
	}
	nameW := lipgloss.Width(m.c.T("r.col_dimension"))
	for _, d := range m.a.Dimensions {
		nameW = max(nameW, lipgloss.Width(textsafe.Line(d.Name.In(m.lang()))))
	}
	targetW := max(6, lipgloss.Width(m.c.T("r.col_target")))
	gapW := max(5, lipgloss.Width(m.c.T("r.col_gap")))
	changeW := 0
	if m.changes != nil {
		changeW = max(6, lipgloss.Width(m.c.T("r.col_change")))
	}
	fixed := 2 + scoreW + levelW + targetW + gapW + changeW + 6
	nameW = max(min(nameW, m.width-fixed-minBar), 12)
	barW := min(m.width-fixed-nameW, maxBar)
	head := "  " + fit(m.c.T("r.col_dimension"), nameW) + " " + fit(strings.ToUpper(m.c.T("term.score")), scoreW) + " " + fit(m.c.T("r.col_level"), levelW) + " " +
		fit(m.barHeader(barW), max(barW, 0)) + " " + fit(m.c.T("r.col_target"), targetW) + " " + fit(m.c.T("r.col_gap"), gapW)
	if changeW > 0 {
		head += " " + fit(m.c.T("r.col_change"), changeW)
	}
	rows := []string{st.Label.Render(head)}
	for i, d := range m.a.Dimensions {
		r, _ := m.res.Dimension(d.ID)
		score, level, gap := "–", "–", ""
		if r.HasScore {
			score, level = m.c.Cat.Score(r.Score), m.levelName(r.Level)
		}
		target := "–"
		if r.Target > 0 {
			target = fmt.Sprint(r.Target)
			if r.HasScore {
				gap = fmt.Sprintf("%+d", r.Gap)
			}
		}
		row := fit(textsafe.Line(d.Name.In(m.lang())), nameW) + " " + fit(score, scoreW) + " " + fit(level, levelW) + " " +
			m.bar(r, max(barW, 0)) + " " + fit(target, targetW) + " " + fit(gap, gapW)
		if changeW > 0 {
			c := m.changes[i]
			ch := ""
			if c.Comparable {
				ch = m.c.Cat.Signed(c.Delta)
			}
			row += " " + fit(ch, changeW)
		}
		if i == m.row && !m.onIssues {
			row = st.Selected.Render("› ") + st.Cursor.Render(row)
		} else {
			row = "  " + row
		}
		rows = append(rows, row)
	}
	return strings.Join(rows, "\n")
}

// barHeader explains the bar, briefly when the column is narrow.
func (m *Model) barHeader(w int) string {
	if h := m.c.T("r.col_bar"); lipgloss.Width(h) <= w {
		return h
	}
	return "█ / ┃"
}

// bar draws the score as a filled bar over the levels, with the target
// as a mark: the gap is the empty stretch up to the mark.
func (m *Model) bar(r model.DimensionResult, w int) string {
	if w <= 0 {
		return ""
	}
	st := m.c.Styles
	levels := float64(len(m.a.Levels))
	full := 0
	if r.HasScore {
		full = int(r.Score/levels*float64(w) + 0.5)
	}
	mark := -1
	if r.Target > 0 {
		mark = min(int(float64(r.Target)/levels*float64(w)+0.5)-1, w-1)
	}
	var b strings.Builder
	for i := range w {
		switch {
		case i == mark:
			b.WriteString(st.BarTarget.Render("┃"))
		case i < full:
			b.WriteString(st.BarFull.Render("█"))
		default:
			b.WriteString(st.BarEmpty.Render("░"))
		}
	}
	return b.String()
}

// issuesView lists the disagreements in h lines, scrolled so that the
// selected one is always shown; the lines left out are counted.
func (m *Model) issuesView(h int) string {
	st := m.c.Styles
	title := st.Subtitle.Render(m.c.T("r.disagreements", m.c.T("term.disagreements"), len(m.res.Disagreements)))
	n := len(m.res.Disagreements)
	if n == 0 {
		return title + "\n" + st.Muted.Render(m.c.T("r.no_disagreements"))
	}
	rows := max(h-1, 1)
	if n > rows {
		rows = max(rows-1, 1) // a line for "N more"
	}
	m.issueH = rows
	m.issueTop = common.Window(m.issue, m.issueTop, n, rows)
	lines := []string{title}
	if m.issueTop > 0 || m.issueTop+rows < n {
		lines[0] += st.Faint.Render("  " + m.c.MoreText(m.issueTop, n-m.issueTop-rows, " · "))
	}
	for i := m.issueTop; i < min(m.issueTop+rows, n); i++ {
		q := m.res.Disagreements[i]
		ref, _ := m.a.Question(q.QuestionID)
		text := fmt.Sprintf("%s  %s", m.c.T("r.spread", q.Spread), textsafe.Line(ref.Question.Text.In(m.lang())))
		line := fit(text, m.width-2)
		if m.onIssues && i == m.issue {
			line = st.Selected.Render("› ") + st.Cursor.Render(line)
		} else {
			line = "  " + st.Warn.Render(line)
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// notesView lists the notes given on the selected dimension's questions.
func (m *Model) notesView() string {
	st := m.c.Styles
	d := m.a.Dimensions[m.row]
	lines := []string{st.Subtitle.Render(m.c.T("r.notes", d.Name.In(m.lang())))}
	names := map[int64]string{0: m.c.T("q.consensus")}
	for i, p := range m.people {
		names[p.ID] = textsafe.Line(p.Name)
		if m.pres.Anonymous {
			names[p.ID] = letter(i) // as in the questionnaire
		}
	}
	for _, q := range d.Questions {
		for _, n := range m.res.Questions[q.ID].Notes {
			note := strings.ReplaceAll(textsafe.Text(n.Note), "\n", " ")
			lines = append(lines, fit(fmt.Sprintf("  %s · %s: %s", q.ID, names[n.ParticipantID], note), m.width))
		}
	}
	if len(lines) == 1 {
		lines = append(lines, st.Muted.Render(m.c.T("r.no_notes")))
	}
	return strings.Join(lines, "\n")
}

// ShortHelp lists the main keys.
func (m *Model) ShortHelp() []key.Binding {
	if m.onIssues {
		return []key.Binding{m.keys.IssueUp, m.keys.Jump, m.keys.IssueBack}
	}
	return []key.Binding{m.keys.Up, m.keys.Target, m.keys.Roadmap, m.keys.Focus, m.keys.TargetUp, m.keys.Back}
}

// FullHelp lists every key (the root adds esc back).
func (m *Model) FullHelp() [][]key.Binding {
	if m.onIssues {
		return [][]key.Binding{{m.keys.IssueUp, m.keys.Pages.PgUp, m.keys.Pages.Home}, {m.keys.Jump, m.keys.IssueBack}}
	}
	return [][]key.Binding{{m.keys.Up, m.keys.Target, m.keys.TargetUp}, {m.keys.Focus, m.keys.Roadmap, m.keys.Presenter}}
}

// letter names the i-th participant (0-based) in anonymous presenter
// mode: A..Z, then AA, AB...
func letter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}
