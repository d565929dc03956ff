package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// DuplicateWorkshop copies a workshop with all its content (participants,
// answers, targets, journeys, roadmap, resume cursor) under a new name, in
// one transaction: the usual start of a re-assessment months later.
func (s *Store) DuplicateWorkshop(ctx context.Context, id int64, name string) (int64, error) {
	return s.copyWorkshop(ctx, id, name, true, nil)
}

// copyWorkshop copies a workshop under a new name, with its answers and
// resume cursor or without them (a new round), then runs after in the
// same transaction.
func (s *Store) copyWorkshop(ctx context.Context, id int64, name string, answers bool, after func(tx *sql.Tx, newID int64) error) (int64, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return 0, fmt.Errorf("a workshop needs a name")
	}
	var newID int64
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		t := now()
		res, err := tx.ExecContext(ctx, `INSERT INTO workshops
			(name, client, facilitator, language, assessment_id, assessment_version, snapshot, question_count, created_at, updated_at)
			SELECT ?, client, facilitator, language, assessment_id, assessment_version, snapshot, question_count, ?, ?
			FROM workshops WHERE id = ?`, name, t, t, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("workshop %d %w", id, ErrNotFound)
		}
		if newID, err = res.LastInsertId(); err != nil {
			return err
		}
		if err := copyContent(ctx, tx, id, newID, answers); err != nil {
			return err
		}
		if after != nil {
			return after(tx, newID)
		}
		return nil
	})
	if isUnique(err) {
		return 0, fmt.Errorf("%q: %w", name, ErrNameTaken)
	}
	return newID, err
}

// copyContent copies every child row of workshop from into workshop to;
// without answers, the responses and the resume cursor stay behind.
func copyContent(ctx context.Context, tx *sql.Tx, from, to int64, answers bool) error {
	stmts := []string{
		`INSERT INTO participants (workshop_id, name, role, position)
			SELECT ?2, name, role, position FROM participants WHERE workshop_id = ?1 ORDER BY id`,
		`INSERT INTO targets (workshop_id, dimension_id, level)
			SELECT ?2, dimension_id, level FROM targets WHERE workshop_id = ?1`,
		`INSERT INTO initiatives (workshop_id, gen_key, title, description, dimension_id, evidence, horizon, impact, effort, owner, kpis, status, edited, position, created_at, updated_at)
			SELECT ?2, gen_key, title, description, dimension_id, evidence, horizon, impact, effort, owner, kpis, status, edited, position, created_at, updated_at
			FROM initiatives WHERE workshop_id = ?1 ORDER BY id`,
	}
	if answers { // a new round starts empty, at the hub
		stmts = append(stmts,
			// Participant names are unique per workshop: map old ids by name.
			`INSERT INTO responses (workshop_id, participant_id, question_id, level, na, dont_know, note, updated_at)
			SELECT ?2, (SELECT np.id FROM participants np JOIN participants op ON op.name = np.name
			            WHERE op.id = r.participant_id AND np.workshop_id = ?2),
			       r.question_id, r.level, r.na, r.dont_know, r.note, r.updated_at
			FROM responses r WHERE r.workshop_id = ?1`,
			`INSERT INTO cursors (workshop_id, screen, state, updated_at)
			SELECT ?2, screen, state, updated_at FROM cursors WHERE workshop_id = ?1`)
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q, from, to); err != nil {
			return err
		}
	}
	return copyJourneys(ctx, tx, from, to)
}

// copyJourneys copies journeys with their stages, lanes and cells, mapping
// every old id to its new one (and a future map's link to its source).
func copyJourneys(ctx context.Context, tx *sql.Tx, from, to int64) error {
	journeys, err := idList(ctx, tx, `SELECT id FROM journeys WHERE workshop_id = ? ORDER BY id`, from)
	if err != nil {
		return err
	}
	jmap := map[int64]int64{}
	for _, old := range journeys {
		nid, err := insertCopy(ctx, tx, `INSERT INTO journeys (workshop_id, name, persona, kind, state, status, source_id, position, created_at, updated_at)
			SELECT ?, name, persona, kind, state, status, NULL, position, created_at, updated_at FROM journeys WHERE id = ?`, to, old)
		if err != nil {
			return err
		}
		jmap[old] = nid
		if err := copyGrid(ctx, tx, old, nid); err != nil {
			return err
		}
	}
	for old, nid := range jmap {
		if _, err := tx.ExecContext(ctx, `UPDATE journeys SET source_id = ?
			WHERE id = ? AND (SELECT source_id FROM journeys WHERE id = ?) IS NOT NULL`,
			sourceFor(ctx, tx, old, jmap), nid, old); err != nil {
			return err
		}
	}
	return nil
}

func sourceFor(ctx context.Context, tx *sql.Tx, old int64, jmap map[int64]int64) any {
	var src sql.NullInt64
	_ = tx.QueryRowContext(ctx, `SELECT source_id FROM journeys WHERE id = ?`, old).Scan(&src)
	if n, ok := jmap[src.Int64]; src.Valid && ok {
		return n
	}
	return nil
}

func copyGrid(ctx context.Context, tx *sql.Tx, oldJ, newJ int64) error {
	smap, err := copyRows(ctx, tx, `SELECT id FROM stages WHERE journey_id = ? ORDER BY position, id`, oldJ,
		`INSERT INTO stages (journey_id, name, position) SELECT ?, name, position FROM stages WHERE id = ?`, newJ)
	if err != nil {
		return err
	}
	lmap, err := copyRows(ctx, tx, `SELECT id FROM lanes WHERE journey_id = ? ORDER BY position, id`, oldJ,
		`INSERT INTO lanes (journey_id, name, kind, position) SELECT ?, name, kind, position FROM lanes WHERE id = ?`, newJ)
	if err != nil {
		return err
	}
	for oldS, newS := range smap {
		for oldL, newL := range lmap {
			if _, err := tx.ExecContext(ctx, `INSERT INTO cells (stage_id, lane_id, text, score, observed)
				SELECT ?, ?, text, score, observed FROM cells WHERE stage_id = ? AND lane_id = ?`, newS, newL, oldS, oldL); err != nil {
				return err
			}
		}
	}
	return nil
}

func copyRows(ctx context.Context, tx *sql.Tx, list string, parent int64, insert string, newParent int64) (map[int64]int64, error) {
	ids, err := idList(ctx, tx, list, parent)
	if err != nil {
		return nil, err
	}
	m := make(map[int64]int64, len(ids))
	for _, old := range ids {
		if m[old], err = insertCopy(ctx, tx, insert, newParent, old); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func insertCopy(ctx context.Context, tx *sql.Tx, q string, args ...any) (int64, error) {
	res, err := tx.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func idList(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
