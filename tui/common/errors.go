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
