package tui

import (
	"errors"

	"github.com/cxmap/cxmap/tui/common"
)

// describe words an error for the status line: a write that failed for a
// cause a person can act on (locked by another program, disk full,
// read-only) says so in the interface language; others show as they are.
// Either way it stays until dismissed with esc.
func (a *App) describe(err error) string {
	cause := common.FileCause(a.c.Cat, err)
	if cause == "" {
		return common.ErrorText(a.c.Cat, err) // never SQLite's own words
	}
	var kept common.TextKept
	if errors.As(err, &kept) {
		return a.c.T("err.not_saved_text", cause)
	}
	return a.c.T("err.not_saved", cause)
}
