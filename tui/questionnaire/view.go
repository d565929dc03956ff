package questionnaire

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
)

// View draws the question, its descriptors, the answers and the note.
func (m *Model) View() string {
	st := m.c.Styles
	if !m.loaded {
		return st.Muted.Render(m.c.T("common.loading"))
	}
	if len(m.questions) == 0 {
		return st.Muted.Render(m.c.T("q.empty"))
	}
	if m.picker {
		return m.pickerView()
	}
	if m.noteOpen && m.compact() {
		// Typing a note on a short terminal: the note takes the room.
		return lipgloss.JoinVertical(lipgloss.Left, m.topView(), m.bottomView())
	}
	if m.compact() {
		return lipgloss.JoinVertical(lipgloss.Left, m.topView(), m.focusView(), m.bottomView())
	}
	parts := []string{m.topView(), m.descs.View()}
	if m.overflow {
		more := m.c.T("q.more_below")
		if m.descs.AtBottom() {
			more = m.c.T("q.more_above")
		}
		parts = append(parts, m.c.Styles.Faint.Render(more))
	}
	return lipgloss.JoinVertical(lipgloss.Left, append(parts, m.bottomView())...)
}

func (m *Model) lang() string { return m.c.Cat.Lang() }

func (m *Model) wrap(s string, width int) string {
	return lipgloss.NewStyle().Width(max(width, 10)).Render(s)
}

// topView: dimension and progress, who answers, the question and its hint.
func (m *Model) topView() string {
	st := m.c.Styles
	ref := m.question()
	answered := m.answeredCount()
	nums := fmt.Sprintf(" %d/%d", m.index+1, len(m.questions))
	right := m.bar.ViewAs(float64(answered)/float64(len(m.questions))) + st.Muted.Render(fmt.Sprintf(" %s %d/%d", m.c.T("q.answered"), answered, len(m.questions)))
	left := st.Subtitle.Render(textsafe.Line(ref.Dimension.Name.In(m.lang()))) + st.Muted.Render(" · "+m.c.T("q.dimension_n", m.dimensionIndex()+1, len(m.a.Dimensions))+" ·"+nums)
	head := left
	if m.compact() {
		right = st.Muted.Render(fmt.Sprintf("%d/%d ✓", answered, len(m.questions)))
	}
	if gap := m.width - lipgloss.Width(left) - lipgloss.Width(right); gap >= 2 {
		head = left + strings.Repeat(" ", gap) + right
	} else {
		head = left + "\n" + right
	}
	lines := []string{head, m.respondentsView()}
	if !m.compact() {
		lines = append(lines, "")
	}
	lines = append(lines, st.Title.Render(m.wrap(textsafe.Line(ref.Question.Text.In(m.lang())), m.width)))
	if h := textsafe.Text(ref.Question.Hint.In(m.lang())); h != "" && !m.compact() {
		lines = append(lines, st.Muted.Render(m.wrap("› "+h, m.width)))
	}
	if m.compact() {
		return strings.Join(lines, "\n")
	}
	return strings.Join(lines, "\n") + "\n"
}

// compact is the layout for short terminals: no hint, no blank lines, so
// the descriptors keep room to be read.
func (m *Model) compact() bool { return m.height < 18 }

func (m *Model) respondentsView() string {
	st := m.c.Styles
	names := []string{m.c.T("q.consensus")}
	ids := []int64{model.Consensus}
	for _, p := range m.people {
		names, ids = append(names, textsafe.Line(p.Name)), append(ids, p.ID)
	}
	parts := make([]string, len(names))
	for i, n := range names {
		if ids[i] == m.respondent {
			parts[i] = st.Cursor.Render("▸ " + n)
		} else {
			parts[i] = st.Muted.Render(n)
		}
	}
	line := st.Label.Render(m.c.T("q.answering")+" ") + strings.Join(parts, "  ")
	return lipgloss.NewStyle().MaxWidth(m.width).Render(line)
}

