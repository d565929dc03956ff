package store

import (
	"context"
	"database/sql"
)

// reader is what read methods query through: the database itself, or the
// read transaction of a snapshot.
type reader interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

// Snapshot runs fn with a store whose reads all see the database at one
// moment (a read transaction): an export made while another window or a
// command writes shows the workshop either before or after each write,
// never half of it. fn must only read.
func (s *Store) Snapshot(ctx context.Context, fn func(*Store) error) error {
	if _, inside := s.rd.(*sql.Tx); inside {
		return fn(s) // already a snapshot: the one connection is in use
	}
	// ReadOnly makes the driver issue a plain (deferred) BEGIN instead of
	// the IMMEDIATE one writes use, so the snapshot takes no write lock.
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return classify(err)
	}
	defer tx.Rollback()
	// The view has no database of its own: the transaction holds the one
	// connection, so a query through the database would wait forever; a
	// method that skips rd fails loudly (nil) in the tests instead.
	view := &Store{path: s.path, rd: tx}
	return fn(view)
}

const dataVersion = "PRAGMA data_version"

// DataVersion is SQLite's data_version: it changes when another
// connection (another window, a command) commits to the file, and not for
// this store's own writes. Polling it is how the app notices changes made
// elsewhere; it reads no table, so it costs a few microseconds.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	var v int64
	var err error
	if st := s.hot(dataVersion); st != nil {
		err = st.QueryRowContext(ctx).Scan(&v)
	} else {
		err = s.db.QueryRowContext(ctx, dataVersion).Scan(&v)
	}
	return v, classify(err)
}

// Sync makes every commit so far durable through a power cut: with
// synchronous=NORMAL a commit reaches the write-ahead log without an
// fsync (a crash of the app or a kill loses nothing, but a power cut or
// an OS crash may lose the latest commits); a checkpoint fsyncs the log
// and copies it into the database. The app calls it every couple of
// seconds after it wrote, in a command, so a keystroke never waits for
// the disk and a power cut costs at most those seconds. It does nothing
// when nothing was written since the last call.
func (s *Store) Sync(ctx context.Context) error {
	if !s.dirty.Swap(false) {
		return nil
	}
	_, err := s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)")
	if err != nil {
		s.dirty.Store(true)
	}
	return classify(err)
}
