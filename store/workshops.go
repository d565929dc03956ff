package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/cxmap/cxmap/model"
)

// ErrNotFound is returned when a workshop or participant does not exist.
var ErrNotFound = errors.New("not found")

// ErrNameTaken is returned when a workshop name is already used.
var ErrNameTaken = errors.New("name already taken")

// NewWorkshop holds what creating a workshop needs.
type NewWorkshop struct {
	Name        string
	Client      string
	Facilitator string
	Language    string
	Assessment  *model.Assessment
}

func now() int64 { return time.Now().UnixMilli() }

func fromMillis(ms int64) time.Time { return time.UnixMilli(ms).UTC() }

// CreateWorkshop stores a new workshop with a frozen copy of its model.
func (s *Store) CreateWorkshop(ctx context.Context, w NewWorkshop) (model.Workshop, error) {
	name := strings.TrimSpace(w.Name)
	if name == "" {
		return model.Workshop{}, errors.New("a workshop needs a name")
	}
	if w.Assessment == nil {
		return model.Workshop{}, errors.New("a workshop needs an assessment model")
	}
	snapshot, err := json.Marshal(w.Assessment)
	if err != nil {
		return model.Workshop{}, err
	}
	lang := w.Language
	if lang == "" {
		lang = model.LangEN
	}
	t := now()
	sum := sha256.Sum256(snapshot)
	hash := hex.EncodeToString(sum[:])
	var id int64
	err = s.withTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO snapshots (hash, json) VALUES (?, ?) ON CONFLICT DO NOTHING`, hash, string(snapshot)); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO workshops
			(name, client, facilitator, language, assessment_id, assessment_version, snapshot, question_count, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			name, strings.TrimSpace(w.Client), strings.TrimSpace(w.Facilitator), lang,
			w.Assessment.ID, w.Assessment.Version, hash, w.Assessment.QuestionCount(), t, t)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if isUnique(err) {
		return model.Workshop{}, fmt.Errorf("%q: %w", name, ErrNameTaken)
	}
	if err != nil {
		return model.Workshop{}, err
	}
	return s.Workshop(ctx, id)
}

const workshopCols = `w.id, w.name, w.client, w.facilitator, w.language, w.assessment_id, w.assessment_version, w.created_at, w.updated_at`

func scanWorkshop(row interface{ Scan(...any) error }, extra ...any) (model.Workshop, error) {
	var w model.Workshop
	var created, updated int64
	dest := append([]any{&w.ID, &w.Name, &w.Client, &w.Facilitator, &w.Language, &w.AssessmentID, &w.AssessmentVersion, &created, &updated}, extra...)
	if err := row.Scan(dest...); err != nil {
		return w, err
	}
	w.CreatedAt, w.UpdatedAt = fromMillis(created), fromMillis(updated)
	return w, nil
}

// Workshop returns one workshop by id.
func (s *Store) Workshop(ctx context.Context, id int64) (model.Workshop, error) {
	w, err := scanWorkshop(s.rd.QueryRowContext(ctx, `SELECT `+workshopCols+` FROM workshops w WHERE w.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return w, fmt.Errorf("workshop %d %w", id, ErrNotFound)
	}
	return w, err
}

// Workshops lists every workshop, the most recently changed first, with
// its progress. The answered count comes from workshop_summary, kept by
// triggers on write (migration 0004), so the list costs the same however
// many answers there are.
func (s *Store) Workshops(ctx context.Context) ([]model.WorkshopSummary, error) {
	return s.workshopList(ctx, -1)
}

