package common

import (
	"errors"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/store"
)

// ErrorText is what a person reads for err, in the catalog's language:
// the database's failures become a sentence saying what happened and what
// to do, never SQLite's text. Any other error (a validation message) is
// shown as it is.
func ErrorText(cat i18n.Catalog, err error) string {
	switch store.Kind(err) {
	case store.ErrNotFound:
		return cat.T("err.not_found")
	case store.ErrNameTaken:
		return cat.T("err.name_taken")
	case store.ErrBusy:
		return cat.T("err.busy")
	case store.ErrReadOnly:
		return cat.T("err.readonly")
	case store.ErrFull:
		return cat.T("err.full")
	case store.ErrCorrupt:
		return cat.T("err.corrupt")
	case store.ErrDatabase:
		return cat.T("err.database")
	}
	var list assessments.Errors
	if errors.As(err, &list) {
		return list.In(cat.Validator) // a model file's problems, in the reader's language
	}
	return err.Error()
}

// FileCause names, in cat's language, why the file refused a write when
// it is a cause a person can act on (locked by another program, disk
// full, read-only, permission); "" for any other error.
func FileCause(cat i18n.Catalog, err error) string {
	switch {
	case errors.Is(err, store.ErrLocked):
		return cat.T("err.locked")
	case errors.Is(err, store.ErrDiskFull):
		return cat.T("err.disk_full")
	case errors.Is(err, store.ErrReadOnly):
		return cat.T("err.read_only")
	case errors.Is(err, store.ErrPermission):
		return cat.T("err.permission")
	}
	return ""
}
