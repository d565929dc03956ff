package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cxmap/cxmap/model"
)

// Journey operations: each changes one stage or lane of a journey in its
// own transaction and nothing else, so two windows (or a window and a
// command) editing one map never revert each other's work, and undo
// replays the inverse operation instead of rewriting the grid. Stages and
// lanes are named by id; an index ("at", "to") is a place in the order
// stored now, clamped to it, since another window may have changed it.

// Axis is a journey's stages (its columns) or its lanes (its rows).
type Axis string

// The two axes of a journey map.
const (
	Stages Axis = "stages"
	Lanes  Axis = "lanes"
)

// Removed is a stage or lane as it was when deleted, with its cells keyed
// by the id of the lane (for a stage) or stage (for a lane) they sat in:
// what RestoreAxis needs to bring it back.
type Removed struct {
	Axis    Axis
	Journey int64
	At      int
	Name    string
	Kind    model.LaneKind // lanes only
	Cells   map[int64]model.Cell
}

func (a Axis) check() error {
	if a != Stages && a != Lanes {
		return fmt.Errorf("unknown journey axis %q", a)
	}
	return nil
}

// singular names one row of the axis in messages.
func (a Axis) singular() string { return strings.TrimSuffix(string(a), "s") }

// axisIDs returns the ids of a journey's stages or lanes in their order,
// failing when the journey does not exist.
func axisIDs(ctx context.Context, tx *sql.Tx, a Axis, journeyID int64) ([]int64, error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM journeys WHERE id = ?`, journeyID).Scan(&n); err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, fmt.Errorf("journey %d %w", journeyID, ErrNotFound)
	}
	return idList(ctx, tx, `SELECT id FROM `+string(a)+` WHERE journey_id = ? ORDER BY position, id`, journeyID)
}

// renumber stores ids' order as positions 0, 1, 2..., writing only rows
// whose position changes.
func renumber(ctx context.Context, tx *sql.Tx, a Axis, ids []int64) error {
	for pos, id := range ids {
		if _, err := tx.ExecContext(ctx, `UPDATE `+string(a)+` SET position = ?1 WHERE id = ?2 AND position <> ?1`, pos, id); err != nil {
			return err
		}
	}
	return nil
}

// InsertAxis adds a stage or lane named name at index at (clamped) and
// returns its id. kind is for lanes (empty: a text lane).
func (s *Store) InsertAxis(ctx context.Context, a Axis, journeyID int64, at int, name string, kind model.LaneKind) (int64, error) {
	if err := a.check(); err != nil {
		return 0, err
	}
	var id int64
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var err error
		if id, err = insertAxis(ctx, tx, a, journeyID, at, strings.TrimSpace(name), kind); err != nil {
			return err
		}
		return touchJourney(ctx, tx, journeyID, false)
	})
	return id, err
}

func insertAxis(ctx context.Context, tx *sql.Tx, a Axis, journeyID int64, at int, name string, kind model.LaneKind) (int64, error) {
	ids, err := axisIDs(ctx, tx, a, journeyID)
	if err != nil {
		return 0, err
	}
	at = min(max(at, 0), len(ids))
	var id int64
	if a == Lanes {
		if kind == "" {
			kind = model.LaneText
		}
		id, err = insertCopy(ctx, tx, `INSERT INTO lanes (journey_id, name, kind, position) VALUES (?, ?, ?, ?)`, journeyID, name, kind, at)
	} else {
		id, err = insertCopy(ctx, tx, `INSERT INTO stages (journey_id, name, position) VALUES (?, ?, ?)`, journeyID, name, at)
	}
	if err != nil {
		return 0, err
	}
	return id, renumber(ctx, tx, a, slices.Insert(ids, at, id))
}

// RenameAxis changes the name of one stage or lane of a journey.
func (s *Store) RenameAxis(ctx context.Context, a Axis, journeyID, id int64, name string) error {
	if err := a.check(); err != nil {
		return err
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		err := expectOne(tx.ExecContext(ctx, `UPDATE `+string(a)+` SET name = ? WHERE id = ? AND journey_id = ?`, strings.TrimSpace(name), id, journeyID))
		if err != nil {
			return fmt.Errorf("%s %d of journey %d %w", a.singular(), id, journeyID, err)
		}
		return touchJourney(ctx, tx, journeyID, false)
	})
}

// MoveAxis moves a stage or lane (and its cells, which follow its id) to
// index to of the stored order, clamped; it returns the index it had.
func (s *Store) MoveAxis(ctx context.Context, a Axis, journeyID, id int64, to int) (from int, err error) {
	if err := a.check(); err != nil {
		return 0, err
	}
	err = s.withTx(ctx, func(tx *sql.Tx) error {
		ids, err := axisIDs(ctx, tx, a, journeyID)
		if err != nil {
			return err
		}
		if from = slices.Index(ids, id); from < 0 {
			return fmt.Errorf("%s %d of journey %d %w", a.singular(), id, journeyID, ErrNotFound)
		}
		to = min(max(to, 0), len(ids)-1)
		if to == from {
			return nil
		}
		if err := renumber(ctx, tx, a, slices.Insert(slices.Delete(ids, from, from+1), to, id)); err != nil {
			return err
		}
		return touchJourney(ctx, tx, journeyID, false)
	})
	return from, err
}

// ErrLastAxis refuses to delete a journey's only stage or lane.
var ErrLastAxis = errors.New("a journey keeps at least one stage and one lane")

// ErrNotEmpty refuses to take back an inserted stage or lane that someone
// has written in since (see DeleteAxisIfEmpty).
var ErrNotEmpty = errors.New("it holds text written since")

// DeleteAxisIfEmpty deletes a stage or lane only if none of its cells
// holds anything: how undo takes back an insert, so that it never deletes
// what another window wrote in the new stage meanwhile.
func (s *Store) DeleteAxisIfEmpty(ctx context.Context, a Axis, journeyID, id int64) (Removed, error) {
	return s.deleteAxis(ctx, a, journeyID, id, true)
}

// DeleteAxis deletes a stage or lane with its cells and returns what
// RestoreAxis needs to bring it back (under a new id: ids are never
// reused).
func (s *Store) DeleteAxis(ctx context.Context, a Axis, journeyID, id int64) (Removed, error) {
	return s.deleteAxis(ctx, a, journeyID, id, false)
}

func (s *Store) deleteAxis(ctx context.Context, a Axis, journeyID, id int64, onlyEmpty bool) (Removed, error) {
	r := Removed{Axis: a, Journey: journeyID, Cells: map[int64]model.Cell{}}
	if err := a.check(); err != nil {
		return r, err
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		ids, err := axisIDs(ctx, tx, a, journeyID)
		if err != nil {
			return err
		}
		if r.At = slices.Index(ids, id); r.At < 0 {
			return fmt.Errorf("%s %d of journey %d %w", a.singular(), id, journeyID, ErrNotFound)
		}
		if len(ids) == 1 {
			return ErrLastAxis
		}
		if a == Lanes {
			err = tx.QueryRowContext(ctx, `SELECT name, kind FROM lanes WHERE id = ?`, id).Scan(&r.Name, &r.Kind)
		} else {
			err = tx.QueryRowContext(ctx, `SELECT name FROM stages WHERE id = ?`, id).Scan(&r.Name)
		}
		if err != nil {
			return err
		}
		own, other := "stage_id", "lane_id"
		if a == Lanes {
			own, other = other, own
		}
		err = eachRow(ctx, tx, `SELECT `+other+`, text, score, observed FROM cells WHERE `+own+` = ?`, []any{id}, func(rows *sql.Rows) error {
			var k int64
			var c model.Cell
			var score sql.NullInt64
			if err := rows.Scan(&k, &c.Text, &score, &c.Observed); err != nil {
				return err
			}
			if score.Valid {
				c.Score = model.ScoreOf(int(score.Int64))
			}
			r.Cells[k] = c
			return nil
		})
		if err != nil {
			return err
		}
		if onlyEmpty {
			for _, c := range r.Cells {
				if !c.Zero() {
					return ErrNotEmpty
				}
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+string(a)+` WHERE id = ?`, id); err != nil {
			return err
		}
		if err := renumber(ctx, tx, a, slices.Delete(ids, r.At, r.At+1)); err != nil {
			return err
		}
		return touchJourney(ctx, tx, journeyID, false)
	})
	return r, err
}

// RestoreAxis brings back a deleted stage or lane at its old index
// (clamped), with its cells in the lanes (or stages) that still exist, and
// returns its new id.
func (s *Store) RestoreAxis(ctx context.Context, r Removed) (int64, error) {
	if err := r.Axis.check(); err != nil {
		return 0, err
	}
	var id int64
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var err error
		if id, err = insertAxis(ctx, tx, r.Axis, r.Journey, r.At, r.Name, r.Kind); err != nil {
			return err
		}
		other := Lanes
		if r.Axis == Lanes {
			other = Stages
		}
		alive, err := idList(ctx, tx, `SELECT id FROM `+string(other)+` WHERE journey_id = ?`, r.Journey)
		if err != nil {
			return err
		}
		for k, c := range r.Cells {
			if !slices.Contains(alive, k) || c.Zero() {
				continue
			}
			stage, lane := id, k
			if r.Axis == Lanes {
				stage, lane = k, id
			}
			if r.Axis == Stages && c.Score != nil {
				var kind string
				if err := tx.QueryRowContext(ctx, `SELECT kind FROM lanes WHERE id = ?`, lane).Scan(&kind); err != nil {
					return err
				}
				if kind != string(model.LaneEmotion) {
					c.Score = nil
				}
			}
			if err := s.writeCell(ctx, tx, stage, lane, c); err != nil {
				return err
			}
		}
		return touchJourney(ctx, tx, r.Journey, false)
	})
	return id, err
}

// ErrChanged refuses to replay an edit of a cell someone has changed since.
var ErrChanged = errors.New("it was changed since")

// SetCellIf writes c into a cell only if it still holds was: how undo and
// redo replay a cell edit without overwriting what another window wrote
// in that cell meanwhile.
func (s *Store) SetCellIf(ctx context.Context, journeyID, stageID, laneID int64, was, c model.Cell) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		var cur model.Cell
		var score sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT text, score, observed FROM cells WHERE stage_id = ? AND lane_id = ?`, stageID, laneID).
			Scan(&cur.Text, &score, &cur.Observed)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if score.Valid {
			cur.Score = model.ScoreOf(int(score.Int64))
		}
		if !cur.Equal(was) {
			return ErrChanged
		}
		return s.setCell(ctx, tx, journeyID, stageID, laneID, c)
	})
}