// RecentWorkshops is the n most recently changed workshops and how many
// there are in all: enough for a first screen, without reading and
// sorting a thousand rows before the app has drawn anything.
func (s *Store) RecentWorkshops(ctx context.Context, n int) ([]model.WorkshopSummary, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM workshops`).Scan(&total); err != nil {
		return nil, 0, err
	}
	list, err := s.workshopList(ctx, n)
	return list, total, err
}

// workshopList is the home list, limited to n rows (-1: all). A limited
// list picks its ids first, sorting only two numbers a row: sorting whole
// rows to keep a hundred cost five times as much at 1,000 workshops.
func (s *Store) workshopList(ctx context.Context, n int) ([]model.WorkshopSummary, error) {
	which := ""
	if n >= 0 {
		which = `WHERE w.id IN (SELECT id FROM workshops ORDER BY updated_at DESC, id DESC LIMIT ?)`
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+workshopCols+`, w.question_count, IFNULL(ws.answered, 0),
		(SELECT COUNT(*) FROM participants p WHERE p.workshop_id = w.id)
		FROM workshops w LEFT JOIN workshop_summary ws ON ws.workshop_id = w.id `+which+`
		ORDER BY w.updated_at DESC, w.id DESC`, limitArgs(n)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.WorkshopSummary
	for rows.Next() {
		var s model.WorkshopSummary
		w, err := scanWorkshop(rows, &s.Questions, &s.Answered, &s.Participants)
		if err != nil {
			return nil, err
		}
		s.Workshop = w
		out = append(out, s)
	}
	return out, rows.Err()
}

func limitArgs(n int) []any {
	if n < 0 {
		return nil
	}
	return []any{n}
}

// Assessment returns the frozen model a workshop was created with.
func (s *Store) Assessment(ctx context.Context, workshopID int64) (*model.Assessment, error) {
	var raw string
	err := s.rd.QueryRowContext(ctx, `SELECT s.json FROM workshops w JOIN snapshots s ON s.hash = w.snapshot WHERE w.id = ?`, workshopID).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("workshop %d %w", workshopID, ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	var a model.Assessment
	if err := json.Unmarshal([]byte(raw), &a); err != nil {
		return nil, fmt.Errorf("workshop %d: its assessment copy is damaged: %w", workshopID, err)
	}
	return &a, nil
}

// WorkshopDetails are the editable fields of a workshop.
type WorkshopDetails struct {
	Name, Client, Facilitator, Language string
}

// UpdateWorkshop changes a workshop's name, client, facilitator and language.
func (s *Store) UpdateWorkshop(ctx context.Context, id int64, d WorkshopDetails) error {
	name := strings.TrimSpace(d.Name)
	if name == "" {
		return errors.New("a workshop needs a name")
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		return expectOne(tx.ExecContext(ctx, `UPDATE workshops SET name = ?, client = ?, facilitator = ?, language = ?, updated_at = ? WHERE id = ?`,
			name, strings.TrimSpace(d.Client), strings.TrimSpace(d.Facilitator), d.Language, now(), id))
	})
	if isUnique(err) {
		return fmt.Errorf("%q: %w", name, ErrNameTaken)
	}
	return err
}

// RenameWorkshop changes only the name.
func (s *Store) RenameWorkshop(ctx context.Context, id int64, name string) error {
	return s.SetWorkshopField(ctx, id, WorkshopName, name)
}

// SetLanguage remembers the language a workshop is run in.
func (s *Store) SetLanguage(ctx context.Context, id int64, lang string) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		return expectOne(tx.ExecContext(ctx, `UPDATE workshops SET language = ?, updated_at = ? WHERE id = ?`, lang, now(), id))
	})
}

// DeleteWorkshop removes a workshop and, by cascade, everything in it.
// secure_delete overwrites its rows in the database; the write-ahead log
// still holds older copies of those pages, so it is folded in and emptied
// at once (best effort: another program reading keeps it for now, and
// SQLite empties it at a later checkpoint).
func (s *Store) DeleteWorkshop(ctx context.Context, id int64) error {
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		if err := expectOne(tx.ExecContext(ctx, `DELETE FROM workshops WHERE id = ?`, id)); err != nil {
			return err
		}
		// Drop model copies no workshop uses any more.
		_, err := tx.ExecContext(ctx, `DELETE FROM snapshots WHERE hash NOT IN (SELECT snapshot FROM workshops)`)
		return err
	})
	if err == nil {
		_, _ = s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	}
	return err
}

const touchWorkshop = `UPDATE workshops SET updated_at = ? WHERE id = ?`

// touch marks a workshop as changed now, inside an edit's transaction.
func touch(ctx context.Context, tx *sql.Tx, workshopID int64) error {
	_, err := tx.ExecContext(ctx, touchWorkshop, now(), workshopID)
	return err
}

func expectOne(res sql.Result, err error) error {
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

// PreviousWorkshop is the round w follows when it was started as a new
// round, else the latest workshop created before w for the same client
// on the same assessment model: the assessment w re-assesses.
// ok is false when there is none (or w has no client).
func (s *Store) PreviousWorkshop(ctx context.Context, w model.Workshop) (model.Workshop, bool, error) {
	// A round started with StartRound names the round it follows.
	if prev, ok, linked, err := s.previousRound(ctx, w); linked || err != nil {
		return prev, ok, err
	}
	if strings.TrimSpace(w.Client) == "" {
		return model.Workshop{}, false, nil
	}
	prev, err := scanWorkshop(s.rd.QueryRowContext(ctx, `SELECT `+workshopCols+` FROM workshops w
		WHERE w.client = ? AND w.assessment_id = ? AND w.id <> ? AND (w.created_at < ? OR (w.created_at = ? AND w.id < ?))
		ORDER BY w.created_at DESC, w.id DESC LIMIT 1`,
		w.Client, w.AssessmentID, w.ID, w.CreatedAt.UnixMilli(), w.CreatedAt.UnixMilli(), w.ID))
	if errors.Is(err, sql.ErrNoRows) {
		return model.Workshop{}, false, nil
	}
	return prev, err == nil, err
}
