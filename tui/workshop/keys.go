package workshop

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/cxmap/cxmap/i18n"
)

type keyMap struct {
	Edit      key.Binding
	AddPerson key.Binding
	Rename    key.Binding
	Remove    key.Binding
	Up        key.Binding
	Down      key.Binding
	Back      key.Binding
	Go        key.Binding // a part of the workshop, by its number
	Open      key.Binding
}

func newKeys(cat i18n.Catalog) keyMap {
	return keyMap{
		Edit:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", cat.T("key.edit_details"))),
		AddPerson: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", cat.T("key.add_participant"))),
		Rename:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", cat.T("key.rename_participant"))),
		Remove:    key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", cat.T("key.remove_participant"))),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", cat.T("key.up"))),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", cat.T("key.down"))),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.back"))),
		Go:        key.NewBinding(key.WithKeys("1", "2", "3", "4", "5"), key.WithHelp("1-5", cat.T("key.go_part"))),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("key.questionnaire"))),
	}
}
