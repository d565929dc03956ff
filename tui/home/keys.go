package home

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/cxmap/cxmap/i18n"
)

type keyMap struct {
	Open      key.Binding
	New       key.Binding
	Rename    key.Binding
	Duplicate key.Binding
	Round     key.Binding
	Delete    key.Binding
	Filter    key.Binding
	Up        key.Binding
	Down      key.Binding
}

func newKeys(cat i18n.Catalog) keyMap {
	return keyMap{
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("key.open"))),
		New:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", cat.T("key.new"))),
		Rename:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", cat.T("key.rename"))),
		Duplicate: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", cat.T("key.duplicate"))),
		Round:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", cat.T("home.key.round"))),
		Delete:    key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", cat.T("key.delete"))),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", cat.T("key.filter"))),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", cat.T("key.up"))),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", cat.T("key.down"))),
	}
}
