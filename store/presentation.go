package store

import (
	"context"
	"database/sql"
	"errors"
)

// Presentation is how a workshop is shown to the room.
type Presentation struct {
	Presenter bool // projector layout: no hints, no footer, centred
	Anonymous bool // participants shown as A, B, C... instead of names
}

// Presentation reads a workshop's presentation settings; a workshop never
// set has the zero value.
func (s *Store) Presentation(ctx context.Context, workshopID int64) (Presentation, error) {
	var p Presentation
	err := s.rd.QueryRowContext(ctx, `SELECT presenter, anonymous FROM presentation WHERE workshop_id = ?`, workshopID).
		Scan(&p.Presenter, &p.Anonymous)
	if errors.Is(err, sql.ErrNoRows) {
		return Presentation{}, nil
	}
	return p, classify(err)
}

// SetPresentation stores a workshop's presentation settings.
func (s *Store) SetPresentation(ctx context.Context, workshopID int64, p Presentation) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO presentation (workshop_id, presenter, anonymous) VALUES (?, ?, ?)
			ON CONFLICT (workshop_id) DO UPDATE SET presenter = excluded.presenter, anonymous = excluded.anonymous`,
			workshopID, p.Presenter, p.Anonymous)
		return notFoundFK(err, workshopID)
	})
}