// descriptorBlocks renders each level (and N/A) as a wrapped block and
// returns them with the first line of each.
func (m *Model) descriptorBlocks() (string, []int) {
	st := m.c.Styles
	cur := m.current()
	q := m.question().Question
	labelW := 0
	for i, l := range m.a.Levels {
		labelW = max(labelW, lipgloss.Width(fmt.Sprintf("%d %s", i+1, textsafe.Line(l.Name.In(m.lang())))))
	}
	textW := max(m.width-labelW-4, 12)
	var out []string
	starts := make([]int, 0, len(m.a.Levels)+1)
	line := 0
	render := func(mark, label, text string, chosen, lit bool) {
		label = fmt.Sprintf("%-*s", labelW, label)
		labelStyle, textStyle := st.Label, st.Value
		if chosen {
			labelStyle, textStyle = st.Selected, st.Selected
		}
		body := lipgloss.JoinHorizontal(lipgloss.Top, mark+" ", labelStyle.Render(label), "  ", textStyle.Render(m.wrap(text, textW)))
		if lit {
			body = st.Cursor.Render(body)
		}
		starts = append(starts, line)
		line += lipgloss.Height(body)
		out = append(out, body)
	}
	for i, l := range m.a.Levels {
		lvl := i + 1
		mark := " "
		if cur.Level == lvl {
			mark = "●"
		}
		text := ""
		if i < len(q.Descriptors) {
			text = textsafe.Text(q.Descriptors[i].In(m.lang()))
		}
		render(mark, fmt.Sprintf("%d %s", lvl, textsafe.Line(l.Name.In(m.lang()))), text, cur.Level == lvl, m.highlight == lvl)
	}
	mark := " "
	if cur.NA {
		mark = "●"
	}
	render(mark, "0 "+m.c.T("q.na_short"), m.c.T("q.na_long"), cur.NA, false)
	mark = " "
	if cur.DontKnow {
		mark = "●"
	}
	render(mark, "x "+m.c.T("q.dont_know_short"), m.c.T("q.dont_know_long"), cur.DontKnow, false)
	return strings.Join(out, "\n"), starts
}

// focusView is the short-terminal form of the descriptors: the levels on
// one strip, and the full text of the highlighted one below it, so each
// descriptor is read whole by moving through the levels.
func (m *Model) focusView() string {
	st := m.c.Styles
	cur := m.current()
	lit := max(m.highlight, 1)
	var strip []string
	for i, l := range m.a.Levels {
		label := fmt.Sprintf("%d %s", i+1, textsafe.Line(l.Name.In(m.lang())))
		switch {
		case i+1 == lit:
			label = st.Cursor.Render("▸" + label)
		case i+1 == cur.Level:
			label = st.Selected.Render("●" + label)
		default:
			label = st.Muted.Render(" " + label)
		}
		strip = append(strip, label)
	}
	na := " 0 " + m.c.T("q.na_short")
	if cur.NA {
		na = st.Selected.Render("●0 " + m.c.T("q.na_short"))
	}
	dk := " x " + m.c.T("q.dont_know_short")
	if cur.DontKnow {
		dk = st.Selected.Render("●x " + m.c.T("q.dont_know_short"))
	}
	strip = append(strip, na, dk)
	text := ""
	if q := m.question().Question; lit-1 < len(q.Descriptors) {
		text = textsafe.Text(q.Descriptors[lit-1].In(m.lang()))
	}
	mark := "  "
	if cur.Level == lit {
		mark = "● "
	}
	body := lipgloss.JoinHorizontal(lipgloss.Top, mark, st.Value.Render(m.wrap(text, m.width-2)))
	avail := m.height - lipgloss.Height(m.topView()) - lipgloss.Height(m.bottomView())
	return lipgloss.NewStyle().MaxHeight(max(avail, 1)).Render(flow(strip, m.width) + "\n" + body)
}

