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
// back on after; the step checks PRAGMA foreign_key_check before it
// commits, so it can never leave a dangling reference.
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
	if _, err := tx.ExecContext(ctx, step); err != nil {
		return fmt.Errorf("migration %d: %w", v+1, err)
	}
	if fkOff {
		if err := foreignKeyCheck(ctx, tx); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", ApplicationID, v+1)); err != nil {
		return err
	}
	return tx.Commit()
}

// foreignKeyCheck fails if any row points at a row that does not exist.
func foreignKeyCheck(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		var table string
		var rowid sql.NullInt64
		var parent string
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			return err
		}
		return fmt.Errorf("a row of %s (rowid %d) points to a missing %s", table, rowid.Int64, parent)
	}
	return rows.Err()
}
