package questionnaire

import (
	"encoding/json"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/tui/common"
)

// Answers are written now, inside Update, rather than in a command: a
// command still pending when the user quits is dropped, and an answer
// must never be. One upsert costs tens of microseconds, far below a frame.
// The level and the note are written separately, each without the other,
// so neither overwrites what another window or an import wrote.

// answer sets the current respondent's level (0 clears it) or N/A and
// saves it at once in its own transaction. If the write fails, the screen
// shows the stored answer and the error says why.
func (m *Model) answer(level int, na bool) tea.Cmd {
	before := m.current()
	if level > len(m.a.Levels) {
		return nil
	}
	r := before
	r.Level, r.NA, r.DontKnow = level, na, false
	if na {
		r.Level = 0
	}
	return m.set(before, r)
}

// dontKnow sets or clears "don't know" for the current respondent: like
// N/A it replaces any level, and it is saved at once.
func (m *Model) dontKnow(on bool) tea.Cmd {
	before := m.current()
	r := before
	r.Level, r.NA, r.DontKnow = 0, false, on
	return m.set(before, r)
}

// set saves r's choice (level, N/A or don't know) at once, without its
// note, shows it and keeps it for undo; if the write fails the screen
// shows the stored answer and the error says why.
func (m *Model) set(before, r model.Response) tea.Cmd {
	if err := m.writeLevel(r); err != nil {
		return m.retry.Failed(err)
	}
	if r.Level != before.Level || r.NA != before.NA || r.DontKnow != before.DontKnow {
		m.history.record(answerEdit{before: before, after: r})
	}
	m.highlight = m.answerStop()
	return m.retry.Saved()
}

// writeLevel stores r's level (or N/A) and shows it; on failure the
// stored answer is shown again.
func (m *Model) writeLevel(r model.Response) error {
	if err := m.c.Store.SetAnswerLevel(m.c.Ctx, m.id, r); err != nil {
		m.revert(r.ParticipantID, r.QuestionID)
		return err
	}
	k := respKey{r.ParticipantID, r.QuestionID}
	stored := m.answers[k]
	stored.ParticipantID, stored.QuestionID = r.ParticipantID, r.QuestionID
	stored.Level, stored.NA, stored.DontKnow = r.Level, r.NA, r.DontKnow
	m.answers[k] = stored
	return nil
}

// writeNote stores r's note and shows it.
func (m *Model) writeNote(r model.Response) error {
	if err := m.c.Store.SetAnswerNote(m.c.Ctx, m.id, r.ParticipantID, r.QuestionID, r.Note); err != nil {
		m.revert(r.ParticipantID, r.QuestionID)
		return err
	}
	k := respKey{r.ParticipantID, r.QuestionID}
	stored := m.answers[k]
	stored.ParticipantID, stored.QuestionID, stored.Note = r.ParticipantID, r.QuestionID, r.Note
	m.answers[k] = stored
	return nil
}

// saveNote stores the note being typed if it differs from what was last
// stored. A failure keeps the text in the editor and names the cause.
func (m *Model) saveNote() tea.Cmd {
	v := m.note.Value()
	if v == m.noteSaved {
		return nil
	}
	r := m.current()
	r.Note = v
	if err := m.writeNote(r); err != nil {
		return m.retry.Failed(common.TextKept{Err: err})
	}
	m.noteSaved = v
	return m.retry.Saved()
}

// revert shows the stored answer again after a failed write.
func (m *Model) revert(participantID int64, questionID string) {
	if r, err := m.c.Store.Answer(m.c.Ctx, m.id, participantID, questionID); err == nil {
		m.answers[respKey{participantID, questionID}] = r
	}
	m.highlight = m.answerStop()
}

// reloaded takes answers and participants read again (changed in another
// window, or by a responses import) and keeps the question, respondent and
// an open note as they are.
func (m *Model) reloaded(msg loadedMsg) {
	m.people = msg.people
	m.answers = make(map[respKey]model.Response, len(msg.responses))
	for _, r := range msg.responses {
		m.answers[respKey{r.ParticipantID, r.QuestionID}] = r
	}
	m.respondent = m.knownRespondent(m.respondent) // or deleted in another window
	if !m.noteOpen {
		m.highlight = m.answerStop()
	}
	m.pres, m.contentLang = msg.pres, msg.lang
	m.prev, m.hasPrev = msg.prev, msg.hasPrev
}

// saveCursor records the question and respondent, synchronously for the
// same reason as save.
func (m *Model) saveCursor() tea.Cmd {
	state, _ := json.Marshal(position{Question: m.question().Question.ID, Respondent: m.respondent})
	return common.Err(m.c.Store.SaveCursor(m.c.Ctx, m.id, model.Cursor{Screen: CursorScreen, State: string(state)}))
}
