package questionnaire

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/textsafe"
)

// The layout, top to bottom: where we are, who answers, the question (and
// the facilitator's hint), everybody's answers just under it, then the
// level descriptors in the room that is left, and the note. The
// descriptors are drawn whole when they fit; otherwise as a strip of the
// levels with the full text of the highlighted one, so nothing is ever
// cut mid-sentence and ↑/↓ reads each level. Everything is computed from
// the size at each View, so a resize re-lays out at once.

// presenterWidth is the widest the content is drawn in presenter mode:
// lines a room can read, centred on a wide projector.
const presenterWidth = 110

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
	w := m.contentWidth()
	top := m.topView(w)
	bottom := m.noteView(w)
	if m.noteOpen && m.compact() {
		// Typing a note on a short terminal: the note takes the room.
		return m.frame(top + "\n" + bottom)
	}
	votes := ""
	if len(m.people) > 0 {
		votes = m.othersView(w, m.voteLines())
	}
	if m.hasPrev {
		if votes != "" {
			votes += "\n"
		}
		votes += m.previousView(w)
	}
	sections := []string{top}
	if votes != "" {
		sections = append(sections, votes)
	}
	fixed := lipgloss.Height(strings.Join(append(sections, bottom), "\n"))
	// A blank line between sections, when there is room for it.
	gap := 1
	if m.compact() {
		gap = 0
	}
	avail := m.height - fixed - 1 - 2*gap
	var body string
	if m.atEnd {
		body = m.endView(w)
	} else {
		body = m.descriptorsView(w, avail)
	}
	sections = append(sections, body, bottom)
	sep := "\n" + strings.Repeat("\n", gap)
	return m.frame(strings.Join(sections, sep))
}

// frame centres the content in presenter mode.
func (m *Model) frame(s string) string {
	if !m.pres.Presenter || m.width <= presenterWidth {
		return s
	}
	return lipgloss.PlaceHorizontal(m.width, lipgloss.Center, lipgloss.NewStyle().Width(m.contentWidth()).Render(s))
}

// contentWidth is the width text is laid out in.
func (m *Model) contentWidth() int {
	if m.pres.Presenter {
		return min(m.width, presenterWidth)
	}
	return m.width
}

// voteLines is how many lines the answers may take before they condense.
func (m *Model) voteLines() int {
	if m.height >= 30 {
		return 4
	}
	return 2
}

// lang is the language of the workshop's content (questions, levels,
// dimensions), set in its details; the interface may be in another.
func (m *Model) lang() string {
	if m.contentLang != "" {
		return m.contentLang
	}
	return m.c.Cat.Lang()
}

// content is the catalog of the workshop's content language: the labels
// the room reads beside the levels (N/A, don't know) are in the
// language of the levels themselves, not of the consultant's interface.
func (m *Model) content() i18n.Catalog { return i18n.For(m.lang()) }

func (m *Model) wrap(s string, width int) string {
	return lipgloss.NewStyle().Width(max(width, 10)).Render(s)
}

// topView: dimension and progress, who answers, the question and its hint.
func (m *Model) topView(w int) string {
	st := m.c.Styles
	ref := m.question()
	answered := m.answeredCount()
	nums := fmt.Sprintf(" %d/%d", m.index+1, len(m.questions))
	right := m.bar.ViewAs(float64(answered)/float64(len(m.questions))) + st.Muted.Render(fmt.Sprintf(" %s %d/%d", m.c.T("q.answered"), answered, len(m.questions)))
	if m.compact() || m.pres.Presenter {
		right = st.Muted.Render(fmt.Sprintf("%d/%d ✓", answered, len(m.questions)))
	}
	left := st.Subtitle.Render(textsafe.Line(ref.Dimension.Name.In(m.lang()))) + st.Muted.Render(" · "+m.c.T("q.dimension_n", m.dimensionIndex()+1, len(m.a.Dimensions))+" ·"+nums)
	var head string
	if gap := w - lipgloss.Width(left) - lipgloss.Width(right); gap >= 2 {
		head = left + strings.Repeat(" ", gap) + right
	} else {
		head = m.wrap(left, w) + "\n" + right
	}
	lines := []string{head, m.respondentsView()}
	if !m.compact() {
		lines = append(lines, "")
	}
	lines = append(lines, st.Title.Render(m.wrap(textsafe.Line(ref.Question.Text.In(m.lang())), w)))
	if h := textsafe.Text(ref.Question.Hint.In(m.lang())); h != "" && !m.compact() && !m.pres.Presenter {
		lines = append(lines, st.Muted.Render(m.wrap("› "+h, w)))
	}
	return strings.Join(lines, "\n")
}

