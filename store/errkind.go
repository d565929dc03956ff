package store

import (
	"database/sql"
	"errors"
	"strings"

	"modernc.org/sqlite"
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
	var se *sqlite.Error
	if !errors.As(err, &se) {
		// database/sql's own failures (a closed database, a finished
		// transaction) are not for people to read either.
		if errors.Is(err, sql.ErrConnDone) || errors.Is(err, sql.ErrTxDone) || strings.HasPrefix(err.Error(), "sql: ") {
			return ErrDatabase
		}
		return nil
	}
	switch se.Code() & 0xff { // the primary result code
	case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
		return ErrBusy
	case 8: // SQLITE_READONLY
		return ErrReadOnly
	case 13: // SQLITE_FULL
		return ErrFull
	case 11, 26: // SQLITE_CORRUPT, SQLITE_NOTADB
		return ErrCorrupt
	}
	return ErrDatabase
}
