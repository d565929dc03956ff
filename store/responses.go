package store

import (
	"context"
	"database/sql"
	"strings"

	"github.com/cxmap/cxmap/model"
)

func respondent(participantID int64) any {
	if participantID == model.Consensus {
		return nil
	}
	return participantID
}

const upsertResponse = `INSERT INTO responses (workshop_id, participant_id, question_id, level, na, dont_know, note, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (workshop_id, respondent, question_id) DO UPDATE SET
		level = excluded.level, na = excluded.na, dont_know = excluded.dont_know, note = excluded.note, updated_at = excluded.updated_at`

// SaveResponse stores one answer (level, N/A, don't know and note) in its own
// transaction, replacing the respondent's earlier answer to that question.
func (s *Store) SaveResponse(ctx context.Context, workshopID int64, r model.Response) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		t := now()
		if _, err := s.execHot(ctx, tx, upsertResponse,
			workshopID, respondent(r.ParticipantID), r.QuestionID, r.Level, r.NA, r.DontKnow, r.Note, t); err != nil {
			return err
		}
		_, err := s.execHot(ctx, tx, touchWorkshop, t, workshopID)
		return err
	})
}

// Responses returns every answer of a workshop, by respondent then question.
func (s *Store) Responses(ctx context.Context, workshopID int64) ([]model.Response, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT respondent, question_id, level, na, dont_know, note FROM responses
		WHERE workshop_id = ? ORDER BY respondent, question_id`, workshopID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Response
	for rows.Next() {
		var r model.Response
		if err := rows.Scan(&r.ParticipantID, &r.QuestionID, &r.Level, &r.NA, &r.DontKnow, &r.Note); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// SetTarget sets the level a client aims for in a dimension; level 0
// removes the target.
func (s *Store) SetTarget(ctx context.Context, workshopID int64, dimensionID string, level int) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		var err error
		if level <= 0 {
			_, err = tx.ExecContext(ctx, `DELETE FROM targets WHERE workshop_id = ? AND dimension_id = ?`, workshopID, dimensionID)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO targets (workshop_id, dimension_id, level) VALUES (?, ?, ?)
				ON CONFLICT (workshop_id, dimension_id) DO UPDATE SET level = excluded.level`, workshopID, dimensionID, level)
		}
		if err != nil {
			return err
		}
		return touch(ctx, tx, workshopID)
	})
}

// Targets returns a workshop's target level per dimension.
func (s *Store) Targets(ctx context.Context, workshopID int64) (map[string]int, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT dimension_id, level FROM targets WHERE workshop_id = ?`, workshopID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var d string
		var l int
		if err := rows.Scan(&d, &l); err != nil {
			return nil, err
		}
		out[d] = l
	}
	return out, rows.Err()
}

// ImportResponses saves answers collected elsewhere in one transaction:
// participants named in them that the workshop lacks are created; each
// answer replaces the respondent's earlier one. Names match participants
// whatever their case. It returns how many participants were created.
func (s *Store) ImportResponses(ctx context.Context, workshopID int64, rows []NamedResponse) (created int, err error) {
	err = s.withTx(ctx, func(tx *sql.Tx) error {
		ids := map[string]int64{}
		rs, err := tx.QueryContext(ctx, `SELECT id, name FROM participants WHERE workshop_id = ?`, workshopID)
		if err != nil {
			return err
		}
		for rs.Next() {
			var id int64
			var name string
			if err := rs.Scan(&id, &name); err != nil {
				rs.Close()
				return err
			}
			ids[strings.ToLower(name)] = id
		}
		rs.Close()
		t := now()
		for _, r := range rows {
			pid := model.Consensus
			if r.Participant != "" {
				var ok bool
				if pid, ok = ids[strings.ToLower(r.Participant)]; !ok {
					res, err := tx.ExecContext(ctx, `INSERT INTO participants (workshop_id, name, position)
						VALUES (?, ?, (SELECT IFNULL(MAX(position), -1) + 1 FROM participants WHERE workshop_id = ?))`,
						workshopID, r.Participant, workshopID)
					if err != nil {
						return err
					}
					if pid, err = res.LastInsertId(); err != nil {
						return err
					}
					ids[strings.ToLower(r.Participant)] = pid
					created++
				}
			}
			if _, err := tx.ExecContext(ctx, upsertResponse,
				workshopID, respondent(pid), r.Response.QuestionID, r.Response.Level, r.Response.NA, r.Response.DontKnow, r.Response.Note, t); err != nil {
				return err
			}
		}
		return touch(ctx, tx, workshopID)
	})
	return created, err
}

// NamedResponse is an answer by a participant named rather than numbered;
// an empty name is the consensus.
type NamedResponse struct {
	Participant string
	Response    model.Response
}