// flow lays items out in lines of at most width cells, never breaking one.
func flow(items []string, width int) string {
	var lines []string
	line := ""
	for _, it := range items {
		switch {
		case line == "":
			line = it
		case lipgloss.Width(line)+1+lipgloss.Width(it) <= width:
			line += " " + it
		default:
			lines, line = append(lines, line), it
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// refreshDescriptors sizes the descriptor viewport to the space left and
// fills it.
func (m *Model) refreshDescriptors() {
	if !m.loaded || len(m.questions) == 0 || m.width == 0 {
		return
	}
	content, starts := m.descriptorBlocks()
	m.starts, m.lines = starts, lipgloss.Height(content)
	h := m.height - lipgloss.Height(m.topView()) - lipgloss.Height(m.bottomView())
	m.overflow = lipgloss.Height(content) > h
	if m.overflow {
		h-- // a line saying there is more
	}
	m.descs.Width, m.descs.Height = m.width, max(h, 1)
	m.descs.SetContent(content)
}

// scrollToHighlight keeps the highlighted level (or the chosen one) in view.
func (m *Model) scrollToHighlight() {
	if m.highlight == 0 {
		return
	}
	m.scrollToBlock(m.highlight - 1)
}

// scrollToBlock brings block i of the descriptors into view: a level, then
// the N/A and don't-know rows after the last level.
func (m *Model) scrollToBlock(i int) {
	if !m.loaded || len(m.questions) == 0 {
		return
	}
	starts, lines := m.starts, m.lines
	if i < 0 || i >= len(starts) {
		return
	}
	start, end := starts[i], lines
	if i+1 < len(starts) {
		end = starts[i+1]
	}
	switch {
	case start < m.descs.YOffset:
		m.descs.SetYOffset(start)
	case end > m.descs.YOffset+m.descs.Height:
		m.descs.SetYOffset(min(start, end-m.descs.Height))
	}
}

// bottomView: everybody's answer to this question, then the note.
func (m *Model) bottomView() string {
	st := m.c.Styles
	var lines []string
	if len(m.people) > 0 {
		lines = append(lines, m.othersView())
	}
	switch {
	case m.noteOpen:
		lines = append(lines, st.Label.Render(m.c.T("q.note_editing")), m.note.View())
	case m.current().Note != "":
		note := strings.ReplaceAll(textsafe.Text(m.current().Note), "\n", " ⏎ ")
		lines = append(lines, lipgloss.NewStyle().MaxWidth(m.width).Render(st.Label.Render(m.c.T("q.note")+" ")+note))
	default:
		lines = append(lines, st.Faint.Render(m.c.T("q.no_note")))
	}
	if m.compact() {
		return strings.Join(lines, "\n")
	}
	return "\n" + strings.Join(lines, "\n")
}

func (m *Model) othersView() string {
	st := m.c.Styles
	q := m.question().Question.ID
	show := func(id int64) string {
		r, ok := m.answers[respKey{id, q}]
		switch {
		case ok && r.NA:
			return m.c.T("q.na_short")
		case ok && r.DontKnow:
			return m.c.T("q.dont_know_short")
		case ok && r.Level > 0:
			return fmt.Sprint(r.Level)
		}
		return "–"
	}
	parts := []string{m.c.T("q.consensus") + " " + show(model.Consensus)}
	lo, hi := 0, 0
	for _, p := range m.people {
		parts = append(parts, textsafe.Line(p.Name)+" "+show(p.ID))
		if r, ok := m.answers[respKey{p.ID, q}]; ok && r.Answered() {
			if lo == 0 || r.Level < lo {
				lo = r.Level
			}
			hi = max(hi, r.Level)
		}
	}
	line := st.Label.Render(m.c.T("q.answers")+" ") + strings.Join(parts, st.Faint.Render(" · "))
	if hi-lo >= model.DisagreementSpread && lo > 0 {
		warn := "⚠ " + m.c.T("q.disagreement", hi-lo)
		if m.compact() {
			warn = fmt.Sprintf("⚠ %d", hi-lo)
		}
		line += "  " + st.Warn.Render(warn)
	}
	return m.wrap(line, m.width)
}

// answeredCount is how many questions have an answer from the current
// respondent (a level, N/A or don't know).
func (m *Model) answeredCount() int {
	n := 0
	for _, ref := range m.questions {
		if r, ok := m.answers[respKey{m.respondent, ref.Question.ID}]; ok && r.Decided() {
			n++
		}
	}
	return n
}

func (m *Model) pickerView() string {
	st := m.c.Styles
	lines := []string{st.Title.Render(m.c.T("q.pick_title")), ""}
	for i, d := range m.a.Dimensions {
		done := 0
		for _, q := range d.Questions {
			if r, ok := m.answers[respKey{m.respondent, q.ID}]; ok && r.Decided() {
				done++
			}
		}
		row := fmt.Sprintf("%d. %s  %s", i+1, textsafe.Line(d.Name.In(m.lang())), st.Muted.Render(fmt.Sprintf("%d/%d", done, len(d.Questions))))
		if i == m.pickIndex {
			row = st.Selected.Render("› ") + row
		} else {
			row = "  " + row
		}
		lines = append(lines, row)
	}
	return lipgloss.NewStyle().MaxWidth(m.width).MaxHeight(m.height).Render(strings.Join(lines, "\n"))
}

// ShortHelp lists the keys of the moment.
func (m *Model) ShortHelp() []key.Binding {
	switch {
	case m.noteOpen:
		return []key.Binding{m.keys.CloseNote}
	case m.picker:
		return []key.Binding{m.keys.Up, m.keys.Choose, m.keys.Back}
	}
	return []key.Binding{m.keys.Level, m.keys.Next, m.keys.Prev, m.keys.Respondent, m.keys.Note}
}

// FullHelp lists every key of the screen.
func (m *Model) FullHelp() [][]key.Binding {
	if m.noteOpen || m.picker {
		return [][]key.Binding{m.ShortHelp()}
	}
	return [][]key.Binding{
		{m.keys.Level, m.keys.Up, m.keys.Choose, m.keys.NA, m.keys.DontKnow, m.keys.Clear},
		{m.keys.Next, m.keys.Prev, m.keys.Dimensions},
		{m.keys.Respondent, m.keys.Note, m.keys.Back},
	}
}
