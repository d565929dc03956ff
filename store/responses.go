package store

import (
	"context"
	"database/sql"

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

// ImportResponses saves whole answers (level, N/A, don't know and note)
// collected elsewhere, as ImportAnswers does: participants the workshop
// lacks are created, and each answer replaces the respondent's earlier
// one. It returns how many participants were created.
func (s *Store) ImportResponses(ctx context.Context, workshopID int64, rows []NamedResponse) (created int, err error) {
	answers := make([]ImportedAnswer, len(rows))
	for i, r := range rows {
		answers[i] = ImportedAnswer{Participant: r.Participant, Response: r.Response, HasLevel: true, HasNote: true}
	}
	return s.ImportAnswers(ctx, workshopID, answers)
}

// NamedResponse is an answer by a participant named rather than numbered;
// an empty name is the consensus.
type NamedResponse struct {
	Participant string
	Response    model.Response
}
