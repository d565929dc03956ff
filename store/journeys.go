package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/cxmap/cxmap/model"
)

// NewJourney holds what creating a journey needs. Stages are the names of
// the first stages (at least one is made); Lanes default to
// model.DefaultLanes, each with an empty name (the UI shows the kind's
// name in its language).
type NewJourney struct {
	Name    string
	Persona string
	Kind    model.JourneyKind
	State   model.JourneyState
	Status  string
	Stages  []string
	Lanes   []model.LaneKind
}

// JourneyMeta are a journey's editable details.
type JourneyMeta struct {
	Name    string
	Persona string
	Kind    model.JourneyKind
	State   model.JourneyState
	Status  string
}

// JourneySummary is a journey as listed: its details without the grid,
// with its size, the name of the map it was copied from, and its emotion
// curve (one score or nil per stage).
type JourneySummary struct {
	model.Journey
	StageCount int
	LaneCount  int
	SourceName string
	Emotions   []*int
	UpdatedAt  time.Time
}

// DefaultStatus is a new journey's status.
const DefaultStatus = "draft"

func (m *JourneyMeta) clean() error {
	m.Name = strings.TrimSpace(m.Name)
	m.Persona = strings.TrimSpace(m.Persona)
	m.Status = strings.TrimSpace(m.Status)
	if m.Name == "" {
		return errors.New("a journey needs a name")
	}
	if m.Kind == "" {
		m.Kind = model.CustomerJourney
	}
	if m.State == "" {
		m.State = model.CurrentState
	}
	if m.Status == "" {
		m.Status = DefaultStatus
	}
	if m.Kind != model.CustomerJourney && m.Kind != model.EmployeeJourney {
		return fmt.Errorf("journey kind %q: use customer or employee", m.Kind)
	}
	if m.State != model.CurrentState && m.State != model.FutureState {
		return fmt.Errorf("journey state %q: use current or future", m.State)
	}
	return nil
}

// CreateJourney stores a new journey with its first stages and lanes.
func (s *Store) CreateJourney(ctx context.Context, workshopID int64, nj NewJourney) (model.Journey, error) {
	meta := JourneyMeta{Name: nj.Name, Persona: nj.Persona, Kind: nj.Kind, State: nj.State, Status: nj.Status}
	if err := meta.clean(); err != nil {
		return model.Journey{}, err
	}
	stages := nj.Stages
	if len(stages) == 0 {
		stages = []string{""}
	}
	lanes := nj.Lanes
	if len(lanes) == 0 {
		lanes = model.DefaultLanes
	}
	var id int64
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		t := now()
		var err error
		id, err = insertCopy(ctx, tx, `INSERT INTO journeys (workshop_id, name, persona, kind, state, status, position, created_at, updated_at)
			VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT IFNULL(MAX(position), -1) + 1 FROM journeys WHERE workshop_id = ?1), ?7, ?7)`,
			workshopID, meta.Name, meta.Persona, meta.Kind, meta.State, meta.Status, t)
		if err != nil {
			return notFoundFK(err, workshopID)
		}
		for i, name := range stages {
			if _, err := tx.ExecContext(ctx, `INSERT INTO stages (journey_id, name, position) VALUES (?, ?, ?)`, id, strings.TrimSpace(name), i); err != nil {
				return err
			}
		}
		for i, k := range lanes {
			if _, err := tx.ExecContext(ctx, `INSERT INTO lanes (journey_id, name, kind, position) VALUES (?, '', ?, ?)`, id, k, i); err != nil {
				return err
			}
		}
		return touch(ctx, tx, workshopID)
	})
	if err != nil {
		return model.Journey{}, err
	}
	return s.Journey(ctx, id)
}

func notFoundFK(err error, workshopID int64) error {
	if err != nil && strings.Contains(err.Error(), "FOREIGN KEY constraint failed") {
		return fmt.Errorf("workshop %d %w", workshopID, ErrNotFound)
	}
	return err
}

