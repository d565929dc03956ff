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
	r.Level, r.NA = level, na
	if na {
		r.Level = 0
	}
	m.answers[respKey{r.ParticipantID, r.QuestionID}] = r
	m.highlight = r.Level
	m.refreshDescriptors()
	m.scrollToHighlight()
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

func (m *Model) save(r model.Response) tea.Cmd {
	st, ctx, id := m.c.Store, m.c.Ctx, m.id
	return func() tea.Msg {
		if err := st.SaveResponse(ctx, id, r); err != nil {
			return common.ErrMsg{Err: err}
		}
		return nil
	}
}

func (m *Model) saveCursor() tea.Cmd {
	st, ctx, id := m.c.Store, m.c.Ctx, m.id
	state, _ := json.Marshal(position{Question: m.question().Question.ID, Respondent: m.respondent})
	return func() tea.Msg {
		if err := st.SaveCursor(ctx, id, model.Cursor{Screen: CursorScreen, State: string(state)}); err != nil {
			return common.ErrMsg{Err: err}
		}
		return nil
	}
}
