package store

import (
	"errors"
	"fmt"
	"testing"

	"github.com/cxmap/cxmap/model"
)

func stageNames(t *testing.T, s *Store, id int64) []string {
	t.Helper()
	j, err := s.Journey(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, st := range j.Stages {
		out = append(out, st.Name)
	}
	return out
}

func eqStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Every journey operation, then its inverse: the map is back as it was,
// and a cell written meanwhile (by "another window") is never touched.
func TestJourneyOperationsAndInverses(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	j := mustJourney(t, s, w.ID, "Compra", "Descubrir", "Comprar", "Usar")
	lane := j.Lanes[0].ID
	other := j.Stages[2].ID
	if err := s.SetCell(ctx, j.ID, other, lane, model.Cell{Text: "written by B"}); err != nil {
		t.Fatal(err)
	}
	keepB := func() {
		t.Helper()
		got, _ := s.Journey(ctx, j.ID)
		for si, st := range got.Stages {
			if st.ID == other {
				if got.Cell(0, si).Text != "written by B" {
					t.Fatalf("B's cell changed: %+v", got.Cell(0, si))
				}
				return
			}
		}
		t.Fatal("B's stage is gone")
	}

	// Insert, and its inverse: delete.
	id, err := s.InsertAxis(ctx, Stages, j.ID, 1, " Pagar ", "")
	if err != nil {
		t.Fatal(err)
	}
	if got := stageNames(t, s, j.ID); !eqStrings(got, []string{"Descubrir", "Pagar", "Comprar", "Usar"}) {
		t.Fatalf("after insert: %v", got)
	}
	removed, err := s.DeleteAxis(ctx, Stages, j.ID, id)
	if err != nil {
		t.Fatal(err)
	}
	if removed.At != 1 || removed.Name != "Pagar" {
		t.Errorf("removed = %+v", removed)
	}
	if got := stageNames(t, s, j.ID); !eqStrings(got, []string{"Descubrir", "Comprar", "Usar"}) {
		t.Fatalf("after delete: %v", got)
	}
	keepB()

	// Rename, and its inverse.
	if err := s.RenameAxis(ctx, Stages, j.ID, j.Stages[0].ID, "Buscar"); err != nil {
		t.Fatal(err)
	}
	if err := s.RenameAxis(ctx, Stages, j.ID, j.Stages[0].ID, "Descubrir"); err != nil {
		t.Fatal(err)
	}
	// Move, and its inverse: back to where it was.
	from, err := s.MoveAxis(ctx, Stages, j.ID, j.Stages[0].ID, 2)
	if err != nil || from != 0 {
		t.Fatalf("move: from %d, %v", from, err)
	}
	if got := stageNames(t, s, j.ID); !eqStrings(got, []string{"Comprar", "Usar", "Descubrir"}) {
		t.Fatalf("after move: %v", got)
	}
	if _, err := s.MoveAxis(ctx, Stages, j.ID, j.Stages[0].ID, from); err != nil {
		t.Fatal(err)
	}
	if got := stageNames(t, s, j.ID); !eqStrings(got, []string{"Descubrir", "Comprar", "Usar"}) {
		t.Fatalf("after moving back: %v", got)
	}
	keepB()

	// Delete a stage holding cells, and restore it: a new id (ids are
	// never reused), the same place, name and cells.
	score := model.ScoreOf(-2)
	emo := j.LaneIndex(model.LaneEmotion)
	if err := s.SetCell(ctx, j.ID, j.Stages[1].ID, j.Lanes[emo].ID, model.Cell{Text: "caro", Score: score, Observed: true}); err != nil {
		t.Fatal(err)
	}
	removed, err = s.DeleteAxis(ctx, Stages, j.ID, j.Stages[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	back, err := s.RestoreAxis(ctx, removed)
	if err != nil {
		t.Fatal(err)
	}
	if back == j.Stages[1].ID || back <= id {
		t.Errorf("restored stage reuses an id: %d (old %d, newest %d)", back, j.Stages[1].ID, id)
	}
	got, _ := s.Journey(ctx, j.ID)
	if got.Stages[1].ID != back || got.Stages[1].Name != "Comprar" {
		t.Fatalf("restored at %+v", got.Stages)
	}
	if c := got.Cell(emo, 1); c.Text != "caro" || c.Score == nil || *c.Score != -2 || !c.Observed {
		t.Errorf("restored cell = %+v", c)
	}
	keepB()

	// Lanes: the same four operations.
	lid, err := s.InsertAxis(ctx, Lanes, j.ID, 0, "Emociones del equipo", model.LaneText)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetCell(ctx, j.ID, j.Stages[0].ID, lid, model.Cell{Text: "x"}); err != nil {
		t.Fatal(err)
	}
	if err := s.RenameAxis(ctx, Lanes, j.ID, lid, "Equipo"); err != nil {
		t.Fatal(err)
	}
	if from, err := s.MoveAxis(ctx, Lanes, j.ID, lid, 99); err != nil || from != 0 {
		t.Fatalf("move lane: %d %v", from, err)
	}
	got, _ = s.Journey(ctx, j.ID)
	if last := got.Lanes[len(got.Lanes)-1]; last.ID != lid || last.Name != "Equipo" {
		t.Fatalf("lane not last: %+v", got.Lanes)
	}
	r, err := s.DeleteAxis(ctx, Lanes, j.ID, lid)
	if err != nil {
		t.Fatal(err)
	}
	nl, err := s.RestoreAxis(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	got, _ = s.Journey(ctx, j.ID)
	last := len(got.Lanes) - 1
	if got.Lanes[last].ID != nl || got.Lanes[last].Name != "Equipo" || got.Cell(last, 0).Text != "x" {
		t.Errorf("restored lane: %+v %+v", got.Lanes[last], got.Cell(last, 0))
	}
	keepB()
	reload(t, s, got)
}

func TestJourneyOperationsRefuse(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	j := mustJourney(t, s, w.ID, "Compra", "Solo")
	if _, err := s.DeleteAxis(ctx, Stages, j.ID, j.Stages[0].ID); !errors.Is(err, ErrLastAxis) {
		t.Errorf("deleting the last stage: %v", err)
	}
	if _, err := s.InsertAxis(ctx, Stages, 9999, 0, "x", ""); !errors.Is(err, ErrNotFound) {
		t.Errorf("insert into a missing journey: %v", err)
	}
	if err := s.RenameAxis(ctx, Lanes, j.ID, j.Stages[0].ID+1000, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("rename a missing lane: %v", err)
	}
	if _, err := s.MoveAxis(ctx, "columns", j.ID, 1, 0); err == nil {
		t.Error("an unknown axis was accepted")
	}
}

// Deleting the newest stage and inserting another never gives the new
// one the deleted one's id.
func TestAxisIDsNeverReused(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	j := mustJourney(t, s, w.ID, "Compra", "Uno", "Dos")
	newest := j.Stages[1].ID
	if _, err := s.DeleteAxis(ctx, Stages, j.ID, newest); err != nil {
		t.Fatal(err)
	}
	id, err := s.InsertAxis(ctx, Stages, j.ID, 1, "Tres", "")
	if err != nil {
		t.Fatal(err)
	}
	if id <= newest {
		t.Errorf("new stage id %d reuses or precedes %d", id, newest)
	}
	if err := s.DeleteJourney(ctx, j.ID); err != nil {
		t.Fatal(err)
	}
	j2 := mustJourney(t, s, w.ID, "Otra")
	if j2.ID <= j.ID {
		t.Errorf("new journey id %d, deleted %d", j2.ID, j.ID)
	}
	if err := s.DeleteWorkshop(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	w2 := mustCreate(t, s, "B")
	if w2.ID <= w.ID {
		t.Errorf("new workshop id %d, deleted %d", w2.ID, w.ID)
	}
}

func TestSetCellIf(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	j := mustJourney(t, s, w.ID, "Compra", "Uno")
	st, ln := j.Stages[0].ID, j.Lanes[0].ID
	if err := s.SetCellIf(ctx, j.ID, st, ln, model.Cell{}, model.Cell{Text: "a"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCellIf(ctx, j.ID, st, ln, model.Cell{}, model.Cell{Text: "b"}); !errors.Is(err, ErrChanged) {
		t.Errorf("over a changed cell: %v", err)
	}
	if err := s.SetCellIf(ctx, j.ID, st, ln, model.Cell{Text: "a"}, model.Cell{}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Journey(ctx, j.ID)
	if !got.Cell(0, 0).Zero() {
		t.Errorf("cell = %+v", got.Cell(0, 0))
	}
	if _, err := s.DeleteAxisIfEmpty(ctx, Stages, j.ID, j.Stages[0].ID); err == nil {
		t.Error("deleted the only stage")
	}
}

// Deleting a map forgets a resume point in it.
func TestDeleteJourneyForgetsTheCursorInIt(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	j := mustJourney(t, s, w.ID, "Compra", "Uno")
	other := mustJourney(t, s, w.ID, "Otra", "Uno")
	if err := s.SaveCursor(ctx, w.ID, model.Cursor{Screen: "questionnaire", State: `{"question":"q2"}`}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveCursor(ctx, w.ID, model.Cursor{Screen: "journey", State: fmt.Sprintf(`{"journey":%d,"stage":0}`, j.ID)}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteJourney(ctx, other.ID); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Cursor(ctx, w.ID); c.Screen != "journey" {
		t.Errorf("deleting another map moved the cursor: %+v", c)
	}
	if err := s.DeleteJourney(ctx, j.ID); err != nil {
		t.Fatal(err)
	}
	c, _ := s.Cursor(ctx, w.ID)
	if c.Screen != "journeys" {
		t.Errorf("cursor after deleting its map: %+v", c)
	}
	if q, _ := s.CursorFor(ctx, w.ID, "questionnaire"); q.State != `{"question":"q2"}` {
		t.Errorf("the questionnaire's place was lost: %+v", q)
	}
	if jc, _ := s.CursorFor(ctx, w.ID, "journey"); jc.State != "" {
		t.Errorf("the deleted map's place is kept: %+v", jc)
	}
}
