package tui

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/cxmap/cxmap/i18n"
)

// globalKeys work on every screen unless a text input has the focus
// (ctrl+c always works).
type globalKeys struct {
	Quit     key.Binding
	ForceQ   key.Binding
	Back     key.Binding
	Help     key.Binding
	Language key.Binding
	Dismiss  key.Binding // shown while an error message stays
}

func newGlobalKeys(cat i18n.Catalog) globalKeys {
	return globalKeys{
		Quit:     key.NewBinding(key.WithKeys("q"), key.WithHelp("q", cat.T("key.quit"))),
		ForceQ:   key.NewBinding(key.WithKeys("ctrl+c")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.back"))),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", cat.T("key.help"))),
		Language: key.NewBinding(key.WithKeys("L"), key.WithHelp("L", cat.T("key.language"))),
		Dismiss:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("app.dismiss"))),
	}
}
