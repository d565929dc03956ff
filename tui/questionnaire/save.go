package questionnaire

import (
	"encoding/json"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/tui/common"
)

// answer sets the current respondent's level (0 clears it) or N/A, keeps
// the note, and saves it at once in its own transaction.
func (m *Model) answer(level int, na bool) tea.Cmd {
	r := m.current()
	if level > len(m.a.Levels) {
		return nil
	}
	r.Level, r.NA, r.DontKnow = level, na, false
	if na {
		r.Level = 0
	}
	return m.set(r)
}

// dontKnow sets or clears "don't know" for the current respondent: like
// N/A it replaces any level, and it is saved at once.
func (m *Model) dontKnow(on bool) tea.Cmd {
	r := m.current()
	r.Level, r.NA, r.DontKnow = 0, false, on
	return m.set(r)
}

func (m *Model) set(r model.Response) tea.Cmd {
	m.answers[respKey{r.ParticipantID, r.QuestionID}] = r
	m.highlight = r.Level
	m.refreshDescriptors()
	switch {
	case r.NA:
		m.scrollToBlock(len(m.a.Levels)) // show the choice, below the levels
	case r.DontKnow:
		m.scrollToBlock(len(m.a.Levels) + 1)
	default:
		m.scrollToHighlight()
	}
	return m.save(r)
}

func (m *Model) saveNote() tea.Cmd {
	r := m.current()
	if r.Note == m.note.Value() {
		return nil
	}
	r.Note = m.note.Value()
	m.answers[respKey{r.ParticipantID, r.QuestionID}] = r
	return m.save(r)
}

// save writes the answer now, inside Update, rather than in a command:
// a command still pending when the user quits is dropped, and an answer
// must never be. One upsert costs tens of microseconds, far below a frame.
func (m *Model) save(r model.Response) tea.Cmd {
	return common.Err(m.c.Store.SaveResponse(m.c.Ctx, m.id, r))
}

// saveCursor records the question and respondent, synchronously for the
// same reason as save.
func (m *Model) saveCursor() tea.Cmd {
	state, _ := json.Marshal(position{Question: m.question().Question.ID, Respondent: m.respondent})
	return common.Err(m.c.Store.SaveCursor(m.c.Ctx, m.id, model.Cursor{Screen: CursorScreen, State: string(state)}))
}
