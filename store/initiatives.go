package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cxmap/cxmap/model"
)

const initiativeCols = `id, gen_key, title, description, dimension_id, evidence, horizon, impact, effort, owner, kpis, status, edited, position`

func scanInitiative(row interface{ Scan(...any) error }) (model.Initiative, error) {
	var in model.Initiative
	var evidence, kpis string
	err := row.Scan(&in.ID, &in.GenKey, &in.Title, &in.Description, &in.DimensionID, &evidence,
		&in.Horizon, &in.Impact, &in.Effort, &in.Owner, &kpis, &in.Status, &in.Edited, &in.Position)
	if err != nil {
		return in, err
	}
	if err := json.Unmarshal([]byte(evidence), &in.Evidence); err != nil {
		return in, fmt.Errorf("initiative %d: damaged evidence: %w", in.ID, err)
	}
	if err := json.Unmarshal([]byte(kpis), &in.KPIs); err != nil {
		return in, fmt.Errorf("initiative %d: damaged KPIs: %w", in.ID, err)
	}
	normalizeInitiative(&in)
	return in, nil
}

func initiatives(ctx context.Context, q interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}, workshopID int64) ([]model.Initiative, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+initiativeCols+` FROM initiatives
		WHERE workshop_id = ? ORDER BY position, id`, workshopID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Initiative
	for rows.Next() {
		in, err := scanInitiative(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, rows.Err()
}

// Initiatives returns a workshop's roadmap in its order (Position).
func (s *Store) Initiatives(ctx context.Context, workshopID int64) ([]model.Initiative, error) {
	return initiatives(ctx, s.rd, workshopID)
}

// checkInitiative refuses what the table's constraints would, with a
// message a person can act on.
func checkInitiative(in model.Initiative) error {
	switch {
	case strings.TrimSpace(in.Title) == "":
		return errors.New("an initiative needs a title")
	case !slices.Contains(model.Horizons, in.Horizon):
		return fmt.Errorf("initiative %q: horizon must be now, next or later, not %q", in.Title, in.Horizon)
	case in.Impact < 1 || in.Impact > 5:
		return fmt.Errorf("initiative %q: impact must be 1 to 5, not %d", in.Title, in.Impact)
	case in.Effort < 1 || in.Effort > 5:
		return fmt.Errorf("initiative %q: effort must be 1 to 5, not %d", in.Title, in.Effort)
	case in.Status != model.StatusProposed && in.Status != model.StatusAccepted && in.Status != model.StatusRejected:
		return fmt.Errorf("initiative %q: status must be proposed, accepted or rejected, not %q", in.Title, in.Status)
	}
	return nil
}

// initiativeJSON encodes a list for a JSON column, [] for nil.
func initiativeJSON[T any](list []T) (string, error) {
	if list == nil {
		return "[]", nil
	}
	b, err := json.Marshal(list)
	return string(b), err
}

// normalizeInitiative gives nil lists their stored form, so what a save returns
// equals what Initiatives reads back.
func normalizeInitiative(in *model.Initiative) {
	if in.Evidence == nil {
		in.Evidence = []model.Evidence{}
	}
	if in.KPIs == nil {
		in.KPIs = []string{}
	}
	if in.Status == "" {
		in.Status = model.StatusProposed
	}
}

// writeInitiative inserts in (ID 0) or updates it, and returns its id and
// position. With keepPlace, Position is ignored: an update keeps the row's
// place and an insert goes at the end of the roadmap.
func writeInitiative(ctx context.Context, tx *sql.Tx, workshopID int64, in model.Initiative, t int64, keepPlace bool) (id int64, pos int, err error) {
	normalizeInitiative(&in)
	if err := checkInitiative(in); err != nil {
		return 0, 0, err
	}
	evidence, err := initiativeJSON(in.Evidence)
	if err != nil {
		return 0, 0, err
	}
	kpis, err := initiativeJSON(in.KPIs)
	if err != nil {
		return 0, 0, err
	}
	var place any = in.Position
	if keepPlace {
		place = nil
	}
	args := []any{in.GenKey, strings.TrimSpace(in.Title), in.Description, in.DimensionID, evidence,
		string(in.Horizon), in.Impact, in.Effort, in.Owner, kpis, string(in.Status), in.Edited, place, t, workshopID}
	if in.ID == 0 {
		err = tx.QueryRowContext(ctx, `INSERT INTO initiatives
			(gen_key, title, description, dimension_id, evidence, horizon, impact, effort, owner, kpis, status, edited, position, updated_at, workshop_id, created_at)
			VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
				COALESCE(?13, (SELECT IFNULL(MAX(position), -1) + 1 FROM initiatives WHERE workshop_id = ?15)), ?14, ?15, ?14)
			RETURNING id, position`, args...).Scan(&id, &pos)
		return id, pos, initiativeErr(in, err)
	}
	err = tx.QueryRowContext(ctx, `UPDATE initiatives SET
		gen_key = ?1, title = ?2, description = ?3, dimension_id = ?4, evidence = ?5, horizon = ?6, impact = ?7, effort = ?8,
		owner = ?9, kpis = ?10, status = ?11, edited = ?12, position = COALESCE(?13, position), updated_at = ?14
		WHERE id = ?16 AND workshop_id = ?15
		RETURNING id, position`, append(args, in.ID)...).Scan(&id, &pos)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, fmt.Errorf("initiative %d %w in workshop %d", in.ID, ErrNotFound, workshopID)
	}
	return id, pos, initiativeErr(in, err)
}

func initiativeErr(in model.Initiative, err error) error {
	if isUnique(err) {
		return fmt.Errorf("initiative %q: another initiative was generated from %q", in.Title, in.GenKey)
	}
	return err
}

// SaveInitiative stores one initiative in its own transaction and returns
// it as stored. ID 0 adds it at the end of the roadmap; otherwise the
// initiative with that ID is replaced, keeping its place (Position is
// ignored: MoveInitiative reorders). With edited, it is marked as changed
// by the consultant, so regenerating the roadmap will keep it as it is;
// without, its Edited flag is stored as given.
func (s *Store) SaveInitiative(ctx context.Context, workshopID int64, in model.Initiative, edited bool) (model.Initiative, error) {
	if edited {
		in.Edited = true
	}
	normalizeInitiative(&in)
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var err error
		if in.ID, in.Position, err = writeInitiative(ctx, tx, workshopID, in, now(), true); err != nil {
			return err
		}
		return touch(ctx, tx, workshopID)
	})
	if err != nil {
		return model.Initiative{}, err
	}
	return in, nil
}

