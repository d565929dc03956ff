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
	f := huh.NewForm(groups...).
		WithKeyMap(formKeyMap(c)).
		WithShowHelp(false).
		WithShowErrors(true).
		WithTheme(c.Styles.Form()).
		WithWidth(min(width, 72)).
		WithHeight(max(height-3, 8)) // room below for validation errors
	formContexts.Store(f, c)
	return f
}

// FormHost is the one form a screen may have open at a time. While open it
// gets every message; when completed it runs the submit action, when
// cancelled it is dropped (huh ignores messages after either).
type FormHost struct {
	form     *huh.Form
	onSubmit func() tea.Cmd
	live     *Live // saves the fields as they change, if set
	retry    Retry
	discard  discard
}

// huhForm is huh's form, named for live.go.
type huhForm = huh.Form

// Open shows f; onSubmit runs when it completes.
func (h *FormHost) Open(f *huh.Form, onSubmit func() tea.Cmd) tea.Cmd {
	h.form, h.onSubmit = f, onSubmit
	h.discard = discard{}
	if c, ok := formContexts.LoadAndDelete(f); ok {
		h.discard.c = c.(*Context)
	}
	return f.Init()
}

// close forgets the form.
func (h *FormHost) close() {
	h.form, h.onSubmit, h.live = nil, nil, nil
}

// Active reports whether a form is open.
func (h *FormHost) Active() bool { return h.form != nil }

// Update passes msg to the open form and closes it when it is done. A
// live form saves its changed fields after every message.
func (h *FormHost) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		if cmd, handled := h.guard(k); handled {
			return cmd
		}
	}
	_, cmd := h.form.Update(msg)
	switch h.form.State {
	case huh.StateCompleted:
		submit := h.onSubmit
		h.close()
		return submit()
	case huh.StateAborted:
		live := h.live
		h.close()
		if live != nil {
			return Err(live.Restore())
		}
		return nil
	}
	if h.live != nil {
		if err := h.live.Save(false); err != nil {
			return tea.Batch(cmd, h.retry.Failed(TextKept{Err: err}))
		}
		return tea.Batch(cmd, h.retry.Saved())
	}
	return cmd
}

// View draws the open form.
func (h *FormHost) View() string {
	if h.discard.asking {
		return h.form.View() + "\n" + h.discardView()
	}
	return h.form.View()
}

// KeyBinds are the open form's keys, for the help line.
func (h *FormHost) KeyBinds() []key.Binding {
	if h.discard.asking {
		return []key.Binding{h.discard.yes(), h.discard.no()}
	}
	return h.form.KeyBinds()
}

// Resize fits the open form, if any, to a new screen size.
func (h *FormHost) Resize(width, height int) {
	if h.form != nil {
		h.form.WithWidth(min(width, 72)).WithHeight(max(height-3, 8))
	}
}
