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
	setAnswerLevel = `INSERT INTO responses (workshop_id, participant_id, question_id, level, na, dont_know, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (workshop_id, respondent, question_id) DO UPDATE SET
		level = excluded.level, na = excluded.na, dont_know = excluded.dont_know, updated_at = excluded.updated_at`
	setAnswerNote = `INSERT INTO responses (workshop_id, participant_id, question_id, note, updated_at)
	VALUES (?, ?, ?, ?, ?)
	ON CONFLICT (workshop_id, respondent, question_id) DO UPDATE SET
		note = excluded.note, updated_at = excluded.updated_at`
	answerOf = `SELECT level, na, dont_know, note FROM responses WHERE workshop_id = ? AND respondent = ? AND question_id = ?`
)

// SetAnswerLevel stores r's choice for its question and respondent: a
// level (0: none), N/A or don't know (at most one is kept, in that
// order of precedence: N/A, don't know, level), leaving the note as stored.
func (s *Store) SetAnswerLevel(ctx context.Context, workshopID int64, r model.Response) error {
	level, na, dontKnow := r.Level, r.NA, r.DontKnow && !r.NA
	if na || dontKnow {
		level = 0
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		t := now()
		if _, err := s.execHot(ctx, tx, setAnswerLevel, workshopID, respondent(r.ParticipantID), r.QuestionID, level, na, dontKnow, t); err != nil {
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
	err := s.rd.QueryRowContext(ctx, answerOf, workshopID, participantID, questionID).Scan(&r.Level, &r.NA, &r.DontKnow, &r.Note)
	if err == sql.ErrNoRows {
		err = nil
	}
	return r, classify(err)
}
