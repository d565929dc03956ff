package common

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// NewForm builds a huh form for use inside a screen: esc cancels, the
// form's own help is hidden (the root draws help), and it takes the theme.
// A fixed height avoids huh measuring a group before its text wraps, which
// hides fields below a long description.
func NewForm(c *Context, width, height int, groups ...*huh.Group) *huh.Form {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("key.cancel")))
	f := huh.NewForm(groups...).
		WithKeyMap(km).
		WithShowHelp(false).
		WithShowErrors(true).
		WithTheme(c.Styles.Form()).
		WithWidth(min(width, 72)).
		WithHeight(max(height-3, 8)) // room below for validation errors
	return f
}

// UpdateForm passes msg to an open form and reports its state afterwards.
// A completed or aborted form must be dropped: huh ignores later messages.
func UpdateForm(f *huh.Form, msg tea.Msg) (tea.Cmd, huh.FormState) {
	_, cmd := f.Update(msg)
	return cmd, f.State
}