// compact is the layout for short terminals: no hint, no blank lines, so
// the descriptors keep room to be read.
func (m *Model) compact() bool { return m.height < 18 }

// endView is shown past the last question: it says so and offers Results.
func (m *Model) endView(w int) string {
	st := m.c.Styles
	lines := []string{
		st.Title.Render(m.c.T("q.end_title")),
		m.wrap(m.c.T("q.end_body", m.answeredCount(), len(m.questions), m.respondentName(m.respondent)), w),
		"",
		st.Key.Render("r") + " " + st.Help.Render(m.c.T("q.key.results")) + st.Faint.Render(" · ") +
			st.Key.Render("←") + " " + st.Help.Render(m.c.T("q.end_back")) + st.Faint.Render(" · ") +
			st.Key.Render("tab") + " " + st.Help.Render(m.c.T("q.key.respondent")),
	}
	return strings.Join(lines, "\n")
}

// noteView: the current answer's note, or the editor.
func (m *Model) noteView(w int) string {
	st := m.c.Styles
	switch {
	case m.noteOpen:
		return st.Label.Render(m.c.T("q.note_editing")) + "\n" + m.note.View()
	case m.current().Note != "":
		note := strings.ReplaceAll(textsafe.Text(m.current().Note), "\n", " ⏎ ")
		return ansi.Truncate(st.Label.Render(m.c.T("q.note")+" ")+note, w, "…")
	case m.pres.Presenter:
		return ""
	}
	return st.Faint.Render(m.c.T("q.no_note"))
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
		count := st.Muted.Render(fmt.Sprintf("%d/%d", done, len(d.Questions)))
		name := ansi.Truncate(fmt.Sprintf("%d. %s", i+1, textsafe.Line(d.Name.In(m.lang()))), max(m.width-4-lipgloss.Width(count), 10), "…")
		row := name + "  " + count
		if i == m.pickIndex {
			row = st.Selected.Render("› ") + row
		} else {
			row = "  " + row
		}
		lines = append(lines, row)
	}
	return strings.Join(lines, "\n")
}

// ShortHelp lists the keys of the moment.
func (m *Model) ShortHelp() []key.Binding {
	switch {
	case m.noteOpen:
		return []key.Binding{m.keys.CloseNote}
	case m.picker:
		return []key.Binding{m.keys.PickUp, m.keys.PickChoose, m.keys.Back}
	case m.atEnd:
		return []key.Binding{m.keys.Results, m.keys.Prev, m.keys.Respondent, m.keys.Back}
	case m.index == len(m.questions)-1:
		return []key.Binding{m.keys.Level, m.keys.Results, m.keys.Prev, m.keys.Respondent, m.keys.Undo, m.keys.Back}
	}
	return []key.Binding{m.keys.Level, m.keys.Next, m.keys.Prev, m.keys.Respondent, m.keys.Note, m.keys.Undo, m.keys.Back}
}

// FullHelp lists every key of the screen.
func (m *Model) FullHelp() [][]key.Binding {
	if m.noteOpen || m.picker || m.atEnd {
		return [][]key.Binding{m.ShortHelp()}
	}
	return [][]key.Binding{
		{m.keys.Level, m.keys.Up, m.keys.Choose, m.keys.NA, m.keys.DontKnow, m.keys.Clear},
		{m.keys.Next, m.keys.Prev, m.keys.Dimensions, m.keys.Results},
		{m.keys.Respondent, m.keys.PrevResp, m.keys.Unanswered, m.keys.Note},
		{m.keys.Undo, m.keys.Redo, m.keys.Presenter, m.keys.Anonymous},
	}
}
