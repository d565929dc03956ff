package participant

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

// View draws the frame the local app draws: the header line, the screen,
// the status line and the keys; every field from people made safe where
// it is drawn, and the whole frame filtered once more.
func (m *Model) View() string { return textsafe.Frame(m.frame()) }

func (m *Model) frame() string {
	if m.width == 0 {
		return ""
	}
	st := m.st
	if common.TooSmall(m.width, m.height) {
		return common.TooSmallView(st, m.cat, m.width, m.height)
	}
	w := max(m.width-2, 0)
	footer := m.helpView(w)
	if rejoin := m.rejoinView(w); rejoin != "" {
		footer = rejoin + "\n" + footer
	}
	status := ""
	if m.status != "" {
		style := st.Status
		if m.isErr {
			style = st.Error
		}
		status = style.Render(textsafe.Line(m.status))
	}
	return common.Frame(m.width, m.height, m.header(w), m.body, status, footer)
}

// header is "cxmap › workshop › Live session", and who answers on the
// right (the language before joining, as the app shows it).
func (m *Model) header(width int) string {
	st := m.st
	sep := st.Faint.Render(" › ")
	left := st.Brand.Render("cxmap") + sep + st.Crumb.Render(textsafe.Line(m.c.Workshop)) + sep + st.Crumb.Render(m.cat.T("live.title"))
	right := st.Muted.Render(strings.ToUpper(m.cat.Lang()))
	if m.joined && m.ps.Name != "" {
		right = st.Value.Render(textsafe.Line(m.ps.Name))
	}
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return ansi.Truncate(left, width, "…")
	}
	return left + strings.Repeat(" ", gap) + right
}

// rejoinView says how to come back as the same person, once joined.
func (m *Model) rejoinView(w int) string {
	if m.o.Rejoin == "" || !m.joined || m.ended || m.ps.Name == "" {
		return ""
	}
	cmd := textsafe.Line(m.o.Rejoin)
	line := m.cat.T("part.rejoin", textsafe.Line(m.ps.Name), cmd)
	if lipgloss.Width(line) > w {
		// The command is what they must copy: on a line of its own
		// rather than cut.
		line = strings.TrimSuffix(m.cat.T("part.rejoin", textsafe.Line(m.ps.Name), ""), " ") + "\n" + cmd
	}
	return m.st.Faint.Render(line)
}

// helpView is the footer: the keys that fit, always ending with the ones
// that say how to see more and how to leave.
func (m *Model) helpView(w int) string {
	groups := m.bindings()
	if m.help.ShowAll {
		return m.help.FullHelpView(groups)
	}
	end := groups[len(groups)-1]
	var screen []key.Binding
	for _, g := range groups[:len(groups)-1] {
		screen = append(screen, g...)
	}
	wide := m.help
	wide.Width = 0
	for {
		bs := append(append([]key.Binding{}, screen...), end...)
		if lipgloss.Width(wide.ShortHelpView(bs)) <= w || len(screen) == 0 {
			return m.help.ShortHelpView(bs)
		}
		screen = screen[:len(screen)-1]
	}
}

// body is the screen between the header and the status line.
func (m *Model) body(w, h int) string {
	st := m.st
	switch {
	case m.ended:
		return st.Muted.Render(textsafe.Line(m.c.Workshop)) + "\n\n" + st.Title.Render(wrap(m.cat.T("part.ended"), w))
	case !m.joined:
		return m.joinView(w, h)
	case !m.havePS:
		return st.Muted.Render(m.cat.T("common.loading"))
	}
	q := m.question()
	if q == nil {
		return st.Muted.Render(textsafe.Line(m.c.Workshop)) + "\n\n" + st.Value.Render(wrap(m.cat.T("part.waiting"), w))
	}
	return m.questionView(*q, w, h)
}

// joinView: the workshop, a name to type, and the roster to pick from.
func (m *Model) joinView(w, h int) string {
	st := m.st
	lines := []string{
		st.Muted.Render(ansi.Truncate(textsafe.Line(m.c.Workshop), w, "…")),
		st.Title.Render(m.cat.T("part.join_title")),
		"",
		st.Label.Render(m.cat.T("part.your_name")),
		m.name.View(),
	}
	switch {
	case m.joining:
		lines = append(lines, st.Muted.Render(m.cat.T("part.joining")))
	case m.joinErr != "":
		lines = append(lines, st.Error.Render(ansi.Truncate(m.joinErr, w, "…")))
	default:
		lines = append(lines, "")
	}
	if len(m.roster) == 0 {
		return strings.Join(lines, "\n")
	}
	lines = append(lines, st.Label.Render(m.cat.T("part.pick")))
	// A window of the roster that keeps the chosen name in sight, with a
	// line above and below to say there are more.
	n, room := len(m.roster), max(h-len(lines), 3)
	first, last := 0, n
	if n > room {
		show := room - 2
		if sel := m.focus - 1; sel >= show {
			first = sel - show + 1
		}
		first = min(first, n-show)
		last = first + show
	}
	if first > 0 {
		lines = append(lines, st.Faint.Render("    …"))
	}
	for i := first; i < last; i++ {
		p := m.roster[i]
		name := ansi.Truncate(textsafe.Line(p.Name), max(w-20, 10), "…")
		switch {
		case p.Taken:
			lines = append(lines, st.Faint.Render("    "+name+" ("+m.cat.T("part.taken")+")"))
		case m.focus == i+1:
			lines = append(lines, st.Cursor.Render("  ▸ "+name))
		default:
			lines = append(lines, "    "+st.Value.Render(name))
		}
	}
	if last < len(m.roster) {
		lines = append(lines, st.Faint.Render("    …"))
	}
	return strings.Join(lines, "\n")
}

