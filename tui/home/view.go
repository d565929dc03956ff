package home

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/lipgloss"
)

// View draws the list, or the open form over the screen.
func (m *Model) View() string {
	st := m.c.Styles
	if m.forms.Active() {
		return lipgloss.NewStyle().MaxHeight(m.height).Render(m.forms.View())
	}
	if !m.loaded {
		return st.Muted.Render(m.c.T("common.loading"))
	}
	if len(m.list.Items()) == 0 {
		return st.Title.Render(m.c.T("home.empty_title")) + "\n\n" + st.Muted.Render(m.c.T("home.empty_body"))
	}
	head := st.Label.Render(header(m.width, m.c.T("home.col_name"), m.c.T("home.col_client"), m.c.T("home.col_changed"), m.c.T("home.col_progress")))
	return m.topLine() + "\n\n" + head + "\n" + m.list.View()
}

// topLine is the filter being typed, the filter applied, or the count.
func (m *Model) topLine() string {
	st := m.c.Styles
	total := max(len(m.list.Items()), m.total)
	switch m.list.FilterState() {
	case list.Filtering:
		return m.list.FilterInput.View()
	case list.FilterApplied:
		return st.Muted.Render(m.c.T("home.filtered", m.list.FilterValue(), len(m.list.VisibleItems()), total))
	}
	return st.Muted.Render(m.c.T("home.count", total))
}

// ShortHelp lists the keys of the moment: the form's, the filter's or the list's.
func (m *Model) ShortHelp() []key.Binding {
	if m.forms.Active() {
		return m.forms.KeyBinds()
	}
	if m.list.FilterState() == list.Filtering {
		return []key.Binding{m.list.KeyMap.AcceptWhileFiltering, m.list.KeyMap.CancelWhileFiltering}
	}
	if len(m.list.Items()) == 0 {
		return []key.Binding{m.keys.New}
	}
	return []key.Binding{m.keys.Open, m.keys.New, m.keys.Filter, m.keys.Delete}
}

// FullHelp lists every key of the screen.
func (m *Model) FullHelp() [][]key.Binding {
	if m.forms.Active() || m.list.FilterState() == list.Filtering {
		return [][]key.Binding{m.ShortHelp()}
	}
	return [][]key.Binding{
		{m.keys.Open, m.keys.New, m.keys.Rename, m.keys.Duplicate, m.keys.Round, m.keys.Delete},
		{m.keys.Filter, m.keys.Up, m.keys.Down, m.list.KeyMap.ClearFilter},
	}
}