// DeleteInitiative removes one initiative; the others keep their order.
func (s *Store) DeleteInitiative(ctx context.Context, id int64) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		var workshopID int64
		err := tx.QueryRowContext(ctx, `SELECT workshop_id FROM initiatives WHERE id = ?`, id).Scan(&workshopID)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("initiative %d %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM initiatives WHERE id = ?`, id); err != nil {
			return err
		}
		return touch(ctx, tx, workshopID)
	})
}

// MoveInitiative moves an initiative to index to of its workshop's
// roadmap (clamped to the list), renumbering positions 0, 1, 2...
func (s *Store) MoveInitiative(ctx context.Context, id int64, to int) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		var workshopID int64
		err := tx.QueryRowContext(ctx, `SELECT workshop_id FROM initiatives WHERE id = ?`, id).Scan(&workshopID)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("initiative %d %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		ids, err := idList(ctx, tx, `SELECT id FROM initiatives WHERE workshop_id = ? ORDER BY position, id`, workshopID)
		if err != nil {
			return err
		}
		from := slices.Index(ids, id)
		to = min(max(to, 0), len(ids)-1)
		ids = slices.Insert(slices.Delete(ids, from, from+1), to, id)
		stmt, err := tx.PrepareContext(ctx, `UPDATE initiatives SET position = ? WHERE id = ? AND position <> ?`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for pos, x := range ids {
			if _, err := stmt.ExecContext(ctx, pos, x, pos); err != nil {
				return err
			}
		}
		return touch(ctx, tx, workshopID)
	})
}

// ApplyMerge makes a workshop's roadmap exactly merged (the result of
// model.Merge over Initiatives), in one transaction: initiatives not in
// merged are deleted, those with an ID updated, those without inserted,
// all at their index in merged. It returns the roadmap as stored.
func (s *Store) ApplyMerge(ctx context.Context, workshopID int64, merged []model.Initiative) ([]model.Initiative, error) {
	var out []model.Initiative
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = applyMerge(ctx, tx, workshopID, merged)
		return err
	})
	return out, err
}

// ApplyProposals regenerates a workshop's roadmap from a fresh
// model.Recommend: it reads the roadmap, merges the proposals into it
// (model.Merge: edited, decided and manual initiatives are kept) and
// stores the result, all in one transaction, so an edit made meanwhile
// is never lost. It returns the roadmap as stored.
func (s *Store) ApplyProposals(ctx context.Context, workshopID int64, proposed []model.Initiative) ([]model.Initiative, error) {
	var out []model.Initiative
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		existing, err := initiatives(ctx, tx, workshopID)
		if err != nil {
			return err
		}
		out, err = applyMerge(ctx, tx, workshopID, model.Merge(existing, proposed))
		return err
	})
	return out, err
}

func applyMerge(ctx context.Context, tx *sql.Tx, workshopID int64, merged []model.Initiative) ([]model.Initiative, error) {
	var exists int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM workshops WHERE id = ?`, workshopID).Scan(&exists); err != nil {
		return nil, err
	}
	if exists == 0 {
		return nil, fmt.Errorf("workshop %d %w", workshopID, ErrNotFound)
	}
	keep := map[int64]bool{}
	for _, in := range merged {
		if in.ID != 0 {
			keep[in.ID] = true
		}
	}
	current, err := idList(ctx, tx, `SELECT id FROM initiatives WHERE workshop_id = ?`, workshopID)
	if err != nil {
		return nil, err
	}
	for _, id := range current {
		if !keep[id] {
			if _, err := tx.ExecContext(ctx, `DELETE FROM initiatives WHERE id = ?`, id); err != nil {
				return nil, err
			}
		}
	}
	t := now()
	out := make([]model.Initiative, len(merged))
	for i, in := range merged {
		in.Position = i
		normalizeInitiative(&in)
		if in.ID, _, err = writeInitiative(ctx, tx, workshopID, in, t, false); err != nil {
			return nil, err
		}
		out[i] = in
	}
	return out, touch(ctx, tx, workshopID)
}
