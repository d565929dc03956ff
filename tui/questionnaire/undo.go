package questionnaire

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// Undo in the questionnaire, as in the journey grid: each step is one
// change of one field of one answer (the level or N/A, or a note as it
// was when opened and when closed), and undoing writes the field's value
// before it, leaving the other field and other answers alone. A vote
// typed by mistake (a digit meant for another screen) is one `u` away.

// maxHistory bounds the steps kept: a whole workshop's worth of answers.
const maxHistory = 500

// answerEdit is one change to one answer.
type answerEdit struct {
	note          bool // the note changed, else the level or N/A
	before, after model.Response
}

type history struct {
	done, undone []answerEdit
}

// record adds a change made now; it ends any redo.
func (h *history) record(e answerEdit) {
	h.done = append(h.done, e)
	if len(h.done) > maxHistory {
		h.done = h.done[len(h.done)-maxHistory:]
	}
	h.undone = nil
}

// undo writes back the value before the last change and shows it: the
// question and respondent it was on come back on screen.
func (m *Model) undo() tea.Cmd {
	if len(m.history.done) == 0 {
		return common.Cmd(common.StatusMsg{Text: m.c.T("q.nothing_to_undo")})
	}
	e := m.history.done[len(m.history.done)-1]
	if err := m.apply(e, e.before); err != nil {
		return common.Err(err)
	}
	m.history.done = m.history.done[:len(m.history.done)-1]
	m.history.undone = append(m.history.undone, e)
	return tea.Batch(m.saveCursor(), common.Cmd(common.StatusMsg{Text: m.c.T("q.undone", m.describe(e, e.before))}))
}

// redo writes again the change undone last.
func (m *Model) redo() tea.Cmd {
	if len(m.history.undone) == 0 {
		return common.Cmd(common.StatusMsg{Text: m.c.T("q.nothing_to_redo")})
	}
	e := m.history.undone[len(m.history.undone)-1]
	if err := m.apply(e, e.after); err != nil {
		return common.Err(err)
	}
	m.history.undone = m.history.undone[:len(m.history.undone)-1]
	m.history.done = append(m.history.done, e)
	return tea.Batch(m.saveCursor(), common.Cmd(common.StatusMsg{Text: m.c.T("q.redone", m.describe(e, e.after))}))
}

// apply writes one field of an edit with value v and goes to its answer.
func (m *Model) apply(e answerEdit, v model.Response) error {
	var err error
	if e.note {
		err = m.writeNote(v)
	} else {
		err = m.writeLevel(v)
	}
	if err != nil {
		return err
	}
	if ref, ok := m.a.Question(v.QuestionID); ok {
		m.index = ref.Index
	}
	m.respondent = m.knownRespondent(v.ParticipantID)
	m.atEnd = false
	m.onQuestionChanged()
	return nil
}

// knownRespondent is id if that respondent is still in the workshop, else
// the consensus.
func (m *Model) knownRespondent(id int64) int64 {
	for _, p := range m.people {
		if p.ID == id {
			return id
		}
	}
	return model.Consensus
}

// describe names an answer's value and whose it is, for the status line.
func (m *Model) describe(e answerEdit, v model.Response) string {
	what := "–"
	switch {
	case e.note && v.Note == "":
		what = m.c.T("q.no_note_short")
	case e.note:
		what = m.c.T("q.note_short")
	case v.NA:
		what = m.c.T("q.na_short")
	case v.DontKnow:
		what = m.c.T("q.dont_know_short")
	case v.Level > 0:
		what = m.levelLabel(v.Level)
	}
	n := 0
	if ref, ok := m.a.Question(v.QuestionID); ok {
		n = ref.Index + 1
	}
	return m.c.T("q.edit_desc", m.respondentName(v.ParticipantID), n, what)
}

// nextUnanswered moves to the next respondent after the current one (the
// consensus first, then participants in order) with no answer to this
// question.
func (m *Model) nextUnanswered() tea.Cmd {
	ids := m.respondentIDs()
	at := m.respondentIndex()
	q := m.question().Question.ID
	for i := 1; i <= len(ids); i++ {
		id := ids[(at+i)%len(ids)]
		if r, ok := m.answers[respKey{id, q}]; !ok || !r.Decided() {
			if id == m.respondent {
				break
			}
			m.respondent = id
			m.onQuestionChanged()
			return m.saveCursor()
		}
	}
	return common.Cmd(common.StatusMsg{Text: m.c.T("q.all_answered")})
}

// setPresentation stores presenter mode and anonymous names for the
// workshop and asks the root to lay out its chrome again (the footer
// comes and goes with presenter mode).
func (m *Model) setPresentation(p store.Presentation) tea.Cmd {
	if err := m.c.Store.SetPresentation(m.c.Ctx, m.id, p); err != nil {
		return common.Err(err)
	}
	m.pres = p
	return common.Cmd(common.ChromeMsg{})
}

// Presenting is true in presenter mode: the root then hides the footer.
func (m *Model) Presenting() bool { return m.pres.Presenter }