// Journeys lists a workshop's journeys in their order, with their size
// and emotion curve.
func (s *Store) Journeys(ctx context.Context, workshopID int64) ([]JourneySummary, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT j.id, j.workshop_id, j.name, j.persona, j.kind, j.state, j.status,
			IFNULL(j.source_id, 0), IFNULL(src.name, ''), j.updated_at,
			(SELECT COUNT(*) FROM stages WHERE journey_id = j.id),
			(SELECT COUNT(*) FROM lanes WHERE journey_id = j.id)
		FROM journeys j LEFT JOIN journeys src ON src.id = j.source_id
		WHERE j.workshop_id = ? ORDER BY j.position, j.id`, workshopID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []JourneySummary
	index := map[int64]int{}
	for rows.Next() {
		var js JourneySummary
		var updated int64
		if err := rows.Scan(&js.ID, &js.WorkshopID, &js.Name, &js.Persona, &js.Kind, &js.State, &js.Status,
			&js.SourceID, &js.SourceName, &updated, &js.StageCount, &js.LaneCount); err != nil {
			return nil, err
		}
		js.UpdatedAt = fromMillis(updated)
		index[js.ID] = len(out)
		out = append(out, js)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, s.listEmotions(ctx, workshopID, out, index)
}

// listEmotions fills each summary's curve from its first emotion lane.
func (s *Store) listEmotions(ctx context.Context, workshopID int64, out []JourneySummary, index map[int64]int) error {
	rows, err := s.db.QueryContext(ctx, `SELECT l.journey_id, st.position, c.score
		FROM lanes l JOIN cells c ON c.lane_id = l.id JOIN stages st ON st.id = c.stage_id
		WHERE l.kind = 'emotion' AND c.score IS NOT NULL
		  AND l.journey_id IN (SELECT id FROM journeys WHERE workshop_id = ?)
		  AND l.position = (SELECT MIN(position) FROM lanes WHERE journey_id = l.journey_id AND kind = 'emotion')`, workshopID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var jid int64
		var pos, score int
		if err := rows.Scan(&jid, &pos, &score); err != nil {
			return err
		}
		i, ok := index[jid]
		if !ok || pos < 0 || pos >= out[i].StageCount {
			continue
		}
		if out[i].Emotions == nil {
			out[i].Emotions = make([]*int, out[i].StageCount)
		}
		out[i].Emotions[pos] = model.ScoreOf(score)
	}
	return rows.Err()
}

// Journey loads one journey with its whole grid.
func (s *Store) Journey(ctx context.Context, id int64) (model.Journey, error) {
	var j model.Journey
	err := s.rd.QueryRowContext(ctx, `SELECT id, workshop_id, name, persona, kind, state, status, IFNULL(source_id, 0)
		FROM journeys WHERE id = ?`, id).Scan(&j.ID, &j.WorkshopID, &j.Name, &j.Persona, &j.Kind, &j.State, &j.Status, &j.SourceID)
	if errors.Is(err, sql.ErrNoRows) {
		return j, fmt.Errorf("journey %d %w", id, ErrNotFound)
	}
	if err != nil {
		return j, err
	}
	if err := loadGrid(ctx, s.rd, &j); err != nil {
		return j, err
	}
	return j, nil
}

type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

// loadGrid reads j's stages, lanes and cells in order.
func loadGrid(ctx context.Context, q querier, j *model.Journey) error {
	if err := loadAxes(ctx, q, j); err != nil {
		return err
	}
	cells, err := loadCells(ctx, q, j.ID)
	if err != nil {
		return err
	}
	j.Cells = make([][]model.Cell, len(j.Lanes))
	for l, lane := range j.Lanes {
		j.Cells[l] = make([]model.Cell, len(j.Stages))
		for si, st := range j.Stages {
			j.Cells[l][si] = cells[cellKey{st.ID, lane.ID}]
		}
	}
	return nil
}

// loadAxes reads j's stages and lanes in order.
func loadAxes(ctx context.Context, q querier, j *model.Journey) error {
	j.Stages, j.Lanes = nil, nil
	err := eachRow(ctx, q, `SELECT id, name FROM stages WHERE journey_id = ? ORDER BY position, id`, []any{j.ID}, func(r *sql.Rows) error {
		var st model.Stage
		err := r.Scan(&st.ID, &st.Name)
		j.Stages = append(j.Stages, st)
		return err
	})
	if err != nil {
		return err
	}
	return eachRow(ctx, q, `SELECT id, name, kind FROM lanes WHERE journey_id = ? ORDER BY position, id`, []any{j.ID}, func(r *sql.Rows) error {
		var l model.Lane
		err := r.Scan(&l.ID, &l.Name, &l.Kind)
		j.Lanes = append(j.Lanes, l)
		return err
	})
}

type cellKey struct{ stage, lane int64 }

func loadCells(ctx context.Context, q querier, journeyID int64) (map[cellKey]model.Cell, error) {
	cells := map[cellKey]model.Cell{}
	err := eachRow(ctx, q, `SELECT c.stage_id, c.lane_id, c.text, c.score, c.observed
		FROM cells c JOIN stages st ON st.id = c.stage_id WHERE st.journey_id = ?`, []any{journeyID}, func(r *sql.Rows) error {
		var k cellKey
		var c model.Cell
		var score sql.NullInt64
		if err := r.Scan(&k.stage, &k.lane, &c.Text, &score, &c.Observed); err != nil {
			return err
		}
		if score.Valid {
			c.Score = model.ScoreOf(int(score.Int64))
		}
		cells[k] = c
		return nil
	})
	return cells, err
}

func eachRow(ctx context.Context, q querier, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// UpdateJourneyMeta changes a journey's name, persona, kind, state and status.
func (s *Store) UpdateJourneyMeta(ctx context.Context, id int64, m JourneyMeta) error {
	if err := m.clean(); err != nil {
		return err
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		if err := expectOne(tx.ExecContext(ctx, `UPDATE journeys SET name = ?, persona = ?, kind = ?, state = ?, status = ?, updated_at = ? WHERE id = ?`,
			m.Name, m.Persona, m.Kind, m.State, m.Status, now(), id)); err != nil {
			return fmt.Errorf("journey %d %w", id, err)
		}
		return touchJourney(ctx, tx, id, false)
	})
}

// DeleteJourney removes a journey with its grid; future maps copied from
// it lose their link.
func (s *Store) DeleteJourney(ctx context.Context, id int64) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		if err := touchJourney(ctx, tx, id, false); err != nil {
			return err
		}
		// Forget a resume point in this map: the workshop then resumes at
		// its list of maps, never at a map that is gone.
		if _, err := tx.ExecContext(ctx, `UPDATE cursors SET state = json_remove(state, '$."journey"'),
				screen = IIF(screen = 'journey', 'journeys', screen)
			WHERE workshop_id = (SELECT workshop_id FROM journeys WHERE id = ?1)
			  AND json_valid(state) AND json_extract(state, '$."journey".journey') = ?1`, id); err != nil {
			return err
		}
		if err := expectOne(tx.ExecContext(ctx, `DELETE FROM journeys WHERE id = ?`, id)); err != nil {
			return fmt.Errorf("journey %d %w", id, err)
		}
		return nil
	})
}

// DuplicateJourney copies a journey with its whole grid as a future-state
// map linked to the original (SourceID), placed last; it returns the
// copy's id.
func (s *Store) DuplicateJourney(ctx context.Context, id int64, name string) (int64, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return 0, errors.New("a journey needs a name")
	}
	var newID int64
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		t := now()
		res, err := tx.ExecContext(ctx, `INSERT INTO journeys (workshop_id, name, persona, kind, state, status, source_id, position, created_at, updated_at)
			SELECT workshop_id, ?1, persona, kind, 'future', 'draft', id, -- a new map: not validated yet
				(SELECT MAX(position) + 1 FROM journeys o WHERE o.workshop_id = j.workshop_id), ?2, ?2
			FROM journeys j WHERE id = ?3`, name, t, id)
		if err := expectOne(res, err); err != nil {
			return fmt.Errorf("journey %d %w", id, err)
		}
		if newID, err = res.LastInsertId(); err != nil {
			return err
		}
		if err := copyGrid(ctx, tx, id, newID); err != nil {
			return err
		}
		return touchJourney(ctx, tx, newID, false)
	})
	return newID, err
}

// SetCell saves one cell (text, score, evidence mark) of a journey: one
// upserted row, or a deleted one for a cell holding nothing. The stage and
// the lane must belong to the journey. It runs per keystroke, so its
// statements are prepared once (hotQueries).
func (s *Store) SetCell(ctx context.Context, journeyID, stageID, laneID int64, c model.Cell) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		return s.setCell(ctx, tx, journeyID, stageID, laneID, c)
	})
}

// setCell is SetCell inside tx.
func (s *Store) setCell(ctx context.Context, tx *sql.Tx, journeyID, stageID, laneID int64, c model.Cell) error {
	t := now()
	if err := expectOne(s.execHot(ctx, tx, touchCellJourney, t, journeyID, stageID, laneID)); err != nil {
		return fmt.Errorf("journey %d, stage %d, lane %d: %w", journeyID, stageID, laneID, err)
	}
	if err := s.writeCell(ctx, tx, stageID, laneID, c); err != nil {
		return err
	}
	_, err := s.execHot(ctx, tx, touchJourneyWorkshop, t, journeyID)
	return err
}

// The statements of a cell's save.
const (
	touchCellJourney = `UPDATE journeys SET updated_at = ? WHERE id = ?
			AND EXISTS (SELECT 1 FROM stages WHERE id = ? AND journey_id = journeys.id)
			AND EXISTS (SELECT 1 FROM lanes WHERE id = ? AND journey_id = journeys.id)`
	deleteCell = `DELETE FROM cells WHERE stage_id = ? AND lane_id = ?`
	upsertCell = `INSERT INTO cells (stage_id, lane_id, text, score, observed) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (stage_id, lane_id) DO UPDATE SET text = excluded.text, score = excluded.score, observed = excluded.observed`
	touchJourneyWorkshop = `UPDATE workshops SET updated_at = ? WHERE id = (SELECT workshop_id FROM journeys WHERE id = ?)`
)

// writeCell upserts one cell, or deletes it when it holds nothing.
func (s *Store) writeCell(ctx context.Context, tx *sql.Tx, stageID, laneID int64, c model.Cell) error {
	if c.Zero() {
		_, err := s.execHot(ctx, tx, deleteCell, stageID, laneID)
		return err
	}
	var score any
	if c.Score != nil {
		score = *c.Score
	}
	_, err := s.execHot(ctx, tx, upsertCell, stageID, laneID, c.Text, score, c.Observed)
	return err
}

// touchJourney marks a journey's workshop (and, unless done, the journey)
// as changed now.
func touchJourney(ctx context.Context, tx *sql.Tx, journeyID int64, journeyDone bool) error {
	t := now()
	if !journeyDone {
		if _, err := tx.ExecContext(ctx, `UPDATE journeys SET updated_at = ? WHERE id = ?`, t, journeyID); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, touchJourneyWorkshop, t, journeyID)
	return err
}

// SaveGrid makes the stored grid of j.ID equal j's stages, lanes and cells,
// in one transaction, writing only what differs: renamed or moved stages
// and lanes, inserted and deleted ones (their cells go with them), and
// changed cells. Positions stay contiguous (0, 1, 2, ...). A stage or lane
// with id 0, or with an id no longer stored, is inserted under a new id
// (ids are never reused). It returns j with the ids as stored. It writes
// a whole map (tests, tools); the editor writes one operation at a time
// (journey_ops.go), so that two windows never revert each other.
func (s *Store) SaveGrid(ctx context.Context, j model.Journey) (model.Journey, error) {
	out := j.Clone()
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var exists int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM journeys WHERE id = ?`, j.ID).Scan(&exists); err != nil {
			return err
		}
		if exists == 0 {
			return fmt.Errorf("journey %d %w", j.ID, ErrNotFound)
		}
		stored := model.Journey{ID: j.ID}
		if err := loadAxes(ctx, tx, &stored); err != nil {
			return err
		}
		if err := syncRows(ctx, tx, "stages", j.ID, stageRows(stored.Stages), stageRows(out.Stages), func(i int, id int64) { out.Stages[i].ID = id }); err != nil {
			return err
		}
		if err := syncRows(ctx, tx, "lanes", j.ID, laneRows(stored.Lanes), laneRows(out.Lanes), func(i int, id int64) { out.Lanes[i].ID = id }); err != nil {
			return err
		}
		old, err := loadCells(ctx, tx, j.ID)
		if err != nil {
			return err
		}
		for l, lane := range out.Lanes {
			for si, st := range out.Stages {
				c := out.Cells[l][si]
				was, ok := old[cellKey{st.ID, lane.ID}]
				if (!ok && c.Zero()) || (ok && was.Equal(c)) {
					continue
				}
				if err := s.writeCell(ctx, tx, st.ID, lane.ID, c); err != nil {
					return err
				}
			}
		}
		return touchJourney(ctx, tx, j.ID, false)
	})
	if err != nil {
		return j, err
	}
	return out, nil
}

