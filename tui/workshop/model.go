// Package workshop is the hub of one workshop: its details, its
// participants, and the way to each part of the work.
package workshop

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/tui/common"
)

type loadedMsg struct {
	w        model.Workshop
	a        *model.Assessment
	people   []model.Participant
	res      model.Results
	journeys int
	roadmap  []model.Initiative
}

// Model is the workshop screen.
type Model struct {
	c      *common.Context
	id     int64
	keys   keyMap
	width  int
	height int

	w        model.Workshop
	a        *model.Assessment
	people   []model.Participant
	res      model.Results
	journeys int
	roadmap  []model.Initiative
	loaded   bool
	cursor   int // selected participant

	forms common.FormHost
}

// New builds the screen for one workshop.
func New(c *common.Context, workshopID int64) *Model {
	return &Model{c: c, id: workshopID, keys: newKeys(c.Cat)}
}

// Init loads the workshop.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	return func() tea.Msg {
		b, err := m.c.Store.LoadBundle(m.c.Ctx, m.id)
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		b.Compute()
		return loadedMsg{w: b.Workshop, a: b.Assessment, people: b.Participants, res: b.Results,
			journeys: len(b.Journeys), roadmap: b.Initiatives}
	}
}

// Title is the workshop's name.
func (m *Model) Title() string {
	if !m.loaded {
		return "…"
	}
	return m.w.Name
}

// SetSize records the space the screen may use.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Capturing is true while a form is open.
func (m *Model) Capturing() bool { return m.forms.Active() }

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.w.ID != m.id {
			return nil
		}
		m.w, m.a, m.people, m.res, m.loaded = msg.w, msg.a, msg.people, msg.res, true
		m.journeys, m.roadmap = msg.journeys, msg.roadmap
		m.cursor = min(m.cursor, max(len(m.people)-1, 0))
		// The interface keeps its own language (--lang, L, the
		// environment); the workshop's language is its content's.
		return nil
	case common.RefreshMsg:
		return m.load()
	case common.LanguageMsg:
		m.keys = newKeys(m.c.Cat)
		return nil
	}
	if m.forms.Active() {
		return m.forms.Update(msg)
	}
	if k, ok := msg.(tea.KeyMsg); ok && m.loaded {
		return m.handleKey(k)
	}
	return nil
}

func (m *Model) handleKey(k tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Back):
		return common.Cmd(common.BackMsg{})
	case key.Matches(k, m.keys.Open):
		return m.goTo(common.QuestionnaireScreen)
	case key.Matches(k, m.keys.Go):
		if p := int(k.Runes[0] - '1'); p < len(parts) {
			return m.goTo(parts[p].screen)
		}
	case key.Matches(k, m.keys.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(k, m.keys.Down):
		m.cursor = min(m.cursor+1, max(len(m.people)-1, 0))
	case key.Matches(k, m.keys.Edit):
		return m.openEdit()
	case key.Matches(k, m.keys.AddPerson):
		return m.openParticipant(nil)
	case key.Matches(k, m.keys.Rename) && len(m.people) > 0:
		p := m.people[m.cursor]
		return m.openParticipant(&p)
	case key.Matches(k, m.keys.Remove) && len(m.people) > 0:
		return m.openRemove(m.people[m.cursor])
	}
	return nil
}

// parts are the ways from the hub into the workshop's work, by number.
var parts = []struct {
	screen common.ScreenID
	label  string
}{
	{common.QuestionnaireScreen, "workshop.part_questionnaire"},
	{common.ResultsScreen, "workshop.part_results"},
	{common.JourneysScreen, "workshop.part_journeys"},
	{common.RoadmapScreen, "workshop.part_roadmap"},
	{common.LiveScreen, "workshop.part_live"},
}

func (m *Model) goTo(s common.ScreenID) tea.Cmd {
	return common.Cmd(common.NavigateMsg{To: s, WorkshopID: m.id})
}

// act runs a store action, reloads the screen and reports done.
func (m *Model) act(do func() error, done string) tea.Cmd {
	return func() tea.Msg {
		if err := do(); err != nil {
			return common.ErrMsg{Err: err}
		}
		return tea.BatchMsg{m.load(), common.Cmd(common.StatusMsg{Text: done})}
	}
}
