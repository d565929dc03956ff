// Package roadmap is where the consultant turns proposals into the
// client's roadmap: initiatives by horizon or quadrant, each traced to its
// evidence, accepted, rejected, edited, moved and reordered; regenerated
// after more answers without losing any edit; previewed and exported.
package roadmap

import (
	"cmp"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/tui/common"
)

// mode is how the initiatives are grouped on screen.
type mode int

const (
	byHorizon mode = iota
	byQuadrant
	matrix
	modes
)

var quadrants = []model.Quadrant{model.QuickWin, model.BigBet, model.FillIn, model.MoneyPit}

type loadedMsg struct {
	id int64
	b  *model.Bundle
}

// Model is the roadmap screen.
type Model struct {
	c      *common.Context
	id     int64
	keys   keyMap
	width  int
	height int

	b      *model.Bundle
	items  []model.Initiative // roadmap order
	order  []int              // items in display order (grouped by the mode)
	sel    int                // index into order
	mode   mode
	loaded bool

	pv preview

	forms common.FormHost
}

// New builds the roadmap screen of one workshop.
func New(c *common.Context, workshopID int64) *Model {
	return &Model{c: c, id: workshopID, keys: newKeys(c.Cat), pv: newPreview()}
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
		return loadedMsg{id: m.id, b: b}
	}
}

// Title names the screen.
func (m *Model) Title() string { return m.c.T("rm.title") }

// SetSize records the space the screen may use.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.pv.vp.Width, m.pv.vp.Height = w, max(h-1, 1)
	m.forms.Resize(w, h)
	// A width drawn before shows at once; a new one is drawn when the
	// resize settles (see previewUpdate).
	if out, ok := m.pv.cache[w]; ok && m.pv.open && m.pv.shown != w {
		m.showPreview(out)
	}
}

// Capturing is true while a form is open.
func (m *Model) Capturing() bool { return m.forms.Active() }

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	if cmd, ok := m.previewUpdate(msg); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.id != m.id {
			return nil
		}
		m.b, m.loaded = msg.b, true
		if len(m.b.Initiatives) == 0 && m.b.Results.Answered > 0 {
			return m.regenerate() // a first roadmap, as soon as there is something to base it on
		}
		m.setItems(m.b.Initiatives, 0)
		return nil
	case common.RefreshMsg:
		return m.load()
	case common.LanguageMsg:
		m.keys = newKeys(m.c.Cat)
		m.forgetPreview()
		if m.pv.open {
			return m.requestPreview(true)
		}
		return nil
	}
	if m.forms.Active() {
		return m.forms.Update(msg)
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok || !m.loaded {
		return nil
	}
	if m.pv.open {
		if key.Matches(k, m.keys.Back) || key.Matches(k, m.keys.Preview) {
			m.pv.open = false
			return nil
		}
		if key.Matches(k, m.keys.Export) {
			return m.openExport()
		}
		var cmd tea.Cmd
		m.pv.vp, cmd = m.pv.vp.Update(k)
		return cmd
	}
	return m.handleKey(k)
}

// setItems shows the roadmap, keeping the selection on the initiative
// with id keep when there is one.
func (m *Model) setItems(items []model.Initiative, keep int64) {
	if keep == 0 {
		if cur, ok := m.selected(); ok {
			keep = cur.ID
		}
	}
	m.items = items
	m.b.Initiatives = items
	m.forgetPreview() // the export changes with the roadmap
	m.order = m.order[:0]
	for i := range items {
		m.order = append(m.order, i)
	}
	group := func(in model.Initiative) int {
		if m.mode == byHorizon {
			return slices.Index(model.Horizons, in.Horizon)
		}
		return slices.Index(quadrants, model.QuadrantOf(in.Impact, in.Effort))
	}
	slices.SortStableFunc(m.order, func(a, b int) int { return cmp.Compare(group(items[a]), group(items[b])) })
	m.sel = min(m.sel, max(len(m.order)-1, 0))
	for i, x := range m.order {
		if items[x].ID == keep {
			m.sel = i
		}
	}
}

func (m *Model) selected() (model.Initiative, bool) {
	if m.sel >= len(m.order) {
		return model.Initiative{}, false
	}
	return m.items[m.order[m.sel]], true
}

func (m *Model) handleKey(k tea.KeyMsg) tea.Cmd {
	cur, ok := m.selected()
	switch {
	case key.Matches(k, m.keys.Back):
		return common.Cmd(common.BackMsg{})
	case key.Matches(k, m.keys.Up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(k, m.keys.Down):
		m.sel = min(m.sel+1, max(len(m.order)-1, 0))
	case key.Matches(k, m.keys.Pages.Home, m.keys.Pages.End, m.keys.Pages.PgUp, m.keys.Pages.PgDown):
		m.sel, _ = m.keys.Pages.Move(k, m.sel, len(m.order), max(m.height/2, 1))
	case key.Matches(k, m.keys.View):
		m.mode = (m.mode + 1) % modes
		m.setItems(m.items, 0)
	case key.Matches(k, m.keys.Regenerate):
		return m.confirmRegenerate()
	case key.Matches(k, m.keys.New):
		return m.openEdit(model.Initiative{Horizon: model.HorizonNow, Impact: 3, Effort: 3, Status: model.StatusProposed})
	case key.Matches(k, m.keys.Preview):
		return m.openPreview()
	case key.Matches(k, m.keys.Export):
		return m.openExport()
	case !ok:
		return nil
	case key.Matches(k, m.keys.Accept):
		return m.setStatus(cur, model.StatusAccepted)
	case key.Matches(k, m.keys.Reject):
		return m.setStatus(cur, model.StatusRejected)
	case key.Matches(k, m.keys.Edit):
		return m.openEdit(cur)
	case key.Matches(k, m.keys.Delete):
		return m.openDelete(cur)
	case key.Matches(k, m.keys.Earlier):
		return m.shiftHorizon(cur, -1)
	case key.Matches(k, m.keys.Later):
		return m.shiftHorizon(cur, 1)
	case key.Matches(k, m.keys.MoveUp):
		return m.reorder(cur, -1)
	case key.Matches(k, m.keys.MoveDown):
		return m.reorder(cur, 1)
	}
	return nil
}
