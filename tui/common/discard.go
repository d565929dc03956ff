package common

import (
	"sync"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/cxmap/cxmap/i18n"
)

// A changed form is never dropped by one esc: it asks first. esc on a
// form nobody changed closes it at once.

// formContexts remembers the context each form was built with (NewForm),
// so the host can ask in the interface's language.
var formContexts sync.Map // *huh.Form -> *Context

// discard is the question asked on esc over a changed form.
type discard struct {
	asking  bool
	touched bool // a key that may change a value reached the form
	c       *Context
}

// touches reports a key that changes a field's value: typing, deleting,
// or moving through a list of choices. (←/→ on a yes/no question is not
// counted: a confirm is answered, not edited.)
func touches(k tea.KeyMsg) bool {
	switch k.Type {
	case tea.KeyRunes, tea.KeySpace, tea.KeyBackspace, tea.KeyDelete, tea.KeyUp, tea.KeyDown, tea.KeyCtrlU, tea.KeyCtrlW, tea.KeyCtrlK:
		return true
	}
	return false
}

func (d *discard) yes() key.Binding {
	keys := []string{"y", "Y"}
	if d.c != nil && d.c.Cat.Lang() == i18n.ES {
		keys = []string{"s", "S", "y", "Y"}
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], d.t("form.discard_yes")))
}

func (d *discard) no() key.Binding {
	return key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", d.t("form.discard_no")))
}

func (d *discard) t(k string) string {
	if d.c == nil {
		return i18n.For(i18n.EN).T(k)
	}
	return d.c.T(k)
}

// changed reports whether the form's values may differ from how it
// opened: a live form knows; any other form was touched.
func (h *FormHost) changed() bool {
	if h.live != nil {
		for _, f := range h.live.fields {
			if f.value() != f.open {
				return true
			}
		}
		return false
	}
	return h.discard.touched
}

// guard handles esc over a changed form and the answer to the question;
// handled is true when the form must not see the key.
func (h *FormHost) guard(k tea.KeyMsg) (tea.Cmd, bool) {
	d := &h.discard
	if d.asking {
		switch {
		case key.Matches(k, d.yes()):
			d.asking = false
			return h.abort(), true
		case key.Matches(k, d.no()):
			d.asking = false
		}
		return nil, true
	}
	if k.Type == tea.KeyEsc && h.changed() {
		d.asking = true
		return nil, true
	}
	if touches(k) {
		d.touched = true
	}
	return nil, false
}

// abort cancels the form as its esc would.
func (h *FormHost) abort() tea.Cmd {
	_, cmd := h.form.Update(tea.KeyMsg{Type: tea.KeyEsc})
	if h.form.State == huh.StateAborted {
		live := h.live
		h.close()
		if live != nil {
			return Err(live.Restore())
		}
		return nil
	}
	return cmd
}

// discardView is the question, drawn under the form.
func (h *FormHost) discardView() string {
	d := &h.discard
	st := d.c
	text := d.t("form.discard")
	if st == nil {
		return text
	}
	return st.Styles.Warn.Render(text)
}
