package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"modernc.org/sqlite"
)

// The causes a write or an open can fail for, beyond a bug: each is
// reported as itself (errors.Is), so a screen can say what went wrong in
// the user's language and a command can name it, instead of calling a
// healthy file "not a cxmap database". ErrReadOnly, ErrBusy and ErrFull
// are in errkind.go.
var (
	// ErrLocked: another program holds the write lock longer than we wait
	// (the same error as ErrBusy, under the name the app's messages use).
	ErrLocked = ErrBusy
	// ErrDiskFull: no room left on the disk holding the database (ErrFull).
	ErrDiskFull = ErrFull
	// ErrPermission: the file or its folder may not be opened by this user.
	ErrPermission = errors.New("permission denied")
	// ErrMissing: a command that only reads was pointed at no file.
	ErrMissing = errors.New("no database at this path")
)

// causeError keeps SQLite's own words beside the cause we recognised.
type causeError struct {
	cause error
	err   error
}

func (e *causeError) Error() string   { return fmt.Sprintf("%v (%v)", e.cause, e.err) }
func (e *causeError) Unwrap() []error { return []error{e.cause, e.err} }

// SQLite's primary result codes we tell apart (the low byte of a code).
const (
	sqlitePerm     = 3
	sqliteBusy     = 5
	sqliteLocked   = 6
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteCantOpen = 14
	sqliteNotADB   = 26
)

func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}

// classify names the cause of a failed database operation when it is one
// a person can act on (locked, disk full, read-only, permission); other
// errors come back as they are.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var ce *causeError
	if errors.As(err, &ce) {
		return err
	}
	var cause error
	switch sqliteCode(err) {
	case sqliteBusy, sqliteLocked:
		cause = ErrLocked
	case sqliteFull:
		cause = ErrDiskFull
	case sqliteReadOnly:
		cause = ErrReadOnly
	case sqlitePerm:
		cause = ErrPermission
	case sqliteIOErr:
		switch {
		case errors.Is(err, syscall.ENOSPC):
			cause = ErrDiskFull
		case errors.Is(err, syscall.EROFS):
			cause = ErrReadOnly
		}
	}
	if cause == nil {
		return err
	}
	return &causeError{cause: cause, err: err}
}

// diagnoseOpen explains why SQLite could not open or first read the file
// at path: a folder that cannot be written (WAL needs its -wal and -shm
// files beside the database), a file without permission, a full disk. A
// file that is really not a database stays ErrForeign.
func diagnoseOpen(path string, err error) error {
	switch code := sqliteCode(err); code {
	case sqliteNotADB, sqliteCorrupt:
		return fmt.Errorf("%s %w", path, ErrForeign)
	case sqliteCantOpen, sqliteReadOnly, sqlitePerm, sqliteIOErr, 0:
		if c := fsCause(path); c != nil {
			return fmt.Errorf("%s: %w", path, &causeError{cause: c, err: err})
		}
	}
	return fmt.Errorf("%s: %w", path, classify(err))
}

// fsCause looks at the file and its folder for the usual reasons a
// database cannot be opened for writing.
func fsCause(path string) error {
	dir := filepath.Dir(path)
	if f, err := os.OpenFile(path, os.O_RDWR, 0); err != nil {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return ErrMissing
		case errors.Is(err, syscall.EROFS):
			return ErrReadOnly
		case errors.Is(err, fs.ErrPermission):
			if f, err := os.Open(path); err == nil {
				f.Close()
				return ErrReadOnly // readable, not writable
			}
			return ErrPermission
		}
	} else {
		f.Close()
	}
	// The write-ahead log and shared memory files are made beside the
	// database: the folder must be writable unless they already exist.
	probe, err := os.CreateTemp(dir, ".cxmap-probe-*")
	if err != nil {
		switch {
		case errors.Is(err, syscall.ENOSPC):
			return ErrDiskFull
		case errors.Is(err, syscall.EROFS), errors.Is(err, fs.ErrPermission):
			return fmt.Errorf("%w: the folder %s is not writable", ErrReadOnly, dir)
		}
		return nil
	}
	name := probe.Name()
	_, werr := probe.Write(make([]byte, 64<<10))
	probe.Close()
	os.Remove(name)
	if errors.Is(werr, syscall.ENOSPC) {
		return ErrDiskFull
	}
	return nil
}

// osCause wraps a file-system error with the cause it shows, keeping the
// system's words (which name the path).
func osCause(err error) error {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return &causeError{cause: ErrDiskFull, err: err}
	case errors.Is(err, syscall.EROFS):
		return &causeError{cause: ErrReadOnly, err: err}
	case errors.Is(err, fs.ErrPermission):
		return &causeError{cause: ErrPermission, err: err}
	}
	return err
}
