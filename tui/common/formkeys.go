package common

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"

	"github.com/cxmap/cxmap/i18n"
)

// formKeyMap is huh's key map in the interface language: the hints a
// form shows are translated, and a Spanish confirm takes s (sí) as well
// as y; esc cancels.
func formKeyMap(c *Context) *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("key.cancel")))
	tr := func(k string, bs ...*key.Binding) {
		for _, b := range bs {
			b.SetHelp(b.Help().Key, c.T(k))
		}
	}
	tr("form.k.back", &km.Input.Prev, &km.Text.Prev, &km.Select.Prev, &km.MultiSelect.Prev, &km.Note.Prev, &km.Confirm.Prev)
	tr("form.k.next", &km.Input.Next, &km.Text.Next, &km.Note.Next, &km.Confirm.Next)
	tr("form.k.submit", &km.Input.Submit, &km.Text.Submit, &km.Select.Submit, &km.MultiSelect.Submit, &km.Note.Submit, &km.Confirm.Submit)
	tr("form.k.select", &km.Select.Next, &km.MultiSelect.Next)
	tr("form.k.complete", &km.Input.AcceptSuggestion)
	tr("form.k.new_line", &km.Text.NewLine)
	tr("form.k.editor", &km.Text.Editor)
	tr("key.up", &km.Select.Up, &km.MultiSelect.Up)
	tr("key.down", &km.Select.Down, &km.MultiSelect.Down)
	tr("key.filter", &km.Select.Filter, &km.MultiSelect.Filter)
	tr("form.k.toggle", &km.Confirm.Toggle, &km.MultiSelect.Toggle)
	tr("form.k.start", &km.Select.GotoTop, &km.MultiSelect.GotoTop)
	tr("form.k.end", &km.Select.GotoBottom, &km.MultiSelect.GotoBottom)
	tr("form.k.half_up", &km.Select.HalfPageUp, &km.MultiSelect.HalfPageUp)
	tr("form.k.half_down", &km.Select.HalfPageDown, &km.MultiSelect.HalfPageDown)
	tr("form.k.clear_filter", &km.Select.ClearFilter, &km.MultiSelect.ClearFilter)
	tr("form.k.set_filter", &km.Select.SetFilter, &km.MultiSelect.SetFilter)
	if c.Cat.Lang() == i18n.ES {
		km.Confirm.Accept = key.NewBinding(key.WithKeys("s", "S", "y", "Y"), key.WithHelp("s", c.T("form.k.yes")))
	} else {
		km.Confirm.Accept = key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", c.T("form.k.yes")))
	}
	km.Confirm.Reject = key.NewBinding(key.WithKeys("n", "N"), key.WithHelp("n", c.T("form.k.no")))
	return km
}
