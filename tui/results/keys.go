package results

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/cxmap/cxmap/i18n"
)

type keyMap struct {
	Up, Down   key.Binding
	Target     key.Binding
	TargetUp   key.Binding
	TargetDown key.Binding
	Focus      key.Binding
	Jump       key.Binding
	Back       key.Binding
}

func newKeys(cat i18n.Catalog) keyMap {
	return keyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", cat.T("r.key.select"))),
		Down:       key.NewBinding(key.WithKeys("down", "j")),
		Target:     key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), key.WithHelp("1-5", cat.T("r.key.target"))),
		TargetUp:   key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+/-", cat.T("r.key.target_step"))),
		TargetDown: key.NewBinding(key.WithKeys("-")),
		Focus:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", cat.T("r.key.focus"))),
		Jump:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("r.key.jump"))),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.back"))),
	}
}
