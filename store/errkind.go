package store

import (
	"database/sql"
	"errors"
	"strings"
)

// Kinds of database failure a person can act on. Screens and the command
// line show a translated sentence for each, never SQLite's own text.
var (
	ErrBusy     = errors.New("the database is busy")
	ErrReadOnly = errors.New("the database cannot be written")
	ErrFull     = errors.New("the disk is full")
	ErrCorrupt  = errors.New("the database file is damaged")
	// ErrDatabase is any other failure inside SQLite.
	ErrDatabase = errors.New("the database failed")
)

// Kind says which of the store's sentinel errors err is (the ones above,
// ErrNotFound, ErrNameTaken, ErrForeign, ErrNewer), or nil when it is none
// of them (a validation message, a file's errors).
func Kind(err error) error {
	for _, k := range []error{ErrNotFound, ErrNameTaken, ErrForeign, ErrNewer, ErrBusy, ErrReadOnly, ErrFull, ErrCorrupt, ErrDatabase} {
		if errors.Is(err, k) {
			return k
		}
	}
	code := sqliteCode(err)
	if code == 0 {
		// database/sql's own failures (a closed database, a finished
		// transaction) are not for people to read either.
		if errors.Is(err, sql.ErrConnDone) || errors.Is(err, sql.ErrTxDone) || strings.HasPrefix(err.Error(), "sql: ") {
			return ErrDatabase
		}
		return nil
	}
	switch code {
	case sqliteBusy, sqliteLocked:
		return ErrBusy
	case sqliteReadOnly:
		return ErrReadOnly
	case sqliteFull:
		return ErrFull
	case sqliteCorrupt, sqliteNotADB:
		return ErrCorrupt
	}
	return ErrDatabase
}
