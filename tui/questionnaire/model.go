// Package questionnaire runs the assessment one question at a time: the
// anchored level descriptors, who answers (the consensus or a
// participant), notes, and the answers of the others side by side.
package questionnaire

import (
	"encoding/json"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

// CursorScreen names this screen in the saved resume cursor.
const CursorScreen = "questionnaire"

type position struct {
	Question   string `json:"question"`
	Respondent int64  `json:"respondent"`
}

type respKey struct {
	respondent int64
	question   string
}

type loadedMsg struct {
	id        int64
	a         *model.Assessment
	people    []model.Participant
	responses []model.Response
	pos       position
	pres      store.Presentation
	lang      string // the workshop's content language
	prev      map[string]map[string]model.Response
	hasPrev   bool
	// keep reloads in place: the question, respondent and an open note
	// stay as they are (another window moving its own cursor must not
	// move this one).
	keep bool
}

// Model is the questionnaire screen.
type Model struct {
	c      *common.Context
	id     int64
	keys   keyMap
	width  int
	height int

	a         *model.Assessment
	questions []model.QuestionRef // flattened, in questionnaire order
	people    []model.Participant
	answers   map[respKey]model.Response
	loaded    bool

	index      int   // current question
	respondent int64 // model.Consensus or a participant id
	highlight  int   // the level under the arrow keys, 1-based; levels+1 is N/A; 0 none
	atEnd      bool  // past the last question: the end panel shows

	noteOpen   bool
	note       textarea.Model
	noteSaved  string         // the editor's text as last stored
	noteBefore model.Response // the answer when the note was opened, for undo
	retry      common.Retry

	picker    bool
	pickIndex int

	pending *common.GotoQuestionMsg // a jump asked for before the load
	history history                 // answer changes, for undo and redo
	pres    store.Presentation      // presenter mode and anonymous names
	// contentLang is the workshop's language, in which its questions and
	// levels are shown; the keys and labels follow the interface's.
	contentLang string
	// prev are the previous round's answers by participant name ("" the
	// consensus), shown as reference; hasPrev says there is a round.
	prev    map[string]map[string]model.Response
	hasPrev bool
	bar     progress.Model
}

// New builds the questionnaire of one workshop.
func New(c *common.Context, workshopID int64) *Model {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.CharLimit = 0 // no limit: a note keeps whatever it holds, imported or typed
	ta.MaxHeight = 0
	ta.SetHeight(4)
	bar := progress.New(progress.WithSolidFill(c.Styles.AccentHex()), progress.WithoutPercentage())
	return &Model{c: c, id: workshopID, note: ta, bar: bar, answers: map[respKey]model.Response{}}
}

// Init loads the model, participants, answers and the saved position.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	keep := m.loaded
	return func() tea.Msg {
		st, ctx := m.c.Store, m.c.Ctx
		msg := loadedMsg{id: m.id, keep: keep}
		var err error
		if !keep {
			// The model is frozen with the workshop and the saved position
			// only says where to open: a reload in place reads neither.
			if msg.a, err = st.Assessment(ctx, m.id); err != nil {
				return common.ErrMsg{Err: err}
			}
			if c, err := st.CursorFor(ctx, m.id, CursorScreen); err == nil && c.State != "" {
				_ = json.Unmarshal([]byte(c.State), &msg.pos)
			}
		}
		if msg.people, err = st.Participants(ctx, m.id); err != nil {
			return common.ErrMsg{Err: err}
		}
		if msg.responses, err = st.Responses(ctx, m.id); err != nil {
			return common.ErrMsg{Err: err}
		}
		if msg.pres, err = st.Presentation(ctx, m.id); err != nil {
			return common.ErrMsg{Err: err}
		}
		w, err := st.Workshop(ctx, m.id)
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		msg.lang = w.Language
		if msg.prev, msg.hasPrev, err = st.PreviousAnswers(ctx, w); err != nil {
			return common.ErrMsg{Err: err}
		}
		return msg
	}
}

// Title names the screen in the breadcrumb.
func (m *Model) Title() string { return m.c.T("q.title") }

// SetSize lays the screen out again.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.note.SetWidth(max(w-2, 10))
	m.note.SetHeight(4)
	if m.compact() {
		m.note.SetHeight(3)
	}
	m.bar.Width = min(max(w/4, 10), 30)
}

// Capturing is true while a note is typed.
func (m *Model) Capturing() bool { return m.noteOpen }

func (m *Model) question() model.QuestionRef { return m.questions[m.index] }

