package journey

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

type listLoadedMsg struct {
	workshopID int64
	items      []store.JourneySummary
	selectID   int64 // select this journey (0: keep the cursor)
}

// List is the screen of a workshop's journeys: created, renamed,
// duplicated as a future state, deleted and opened.
type List struct {
	c          *common.Context
	workshopID int64
	keys       listKeys
	width      int
	height     int

	items  []store.JourneySummary
	loaded bool
	cursor int
	offset int // first row shown

	forms common.FormHost
}

// NewList builds the journey list of a workshop.
func NewList(c *common.Context, workshopID int64) *List {
	return &List{c: c, workshopID: workshopID, keys: newListKeys(c.Cat)}
}

// Init loads the journeys.
func (m *List) Init() tea.Cmd { return m.load(0) }

func (m *List) load(selectID int64) tea.Cmd {
	st, ctx, wid := m.c.Store, m.c.Ctx, m.workshopID
	return func() tea.Msg {
		items, err := st.Journeys(ctx, wid)
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		return listLoadedMsg{workshopID: wid, items: items, selectID: selectID}
	}
}

// Title names the screen in the breadcrumb.
func (m *List) Title() string { return m.c.T("journey.list_title") }

// SetSize records the space the screen may use.
func (m *List) SetSize(w, h int) {
	m.width, m.height = w, h
	m.scroll()
	m.forms.Resize(w, h)
}

// Capturing is true while a form is open.
func (m *List) Capturing() bool { return m.forms.Active() }

func (m *List) selected() (store.JourneySummary, bool) {
	if m.cursor < 0 || m.cursor >= len(m.items) {
		return store.JourneySummary{}, false
	}
	return m.items[m.cursor], true
}

// Update handles the screen's messages.
func (m *List) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case listLoadedMsg:
		if msg.workshopID != m.workshopID {
			return nil
		}
		m.items, m.loaded = msg.items, true
		for i, it := range m.items {
			if msg.selectID != 0 && it.ID == msg.selectID {
				m.cursor = i
			}
		}
		m.cursor = min(max(m.cursor, 0), max(len(m.items)-1, 0))
		m.scroll()
		return nil
	case common.RefreshMsg:
		// Keep the cursor on the same journey, wherever it is now.
		j, _ := m.selected()
		return m.load(j.ID)
	case common.LanguageMsg:
		m.keys = newListKeys(m.c.Cat)
		return nil
	}
	if m.forms.Active() {
		return m.forms.Update(msg)
	}
	if k, ok := msg.(tea.KeyMsg); ok && m.loaded {
		cmd := m.handleKey(k)
		m.scroll()
		return cmd
	}
	return nil
}

func (m *List) handleKey(k tea.KeyMsg) tea.Cmd {
	j, ok := m.selected()
	switch {
	case key.Matches(k, m.keys.Back):
		return common.Cmd(common.BackMsg{})
	case key.Matches(k, m.keys.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(k, m.keys.Down):
		m.cursor = min(m.cursor+1, max(len(m.items)-1, 0))
	case m.pageMove(k):
	case key.Matches(k, m.keys.New):
		return m.openCreate()
	case key.Matches(k, m.keys.Open) && ok:
		return common.Cmd(common.NavigateMsg{To: common.JourneyScreen, WorkshopID: m.workshopID, ItemID: j.ID})
	case key.Matches(k, m.keys.Rename) && ok:
		return m.openRename(j)
	case key.Matches(k, m.keys.Edit) && ok:
		return m.openDetails(j)
	case key.Matches(k, m.keys.Duplicate) && ok:
		return m.openDuplicate(j)
	case key.Matches(k, m.keys.Delete) && ok:
		return m.openDelete(j)
	}
	return nil
}

// act runs a store action, reloads selecting selectID, and reports done.
func (m *List) act(do func() (int64, error), done func() string) tea.Cmd {
	return func() tea.Msg {
		id, err := do()
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		return tea.BatchMsg{m.load(id), common.Cmd(common.StatusMsg{Text: done()})}
	}
}

// ShortHelp lists the main keys.
func (m *List) ShortHelp() []key.Binding {
	if m.forms.Active() {
		return m.forms.KeyBinds()
	}
	if len(m.items) == 0 {
		return []key.Binding{m.keys.New, m.keys.Back}
	}
	return fitHelp([]key.Binding{m.keys.Open, m.keys.New, m.keys.Duplicate, m.keys.Delete, m.keys.Back}, m.width-helpReserve)
}

// FullHelp lists every key of the screen.
func (m *List) FullHelp() [][]key.Binding {
	if m.forms.Active() {
		return [][]key.Binding{m.forms.KeyBinds()}
	}
	return [][]key.Binding{
		{m.keys.Open, m.keys.New, m.keys.Rename, m.keys.Edit, m.keys.Duplicate, m.keys.Delete},
		{m.keys.Up, m.keys.Down, m.keys.Pages.PgUp, m.keys.Pages.Home},
	}
}

// pageMove moves the selection by a page or to an end.
func (m *List) pageMove(k tea.KeyMsg) bool {
	var ok bool
	m.cursor, ok = m.keys.Pages.Move(k, m.cursor, len(m.items), m.room())
	return ok
}
