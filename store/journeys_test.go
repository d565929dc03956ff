package store

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cxmap/cxmap/model"
)

func mustJourney(t testing.TB, s *Store, workshopID int64, name string, stages ...string) model.Journey {
	t.Helper()
	j, err := s.CreateJourney(ctx, workshopID, NewJourney{Name: name, Persona: "Ana, 34", Stages: stages})
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// reload checks that the stored journey equals want, and that positions
// are contiguous.
func reload(t *testing.T, s *Store, want model.Journey) model.Journey {
	t.Helper()
	got, err := s.Journey(ctx, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Stages, want.Stages) || !reflect.DeepEqual(got.Lanes, want.Lanes) {
		t.Errorf("stored axes\n got  %v %v\n want %v %v", got.Stages, got.Lanes, want.Stages, want.Lanes)
	}
	for l := range want.Lanes {
		for si := range want.Stages {
			if !got.Cell(l, si).Equal(want.Cell(l, si)) {
				t.Errorf("cell lane %d stage %d: got %+v want %+v", l, si, got.Cell(l, si), want.Cell(l, si))
			}
		}
	}
	for _, table := range []string{"stages", "lanes"} {
		var n, maxPos, distinct int
		if err := s.db.QueryRow(`SELECT COUNT(*), IFNULL(MAX(position), -1), COUNT(DISTINCT position) FROM `+table+` WHERE journey_id = ?`, want.ID).
			Scan(&n, &maxPos, &distinct); err != nil {
			t.Fatal(err)
		}
		if maxPos != n-1 || distinct != n {
			t.Errorf("%s positions not contiguous: %d rows, max %d, %d distinct", table, n, maxPos, distinct)
		}
	}
	return got
}

func TestCreateJourney(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	before, _ := s.Workshop(ctx, w.ID)
	time.Sleep(2 * time.Millisecond)
	j := mustJourney(t, s, w.ID, "  Compra online ", "Descubrir", "Comprar", "Usar")
	if j.Name != "Compra online" || j.Kind != model.CustomerJourney || j.State != model.CurrentState || j.Status != DefaultStatus || j.WorkshopID != w.ID {
		t.Errorf("journey %+v", j)
	}
	if len(j.Stages) != 3 || j.Stages[1].Name != "Comprar" {
		t.Errorf("stages %+v", j.Stages)
	}
	if len(j.Lanes) != len(model.DefaultLanes) {
		t.Fatalf("lanes %+v", j.Lanes)
	}
	for i, k := range model.DefaultLanes {
		if j.Lanes[i].Kind != k || j.Lanes[i].Name != "" {
			t.Errorf("lane %d = %+v, want kind %s", i, j.Lanes[i], k)
		}
	}
	if len(j.Cells) != len(j.Lanes) || len(j.Cells[0]) != 3 {
		t.Errorf("grid %dx%d", len(j.Cells), len(j.Cells[0]))
	}
	after, _ := s.Workshop(ctx, w.ID)
	if !after.UpdatedAt.After(before.UpdatedAt) {
		t.Error("workshop not touched")
	}
	// No stage names: still one stage.
	k, err := s.CreateJourney(ctx, w.ID, NewJourney{Name: "B", Kind: model.EmployeeJourney, Lanes: []model.LaneKind{model.LaneText}})
	if err != nil || len(k.Stages) != 1 || len(k.Lanes) != 1 || k.Kind != model.EmployeeJourney {
		t.Errorf("%+v %v", k, err)
	}
}

func TestCreateJourneyRefuses(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	for _, nj := range []NewJourney{{Name: " "}, {Name: "x", Kind: "partner"}, {Name: "x", State: "past"}} {
		if _, err := s.CreateJourney(ctx, w.ID, nj); err == nil {
			t.Errorf("%+v accepted", nj)
		}
	}
	if _, err := s.CreateJourney(ctx, 999, NewJourney{Name: "x"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown workshop: %v", err)
	}
}

func TestJourneysList(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	other := mustCreate(t, s, "B")
	a := mustJourney(t, s, w.ID, "Uno", "s1", "s2")
	b := mustJourney(t, s, w.ID, "Dos", "s1", "s2", "s3")
	mustJourney(t, s, other.ID, "Ajena")
	emo := a.LaneIndex(model.LaneEmotion)
	must(t, s.SetCell(ctx, a.ID, a.Stages[1].ID, a.Lanes[emo].ID, model.Cell{Score: model.ScoreOf(-2)}))
	list, err := s.Journeys(ctx, w.ID)
	if err != nil || len(list) != 2 {
		t.Fatalf("%+v %v", list, err)
	}
	if list[0].ID != a.ID || list[1].ID != b.ID || list[0].StageCount != 2 || list[1].StageCount != 3 || list[0].LaneCount != 10 {
		t.Errorf("list %+v", list)
	}
	if e := list[0].Emotions; len(e) != 2 || e[0] != nil || *e[1] != -2 {
		t.Errorf("emotions %v", e)
	}
	if list[1].Emotions != nil {
		t.Errorf("emotions of an unscored map: %v", list[1].Emotions)
	}
	if list[0].Stages != nil || list[0].UpdatedAt.IsZero() {
		t.Errorf("summary %+v", list[0])
	}
}

func TestUpdateAndDeleteJourney(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	j := mustJourney(t, s, w.ID, "Uno", "s1")
	must(t, s.UpdateJourneyMeta(ctx, j.ID, JourneyMeta{Name: "Onboarding", Persona: "Nuevo empleado", Kind: model.EmployeeJourney, State: model.FutureState, Status: "validated"}))
	got, _ := s.Journey(ctx, j.ID)
	if got.Name != "Onboarding" || got.Persona != "Nuevo empleado" || got.Kind != model.EmployeeJourney || got.State != model.FutureState || got.Status != "validated" {
		t.Errorf("%+v", got)
	}
	if err := s.UpdateJourneyMeta(ctx, j.ID, JourneyMeta{Name: ""}); err == nil {
		t.Error("empty name accepted")
	}
	if err := s.UpdateJourneyMeta(ctx, 999, JourneyMeta{Name: "x"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing journey: %v", err)
	}
	must(t, s.SetCell(ctx, j.ID, j.Stages[0].ID, j.Lanes[0].ID, model.Cell{Text: "x"}))
	must(t, s.DeleteJourney(ctx, j.ID))
	if _, err := s.Journey(ctx, j.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted journey: %v", err)
	}
	for _, table := range []string{"stages", "lanes", "cells"} {
		var n int
		s.db.QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n)
		if n != 0 {
			t.Errorf("%d %s left", n, table)
		}
	}
	if err := s.DeleteJourney(ctx, j.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
}

func TestDuplicateJourney(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	j := mustJourney(t, s, w.ID, "Compra", "s1", "s2")
	emo := j.LaneIndex(model.LaneEmotion)
	must(t, s.SetCell(ctx, j.ID, j.Stages[0].ID, j.Lanes[0].ID, model.Cell{Text: "busca", Observed: true}))
	must(t, s.SetCell(ctx, j.ID, j.Stages[1].ID, j.Lanes[emo].ID, model.Cell{Text: "enfado", Score: model.ScoreOf(-1)}))
	id, err := s.DuplicateJourney(ctx, j.ID, "Compra (futuro)")
	if err != nil {
		t.Fatal(err)
	}
	c, _ := s.Journey(ctx, id)
	if c.State != model.FutureState || c.SourceID != j.ID || c.Name != "Compra (futuro)" || c.Persona != j.Persona {
		t.Errorf("copy %+v", c)
	}
	orig, _ := s.Journey(ctx, j.ID)
	if len(c.Stages) != 2 || c.Stages[0].ID == orig.Stages[0].ID || c.Stages[1].Name != "s2" {
		t.Errorf("copy stages %+v", c.Stages)
	}
	if !c.Cell(0, 0).Equal(orig.Cell(0, 0)) || !c.Cell(emo, 1).Equal(orig.Cell(emo, 1)) || c.Cell(emo, 1).Score == nil {
		t.Errorf("copy cells %+v %+v", c.Cell(0, 0), c.Cell(emo, 1))
	}
	list, _ := s.Journeys(ctx, w.ID)
	if len(list) != 2 || list[1].ID != id || list[1].SourceName != "Compra" {
		t.Errorf("list %+v", list)
	}
	// Deleting the original keeps the copy, unlinked.
	must(t, s.DeleteJourney(ctx, j.ID))
	c, _ = s.Journey(ctx, id)
	if c.SourceID != 0 || len(c.Stages) != 2 {
		t.Errorf("copy after delete %+v", c)
	}
	if _, err := s.DuplicateJourney(ctx, 999, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing: %v", err)
	}
}

func TestSetCell(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	j := mustJourney(t, s, w.ID, "Uno", "s1", "s2")
	other := mustJourney(t, s, w.ID, "Dos", "s1")
	emo := j.LaneIndex(model.LaneEmotion)
	st, ln := j.Stages[1].ID, j.Lanes[emo].ID
	must(t, s.SetCell(ctx, j.ID, st, ln, model.Cell{Text: "línea 1\nlínea 2 🙂", Score: model.ScoreOf(2), Observed: true}))
	got, _ := s.Journey(ctx, j.ID)
	if c := got.Cell(emo, 1); c.Text != "línea 1\nlínea 2 🙂" || c.Score == nil || *c.Score != 2 || !c.Observed {
		t.Errorf("cell %+v", c)
	}
	must(t, s.SetCell(ctx, j.ID, st, ln, model.Cell{Text: "otra"}))
	got, _ = s.Journey(ctx, j.ID)
	if c := got.Cell(emo, 1); c.Text != "otra" || c.Score != nil || c.Observed {
		t.Errorf("cell %+v", c)
	}
	// A cell holding nothing has no row.
	must(t, s.SetCell(ctx, j.ID, st, ln, model.Cell{}))
	var n int
	s.db.QueryRow(`SELECT COUNT(*) FROM cells`).Scan(&n)
	if n != 0 {
		t.Errorf("%d rows for an empty grid", n)
	}
	// An evidence mark alone is kept.
	must(t, s.SetCell(ctx, j.ID, st, ln, model.Cell{Observed: true}))
	got, _ = s.Journey(ctx, j.ID)
	if !got.Cell(emo, 1).Observed {
		t.Error("mark lost")
	}
	if err := s.SetCell(ctx, j.ID, other.Stages[0].ID, ln, model.Cell{Text: "x"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("a stage of another journey: %v", err)
	}
	if err := s.SetCell(ctx, j.ID, st, ln, model.Cell{Score: model.ScoreOf(3)}); err == nil {
		t.Error("score 3 accepted")
	}
}

// Every structural operation of the model, saved through SaveGrid and
// loaded again, gives the same journey.
func TestSaveGridStructure(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	j := mustJourney(t, s, w.ID, "Uno", "s1", "s2", "s3")
	otherJ := mustJourney(t, s, w.ID, "Dos", "x")
	var err error
	step := func(name string, op func(model.Journey) (model.Journey, error)) {
		t.Helper()
		next, opErr := op(j)
		if opErr != nil {
			t.Fatalf("%s: %v", name, opErr)
		}
		if j, err = s.SaveGrid(ctx, next); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, st := range j.Stages {
			if st.ID == 0 {
				t.Fatalf("%s: stage without id", name)
			}
		}
		reload(t, s, j)
	}
	step("text", func(j model.Journey) (model.Journey, error) { return model.SetText(j, 0, 0, "a1") })
	step("text 2", func(j model.Journey) (model.Journey, error) { return model.SetText(j, 5, 2, "dolor") })
	step("insert stage first", func(j model.Journey) (model.Journey, error) { return model.InsertStage(j, 0, model.Stage{Name: "s0"}) })
	step("insert stage middle", func(j model.Journey) (model.Journey, error) { return model.InsertStage(j, 2, model.Stage{Name: "mid"}) })
	step("move stage", func(j model.Journey) (model.Journey, error) { return model.MoveStage(j, 0, 4) })
	step("rename stage", func(j model.Journey) (model.Journey, error) { return model.RenameStage(j, 1, "Pago") })
	step("delete stage", func(j model.Journey) (model.Journey, error) { return model.DeleteStage(j, 1) })
	step("insert lane", func(j model.Journey) (model.Journey, error) {
		return model.InsertLane(j, 3, model.Lane{Name: "Objetivos"})
	})
	step("text in new lane", func(j model.Journey) (model.Journey, error) { return model.SetText(j, 3, 1, "meta") })
	step("move lane", func(j model.Journey) (model.Journey, error) { return model.MoveLane(j, 3, 0) })
	step("rename lane", func(j model.Journey) (model.Journey, error) { return model.RenameLane(j, 1, "Hace") })
	step("delete lane", func(j model.Journey) (model.Journey, error) { return model.DeleteLane(j, 2) })

	// A deleted stage written back comes back under a new id: ids are
	// never reused.
	before := j
	step("delete stage with cells", func(j model.Journey) (model.Journey, error) { return model.DeleteStage(j, 0) })
	restored, err := s.SaveGrid(ctx, before)
	if err != nil {
		t.Fatal(err)
	}
	if restored.Stages[0].Name != before.Stages[0].Name || restored.Stages[0].ID == before.Stages[0].ID ||
		!reflect.DeepEqual(restored.Stages[1:], before.Stages[1:]) {
		t.Errorf("restored stages %v, want %v with a new first id", restored.Stages, before.Stages)
	}
	j = reload(t, s, restored)

	// When the old id was taken meanwhile, a new one is given.
	gone := j.Stages[0]
	step("delete again", func(j model.Journey) (model.Journey, error) { return model.DeleteStage(j, 0) })
	if _, err := s.db.Exec(`INSERT INTO stages (id, journey_id, name, position) VALUES (?, ?, 'thief', 1)`, gone.ID, otherJ.ID); err != nil {
		t.Fatal(err)
	}
	again, err := s.SaveGrid(ctx, before)
	if err != nil {
		t.Fatal(err)
	}
	if again.Stages[0].ID == gone.ID || again.Stages[0].Name != gone.Name {
		t.Errorf("restored over a taken id: %+v", again.Stages[0])
	}
	reload(t, s, again)

	if _, err := s.SaveGrid(ctx, model.Journey{ID: 999}); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing journey: %v", err)
	}
}

// bigJourney is a 40-stage, 12-lane map with 200-character cells.
func bigJourney(t testing.TB, s *Store) model.Journey {
	t.Helper()
	w, err := s.CreateWorkshop(ctx, NewWorkshop{Name: fmt.Sprint("big", time.Now().UnixNano()), Assessment: tinyModel()})
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, 40)
	for i := range names {
		names[i] = fmt.Sprintf("Stage %d", i+1)
	}
	lanes := append(append([]model.LaneKind{}, model.DefaultLanes...), model.LaneText, model.LaneText)
	j, err := s.CreateJourney(ctx, w.ID, NewJourney{Name: "Big", Stages: names, Lanes: lanes})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Ñandú checkout ", 14)[:200]
	for l := range j.Lanes {
		for si := range j.Stages {
			c := model.Cell{Text: text}
			if j.Lanes[l].Kind == model.LaneEmotion {
				c.Score = model.ScoreOf(si%5 - 2)
			}
			j.Cells[l][si] = c
		}
	}
	if j, err = s.SaveGrid(ctx, j); err != nil {
		t.Fatal(err)
	}
	return j
}

func BenchmarkSetCell(b *testing.B) {
	s := openBench(b)
	j := bigJourney(b, s)
	text := j.Cells[3][7].Text
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := model.Cell{Text: text + string(rune('a'+i%26))}
		if err := s.SetCell(ctx, j.ID, j.Stages[7].ID, j.Lanes[3].ID, c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSaveGridInsertStage(b *testing.B) {
	s := openBench(b)
	j := bigJourney(b, s)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		next, _ := model.InsertStage(j, 20, model.Stage{Name: "new"})
		saved, err := s.SaveGrid(ctx, next)
		if err != nil {
			b.Fatal(err)
		}
		back, _ := model.DeleteStage(saved, 20)
		if j, err = s.SaveGrid(ctx, back); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJourneyLoad(b *testing.B) {
	s := openBench(b)
	j := bigJourney(b, s)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Journey(ctx, j.ID); err != nil {
			b.Fatal(err)
		}
	}
}

func openBench(b *testing.B) *Store {
	b.Helper()
	s, err := Open(b.TempDir() + "/cx.db")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}
