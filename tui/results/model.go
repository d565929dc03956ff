// Package results shows a workshop's maturity: per dimension the score,
// level, target and gap as bars, the overall score, coverage, the
// disagreements to discuss, the notes, and the change since the previous
// assessment of the same client. Targets are set here.
package results

import (
	"encoding/json"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

type loadedMsg struct {
	id       int64
	a        *model.Assessment
	people   []model.Participant
	res      model.Results
	changes  []model.Change // nil without a previous assessment
	overall  model.Change
	prevName string
	lang     string
	compared int // questions both rounds scored
	pres     store.Presentation
}

// Model is the results screen.
type Model struct {
	c      *common.Context
	id     int64
	keys   keyMap
	width  int
	height int

	loaded   bool
	a        *model.Assessment
	people   []model.Participant
	res      model.Results
	targets  map[string]int
	changes  []model.Change
	overall  model.Change
	prevName string
	compared int
	pres     store.Presentation // presenter mode, anonymous names
	// contentLang is the workshop's language: dimension and level names
	// and questions are shown in it.
	contentLang string

	row      int  // selected dimension
	onIssues bool // the disagreement list has the focus
	issue    int  // selected disagreement
	issueTop int  // first disagreement shown
	issueH   int  // disagreements that fit, as last drawn
}

// New builds the results screen of one workshop.
func New(c *common.Context, workshopID int64) *Model {
	return &Model{c: c, id: workshopID, keys: newKeys(c.Cat)}
}

// Init loads and scores the workshop.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	return func() tea.Msg {
		st, ctx := m.c.Store, m.c.Ctx
		b, err := st.LoadReport(ctx, m.id)
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		msg := loadedMsg{id: m.id, a: b.Assessment, people: b.Participants, res: b.Results, lang: b.Workshop.Language}
		if msg.pres, err = st.Presentation(ctx, m.id); err != nil {
			return common.ErrMsg{Err: err}
		}
		if b.Previous != nil {
			msg.changes, msg.overall = b.Change()
			msg.compared = b.Compared
			if prev, ok, err := st.PreviousWorkshop(ctx, b.Workshop); err == nil && ok {
				msg.prevName = prev.Name
			}
		}
		return msg
	}
}

// Title names the screen.
func (m *Model) Title() string { return m.c.T("r.title") }

// SetSize records the space the screen may use.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Capturing is always false: the screen takes no free text.
func (m *Model) Capturing() bool { return false }

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.id != m.id {
			return nil
		}
		m.loaded = true
		m.a, m.people, m.res = msg.a, msg.people, msg.res
		m.changes, m.overall, m.prevName, m.contentLang = msg.changes, msg.overall, msg.prevName, msg.lang
		m.compared, m.pres = msg.compared, msg.pres
		m.targets = map[string]int{}
		for _, d := range m.res.Dimensions {
			if d.Target > 0 {
				m.targets[d.DimensionID] = d.Target
			}
		}
		m.issue = min(m.issue, max(len(m.res.Disagreements)-1, 0))
		return common.Cmd(common.ChromeMsg{}) // presenter mode hides the footer
	case common.RefreshMsg:
		return m.load()
	case common.LanguageMsg:
		m.keys = newKeys(m.c.Cat)
		return nil
	case tea.KeyMsg:
		if !m.loaded {
			return nil
		}
		return m.handleKey(msg)
	}
	return nil
}

func (m *Model) handleKey(k tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Back):
		if m.onIssues {
			m.onIssues = false
			return nil
		}
		return common.Cmd(common.BackMsg{})
	case key.Matches(k, m.keys.Focus):
		m.onIssues = !m.onIssues && len(m.res.Disagreements) > 0
	case key.Matches(k, m.keys.Presenter):
		p := store.Presentation{Presenter: !m.pres.Presenter, Anonymous: m.pres.Anonymous}
		if err := m.c.Store.SetPresentation(m.c.Ctx, m.id, p); err != nil {
			return common.Err(err)
		}
		m.pres = p
		return common.Cmd(common.ChromeMsg{})
	case key.Matches(k, m.keys.Roadmap):
		return common.Cmd(common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: m.id})
	case key.Matches(k, m.keys.Up):
		if m.onIssues {
			m.issue = max(m.issue-1, 0)
		} else {
			m.row = max(m.row-1, 0)
		}
	case key.Matches(k, m.keys.Down):
		if m.onIssues {
			m.issue = min(m.issue+1, len(m.res.Disagreements)-1)
		} else {
			m.row = min(m.row+1, len(m.a.Dimensions)-1)
		}
	case m.onIssues && key.Matches(k, m.keys.Pages.Home, m.keys.Pages.End, m.keys.Pages.PgUp, m.keys.Pages.PgDown):
		m.issue, _ = m.keys.Pages.Move(k, m.issue, len(m.res.Disagreements), m.issueH)
	case !m.onIssues && key.Matches(k, m.keys.Pages.Home, m.keys.Pages.End, m.keys.Pages.PgUp, m.keys.Pages.PgDown):
		m.row, _ = m.keys.Pages.Move(k, m.row, len(m.a.Dimensions), len(m.a.Dimensions))
	case key.Matches(k, m.keys.Jump) && m.onIssues:
		return m.jumpTo(m.res.Disagreements[m.issue].QuestionID)
	case key.Matches(k, m.keys.Target) && !m.onIssues:
		return m.setTarget(int(k.Runes[0] - '0'))
	case key.Matches(k, m.keys.TargetUp) && !m.onIssues:
		return m.setTarget(m.targets[m.a.Dimensions[m.row].ID] + 1)
	case key.Matches(k, m.keys.TargetDown) && !m.onIssues:
		return m.setTarget(m.targets[m.a.Dimensions[m.row].ID] - 1)
	}
	return nil
}

// setTarget saves the selected dimension's target (0 removes it) and
// scores again.
func (m *Model) setTarget(level int) tea.Cmd {
	if level < 0 || level > len(m.a.Levels) {
		return nil
	}
	dim := m.a.Dimensions[m.row].ID
	return func() tea.Msg {
		if err := m.c.Store.SetTarget(m.c.Ctx, m.id, dim, level); err != nil {
			return common.ErrMsg{Err: err}
		}
		return m.load()()
	}
}

// jumpTo opens the questionnaire at a question, on the consensus: a
// disagreement is settled by the room, and the agreed level typed there
// must not replace the vote of whoever answered last. The position is
// saved first (a questionnaire built now reads it), then the
// questionnaire, new or kept, is told where to go.
func (m *Model) jumpTo(questionID string) tea.Cmd {
	save := func() tea.Msg {
		state, _ := json.Marshal(map[string]any{"question": questionID, "respondent": model.Consensus})
		if err := m.c.Store.SaveCursor(m.c.Ctx, m.id, model.Cursor{Screen: "questionnaire", State: string(state)}); err != nil {
			return common.ErrMsg{Err: err}
		}
		return common.NavigateMsg{To: common.QuestionnaireScreen, WorkshopID: m.id}
	}
	return tea.Sequence(save, common.Cmd(common.GotoQuestionMsg{WorkshopID: m.id, QuestionID: questionID, Respondent: model.Consensus}))
}

// Presenting is true in presenter mode (set here or in the
// questionnaire, remembered per workshop): the root hides the footer.
func (m *Model) Presenting() bool { return m.pres.Presenter }
