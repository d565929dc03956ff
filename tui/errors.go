package tui

import (
	"errors"

	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// describe words an error for the status line: a write that failed for a
// cause a person can act on (locked by another program, disk full,
// read-only) says so in the interface language; others show as they are.
// Either way it stays until dismissed with esc.
func (a *App) describe(err error) string {
	cause := ""
	switch {
	case errors.Is(err, store.ErrLocked):
		cause = a.c.T("err.locked")
	case errors.Is(err, store.ErrDiskFull):
		cause = a.c.T("err.disk_full")
	case errors.Is(err, store.ErrReadOnly):
		cause = a.c.T("err.read_only")
	case errors.Is(err, store.ErrPermission):
		cause = a.c.T("err.permission")
	default:
		return common.ErrorText(a.c.Cat, err) // never SQLite's own words
	}
	var kept common.TextKept
	if errors.As(err, &kept) {
		return a.c.T("err.not_saved_text", cause)
	}
	return a.c.T("err.not_saved", cause)
}
