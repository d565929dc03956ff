package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/cxmap/cxmap/model"
)

// StartRound begins a re-assessment of a workshop: a new workshop named
// name with its participants, targets, journeys and roadmap but no
// answers, linked to it as the previous round, in one transaction.
// Copying the answers (as a duplicate does) would mix re-answered,
// carried-over and new answers in "change since previous".
func (s *Store) StartRound(ctx context.Context, id int64, name string) (int64, error) {
	return s.copyWorkshop(ctx, id, name, false, func(tx *sql.Tx, newID int64) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO rounds (workshop_id, previous_id) VALUES (?, ?)`, newID, id)
		return err
	})
}

// previousRound is the round w follows, if it was started as a round;
// linked is false for a workshop that was not.
func (s *Store) previousRound(ctx context.Context, w model.Workshop) (prev model.Workshop, ok, linked bool, err error) {
	var pid sql.NullInt64
	err = s.rd.QueryRowContext(ctx, `SELECT previous_id FROM rounds WHERE workshop_id = ?`, w.ID).Scan(&pid)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return model.Workshop{}, false, false, nil
	case err != nil:
		return model.Workshop{}, false, true, classify(err)
	case !pid.Valid:
		return model.Workshop{}, false, true, nil // the previous round was deleted
	}
	prev, err = s.Workshop(ctx, pid.Int64)
	return prev, err == nil, true, err
}

// PreviousAnswers are the answers of the round w follows, by participant
// name ("" for the consensus), for showing beside each question.
func (s *Store) PreviousAnswers(ctx context.Context, w model.Workshop) (map[string]map[string]model.Response, bool, error) {
	prev, ok, err := s.PreviousWorkshop(ctx, w)
	if err != nil || !ok {
		return nil, false, err
	}
	people, err := s.Participants(ctx, prev.ID)
	if err != nil {
		return nil, false, err
	}
	names := map[int64]string{model.Consensus: ""}
	for _, p := range people {
		names[p.ID] = p.Name
	}
	rs, err := s.Responses(ctx, prev.ID)
	if err != nil {
		return nil, false, err
	}
	out := map[string]map[string]model.Response{}
	for _, r := range rs {
		n, known := names[r.ParticipantID]
		if !known {
			continue
		}
		if out[n] == nil {
			out[n] = map[string]model.Response{}
		}
		out[n][r.QuestionID] = r
	}
	return out, true, nil
}
