package store

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/model"
)

// A file made by the first schema, with data and with its newest rows
// deleted, is migrated: every row survives with its id, and new rows never
// take a deleted or existing id.
func TestMigrationKeepsRowsAndIDs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	migrateOnlyTo = 1
	old, err := Open(path)
	migrateOnlyTo = 0
	if err != nil {
		t.Fatal(err)
	}
	// Rows are made with the first schema's columns: the store's own
	// statements are today's.
	w := mustCreate(t, old, "A")
	gone := mustCreate(t, old, "B")
	p, _ := old.AddParticipant(ctx, w.ID, "Ana", "CX")
	if _, err := old.db.Exec(`INSERT INTO responses (workshop_id, participant_id, question_id, level, na, note, updated_at)
		VALUES (?, ?, 'q1', 3, 0, 'n', 0)`, w.ID, p.ID); err != nil {
		t.Fatal(err)
	}
	j := mustJourney(t, old, w.ID, "Compra", "Uno", "Dos")
	src := mustJourney(t, old, w.ID, "Fuente", "X")
	fut, err := old.DuplicateJourney(ctx, src.ID, "Futuro")
	if err != nil {
		t.Fatal(err)
	}
	if err := old.SetCell(ctx, j.ID, j.Stages[1].ID, j.Lanes[0].ID, model.Cell{Text: "celda"}); err != nil {
		t.Fatal(err)
	}
	in, err := old.SaveInitiative(ctx, w.ID, model.Initiative{Title: "I", Horizon: model.HorizonNow, Impact: 2, Effort: 2}, true)
	if err != nil {
		t.Fatal(err)
	}
	if err := old.SaveCursor(ctx, w.ID, model.Cursor{Screen: "questionnaire", State: `{"question":"q1"}`}); err != nil {
		t.Fatal(err)
	}
	if err := old.DeleteWorkshop(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	counts := func(s *Store) map[string]int {
		out := map[string]int{}
		for _, table := range []string{"workshops", "participants", "responses", "journeys", "stages", "lanes", "cells", "initiatives", "cursors", "snapshots"} {
			var n int
			if err := s.db.QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n); err != nil {
				t.Fatal(err)
			}
			out[table] = n
		}
		return out
	}
	before := counts(old)
	oldGrid, _ := old.Journey(ctx, j.ID)
	old.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := pragma(t, s, "user_version"); got != fmt.Sprint(len(migrations())) {
		t.Errorf("user_version = %s", got)
	}
	after := counts(s)
	for table, n := range before {
		if after[table] != n {
			t.Errorf("%s: %d rows before, %d after", table, n, after[table])
		}
	}
	if got := pragma(t, s, "foreign_keys"); got != "1" {
		t.Errorf("foreign keys left %s after the migration", got)
	}
	newGrid, err := s.Journey(ctx, j.ID)
	if err != nil {
		t.Fatal(err)
	}
	if newGrid.Stages[1].ID != oldGrid.Stages[1].ID || newGrid.Cell(0, 1).Text != "celda" {
		t.Errorf("grid changed: %+v", newGrid)
	}
	if f, _ := s.Journey(ctx, fut); f.SourceID != src.ID {
		t.Errorf("future map lost its source: %+v", f)
	}
	if r, _ := s.Answer(ctx, w.ID, p.ID, "q1"); r.Level != 3 || r.Note != "n" {
		t.Errorf("answer = %+v", r)
	}
	if list, _ := s.Initiatives(ctx, w.ID); len(list) != 1 || list[0].ID != in.ID {
		t.Errorf("initiatives = %+v", list)
	}
	if c, _ := s.Cursor(ctx, w.ID); c.Screen != "questionnaire" {
		t.Errorf("cursor = %+v", c)
	}
	// A cascade still works after the rebuild.
	var fkList int
	s.db.QueryRow(`SELECT COUNT(*) FROM pragma_foreign_key_list('stages')`).Scan(&fkList)
	if fkList != 1 {
		t.Errorf("stages has %d foreign keys", fkList)
	}
	nw := mustCreate(t, s, "C")
	if nw.ID <= w.ID {
		t.Errorf("new workshop id %d not above %d", nw.ID, w.ID)
	}
	if err := s.DeleteJourney(ctx, j.ID); err != nil {
		t.Fatal(err)
	}
	var cells int
	s.db.QueryRow(`SELECT COUNT(*) FROM cells`).Scan(&cells)
	if cells != 0 {
		t.Errorf("cells of a deleted journey left: %d", cells)
	}
}

// A deleted workshop's text is not left readable in the file.
func TestDeletedTextIsWiped(t *testing.T) {
	s, path := openTemp(t)
	w := mustCreate(t, s, "A")
	secret := "CONFIDENTIAL-client-remark-7319"
	if err := s.SetAnswerNote(ctx, w.ID, model.Consensus, "q1", strings.Repeat(secret+" ", 50)); err != nil {
		t.Fatal(err)
	}
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	// The note again, so the log holds copies of its pages too.
	if err := s.SetAnswerNote(ctx, w.ID, model.Consensus, "q2", secret); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteWorkshop(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	// Read while the store is still open: the app may run for hours.
	defer s.Close()
	for _, f := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if bytes.Contains(b, []byte(secret)) {
			t.Errorf("%s still holds the deleted text", filepath.Base(f))
		}
	}
}

