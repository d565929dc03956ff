package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/cxmap/cxmap/model"
)

// LoadBundle reads a whole workshop, for an export: its details, frozen
// model, participants, answers, targets, journeys (with every cell, the
// Cells matrix complete) and roadmap, with Results computed. Previous and
// GeneratedAt are left for the caller.
func (s *Store) LoadBundle(ctx context.Context, workshopID int64) (b *model.Bundle, err error) {
	err = s.Snapshot(ctx, func(v *Store) error {
		b, err = v.loadBundle(ctx, workshopID)
		return err
	})
	return b, err
}

func (s *Store) loadBundle(ctx context.Context, workshopID int64) (*model.Bundle, error) {
	b := &model.Bundle{}
	var err error
	if b.Workshop, err = s.Workshop(ctx, workshopID); err != nil {
		return nil, err
	}
	if b.Assessment, err = s.Assessment(ctx, workshopID); err != nil {
		return nil, err
	}
	if b.Participants, err = s.Participants(ctx, workshopID); err != nil {
		return nil, err
	}
	if b.Responses, err = s.Responses(ctx, workshopID); err != nil {
		return nil, err
	}
	if b.Targets, err = s.Targets(ctx, workshopID); err != nil {
		return nil, err
	}
	if b.Journeys, err = s.bundleJourneys(ctx, workshopID); err != nil {
		return nil, err
	}
	if b.Initiatives, err = s.Initiatives(ctx, workshopID); err != nil {
		return nil, err
	}
	b.Compute()
	return b, nil
}

// bundleJourneys reads a workshop's journeys with their grids, in four
// queries whatever their size.
func (s *Store) bundleJourneys(ctx context.Context, workshopID int64) ([]model.Journey, error) {
	var journeys []model.Journey
	index := map[int64]int{}
	err := s.bundleRows(ctx, func(rows *sql.Rows) error {
		var j model.Journey
		var kind, state string
		var source sql.NullInt64
		if err := rows.Scan(&j.ID, &j.Name, &j.Persona, &kind, &state, &j.Status, &source); err != nil {
			return err
		}
		j.WorkshopID, j.Kind, j.State, j.SourceID = workshopID, model.JourneyKind(kind), model.JourneyState(state), source.Int64
		index[j.ID] = len(journeys)
		journeys = append(journeys, j)
		return nil
	}, `SELECT id, name, persona, kind, state, status, source_id FROM journeys
		WHERE workshop_id = ? ORDER BY position, id`, workshopID)
	if err != nil || len(journeys) == 0 {
		return journeys, err
	}

	stageAt := map[int64]int{} // stage id -> column
	err = s.bundleRows(ctx, func(rows *sql.Rows) error {
		var jid int64
		var st model.Stage
		if err := rows.Scan(&jid, &st.ID, &st.Name); err != nil {
			return err
		}
		j := &journeys[index[jid]]
		stageAt[st.ID] = len(j.Stages)
		j.Stages = append(j.Stages, st)
		return nil
	}, `SELECT s.journey_id, s.id, s.name FROM stages s JOIN journeys j ON j.id = s.journey_id
		WHERE j.workshop_id = ? ORDER BY s.journey_id, s.position, s.id`, workshopID)
	if err != nil {
		return nil, err
	}
	laneAt := map[int64]int{}
	err = s.bundleRows(ctx, func(rows *sql.Rows) error {
		var jid int64
		var l model.Lane
		var kind string
		if err := rows.Scan(&jid, &l.ID, &l.Name, &kind); err != nil {
			return err
		}
		l.Kind = model.LaneKind(kind)
		j := &journeys[index[jid]]
		laneAt[l.ID] = len(j.Lanes)
		j.Lanes = append(j.Lanes, l)
		return nil
	}, `SELECT l.journey_id, l.id, l.name, l.kind FROM lanes l JOIN journeys j ON j.id = l.journey_id
		WHERE j.workshop_id = ? ORDER BY l.journey_id, l.position, l.id`, workshopID)
	if err != nil {
		return nil, err
	}
	for i := range journeys {
		j := &journeys[i]
		j.Cells = make([][]model.Cell, len(j.Lanes))
		for l := range j.Cells {
			j.Cells[l] = make([]model.Cell, len(j.Stages))
		}
	}
	err = s.bundleRows(ctx, func(rows *sql.Rows) error {
		var jid, sid, lid int64
		var c model.Cell
		var score sql.NullInt64
		if err := rows.Scan(&jid, &sid, &lid, &c.Text, &score, &c.Observed); err != nil {
			return err
		}
		if score.Valid {
			v := int(score.Int64)
			c.Score = &v
		}
		journeys[index[jid]].Cells[laneAt[lid]][stageAt[sid]] = c
		return nil
	}, `SELECT s.journey_id, c.stage_id, c.lane_id, c.text, c.score, c.observed FROM cells c
		JOIN stages s ON s.id = c.stage_id JOIN lanes l ON l.id = c.lane_id AND l.journey_id = s.journey_id
		JOIN journeys j ON j.id = s.journey_id WHERE j.workshop_id = ?`, workshopID)
	if err != nil {
		return nil, err
	}
	return journeys, nil
}

