// Package home is the first screen: the saved workshops, filtered by
// typing, created, renamed, duplicated, deleted and opened.
package home

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/tui/common"
)

type loadedMsg struct {
	items []model.WorkshopSummary
	// select this workshop after loading (0: keep the cursor)
	selectID int64
	// first is the first screenful at start-up; total counts them all
	first bool
	total int
}

// firstPage is how many workshops the first frame needs: a screenful,
// even on a tall terminal; the rest follow right after it is drawn.
const firstPage = 100

// restAfter is how long after the first page the rest is read: a couple of
// frames (bubbletea draws at most every 16 ms).
const restAfter = 40 * time.Millisecond

type loadRestMsg struct{}

// Model is the home screen.
type Model struct {
	c      *common.Context
	list   list.Model
	keys   keyMap
	width  int
	height int
	loaded bool
	total  int // workshops in all, while only the first page is loaded

	forms common.FormHost
}

// New builds the home screen.
func New(c *common.Context) *Model {
	l := list.New(nil, delegate{c.Styles}, 0, 0)
	l.SetShowTitle(false)
	l.SetShowHelp(false)
	// The filter line and the count are drawn by View, above the columns.
	l.SetShowFilter(false)
	l.Filter = foldFilter
	l.SetShowStatusBar(false)
	l.DisableQuitKeybindings()
	l.KeyMap.ShowFullHelp.SetEnabled(false)
	l.KeyMap.CloseFullHelp.SetEnabled(false)
	l.Styles.StatusBar = c.Styles.Muted.PaddingLeft(2)
	l.Styles.NoItems = c.Styles.Muted.PaddingLeft(2)
	l.FilterInput.PromptStyle = c.Styles.Key
	m := &Model{c: c, list: l, keys: newKeys(c.Cat)}
	m.relabel()
	return m
}

func (m *Model) relabel() {
	m.keys = newKeys(m.c.Cat)
	m.list.FilterInput.Prompt = m.c.T("home.filter_prompt")
}

// Init loads the first screenful of workshops, then all of them.
func (m *Model) Init() tea.Cmd {
	return func() tea.Msg {
		items, total, err := m.c.Store.RecentWorkshops(m.c.Ctx, firstPage)
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		return loadedMsg{items: items, first: true, total: total}
	}
}

func (m *Model) load(selectID int64) tea.Cmd {
	return func() tea.Msg {
		items, err := m.c.Store.Workshops(m.c.Ctx)
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		return loadedMsg{items: items, selectID: selectID}
	}
}

// Title is empty: home is the root of the breadcrumb.
func (m *Model) Title() string { return m.c.T("home.title") }

// SetSize gives the list the space below the column header.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.list.SetSize(w, max(h-3, 1))
	m.forms.Resize(w, h)
}

// Capturing is true while a form is open or the filter is being typed.
func (m *Model) Capturing() bool {
	return m.forms.Active() || m.list.FilterState() == list.Filtering
}

func (m *Model) selected() (model.WorkshopSummary, bool) {
	it, ok := m.list.SelectedItem().(item)
	return it.WorkshopSummary, ok
}

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.first && m.loaded {
			return nil // the whole list came first
		}
		cmd := m.setItems(msg)
		m.total = 0
		if msg.first && msg.total > len(msg.items) {
			// The rest once the first frame is on screen: on a small
			// machine, reading it now would delay that frame.
			m.total = msg.total
			return tea.Batch(cmd, tea.Tick(restAfter, func(time.Time) tea.Msg { return loadRestMsg{} }))
		}
		return cmd // a filter being applied runs again over the new items
	case loadRestMsg:
		if m.total > 0 {
			return m.load(0)
		}
		return nil
	case common.RefreshMsg:
		// Keep the cursor on the same workshop, wherever it is now.
		w, _ := m.selected()
		return m.load(w.ID)
	case common.LanguageMsg:
		m.relabel()
		return nil
	}
	if m.forms.Active() {
		return m.forms.Update(msg)
	}
	if k, ok := msg.(tea.KeyMsg); ok && m.list.FilterState() != list.Filtering {
		if cmd, handled := m.handleKey(k); handled {
			return cmd
		}
	}
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	return cmd
}

func (m *Model) setItems(msg loadedMsg) tea.Cmd {
	m.loaded = true
	items := make([]list.Item, len(msg.items))
	for i, s := range msg.items {
		items[i] = item{s}
	}
	cmd := m.list.SetItems(items)
	if msg.selectID == 0 {
		return cmd
	}
	for i, it := range m.list.VisibleItems() {
		if it.(item).ID == msg.selectID {
			m.list.Select(i)
		}
	}
	return cmd
}

func (m *Model) handleKey(k tea.KeyMsg) (tea.Cmd, bool) {
	w, ok := m.selected()
	switch {
	case key.Matches(k, m.keys.New):
		return m.openCreate(), true
	case key.Matches(k, m.keys.Open) && ok:
		return common.Cmd(common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: w.ID, Resume: true}), true
	case key.Matches(k, m.keys.Rename) && ok:
		return m.openRename(w.Workshop), true
	case key.Matches(k, m.keys.Round) && ok:
		return m.openRound(w.Workshop), true
	case key.Matches(k, m.keys.Duplicate) && ok:
		return m.openDuplicate(w.Workshop), true
	case key.Matches(k, m.keys.Delete) && ok:
		return m.openDelete(w), true
	}
	return nil, false
}

// nameFree validates a workshop name against the loaded list.
func (m *Model) nameFree(except int64) func(string) error {
	return func(s string) error {
		s = strings.TrimSpace(s)
		if s == "" {
			return errors.New(m.c.T("form.name_required"))
		}
		for _, li := range m.list.Items() {
			if it := li.(item); it.ID != except && it.Name == s {
				return fmt.Errorf("%s", m.c.T("form.name_taken", s))
			}
		}
		return nil
	}
}

// foldFilter matches regardless of case and accents: "nandu" finds
// "Ñandú".
func foldFilter(term string, targets []string) []list.Rank {
	folded := make([]string, len(targets))
	for i, t := range targets {
		folded[i] = model.Fold(t)
	}
	return list.DefaultFilter(model.Fold(term), folded)
}
