package store

import (
	"context"
	"database/sql"

	"golang.org/x/text/unicode/norm"

	"github.com/cxmap/cxmap/model"
)

// ImportedAnswer is one answer read from a file, with what the file gave:
// a file without a note column must keep the notes already stored, and a
// row without a level keeps the stored level.
type ImportedAnswer struct {
	Participant string // empty: the consensus
	Role        string // for a participant created by the import
	Response    model.Response
	HasLevel    bool // the level (or N/A) is written
	HasNote     bool // the note is written
}

// ImportAnswers saves answers collected elsewhere in one transaction, and
// writes only the fields each answer has: an answer with no note leaves the
// stored note as it was, one with no level leaves the level. Participants
// are matched by name in Unicode NFC regardless of case (a name typed on a
// Mac and one typed on Windows are one person); the ones the workshop
// lacks are created, with their role. It returns how many were created.
func (s *Store) ImportAnswers(ctx context.Context, workshopID int64, rows []ImportedAnswer) (created int, err error) {
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
			if _, dup := ids[model.NameKey(name)]; !dup {
				ids[model.NameKey(name)] = id
			}
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
		t := now()
		for _, r := range rows {
			pid := model.Consensus
			if r.Participant != "" {
				k := model.NameKey(r.Participant)
				var ok bool
				if pid, ok = ids[k]; !ok {
					if pid, err = insertParticipant(ctx, tx, workshopID, norm.NFC.String(r.Participant), r.Role); err != nil {
						return err
					}
					ids[k] = pid
					created++
				}
			}
			if err := importAnswer(ctx, tx, workshopID, pid, r, t); err != nil {
				return err
			}
		}
		return touch(ctx, tx, workshopID)
	})
	return created, err
}

// importAnswer inserts the answer, or updates only the fields it has.
func importAnswer(ctx context.Context, tx *sql.Tx, workshopID, pid int64, r ImportedAnswer, t int64) error {
	set := "updated_at = excluded.updated_at"
	if r.HasLevel {
		set += ", level = excluded.level, na = excluded.na, dont_know = excluded.dont_know"
	}
	if r.HasNote {
		set += ", note = excluded.note"
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO responses (workshop_id, participant_id, question_id, level, na, dont_know, note, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (workshop_id, respondent, question_id) DO UPDATE SET `+set,
		workshopID, respondent(pid), r.Response.QuestionID, r.Response.Level, r.Response.NA, r.Response.DontKnow, r.Response.Note, t)
	return err
}
