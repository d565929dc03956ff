package roadmap

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/tui/common"
)

type keyMap struct {
	Up, Down   key.Binding
	MoveUp     key.Binding
	MoveDown   key.Binding
	Earlier    key.Binding
	Later      key.Binding
	Accept     key.Binding
	Reject     key.Binding
	Edit       key.Binding
	New        key.Binding
	Delete     key.Binding
	Regenerate key.Binding
	View       key.Binding
	Preview    key.Binding
	Export     key.Binding
	Back       key.Binding
	Scroll     key.Binding // the preview's ↑/↓ scroll the text
	Pages      common.PageKeys
}

func newKeys(cat i18n.Catalog) keyMap {
	return keyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", cat.T("rm.key.select"))),
		Down:       key.NewBinding(key.WithKeys("down", "j")),
		MoveUp:     key.NewBinding(key.WithKeys("K", "shift+up"), key.WithHelp("K/J", cat.T("rm.key.reorder"))),
		MoveDown:   key.NewBinding(key.WithKeys("J", "shift+down")),
		Earlier:    key.NewBinding(key.WithKeys("<", ","), key.WithHelp("</>", cat.T("rm.key.horizon"))),
		Later:      key.NewBinding(key.WithKeys(">", ".")),
		Accept:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", cat.T("rm.key.accept"))),
		Reject:     key.NewBinding(key.WithKeys("x"), key.WithHelp("x", cat.T("rm.key.reject"))),
		Edit:       key.NewBinding(key.WithKeys("e", "enter"), key.WithHelp("e", cat.T("rm.key.edit"))),
		New:        key.NewBinding(key.WithKeys("n"), key.WithHelp("n", cat.T("rm.key.new"))),
		Delete:     key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", cat.T("rm.key.delete"))),
		Regenerate: key.NewBinding(key.WithKeys("g"), key.WithHelp("g", cat.T("rm.key.regenerate"))),
		View:       key.NewBinding(key.WithKeys("v"), key.WithHelp("v", cat.T("rm.key.view"))),
		Preview:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", cat.T("rm.key.preview"))),
		Export:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", cat.T("rm.key.export"))),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.back"))),
		Scroll:     key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", cat.T("rm.key.scroll"))),
		Pages:      common.NewPageKeys(cat),
	}
}
