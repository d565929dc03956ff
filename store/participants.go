package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/cxmap/cxmap/model"
)

// AddParticipant adds a person to a workshop.
func (s *Store) AddParticipant(ctx context.Context, workshopID int64, name, role string) (model.Participant, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return model.Participant{}, errors.New("a participant needs a name")
	}
	p := model.Participant{WorkshopID: workshopID, Name: name, Role: strings.TrimSpace(role)}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var err error
		if p.ID, err = insertParticipant(ctx, tx, workshopID, p.Name, p.Role); err != nil {
			return err
		}
		return touch(ctx, tx, workshopID)
	})
	if isUnique(err) {
		return p, fmt.Errorf("participant %q: %w", name, ErrNameTaken)
	}
	return p, err
}

// insertParticipant adds a participant at the end of the workshop's list
// and returns its id.
func insertParticipant(ctx context.Context, tx *sql.Tx, workshopID int64, name, role string) (int64, error) {
	return insertCopy(ctx, tx, `INSERT INTO participants (workshop_id, name, role, position)
		VALUES (?, ?, ?, (SELECT IFNULL(MAX(position), -1) + 1 FROM participants WHERE workshop_id = ?))`,
		workshopID, name, role, workshopID)
}

// Participants lists a workshop's participants in the order they were added.
func (s *Store) Participants(ctx context.Context, workshopID int64) ([]model.Participant, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT id, workshop_id, name, role FROM participants
		WHERE workshop_id = ? ORDER BY position, id`, workshopID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Participant
	for rows.Next() {
		var p model.Participant
		if err := rows.Scan(&p.ID, &p.WorkshopID, &p.Name, &p.Role); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// UpdateParticipant renames a participant or changes their role.
func (s *Store) UpdateParticipant(ctx context.Context, id int64, name, role string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return errors.New("a participant needs a name")
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		if err := expectOne(tx.ExecContext(ctx, `UPDATE participants SET name = ?, role = ? WHERE id = ?`, name, strings.TrimSpace(role), id)); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE workshops SET updated_at = ? WHERE id = (SELECT workshop_id FROM participants WHERE id = ?)`, now(), id)
		return err
	})
	if isUnique(err) {
		return fmt.Errorf("participant %q: %w", name, ErrNameTaken)
	}
	return err
}

// DeleteParticipant removes a participant and, by cascade, their answers.
func (s *Store) DeleteParticipant(ctx context.Context, id int64) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE workshops SET updated_at = ? WHERE id = (SELECT workshop_id FROM participants WHERE id = ?)`, now(), id); err != nil {
			return err
		}
		return expectOne(tx.ExecContext(ctx, `DELETE FROM participants WHERE id = ?`, id))
	})
}

// SaveCursor records where a workshop was left: c.Screen becomes the
// screen to resume at, and c.State (JSON) that screen's position. Each
// screen keeps its own position, so leaving the questionnaire for the
// results and coming back finds the same question.
func (s *Store) SaveCursor(ctx context.Context, workshopID int64, c model.Cursor) error {
	if c.State == "" {
		c.State = "{}"
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO cursors (workshop_id, screen, state, updated_at)
			VALUES (?1, ?2, json_object(?2, json(?3)), ?4)
			ON CONFLICT (workshop_id) DO UPDATE SET screen = ?2,
				state = json_set(IIF(json_valid(state), state, '{}'), '$."' || ?2 || '"', json(?3)), updated_at = ?4`,
			workshopID, c.Screen, c.State, now())
		return err
	})
}

// Cursor returns the screen a workshop was left on, with its position; a
// zero Cursor if never saved.
func (s *Store) Cursor(ctx context.Context, workshopID int64) (model.Cursor, error) {
	var screen string
	err := s.db.QueryRowContext(ctx, `SELECT screen FROM cursors WHERE workshop_id = ?`, workshopID).Scan(&screen)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Cursor{}, nil
	}
	if err != nil {
		return model.Cursor{}, err
	}
	return s.CursorFor(ctx, workshopID, screen)
}

// CursorFor returns the last saved position of one screen of a workshop;
// State is empty when that screen never saved one.
func (s *Store) CursorFor(ctx context.Context, workshopID int64, screen string) (model.Cursor, error) {
	var state sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT json_extract(state, '$."' || ?2 || '"') FROM cursors WHERE workshop_id = ?1 AND json_valid(state)`,
		workshopID, screen).Scan(&state)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Cursor{Screen: screen}, nil
	}
	if err != nil {
		return model.Cursor{}, err
	}
	return model.Cursor{Screen: screen, State: state.String}, nil
}

// SetCursorScreen records only which screen a workshop was left on,
// keeping every screen's saved position.
func (s *Store) SetCursorScreen(ctx context.Context, workshopID int64, screen string) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO cursors (workshop_id, screen, state, updated_at) VALUES (?1, ?2, '{}', ?3)
			ON CONFLICT (workshop_id) DO UPDATE SET screen = ?2, updated_at = ?3`, workshopID, screen, now())
		return err
	})
}
