package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/cxmap/cxmap/model"
)

// LiveSession is what a live session keeps between runs of the app.
type LiveSession struct {
	JoinCode string
	// FacilitatorHash is the SHA-256 (hex) of the facilitator's token.
	FacilitatorHash string
	Addr            string
	State           string // JSON owned by package live
}

// LiveToken is one phone's token (as its hash) and whom it answers as.
type LiveToken struct {
	Hash        string
	Participant model.Participant
	Position    string
}

// ErrTokenTaken is returned when a participant already has a phone.
var ErrTokenTaken = errors.New("participant already joined")

// LiveSession returns a workshop's saved live session; ok is false when
// none was ever started.
func (s *Store) LiveSession(ctx context.Context, workshopID int64) (ls LiveSession, ok bool, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT join_code, facilitator, addr, state FROM live_sessions WHERE workshop_id = ?`,
		workshopID).Scan(&ls.JoinCode, &ls.FacilitatorHash, &ls.Addr, &ls.State)
	if errors.Is(err, sql.ErrNoRows) {
		return LiveSession{}, false, nil
	}
	return ls, err == nil, err
}

// SaveLiveSession records a workshop's live session.
func (s *Store) SaveLiveSession(ctx context.Context, workshopID int64, ls LiveSession) error {
	if ls.State == "" {
		ls.State = "{}"
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO live_sessions (workshop_id, join_code, facilitator, addr, state, updated_at)
			VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (workshop_id) DO UPDATE SET
			join_code = ?2, facilitator = ?3, addr = ?4, state = ?5, updated_at = ?6`,
			workshopID, ls.JoinCode, ls.FacilitatorHash, ls.Addr, ls.State, now())
		return err
	})
}

// SaveLiveState records only the facilitator's state of a saved session.
func (s *Store) SaveLiveState(ctx context.Context, workshopID int64, state string) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		return expectOne(tx.ExecContext(ctx, `UPDATE live_sessions SET state = ?, updated_at = ? WHERE workshop_id = ?`,
			state, now(), workshopID))
	})
}

// LiveTokens lists the phones that joined a workshop's live sessions.
func (s *Store) LiveTokens(ctx context.Context, workshopID int64) ([]LiveToken, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT t.token_hash, t.position, p.id, p.workshop_id, p.name, p.role
		FROM live_tokens t JOIN participants p ON p.id = t.participant_id
		WHERE t.workshop_id = ? ORDER BY t.created_at, p.id`, workshopID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []LiveToken
	for rows.Next() {
		var t LiveToken
		if err := rows.Scan(&t.Hash, &t.Position, &t.Participant.ID, &t.Participant.WorkshopID, &t.Participant.Name, &t.Participant.Role); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// JoinLive gives a phone a participant to answer as, in one transaction:
// the workshop's participant of that name (any case) when nobody's phone
// holds it yet, else a new participant. It fails with ErrTokenTaken when
// another phone already answers as that name.
func (s *Store) JoinLive(ctx context.Context, workshopID int64, name, tokenHash string) (model.Participant, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return model.Participant{}, errors.New("a participant needs a name")
	}
	p := model.Participant{WorkshopID: workshopID}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id, name, role FROM participants WHERE workshop_id = ? AND lower(name) = lower(?)`,
			workshopID, name).Scan(&p.ID, &p.Name, &p.Role)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if p.ID, err = insertParticipant(ctx, tx, workshopID, name, ""); err != nil {
				return err
			}
			p.Name = name
		case err != nil:
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO live_tokens (token_hash, workshop_id, participant_id, created_at)
			VALUES (?, ?, ?, ?)`, tokenHash, workshopID, p.ID, now()); err != nil {
			if isUnique(err) {
				return fmt.Errorf("%q: %w", p.Name, ErrTokenTaken)
			}
			return err
		}
		return touch(ctx, tx, workshopID)
	})
	return p, err
}

// SetLivePosition records the question a phone is on.
func (s *Store) SetLivePosition(ctx context.Context, tokenHash, questionID string) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		return expectOne(tx.ExecContext(ctx, `UPDATE live_tokens SET position = ? WHERE token_hash = ?`, questionID, tokenHash))
	})
}