func (m *Model) current() model.Response {
	q := m.question().Question.ID
	if r, ok := m.answers[respKey{m.respondent, q}]; ok {
		return r
	}
	return model.Response{ParticipantID: m.respondent, QuestionID: q}
}

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.id != m.id {
			return nil
		}
		// Presenter mode may have changed: the root lays out its chrome again.
		chrome := common.Cmd(common.ChromeMsg{})
		if msg.keep && m.loaded {
			m.reloaded(msg)
			return chrome
		}
		m.setLoaded(msg)
		if len(m.questions) == 0 {
			return chrome
		}
		if g := m.pending; g != nil {
			m.pending = nil
			return tea.Batch(chrome, m.gotoQuestion(*g))
		}
		return tea.Batch(chrome, m.saveCursor()) // opening the questionnaire is where to resume
	case common.RefreshMsg:
		return m.load()
	case common.GotoQuestionMsg:
		if msg.WorkshopID != m.id {
			return nil
		}
		if !m.loaded {
			m.pending = &msg // applied once loaded
			return nil
		}
		return m.gotoQuestion(msg)
	case common.LanguageMsg:
		// It may come before the model is loaded (a workshop resumed in
		// its own language): the load then builds the keys.
		if m.loaded {
			m.keys = newKeys(m.c.Cat, len(m.a.Levels))
		}
		return nil
	case tea.KeyMsg:
		if !m.loaded || len(m.questions) == 0 {
			if key.Matches(msg, m.keys.Back) {
				return common.Cmd(common.BackMsg{})
			}
			return nil
		}
		switch {
		case m.noteOpen:
			return m.updateNote(msg)
		case m.picker:
			return m.updatePicker(msg)
		}
		return m.handleKey(msg)
	}
	if m.noteOpen {
		var cmd tea.Cmd
		m.note, cmd = m.note.Update(msg)
		return cmd
	}
	return nil
}

func (m *Model) setLoaded(msg loadedMsg) {
	m.a, m.people, m.loaded, m.pres, m.contentLang = msg.a, msg.people, true, msg.pres, msg.lang
	m.prev, m.hasPrev = msg.prev, msg.hasPrev
	m.keys = newKeys(m.c.Cat, len(m.a.Levels))
	m.questions = m.questions[:0]
	for _, d := range m.a.Dimensions {
		for _, q := range d.Questions {
			ref, _ := m.a.Question(q.ID)
			m.questions = append(m.questions, ref)
		}
	}
	m.answers = make(map[respKey]model.Response, len(msg.responses))
	for _, r := range msg.responses {
		m.answers[respKey{r.ParticipantID, r.QuestionID}] = r
	}
	if ref, ok := m.a.Question(msg.pos.Question); ok {
		m.index = ref.Index
	}
	m.respondent = m.knownRespondent(msg.pos.Respondent)
	m.onQuestionChanged()
}

func (m *Model) handleKey(k tea.KeyMsg) tea.Cmd {
	// Keys that act the same on a question and on the end panel.
	switch {
	case key.Matches(k, m.keys.Back):
		return common.Cmd(common.BackMsg{})
	case key.Matches(k, m.keys.Respondent):
		return m.switchRespondent(1)
	case key.Matches(k, m.keys.PrevResp):
		return m.switchRespondent(-1)
	case key.Matches(k, m.keys.Unanswered):
		return m.nextUnanswered()
	case key.Matches(k, m.keys.Results):
		return common.Cmd(common.NavigateMsg{To: common.ResultsScreen, WorkshopID: m.id})
	case key.Matches(k, m.keys.Presenter):
		return m.setPresentation(store.Presentation{Presenter: !m.pres.Presenter, Anonymous: m.pres.Anonymous})
	case key.Matches(k, m.keys.Anonymous):
		return m.setPresentation(store.Presentation{Presenter: m.pres.Presenter, Anonymous: !m.pres.Anonymous})
	}
	if m.atEnd {
		return m.endKey(k)
	}
	levels := len(m.a.Levels)
	switch {
	case key.Matches(k, m.keys.Level):
		return m.answer(int(k.Runes[0]-'0'), false)
	case key.Matches(k, m.keys.NA):
		return m.answer(0, !m.current().NA)
	case key.Matches(k, m.keys.DontKnow):
		return m.dontKnow(!m.current().DontKnow)
	case key.Matches(k, m.keys.Clear):
		return m.answer(0, false)
	case key.Matches(k, m.keys.Up):
		m.highlight = max(min(m.highlight, levels+3)-1, 1)
	case key.Matches(k, m.keys.Down):
		m.highlight = min(m.highlight+1, levels+2) // N/A, then don't know, after the levels
	case key.Matches(k, m.keys.Choose):
		switch {
		case m.highlight == 0:
			return m.move(1)
		case m.highlight == levels+1:
			return tea.Sequence(m.answer(0, true), m.move(1))
		case m.highlight > levels+1:
			return tea.Sequence(m.dontKnow(true), m.move(1))
		}
		return tea.Sequence(m.answer(m.highlight, false), m.move(1))
	case key.Matches(k, m.keys.Next):
		return m.move(1)
	case key.Matches(k, m.keys.Prev):
		return m.move(-1)
	case key.Matches(k, m.keys.Undo):
		return m.undo()
	case key.Matches(k, m.keys.Redo):
		return m.redo()
	case key.Matches(k, m.keys.Note):
		// The note as stored now (another window or an import may have
		// changed it since the last reload), so typing never puts an
		// older one back.
		cur := m.current()
		if r, err := m.c.Store.Answer(m.c.Ctx, m.id, cur.ParticipantID, cur.QuestionID); err == nil {
			m.answers[respKey{cur.ParticipantID, cur.QuestionID}] = r
		}
		m.noteOpen = true
		m.noteBefore = m.current()
		m.note.SetValue(textsafe.StripText(m.current().Note))
		// Written only once it differs from what was shown, so opening
		// and closing a note never changes it (the editor shows tabs as
		// spaces, say).
		m.noteSaved = m.note.Value()
		m.note.CursorEnd()
		return m.note.Focus()
	case key.Matches(k, m.keys.Dimensions):
		m.picker, m.pickIndex = true, m.dimensionIndex()
	}
	return nil
}

