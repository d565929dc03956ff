package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
)

// Drafts hold what is typed into a form that creates something, before the
// thing exists: a form for an existing row saves each field into the row
// itself, but a new workshop, participant or journey map has no row yet.
// A draft is keyed by the form's name and the workshop it belongs to (0:
// none, the home screen).

// SaveDraft stores the form's fields, replacing its earlier draft.
func (s *Store) SaveDraft(ctx context.Context, form string, workshopID int64, fields map[string]string) error {
	b, err := json.Marshal(fields)
	if err != nil {
		return err
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM drafts WHERE form = ? AND IFNULL(workshop_id, 0) = ?`, form, workshopID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO drafts (form, workshop_id, fields, updated_at) VALUES (?, NULLIF(?, 0), ?, ?)`,
			form, workshopID, string(b), now())
		return err
	})
}

// Draft returns the fields of the form's draft, or nil when there is none.
func (s *Store) Draft(ctx context.Context, form string, workshopID int64) (map[string]string, error) {
	var raw string
	err := s.rd.QueryRowContext(ctx, `SELECT fields FROM drafts WHERE form = ? AND IFNULL(workshop_id, 0) = ?`, form, workshopID).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, classify(err)
	}
	var fields map[string]string
	if err := json.Unmarshal([]byte(raw), &fields); err != nil {
		return nil, nil // unreadable: as if there were none
	}
	return fields, nil
}

// DeleteDraft forgets the form's draft: it was submitted or discarded.
func (s *Store) DeleteDraft(ctx context.Context, form string, workshopID int64) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM drafts WHERE form = ? AND IFNULL(workshop_id, 0) = ?`, form, workshopID)
		return err
	})
}
