package store

import (
	"context"
	"database/sql"

	"github.com/cxmap/cxmap/model"
)

// An answer's level and its note are written separately: a screen that
// changes the level never writes the note it holds (which another window
// or a responses import may have changed meanwhile), and the other way
// round. Both run per keystroke, through prepared statements.

const (
	setAnswerLevel = `INSERT INTO responses (workshop_id, participant_id, question_id, level, na, updated_at)
	VALUES (?, ?, ?, ?, ?, ?)
	ON CONFLICT (workshop_id, respondent, question_id) DO UPDATE SET
		level = excluded.level, na = excluded.na, updated_at = excluded.updated_at`
	setAnswerNote = `INSERT INTO responses (workshop_id, participant_id, question_id, note, updated_at)
	VALUES (?, ?, ?, ?, ?)
	ON CONFLICT (workshop_id, respondent, question_id) DO UPDATE SET
		note = excluded.note, updated_at = excluded.updated_at`
	answerOf = `SELECT level, na, note FROM responses WHERE workshop_id = ? AND respondent = ? AND question_id = ?`
)

// SetAnswerLevel stores a respondent's level (0: none) or N/A for one
// question, leaving the answer's note as stored.
func (s *Store) SetAnswerLevel(ctx context.Context, workshopID, participantID int64, questionID string, level int, na bool) error {
	if na {
		level = 0
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		t := now()
		if _, err := s.execHot(ctx, tx, setAnswerLevel, workshopID, respondent(participantID), questionID, level, na, t); err != nil {
			return notFoundFK(err, workshopID)
		}
		_, err := s.execHot(ctx, tx, touchWorkshop, t, workshopID)
		return err
	})
}

// SetAnswerNote stores a respondent's note on one question, leaving the
// level as stored. The note is kept exactly as typed.
func (s *Store) SetAnswerNote(ctx context.Context, workshopID, participantID int64, questionID, note string) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		t := now()
		if _, err := s.execHot(ctx, tx, setAnswerNote, workshopID, respondent(participantID), questionID, note, t); err != nil {
			return notFoundFK(err, workshopID)
		}
		_, err := s.execHot(ctx, tx, touchWorkshop, t, workshopID)
		return err
	})
}

// Answer reads one stored answer; a missing one is the zero answer.
func (s *Store) Answer(ctx context.Context, workshopID, participantID int64, questionID string) (model.Response, error) {
	r := model.Response{ParticipantID: participantID, QuestionID: questionID}
	err := s.rd.QueryRowContext(ctx, answerOf, workshopID, participantID, questionID).Scan(&r.Level, &r.NA, &r.Note)
	if err == sql.ErrNoRows {
		err = nil
	}
	return r, classify(err)
}
