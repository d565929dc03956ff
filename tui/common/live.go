package common

import (
	"errors"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/i18n"
)

// Live saves the fields of a form that edits a stored row as they change,
// keystroke by keystroke, each field its own small write: a form never
// writes the fields it merely shows (another window may have changed
// them), and quitting or a crash never loses what was typed. Cancelling
// the form writes back the values it opened with, for the fields it
// changed.
type Live struct {
	fields []*liveField
	cancel func() error
}

// OnCancel replaces, for a row the form created, writing back the
// opening values with fn (removing the row, say).
func (l *Live) OnCancel(fn func() error) { l.cancel = fn }

// MarkSaved records every field's value as stored: a row was just
// created with them all.
func (l *Live) MarkSaved() {
	for _, f := range l.fields {
		f.saved = f.value()
	}
}

type liveField struct {
	value       func() string // the form's value, as text to compare
	write       func() error  // stores the form's value
	restore     func() error  // stores the value the form opened with
	open, saved string
}

// Field adds a field: value reads the form's value; write stores it;
// restore stores the value it had when the form opened.
func (l *Live) Field(value func() string, write, restore func() error) {
	v := value()
	l.fields = append(l.fields, &liveField{value: value, write: write, restore: restore, open: v, saved: v})
}

// Save writes every field whose value changed since it was last stored.
// While typing (final false), a value the store refuses (an empty name,
// a name already taken) is left for the form's own validation and for
// the final save; a failure of the file itself (locked, disk full,
// read-only) is reported at once. The final save reports any error.
func (l *Live) Save(final bool) error {
	var first error
	for _, f := range l.fields {
		v := f.value()
		if v == f.saved {
			continue
		}
		if err := f.write(); err != nil {
			if final || FileCause(i18n.For(i18n.EN), err) != "" {
				first = errors.Join(first, err)
			}
			continue
		}
		f.saved = v
	}
	return first
}

// Restore writes back the opening value of every field that was changed.
func (l *Live) Restore() error {
	if l.cancel != nil {
		return l.cancel()
	}
	var errs error
	for _, f := range l.fields {
		if f.saved == f.open {
			continue
		}
		if err := f.restore(); err != nil {
			errs = errors.Join(errs, err)
			continue
		}
		f.saved = f.open
	}
	return errs
}

// OpenLive shows a form whose fields l saves as they change; onSubmit
// runs after the final save succeeds. esc restores the opening values.
func (h *FormHost) OpenLive(f *huhForm, l *Live, onSubmit func() tea.Cmd) tea.Cmd {
	h.live = l
	return h.Open(f, func() tea.Cmd {
		if err := l.Save(true); err != nil {
			return Err(err)
		}
		return onSubmit()
	})
}
