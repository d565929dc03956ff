package roadmap

import (
	"slices"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// Edits are written inside Update, each in its own transaction, so that
// quitting right after one never drops it (a pending command would be).

// reload reads the roadmap back after a write, keeping the selection;
// after a failed write too, so the screen shows what is stored.
func (m *Model) reload(keep int64, err error) tea.Cmd {
	if err != nil {
		if items, rerr := m.c.Store.Initiatives(m.c.Ctx, m.id); rerr == nil {
			m.setItems(items, keep)
		}
		return common.Err(err)
	}
	items, err := m.c.Store.Initiatives(m.c.Ctx, m.id)
	if err != nil {
		return common.Err(err)
	}
	m.setItems(items, keep)
	return nil
}

// regenerate proposes initiatives from the current answers, targets and
// journeys, and merges them in: edited, decided and own ones are kept.
func (m *Model) regenerate() tea.Cmd {
	b, err := m.c.Store.LoadBundle(m.c.Ctx, m.id)
	if err != nil {
		return common.Err(err)
	}
	b.Compute()
	m.b = b
	before := len(b.Initiatives)
	items, err := m.c.Store.ApplyProposals(m.c.Ctx, m.id, b.Recommend(m.c.Cat.Lang()))
	if err != nil {
		return common.Err(err)
	}
	m.setItems(items, 0)
	return common.Cmd(common.StatusMsg{Text: m.c.T("rm.regenerated", m.c.Cat.N("n.initiatives", len(items)), len(items)-before)})
}

// setStatus accepts or rejects; doing it again returns it to proposed.
func (m *Model) setStatus(in model.Initiative, s model.Status) tea.Cmd {
	if in.Status == s {
		s = model.StatusProposed
	}
	// Only the status is written: the row as this screen holds it may be
	// older than what another window saved.
	return m.reload(in.ID, m.c.Store.SetInitiativeField(m.c.Ctx, in.ID, store.FieldStatus, s, false))
}

func (m *Model) shiftHorizon(in model.Initiative, delta int) tea.Cmd {
	i := slices.Index(model.Horizons, in.Horizon) + delta
	if i < 0 || i >= len(model.Horizons) {
		return nil
	}
	return m.reload(in.ID, m.c.Store.SetInitiativeField(m.c.Ctx, in.ID, store.FieldHorizon, model.Horizons[i], true))
}

// reorder moves an initiative above or below its neighbour on screen,
// within its group.
func (m *Model) reorder(in model.Initiative, delta int) tea.Cmd {
	j := m.sel + delta
	if j < 0 || j >= len(m.order) {
		return nil
	}
	other := m.items[m.order[j]]
	if m.groupOf(other) != m.groupOf(in) {
		return nil
	}
	to := slices.IndexFunc(m.items, func(x model.Initiative) bool { return x.ID == other.ID })
	return m.reload(in.ID, m.c.Store.MoveInitiative(m.c.Ctx, in.ID, to))
}

func (m *Model) groupOf(in model.Initiative) string {
	switch m.mode {
	case byHorizon:
		return string(in.Horizon)
	default:
		return string(model.QuadrantOf(in.Impact, in.Effort))
	}
}

func (m *Model) remove(in model.Initiative) tea.Cmd {
	return m.reload(0, m.c.Store.DeleteInitiative(m.c.Ctx, in.ID))
}