// gridRow is a stage or a lane as syncRows sees it.
type gridRow struct {
	id         int64
	name, kind string
}

func stageRows(ss []model.Stage) []gridRow {
	out := make([]gridRow, len(ss))
	for i, s := range ss {
		out[i] = gridRow{id: s.ID, name: s.Name}
	}
	return out
}

func laneRows(ls []model.Lane) []gridRow {
	out := make([]gridRow, len(ls))
	for i, l := range ls {
		kind := l.Kind
		if kind == "" {
			kind = model.LaneText
		}
		out[i] = gridRow{id: l.ID, name: l.Name, kind: string(kind)}
	}
	return out
}

// syncRows turns the stored rows of table (stages or lanes) of a journey
// into want, position by position, and reports new ids through setID.
func syncRows(ctx context.Context, tx *sql.Tx, table string, journeyID int64, stored, want []gridRow, setID func(int, int64)) error {
	have := make(map[int64]int, len(stored)) // id -> stored position
	for i, r := range stored {
		have[r.id] = i
	}
	keep := make(map[int64]bool, len(want))
	for _, r := range want {
		if _, ok := have[r.id]; ok {
			keep[r.id] = true
		}
	}
	for _, r := range stored {
		if !keep[r.id] {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE id = ?`, r.id); err != nil {
				return err
			}
		}
	}
	for pos, r := range want {
		if i, ok := have[r.id]; ok {
			if s := stored[i]; s.name != r.name || s.kind != r.kind || i != pos {
				var err error
				if table == "lanes" {
					_, err = tx.ExecContext(ctx, `UPDATE lanes SET name = ?, kind = ?, position = ? WHERE id = ?`, r.name, r.kind, pos, r.id)
				} else {
					_, err = tx.ExecContext(ctx, `UPDATE stages SET name = ?, position = ? WHERE id = ?`, r.name, pos, r.id)
				}
				if err != nil {
					return err
				}
			}
			continue
		}
		id, err := insertRow(ctx, tx, table, journeyID, r, pos)
		if err != nil {
			return err
		}
		keep[id] = true
		setID(pos, id)
	}
	return nil
}

// insertRow inserts a stage or lane under a new id.
func insertRow(ctx context.Context, tx *sql.Tx, table string, journeyID int64, r gridRow, pos int) (int64, error) {
	var id any // NULL: SQLite picks a new id, never a deleted one's
	if table == "lanes" {
		return insertCopy(ctx, tx, `INSERT INTO lanes (id, journey_id, name, kind, position) VALUES (?, ?, ?, ?, ?)`, id, journeyID, r.name, r.kind, pos)
	}
	return insertCopy(ctx, tx, `INSERT INTO stages (id, journey_id, name, position) VALUES (?, ?, ?, ?)`, id, journeyID, r.name, pos)
}
