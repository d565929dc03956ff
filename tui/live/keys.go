package live

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/cxmap/cxmap/i18n"
)

type keyMap struct {
	Next      key.Binding
	Prev      key.Binding
	Reveal    key.Binding
	Hide      key.Binding
	Consensus key.Binding // 1-9: the level agreed
	NA        key.Binding
	Clear     key.Binding
	Anonymous key.Binding
	Pacing    key.Binding
	Code      key.Binding
	End       key.Binding
	Restart   key.Binding
	Back      key.Binding
}

func newKeys(cat i18n.Catalog) keyMap {
	return keyMap{
		Next:      key.NewBinding(key.WithKeys("n", "right"), key.WithHelp("n/→", cat.T("live.key_next"))),
		Prev:      key.NewBinding(key.WithKeys("p", "left"), key.WithHelp("p/←", cat.T("live.key_prev"))),
		Reveal:    key.NewBinding(key.WithKeys("v", " "), key.WithHelp("v", cat.T("live.key_reveal"))),
		Hide:      key.NewBinding(key.WithKeys("h"), key.WithHelp("h", cat.T("live.key_hide"))),
		Consensus: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", cat.T("live.key_consensus"))),
		NA:        key.NewBinding(key.WithKeys("-"), key.WithHelp("-", cat.T("live.key_na"))),
		Clear:     key.NewBinding(key.WithKeys("0"), key.WithHelp("0", cat.T("live.key_clear"))),
		Anonymous: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", cat.T("live.key_anonymous"))),
		Pacing:    key.NewBinding(key.WithKeys("m"), key.WithHelp("m", cat.T("live.key_pacing"))),
		Code:      key.NewBinding(key.WithKeys("c"), key.WithHelp("c", cat.T("live.key_code"))),
		End:       key.NewBinding(key.WithKeys("E"), key.WithHelp("E", cat.T("live.key_end"))),
		Restart:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", cat.T("live.key_restart"))),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.back"))),
	}
}

// ShortHelp is the line of keys under the screen.
func (m *Model) ShortHelp() []key.Binding {
	if m.sess == nil || m.snap.Ended {
		return []key.Binding{m.keys.Restart, m.keys.Back}
	}
	return []key.Binding{m.keys.Next, m.keys.Prev, m.keys.Reveal, m.keys.Consensus, m.keys.Back}
}

// FullHelp is every key, for the ? help.
func (m *Model) FullHelp() [][]key.Binding {
	if m.sess == nil || m.snap.Ended {
		return [][]key.Binding{{m.keys.Restart, m.keys.Back}}
	}
	return [][]key.Binding{
		{m.keys.Next, m.keys.Prev, m.keys.Reveal, m.keys.Hide},
		{m.keys.Consensus, m.keys.NA, m.keys.Clear},
		{m.keys.Anonymous, m.keys.Pacing, m.keys.Code, m.keys.End, m.keys.Back},
	}
}