// minLevels is the room the levels need to be read: the strip and two
// lines of the highlighted one's text.
const minLevels = 5

// questionView: where they are, the question, then the levels to choose
// from or, once revealed, the votes; and the note.
func (m *Model) questionView(q lv.ContentQuestion, w, h int) string {
	st := m.st
	total := len(m.c.Questions)
	title := m.cat.T("live.question_of", q.Number, total) + " · " + textsafe.Line(q.Dimension)
	top := []string{st.Subtitle.Render(ansi.Truncate(title, w, "…"))}
	if m.ps.Pacing == lv.SelfPaced {
		done := len(m.ps.Mine)
		barW := min(20, max(w/4, 5))
		full := done * barW / max(total, 1)
		top = append(top, st.BarFull.Render(strings.Repeat("█", full))+st.BarEmpty.Render(strings.Repeat("░", barW-full))+
			" "+st.Muted.Render(m.cat.T("part.answered", done, total)))
	}
	top = append(top, st.Title.Render(wrap(textsafe.Text(q.Text), w)))
	head := strings.Join(top, "\n")
	if q.Hint != "" {
		head += "\n" + st.Muted.Render(wrap(textsafe.Text(q.Hint), w))
	}
	if r := m.ps.Revealed[q.ID]; r != nil {
		return head + "\n\n" + m.revealView(q, r, w)
	}
	note := m.noteView(q.ID, w)
	avail := h - lipgloss.Height(head) - lipgloss.Height(note) - 2
	if avail < minLevels && q.Hint != "" {
		// A small terminal: the levels matter more than the hint.
		head = strings.Join(top, "\n")
		avail = h - lipgloss.Height(head) - lipgloss.Height(note) - 2
	}
	if m.noteOpen && avail < 3 {
		// Typing a note on a short terminal: the note takes the room.
		return head + "\n" + note
	}
	return head + "\n\n" + m.descriptorsView(q, w, max(avail, 2)) + "\n\n" + note
}

// noteView: the note being typed, the note kept, or how to add one.
func (m *Model) noteView(q string, w int) string {
	st := m.st
	if m.noteOpen {
		return st.Label.Render(m.cat.T("part.note_edit")) + "\n" + m.note.View()
	}
	text, ok := m.drafts[q]
	v, voted := m.ps.Mine[q]
	if !ok && voted && v.Note != nil {
		text = *v.Note
	}
	if text == "" {
		return st.Faint.Render(m.cat.T("q.no_note"))
	}
	line := st.Label.Render(m.cat.T("q.note")) + " " + st.Value.Render(strings.ReplaceAll(textsafe.Text(text), "\n", " ⏎ "))
	line = ansi.Truncate(line, w, "…")
	if !voted {
		line += "\n" + st.Faint.Render(m.cat.T("part.note_kept"))
	}
	return line
}

// revealView: the histogram, with their own row marked, and their vote.
func (m *Model) revealView(q lv.ContentQuestion, r *lv.Reveal, w int) string {
	st := m.st
	var mine *lv.Vote
	if v, ok := m.ps.Mine[q.ID]; ok {
		mine = &v
	}
	lines := revealLines(m, r, w, mine)
	if r.Anonymous {
		lines = append(lines, st.Muted.Render(m.cat.T("part.anonymous")))
	}
	lines = append(lines, "")
	if mine != nil {
		lines = append(lines, st.Value.Render(m.cat.T("part.your_vote", m.answerLabel(*mine))))
	} else {
		lines = append(lines, st.Muted.Render(m.cat.T("part.no_vote")))
	}
	lines = append(lines, st.Faint.Render(m.cat.T("part.closed")))
	return strings.Join(lines, "\n")
}

// answerLabel is a vote in words: "3 Defined", "N/A", "Don't know".
func (m *Model) answerLabel(v lv.Vote) string {
	switch {
	case v.NA:
		return m.cat.T("q.na_short")
	case v.DontKnow:
		return m.cat.T("q.dont_know_short")
	}
	return m.levelLabel(v.Level)
}

// question is the question on screen: the open one, or where a
// self-paced participant is; nil while waiting.
func (m *Model) question() *lv.ContentQuestion {
	id := m.ps.Current
	if m.ps.Pacing == lv.SelfPaced {
		id = m.pos
	}
	if i := m.index(id); i >= 0 {
		return &m.c.Questions[i]
	}
	return nil
}

func (m *Model) index(id string) int {
	if id == "" {
		return -1
	}
	for i, q := range m.c.Questions {
		if q.ID == id {
			return i
		}
	}
	return -1
}

func (m *Model) revealed(q string) bool { return m.ps.Revealed[q] != nil }

func wrap(s string, w int) string {
	return lipgloss.NewStyle().Width(max(w, 10)).Render(s)
}