func (s *Store) bundleRows(ctx context.Context, fn func(*sql.Rows) error, q string, args ...any) error {
	rows, err := s.rd.QueryContext(ctx, q, args...)
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

// ImportBundle stores b as a new workshop, in one transaction, and returns
// its id. Everything gets new ids; the bundle's ids only say which parts
// refer to which (see model.Bundle). If the name is taken, the workshop is
// named "Name (2)", "Name (3)"... Its creation and change times are those
// of the bundle (now when zero), so an exported and re-imported workshop
// exports the same.
func (s *Store) ImportBundle(ctx context.Context, b *model.Bundle) (int64, error) {
	if b == nil || b.Assessment == nil {
		return 0, errors.New("import: no assessment model")
	}
	name := strings.TrimSpace(b.Workshop.Name)
	if name == "" {
		return 0, errors.New("import: the workshop has no name")
	}
	snapshot, err := json.Marshal(b.Assessment)
	if err != nil {
		return 0, err
	}
	sum := sha256.Sum256(snapshot)
	hash := hex.EncodeToString(sum[:])
	t := now()
	created, updated := millisOr(b.Workshop.CreatedAt.UnixMilli(), b.Workshop.CreatedAt.IsZero(), t),
		millisOr(b.Workshop.UpdatedAt.UnixMilli(), b.Workshop.UpdatedAt.IsZero(), t)
	lang := b.Workshop.Language
	if lang == "" {
		lang = model.LangEN
	}

	var id int64
	err = s.withTx(ctx, func(tx *sql.Tx) error {
		if name, err = freeName(ctx, tx, name); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO snapshots (hash, json) VALUES (?, ?) ON CONFLICT DO NOTHING`, hash, string(snapshot)); err != nil {
			return err
		}
		id, err = insertCopy(ctx, tx, `INSERT INTO workshops
			(name, client, facilitator, language, assessment_id, assessment_version, snapshot, question_count, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			name, strings.TrimSpace(b.Workshop.Client), strings.TrimSpace(b.Workshop.Facilitator), lang,
			b.Assessment.ID, b.Assessment.Version, hash, b.Assessment.QuestionCount(), created, updated)
		if err != nil {
			return err
		}
		imp := bundleImporter{ctx: ctx, tx: tx, workshop: id, t: t,
			participants: map[int64]int64{}, journeys: map[int64]int64{}, stages: map[[2]int64]int64{}}
		for _, step := range []func(*model.Bundle) error{imp.participantsAndAnswers, imp.targets, imp.journeyMaps, imp.roadmap} {
			if err := step(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("import %q: %w", name, err)
	}
	return id, nil
}

func millisOr(ms int64, zero bool, fallback int64) int64 {
	if zero {
		return fallback
	}
	return ms
}

// Compiled on first use, not at start-up (see bench/startup).
var numberedName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(.*) \((\d+)\)$`) })

// freeName is name, or "name (2)", "name (3)"... the first not taken.
func freeName(ctx context.Context, tx *sql.Tx, name string) (string, error) {
	taken := func(n string) (bool, error) {
		var x int
		err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM workshops WHERE name = ?`, n).Scan(&x)
		return x > 0, err
	}
	ok, err := taken(name)
	if err != nil || !ok {
		return name, err
	}
	base, k := name, 2
	if m := numberedName().FindStringSubmatch(name); m != nil {
		if n, err := strconv.Atoi(m[2]); err == nil && n < 1<<30 {
			base, k = m[1], n+1
		}
	}
	for ; ; k++ {
		candidate := fmt.Sprintf("%s (%d)", base, k)
		if ok, err := taken(candidate); err != nil || !ok {
			return candidate, err
		}
	}
}

// bundleImporter inserts a bundle's parts, mapping the bundle's ids to new ones.
type bundleImporter struct {
	ctx          context.Context
	tx           *sql.Tx
	workshop     int64
	t            int64
	participants map[int64]int64
	journeys     map[int64]int64
	stages       map[[2]int64]int64 // (bundle journey, bundle stage) -> new stage
}

func (m *bundleImporter) exec(q string, args ...any) (int64, error) {
	return insertCopy(m.ctx, m.tx, q, args...)
}

func (m *bundleImporter) participantsAndAnswers(b *model.Bundle) error {
	for i, p := range b.Participants {
		if _, dup := m.participants[p.ID]; dup || p.ID == model.Consensus {
			return fmt.Errorf("participant %q: id %d is not unique", p.Name, p.ID)
		}
		id, err := m.exec(`INSERT INTO participants (workshop_id, name, role, position) VALUES (?, ?, ?, ?)`,
			m.workshop, strings.TrimSpace(p.Name), strings.TrimSpace(p.Role), i)
		if isUnique(err) {
			return fmt.Errorf("participant %q: %w", p.Name, ErrNameTaken)
		}
		if err != nil {
			return err
		}
		m.participants[p.ID] = id
	}
	for _, r := range b.Responses {
		var who any
		if r.ParticipantID != model.Consensus {
			id, ok := m.participants[r.ParticipantID]
			if !ok {
				return fmt.Errorf("answer to %s by unknown participant %d", r.QuestionID, r.ParticipantID)
			}
			who = id
		}
		_, err := m.exec(`INSERT INTO responses (workshop_id, participant_id, question_id, level, na, dont_know, note, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, m.workshop, who, r.QuestionID, r.Level, r.NA, r.DontKnow, r.Note, m.t)
		if isUnique(err) {
			return fmt.Errorf("two answers to %s by the same respondent", r.QuestionID)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (m *bundleImporter) targets(b *model.Bundle) error {
	for dim, level := range b.Targets {
		if level <= 0 {
			continue
		}
		if _, err := m.exec(`INSERT INTO targets (workshop_id, dimension_id, level) VALUES (?, ?, ?)`, m.workshop, dim, level); err != nil {
			return err
		}
	}
	return nil
}

func (m *bundleImporter) journeyMaps(b *model.Bundle) error {
	for i, j := range b.Journeys {
		if _, dup := m.journeys[j.ID]; dup {
			return fmt.Errorf("journey %q: id %d is not unique", j.Name, j.ID)
		}
		status := j.Status
		if status == "" {
			status = "draft"
		}
		jid, err := m.exec(`INSERT INTO journeys (workshop_id, name, persona, kind, state, status, position, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, m.workshop, j.Name, j.Persona, string(j.Kind), string(j.State), status, i, m.t, m.t)
		if err != nil {
			return fmt.Errorf("journey %q: %w", j.Name, err)
		}
		m.journeys[j.ID] = jid
		stages := make([]int64, len(j.Stages))
		for k, st := range j.Stages {
			if stages[k], err = m.exec(`INSERT INTO stages (journey_id, name, position) VALUES (?, ?, ?)`, jid, st.Name, k); err != nil {
				return err
			}
			m.stages[[2]int64{j.ID, st.ID}] = stages[k]
		}
		for l, lane := range j.Lanes {
			lid, err := m.exec(`INSERT INTO lanes (journey_id, name, kind, position) VALUES (?, ?, ?, ?)`, jid, lane.Name, string(lane.Kind), l)
			if err != nil {
				return err
			}
			if l >= len(j.Cells) {
				continue
			}
			for k, c := range j.Cells[l] {
				if k >= len(stages) || (c.Empty() && !c.Observed) {
					continue
				}
				var score any
				if c.Score != nil {
					score = *c.Score
				}
				if _, err := m.exec(`INSERT INTO cells (stage_id, lane_id, text, score, observed) VALUES (?, ?, ?, ?, ?)`,
					stages[k], lid, c.Text, score, c.Observed); err != nil {
					return fmt.Errorf("journey %q: %w", j.Name, err)
				}
			}
		}
	}
	for _, j := range b.Journeys {
		if src, ok := m.journeys[j.SourceID]; ok && j.SourceID != 0 && j.SourceID != j.ID {
			if _, err := m.tx.ExecContext(m.ctx, `UPDATE journeys SET source_id = ? WHERE id = ?`, src, m.journeys[j.ID]); err != nil {
				return err
			}
		}
	}
	return nil
}

func (m *bundleImporter) roadmap(b *model.Bundle) error {
	for i, in := range b.Initiatives {
		in.ID, in.Position = 0, i
		if j, st, ok := model.ParseJourneyGenKey(in.GenKey); ok {
			if sid, ok := m.stages[[2]int64{j, st}]; ok {
				in.GenKey = model.JourneyGenKey(m.journeys[j], sid)
			}
		}
		if len(in.Evidence) > 0 {
			ev := make([]model.Evidence, len(in.Evidence))
			copy(ev, in.Evidence)
			for k := range ev {
				if ev[k].JourneyID != 0 {
					ev[k].JourneyID = m.journeys[ev[k].JourneyID] // 0 when unknown
				}
			}
			in.Evidence = ev
		}
		if _, _, err := writeInitiative(m.ctx, m.tx, m.workshop, in, m.t, false); err != nil {
			return err
		}
	}
	return nil
}
