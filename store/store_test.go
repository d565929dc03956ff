package store

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/cxmap/cxmap/model"
)

var ctx = context.Background()

func tinyModel() *model.Assessment {
	desc := []model.Text{{"en": "1"}, {"en": "2"}, {"en": "3"}}
	return &model.Assessment{
		ID: "tiny", Version: "1", Languages: []string{"en"},
		Name:   model.Text{"en": "Tiny"},
		Levels: []model.Level{{Name: model.Text{"en": "Low"}}, {Name: model.Text{"en": "Mid"}}, {Name: model.Text{"en": "High"}}},
		Dimensions: []model.Dimension{{ID: "d1", Weight: 1, Name: model.Text{"en": "D1"}, Questions: []model.Question{
			{ID: "q1", Weight: 1, Text: model.Text{"en": "Q1"}, Descriptors: desc},
			{ID: "q2", Weight: 1, Text: model.Text{"en": "Q2"}, Descriptors: desc},
		}}},
	}
}

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "cx.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func mustCreate(t *testing.T, s *Store, name string) model.Workshop {
	t.Helper()
	w, err := s.CreateWorkshop(ctx, NewWorkshop{Name: name, Client: "Ñandú S.A.", Facilitator: "Ana", Language: "es", Assessment: tinyModel()})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func pragma(t *testing.T, s *Store, name string) string {
	t.Helper()
	var v string
	if err := s.db.QueryRow("PRAGMA " + name).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestMigrateFromEmpty(t *testing.T) {
	s, path := openTemp(t)
	if got := pragma(t, s, "user_version"); got != fmt.Sprint(len(migrations())) {
		t.Errorf("user_version = %s", got)
	}
	if got := pragma(t, s, "application_id"); got != fmt.Sprint(ApplicationID) {
		t.Errorf("application_id = %s", got)
	}
	if got := pragma(t, s, "journal_mode"); got != "wal" {
		t.Errorf("journal_mode = %s", got)
	}
	if got := pragma(t, s, "foreign_keys"); got != "1" {
		t.Errorf("foreign_keys = %s", got)
	}
	for _, table := range []string{"workshops", "participants", "responses", "targets", "journeys", "stages", "lanes", "cells", "initiatives", "cursors"} {
		var n int
		if err := s.db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, table).Scan(&n); err != nil || n != 1 {
			t.Errorf("table %s missing", table)
		}
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("file mode = %v, want 0600", info.Mode().Perm())
	}
	dir, _ := os.Stat(filepath.Dir(path))
	if dir.Mode().Perm() != 0o700 {
		t.Errorf("folder mode = %v, want 0700", dir.Mode().Perm())
	}
}

func TestReopenIsNoOp(t *testing.T) {
	s, path := openTemp(t)
	mustCreate(t, s, "Uno")
	s.Close()
	before, _ := os.ReadFile(path)
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	list, err := s2.Workshops(ctx)
	if err != nil || len(list) != 1 || list[0].Name != "Uno" {
		t.Fatalf("after reopen: %v %v", list, err)
	}
	s2.Close()
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("reopening changed the file")
	}
}

func TestForeignFilesRefusedAndUntouched(t *testing.T) {
	dir := t.TempDir()
	random := filepath.Join(dir, "random.bin")
	b := make([]byte, 8192)
	rand.Read(b)
	os.WriteFile(random, b, 0o644)

	other := filepath.Join(dir, "other.sqlite")
	db, err := sql.Open("sqlite", "file:"+other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('hola')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	text := filepath.Join(dir, "short.txt")
	os.WriteFile(text, []byte("hello"), 0o644)

	for _, path := range []string{random, other, text, dir} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			before, _ := os.ReadFile(path)
			_, err := Open(path)
			if !errors.Is(err, ErrForeign) {
				t.Fatalf("Open(%s) = %v, want ErrForeign", path, err)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Error("file changed")
			}
			for _, side := range []string{"-wal", "-shm", "-journal"} {
				if exists(path + side) {
					t.Errorf("left %s behind", side)
				}
			}
		})
	}
}

func TestNewerVersionRefused(t *testing.T) {
	s, path := openTemp(t)
	if _, err := s.db.Exec(`PRAGMA user_version = 99`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, _ := os.ReadFile(path)
	_, err := Open(path)
	if !errors.Is(err, ErrNewer) {
		t.Fatalf("err = %v, want ErrNewer", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("file changed")
	}
}

func TestTwoConnectionsWriteAtOnce(t *testing.T) {
	_, path := openTemp(t)
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	const n = 40
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for i, s := range []*Store{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range n {
				if _, err := s.CreateWorkshop(ctx, NewWorkshop{Name: fmt.Sprintf("w%d-%d", i, j), Assessment: tinyModel()}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	list, _ := a.Workshops(ctx)
	if len(list) != 2*n {
		t.Errorf("got %d workshops, want %d", len(list), 2*n)
	}
}

func TestCascadeDeletes(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "Borrar")
	p, err := s.AddParticipant(ctx, w.ID, "Luis", "CEO")
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.SaveResponse(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: "q1", Level: 2}))
	must(t, s.SaveResponse(ctx, w.ID, model.Response{QuestionID: "q1", Level: 3}))
	must(t, s.SetTarget(ctx, w.ID, "d1", 3))
	must(t, s.SaveCursor(ctx, w.ID, model.Cursor{Screen: "questionnaire"}))
	seedJourney(t, s, w.ID)

	// Removing a participant removes their answers, not the consensus.
	must(t, s.DeleteParticipant(ctx, p.ID))
	rs, _ := s.Responses(ctx, w.ID)
	if len(rs) != 1 || rs[0].ParticipantID != model.Consensus {
		t.Errorf("after participant delete: %+v", rs)
	}

	must(t, s.DeleteWorkshop(ctx, w.ID))
	for _, table := range []string{"participants", "responses", "targets", "journeys", "stages", "lanes", "cells", "initiatives", "cursors"} {
		var n int
		s.db.QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n)
		if n != 0 {
			t.Errorf("%s: %d rows left", table, n)
		}
	}
}

func seedJourney(t *testing.T, s *Store, workshopID int64) {
	t.Helper()
	for _, q := range []string{
		fmt.Sprintf(`INSERT INTO journeys (id, workshop_id, name, created_at, updated_at) VALUES (500, %d, 'Compra', 0, 0)`, workshopID),
		`INSERT INTO stages (id, journey_id, name, position) VALUES (600, 500, 'Descubrir', 0)`,
		`INSERT INTO lanes (id, journey_id, name, position) VALUES (700, 500, 'Acciones', 0)`,
		`INSERT INTO cells (stage_id, lane_id, text) VALUES (600, 700, 'Busca en la web 🛒')`,
		fmt.Sprintf(`INSERT INTO initiatives (workshop_id, title, created_at, updated_at) VALUES (%d, 'Mapa', 0, 0)`, workshopID),
	} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// BenchmarkSaveResponse is the floor of saving one answer: one upserted
// row and the workshop's change time, in one transaction, on a database
// of 200 workshops.
func BenchmarkSaveResponse(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "cx.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var id int64
	for i := range 200 {
		w, err := s.CreateWorkshop(ctx, NewWorkshop{Name: fmt.Sprint(i), Assessment: tinyModel()})
		if err != nil {
			b.Fatal(err)
		}
		id = w.ID
	}
	i := 0
	for b.Loop() {
		if err := s.SaveResponse(ctx, id, model.Response{QuestionID: "q1", Level: 1 + i%3}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