// endKey handles the panel after the last question, beyond the keys it
// shares with a question: enter opens Results, ← goes back to the
// questions. Digits do nothing here: no question is on screen.
func (m *Model) endKey(k tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Choose):
		return common.Cmd(common.NavigateMsg{To: common.ResultsScreen, WorkshopID: m.id})
	case key.Matches(k, m.keys.Prev):
		m.atEnd = false
	}
	return nil
}

// gotoQuestion shows a question answered by one respondent.
func (m *Model) gotoQuestion(g common.GotoQuestionMsg) tea.Cmd {
	if ref, ok := m.a.Question(g.QuestionID); ok {
		m.index = ref.Index
	}
	m.respondent = m.knownRespondent(g.Respondent)
	m.atEnd, m.picker = false, false
	m.onQuestionChanged()
	return m.saveCursor()
}

// move goes delta questions forward or back, staying within the model.
func (m *Model) move(delta int) tea.Cmd {
	if delta > 0 && m.index == len(m.questions)-1 {
		m.atEnd = true // past the last question: say so, offer Results
		return nil
	}
	m.atEnd = false
	next := min(max(m.index+delta, 0), len(m.questions)-1)
	if next == m.index {
		return nil
	}
	m.index = next
	m.onQuestionChanged()
	return m.saveCursor()
}

func (m *Model) switchRespondent(delta int) tea.Cmd {
	ids := m.respondentIDs()
	m.respondent = ids[(m.respondentIndex()+delta+len(ids))%len(ids)]
	m.onQuestionChanged()
	return m.saveCursor()
}

// respondentIDs lists who can answer: the consensus, then participants.
func (m *Model) respondentIDs() []int64 {
	ids := make([]int64, 0, len(m.people)+1)
	ids = append(ids, model.Consensus)
	for _, p := range m.people {
		ids = append(ids, p.ID)
	}
	return ids
}

// respondentIndex is the current respondent's place in respondentIDs.
func (m *Model) respondentIndex() int {
	for i, p := range m.people {
		if p.ID == m.respondent {
			return i + 1
		}
	}
	return 0
}

// onQuestionChanged puts the highlight on the current answer.
func (m *Model) onQuestionChanged() {
	m.highlight = m.answerStop()
}

// answerStop is the highlight stop of the current answer: its level,
// the N/A stop after the levels, or 0 for no answer.
func (m *Model) answerStop() int {
	switch r := m.current(); {
	case r.NA:
		return len(m.a.Levels) + 1
	case r.DontKnow:
		return len(m.a.Levels) + 2
	}
	return m.current().Level
}

func (m *Model) dimensionIndex() int {
	d := m.question().Dimension
	for i := range m.a.Dimensions {
		if &m.a.Dimensions[i] == d {
			return i
		}
	}
	return 0
}

// updateNote types into the note, saving it on every keystroke that
// changes it, in its own transaction: closing the terminal (or a kill)
// right after a key loses nothing shown. A failed save keeps the text in
// the editor; the next key (or closing) retries it.
func (m *Model) updateNote(k tea.KeyMsg) tea.Cmd {
	if key.Matches(k, m.keys.CloseNote) {
		cmd := m.saveNote()
		if m.note.Value() != m.noteSaved {
			return cmd // not saved: the note stays open with its text
		}
		m.noteOpen = false
		m.note.Blur()
		if after := m.current(); after.Note != m.noteBefore.Note {
			m.history.record(answerEdit{note: true, before: m.noteBefore, after: after})
		}
		return cmd
	}
	var cmd tea.Cmd
	m.note, cmd = m.note.Update(k)
	return tea.Batch(cmd, m.saveNote())
}

func (m *Model) updatePicker(k tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Up):
		m.pickIndex = max(m.pickIndex-1, 0)
	case key.Matches(k, m.keys.Down):
		m.pickIndex = min(m.pickIndex+1, len(m.a.Dimensions)-1)
	case key.Matches(k, m.keys.Choose):
		m.picker = false
		id := m.a.Dimensions[m.pickIndex].Questions[0].ID
		ref, _ := m.a.Question(id)
		return m.move(ref.Index - m.index)
	case key.Matches(k, m.keys.Home):
		m.pickIndex = 0
	case key.Matches(k, m.keys.End):
		m.pickIndex = len(m.a.Dimensions) - 1
	case key.Matches(k, m.keys.Back), key.Matches(k, m.keys.Dimensions):
		m.picker = false
	}
	return nil
}
