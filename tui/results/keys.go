package results

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/tui/common"
)

type keyMap struct {
	Up, Down   key.Binding
	Target     key.Binding
	TargetUp   key.Binding
	TargetDown key.Binding
	Focus      key.Binding
	Jump       key.Binding
	Roadmap    key.Binding
	Presenter  key.Binding
	Back       key.Binding
	// On the disagreement list the same keys say what they do there.
	IssueUp   key.Binding
	IssueBack key.Binding
	Pages     common.PageKeys
}

func newKeys(cat i18n.Catalog) keyMap {
	return keyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", cat.T("r.key.dimension"))),
		Down:       key.NewBinding(key.WithKeys("down", "j")),
		Target:     key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), key.WithHelp("1-5", cat.T("r.key.target"))),
		TargetUp:   key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+/-", cat.T("r.key.target_step"))),
		TargetDown: key.NewBinding(key.WithKeys("-")),
		Focus:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", cat.T("r.key.focus"))),
		Jump:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("r.key.open_consensus"))),
		Roadmap:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", cat.T("r.key.roadmap"))),
		Presenter:  key.NewBinding(key.WithKeys("p"), key.WithHelp("p", cat.T("q.key.presenter"))),
		IssueUp:    key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", cat.T("r.key.disagreement"))),
		IssueBack:  key.NewBinding(key.WithKeys("tab", "esc"), key.WithHelp("tab/esc", cat.T("r.key.back_to_table"))),
		Pages:      common.NewPageKeys(cat),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.back"))),
	}
}
