// Package store keeps cxmap's data in one local SQLite file. It is the only
// package that speaks SQL; every user action is one method and one
// transaction.
package store

import (
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver
)

// ApplicationID marks a SQLite file as a cxmap database ("cxmp").
const ApplicationID = 0x63786d70

//go:embed migrations/*.sql
var migrationFS embed.FS

// ErrForeign is returned for a file that is not a cxmap database.
var ErrForeign = errors.New("is not a cxmap database")

// ErrNewer is returned for a database written by a newer cxmap.
var ErrNewer = errors.New("was written by a newer cxmap")

// Store is an open cxmap database.
type Store struct {
	db   *sql.DB
	path string

	mu    sync.Mutex
	stmts map[string]*sql.Stmt // prepared once: parsing costs more than a small write
}

// Path is the database file's location.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	return s.db.Close()
}

// hotQueries are prepared once when the store opens: parsing a statement
// costs more than the small write it does. They must be prepared outside
// any transaction, since the store has a single connection.
var hotQueries = []string{upsertResponse, touchWorkshop}

func (s *Store) prepare(ctx context.Context) error {
	s.stmts = make(map[string]*sql.Stmt, len(hotQueries))
	for _, q := range hotQueries {
		st, err := s.db.PrepareContext(ctx, q)
		if err != nil {
			return err
		}
		s.stmts[q] = st
	}
	return nil
}

// execHot runs one of hotQueries inside tx through its prepared statement.
func (s *Store) execHot(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	s.mu.Lock()
	st, ok := s.stmts[query]
	s.mu.Unlock()
	if !ok {
		return tx.ExecContext(ctx, query, args...)
	}
	return tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}

// DefaultPath is $XDG_DATA_HOME/cxmap/cxmap.db, or ~/.local/share/... .
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("cannot find a home folder for the database: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "cxmap", "cxmap.db"), nil
}

// Open opens the cxmap database at path, creating it (mode 0600, in a 0700
// folder) when missing. A file that is not ours, or is newer than this
// binary, is refused before SQLite writes a byte to it.
func Open(path string) (*Store, error) {
	if err := prepareFile(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// One connection: a single-user app, and pooled writers interleave.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.prepare(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func dsn(path string) string {
	q := url.Values{}
	for _, p := range []string{"foreign_keys(1)", "journal_mode(WAL)", "synchronous(NORMAL)", "busy_timeout(5000)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// prepareFile creates a new empty database file with safe permissions, or
// checks that an existing one is a cxmap database of a version we know.
func prepareFile(path string) error {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return fmt.Errorf("cannot create the database folder: %w", err)
		}
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return fmt.Errorf("cannot create the database: %w", err)
		}
		return f.Close()
	case err != nil:
		return fmt.Errorf("%s: %w", path, err)
	case !info.Mode().IsRegular():
		return fmt.Errorf("%s %w", path, ErrForeign)
	case info.Size() == 0:
		return nil // created by us, never written: a new database
	}
	appID, version, err := readHeader(path)
	if err != nil {
		return err
	}
	if appID != ApplicationID {
		// Our first migration may still sit in the write-ahead log after a
		// crash; only then is a zero application id in the header ours.
		if appID != 0 || !exists(path+"-wal") {
			return fmt.Errorf("%s %w", path, ErrForeign)
		}
		if appID, version, err = probe(path); err != nil || appID != ApplicationID {
			return fmt.Errorf("%s %w", path, ErrForeign)
		}
	}
	if version > len(migrations()) {
		return fmt.Errorf("%s %w (schema %d, this one knows %d): update cxmap", path, ErrNewer, version, len(migrations()))
	}
	return nil
}

// readHeader reads the application id and user version from the 100-byte
// SQLite header without opening the file as a database.
func readHeader(path string) (appID uint32, version int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	h := make([]byte, 100)
	if _, err := io.ReadFull(f, h); err != nil || string(h[:16]) != "SQLite format 3\x00" {
		return 0, 0, fmt.Errorf("%s %w", path, ErrForeign)
	}
	return binary.BigEndian.Uint32(h[68:72]), int(binary.BigEndian.Uint32(h[60:64])), nil
}

// probe reads the ids through SQLite, read-only, so the WAL is seen.
func probe(path string) (uint32, int, error) {
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?mode=ro")
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	var appID int64
	var version int
	if err := db.QueryRow("PRAGMA application_id").Scan(&appID); err != nil {
		return 0, 0, err
	}
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return 0, 0, err
	}
	return uint32(appID), version, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// migrations returns the embedded SQL steps in order; step i brings the
// schema to user_version i+1.
func migrations() []string {
	names, _ := fs.Glob(migrationFS, "migrations/*.sql")
	sort.Strings(names)
	steps := make([]string, len(names))
	for i, n := range names {
		b, _ := migrationFS.ReadFile(n)
		steps[i] = string(b)
	}
	return steps
}

func (s *Store) migrate(ctx context.Context) error {
	steps := migrations()
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("%s %w: %v", s.path, ErrForeign, err)
	}
	if version > len(steps) {
		return fmt.Errorf("%s %w (schema %d, this one knows %d): update cxmap", s.path, ErrNewer, version, len(steps))
	}
	for v := version; v < len(steps); v++ {
		err := s.withTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, steps[v]); err != nil {
				return fmt.Errorf("migration %d: %w", v+1, err)
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", ApplicationID, v+1))
			return err
		})
		if err != nil {
			return fmt.Errorf("%s: %w", s.path, err)
		}
	}
	if version < len(steps) {
		// Move the new header into the main file at once, so the file is
		// recognisable as ours even if the log is lost.
		_, _ = s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	}
	return nil
}

// withTx runs fn in one transaction, committing on success.
func (s *Store) withTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// isUnique reports a violated UNIQUE constraint (a name already taken).
func isUnique(err error) bool {
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}
