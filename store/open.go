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
	"sync/atomic"
	"time"

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

	// rd is what reads go through: the database, or the read transaction
	// of a snapshot (see Snapshot), so an export sees one moment.
	rd reader

	// dirty is set by every commit and cleared by Sync.
	dirty atomic.Bool
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
var hotQueries = []string{upsertResponse, touchWorkshop,
	touchCellJourney, deleteCell, upsertCell, touchJourneyWorkshop, setAnswerLevel, setAnswerNote, dataVersion}

func (s *Store) prepare(ctx context.Context) error {
	all := append(append([]string(nil), hotQueries...), initiativeHotQueries()...)
	s.stmts = make(map[string]*sql.Stmt, len(all))
	for _, q := range all {
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
	st := s.hot(query)
	if st == nil {
		return tx.ExecContext(ctx, query, args...)
	}
	return tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}

// hot is the prepared statement of query, or nil.
func (s *Store) hot(query string) *sql.Stmt {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stmts[query]
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

// Options tune how a database is opened.
type Options struct {
	// Create makes the file (mode 0600, in a 0700 folder) when it is
	// missing. Commands that only read leave it false: a typo in --db then
	// fails and names the path instead of creating folders and a database.
	Create bool
	// BusyTimeout is how long a write waits for another program's lock
	// before failing with ErrLocked; 0 means DefaultBusyTimeout. The app
	// uses a short one so that waiting never freezes the screen.
	BusyTimeout time.Duration
}

// DefaultBusyTimeout is how long commands wait for the app's lock.
const DefaultBusyTimeout = 5 * time.Second

// InteractiveBusyTimeout is how long a keystroke's write waits for a lock
// held by another program: short enough not to be felt, long enough to
// outlast another cxmap's own writes (tens of microseconds each).
const InteractiveBusyTimeout = 150 * time.Millisecond

// Open opens the cxmap database at path, creating it (mode 0600, in a 0700
// folder) when missing. A file that is not ours, or is newer than this
// binary, is refused before SQLite writes a byte to it.
func Open(path string) (*Store, error) {
	return OpenWith(path, Options{Create: true})
}

// OpenWith opens the database at path with the given options.
func OpenWith(path string, o Options) (*Store, error) {
	if err := prepareFile(path, o.Create); err != nil {
		return nil, err
	}
	if o.BusyTimeout <= 0 {
		o.BusyTimeout = DefaultBusyTimeout
	}
	db, err := sql.Open("sqlite", dsn(path, o.BusyTimeout))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// One connection: a single-user app, and pooled writers interleave.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path}
	s.rd = db
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	if migrateOnlyTo > 0 {
		return s, nil // an old schema, for a test: today's statements may not fit it
	}
	if err := s.prepare(context.Background()); err != nil {
		db.Close()
		return nil, diagnoseOpen(path, err)
	}
	return s, nil
}

// Synchronous is the chosen synchronous setting. NORMAL in WAL mode keeps
// the database consistent through any crash or power cut; a power cut (not
// a crash of the app or the OS) may lose the last few commits. FULL costs
// an fsync per keystroke; see BenchmarkSynchronous and the README.
const Synchronous = "NORMAL"

func dsn(path string, busy time.Duration) string {
	q := url.Values{}
	for _, p := range []string{"foreign_keys(1)", "journal_mode(WAL)", "synchronous(" + Synchronous + ")",
		fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()),
		// Deleted text is overwritten, not left in free pages for
		// anyone with the file to read.
		"secure_delete(1)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// prepareFile creates a new empty database file with safe permissions, or
// checks that an existing one is a cxmap database of a version we know.
func prepareFile(path string, create bool) error {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !create:
		return fmt.Errorf("%s: %w; create one with: cxmap new NAME (or open the app with cxmap)", path, ErrMissing)
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return fmt.Errorf("cannot create the database folder: %w", osCause(err))
		}
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return fmt.Errorf("cannot create the database: %w", osCause(err))
		}
		return f.Close()
	case err != nil:
		return fmt.Errorf("%s: %w", path, osCause(err))
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

// migrateOnlyTo, when set by a test, stops migrations at that version:
// how a test makes a file of an older schema to migrate.
var migrateOnlyTo int

func (s *Store) migrate(ctx context.Context) error {
	steps := migrations()
	if migrateOnlyTo > 0 {
		steps = steps[:migrateOnlyTo]
	}
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return diagnoseOpen(s.path, err)
	}
	if version > len(steps) {
		return fmt.Errorf("%s %w (schema %d, this one knows %d): update cxmap", s.path, ErrNewer, version, len(steps))
	}
	for v := version; v < len(steps); v++ {
		if err := s.migrateStep(ctx, v, steps[v]); err != nil {
			if c := fsCause(s.path); c != nil && !errors.Is(err, c) {
				err = &causeError{cause: c, err: err}
			}
			return fmt.Errorf("%s: %w", s.path, classify(err))
		}
	}
	if version < len(steps) {
		// Move the new header into the main file at once, so the file is
		// recognisable as ours even if the log is lost.
		_, _ = s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	}
	return nil
}

// withTx runs fn in one transaction, committing on success. A failure
// for a cause a person can act on (locked, disk full, read-only) says so.
func (s *Store) withTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return classify(err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return classify(err)
	}
	if err := tx.Commit(); err != nil {
		return classify(err)
	}
	s.dirty.Store(true)
	return nil
}

// isUnique reports a violated UNIQUE constraint (a name already taken).
func isUnique(err error) bool {
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}