func TestBackupIsAConsistentCopy(t *testing.T) {
	s, path := openTemp(t)
	w := mustCreate(t, s, "A")
	if err := s.SetAnswerNote(ctx, w.ID, model.Consensus, "q1", "nota"); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(filepath.Dir(path), "copy.db")
	if err := s.Backup(ctx, dest); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(dest); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("copy: %v %v", info, err)
	}
	if err := s.Backup(ctx, dest); err == nil {
		t.Error("a backup overwrote an existing file")
	}
	c, err := OpenWith(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var ok string
	c.db.QueryRow("PRAGMA integrity_check").Scan(&ok)
	if ok != "ok" {
		t.Errorf("integrity_check = %s", ok)
	}
	if r, _ := c.Answer(ctx, w.ID, model.Consensus, "q1"); r.Note != "nota" {
		t.Errorf("copy holds %+v", r)
	}
}

// data_version moves when another connection commits, not for our own
// writes.
func TestDataVersionSeesOtherWriters(t *testing.T) {
	a, path := openTemp(t)
	w := mustCreate(t, a, "A")
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	v0, _ := a.DataVersion(ctx)
	if err := a.SetAnswerLevel(ctx, w.ID, model.Response{QuestionID: "q1", Level: 2}); err != nil {
		t.Fatal(err)
	}
	if v1, _ := a.DataVersion(ctx); v1 != v0 {
		t.Errorf("own write changed data_version %d -> %d", v0, v1)
	}
	if err := b.SetAnswerLevel(ctx, w.ID, model.Response{QuestionID: "q1", Level: 3}); err != nil {
		t.Fatal(err)
	}
	if v2, _ := a.DataVersion(ctx); v2 == v0 {
		t.Error("another connection's write was not noticed")
	}
}

// A snapshot reads one moment: a write made meanwhile is not half seen.
func TestSnapshotIsOneMoment(t *testing.T) {
	a, path := openTemp(t)
	w := mustCreate(t, a, "A")
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	err = a.Snapshot(ctx, func(v *Store) error {
		if _, err := v.Responses(ctx, w.ID); err != nil {
			return err
		}
		if err := b.SetAnswerLevel(ctx, w.ID, model.Response{QuestionID: "q1", Level: 3}); err != nil {
			return err
		}
		rs, err := v.Responses(ctx, w.ID)
		if len(rs) != 0 {
			t.Errorf("the snapshot saw a later write: %+v", rs)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if rs, _ := a.Responses(ctx, w.ID); len(rs) != 1 {
		t.Errorf("after the snapshot: %+v", rs)
	}
}

func TestOpenNamesTheRealCause(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no", "such", "w.db")
	if _, err := OpenWith(missing, Options{}); !errors.Is(err, ErrMissing) || !strings.Contains(err.Error(), missing) {
		t.Errorf("missing file: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); err == nil {
		t.Error("a read-only open created a folder")
	}
	foreign := filepath.Join(dir, "notes.txt")
	os.WriteFile(foreign, bytes.Repeat([]byte("hello "), 100), 0o600)
	if _, err := Open(foreign); !errors.Is(err, ErrForeign) {
		t.Errorf("text file: %v", err)
	}
	if os.Geteuid() == 0 {
		t.Log("running as root: permission checks are not enforced, skipping the read-only cases")
		return
	}
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o700)
	s, err := Open(filepath.Join(ro, "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	mustCreate(t, s, "A")
	s.Close()
	os.Chmod(ro, 0o500)
	defer os.Chmod(ro, 0o700)
	_, err = Open(filepath.Join(ro, "cx.db"))
	if err == nil || errors.Is(err, ErrForeign) || !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only folder: %v", err)
	}
	if _, err := Open(filepath.Join(ro, "new", "cx.db")); !errors.Is(err, ErrPermission) {
		t.Errorf("creating in a read-only folder: %v", err)
	}
}

func TestClassify(t *testing.T) {
	if classify(nil) != nil {
		t.Error("nil")
	}
	plain := errors.New("x")
	if classify(plain) != plain {
		t.Error("a plain error changed")
	}
	if err := classify(sql.ErrNoRows); err != sql.ErrNoRows {
		t.Error(err)
	}
}

// Sync checkpoints only after a write, and empties the log into the file.
func TestSyncAfterWrites(t *testing.T) {
	s, path := openTemp(t)
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	w := mustCreate(t, s, "A")
	if err := s.SetAnswerNote(ctx, w.ID, model.Consensus, "q1", "durable"); err != nil {
		t.Fatal(err)
	}
	if !s.dirty.Load() {
		t.Fatal("a commit did not mark the store dirty")
	}
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if s.dirty.Load() {
		t.Error("still dirty after Sync")
	}
	// The checkpointed page is in the main file itself.
	b, _ := os.ReadFile(path)
	if !bytes.Contains(b, []byte("durable")) {
		t.Error("the note is not in the database file after Sync")
	}
}
