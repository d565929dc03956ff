package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// fkOffMarker in a migration file asks for it to run with foreign keys
// off: a step that rebuilds a parent table (to add AUTOINCREMENT, say)
// must drop the old table, and with foreign keys on that drop would
// delete every child row by cascade. SQLite ignores foreign_keys inside a
// transaction, so it is switched off on the connection before BEGIN and
// back on after; PRAGMA foreign_key_check runs before and after the step,
// which fails if it would leave a single new dangling reference.
const fkOffMarker = "-- cxmap: foreign keys off"

// migrateStep applies migration v (0-based) in one transaction that also
// sets the version, so a crash leaves either the old or the new schema.
func (s *Store) migrateStep(ctx context.Context, v int, step string) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	fkOff := strings.Contains(step, fkOffMarker)
	if fkOff {
		if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
			return err
		}
		defer conn.ExecContext(context.Background(), "PRAGMA foreign_keys = ON")
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var dangling int // rows pointing nowhere before the step (a hand-edited file)
	if fkOff {
		if dangling, err = danglingRows(ctx, tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, step); err != nil {
		return fmt.Errorf("migration %d: %w", v+1, err)
	}
	if fkOff {
		n, err := danglingRows(ctx, tx)
		if err != nil {
			return err
		}
		if n > dangling {
			return fmt.Errorf("migration %d: %d rows would point to missing rows", v+1, n-dangling)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", ApplicationID, v+1)); err != nil {
		return err
	}
	return tx.Commit()
}

// danglingRows counts rows that point at a row that does not exist
// (PRAGMA foreign_key_check). A step run with foreign keys off must not
// add any.
func danglingRows(ctx context.Context, tx *sql.Tx) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM pragma_foreign_key_check").Scan(&n)
	return n, err
}
