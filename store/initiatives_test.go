package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cxmap/cxmap/model"
)

func iniTitles(list []model.Initiative) string {
	var s []string
	for _, in := range list {
		s = append(s, in.Title)
	}
	return strings.Join(s, ", ")
}

// iniStale sets a workshop's updated_at far in the past, to see an edit
// touch it.
func iniStale(t *testing.T, s *Store, id int64) {
	t.Helper()
	if _, err := s.db.Exec(`UPDATE workshops SET updated_at = 1 WHERE id = ?`, id); err != nil {
		t.Fatal(err)
	}
}

func iniTouched(t *testing.T, s *Store, id int64, what string) {
	t.Helper()
	w, err := s.Workshop(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if w.UpdatedAt.Before(time.Now().Add(-time.Minute)) {
		t.Errorf("%s did not touch the workshop (updated %v)", what, w.UpdatedAt)
	}
}

func iniNew(title string, h model.Horizon) model.Initiative {
	return model.Initiative{Title: title, Horizon: h, Impact: 3, Effort: 2, KPIs: []string{"NPS"}}
}

func TestSaveMoveDeleteInitiative(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "Hoja de ruta")
	other := mustCreate(t, s, "Otro")

	iniStale(t, s, w.ID)
	a, err := s.SaveInitiative(ctx, w.ID, iniNew("A", model.HorizonNow), false)
	must(t, err)
	iniTouched(t, s, w.ID, "insert")
	b, _ := s.SaveInitiative(ctx, w.ID, iniNew("B", model.HorizonNext), false)
	c, _ := s.SaveInitiative(ctx, w.ID, iniNew("C", model.HorizonLater), false)
	if a.ID == 0 || a.Position != 0 || b.Position != 1 || c.Position != 2 || a.Status != model.StatusProposed || a.Edited {
		t.Fatalf("inserted %+v %+v %+v", a, b, c)
	}

	// An update keeps the place, whatever Position says, and marks edited.
	a.Title, a.Owner, a.Position = "A, reworded | with a pipe", "Ana", 9
	a.Evidence = []model.Evidence{{Kind: model.EvidenceQuestion, QuestionID: "q1", Score: 1.5, Notes: []string{"Ana: ¡nada!"}}}
	iniStale(t, s, w.ID)
	saved, err := s.SaveInitiative(ctx, w.ID, a, true)
	must(t, err)
	iniTouched(t, s, w.ID, "update")
	if saved.Position != 0 || !saved.Edited {
		t.Errorf("saved %+v", saved)
	}
	list, err := s.Initiatives(ctx, w.ID)
	must(t, err)
	if !reflect.DeepEqual(list[0], saved) {
		t.Errorf("stored\n%+v\nreturned\n%+v", list[0], saved)
	}
	if _, err := s.SaveInitiative(ctx, other.ID, a, false); !errors.Is(err, ErrNotFound) {
		t.Errorf("saving into another workshop: %v", err)
	}
	for _, bad := range []model.Initiative{
		{Title: " ", Horizon: model.HorizonNow, Impact: 1, Effort: 1},
		{Title: "x", Horizon: "soon", Impact: 1, Effort: 1},
		{Title: "x", Horizon: model.HorizonNow, Impact: 6, Effort: 1},
		{Title: "x", Horizon: model.HorizonNow, Impact: 1, Effort: 0},
		{Title: "x", Horizon: model.HorizonNow, Impact: 1, Effort: 1, Status: "maybe"},
	} {
		if _, err := s.SaveInitiative(ctx, w.ID, bad, false); err == nil || strings.Contains(err.Error(), "constraint") {
			t.Errorf("%+v: %v", bad, err)
		}
	}

	iniStale(t, s, w.ID)
	must(t, s.MoveInitiative(ctx, c.ID, 0))
	iniTouched(t, s, w.ID, "move")
	must(t, s.MoveInitiative(ctx, a.ID, 99))
	list, _ = s.Initiatives(ctx, w.ID)
	if got := iniTitles(list); got != "C, B, A, reworded | with a pipe" {
		t.Errorf("after moves: %s", got)
	}
	for i, in := range list {
		if in.Position != i {
			t.Errorf("%s: position %d at %d", in.Title, in.Position, i)
		}
	}

	iniStale(t, s, w.ID)
	must(t, s.DeleteInitiative(ctx, b.ID))
	iniTouched(t, s, w.ID, "delete")
	if err := s.DeleteInitiative(ctx, b.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	if err := s.MoveInitiative(ctx, b.ID, 0); !errors.Is(err, ErrNotFound) {
		t.Errorf("moving a deleted one: %v", err)
	}
	list, _ = s.Initiatives(ctx, w.ID)
	if got := iniTitles(list); got != "C, A, reworded | with a pipe" {
		t.Errorf("after delete: %s", got)
	}
}

func iniProposals(titles ...string) []model.Initiative {
	var out []model.Initiative
	for i, t := range titles {
		in := iniNew(t, model.HorizonNow)
		in.GenKey, in.Position, in.Status = "gap:"+t, i, model.StatusProposed
		out = append(out, in)
	}
	return out
}

func TestApplyProposalsKeepsEdits(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "Regenerar")
	manual, _ := s.SaveInitiative(ctx, w.ID, iniNew("manual", model.HorizonNow), false)

	iniStale(t, s, w.ID)
	first, err := s.ApplyProposals(ctx, w.ID, iniProposals("a", "b", "c"))
	must(t, err)
	iniTouched(t, s, w.ID, "regenerate")
	if got := iniTitles(first); got != "manual, a, b, c" {
		t.Fatalf("first: %s", got)
	}

	// The consultant accepts a, rewords b; then more answers change the proposal.
	first[1].Status = model.StatusAccepted
	_, err = s.SaveInitiative(ctx, w.ID, first[1], false)
	must(t, err)
	first[2].Title = "b, mine"
	_, err = s.SaveInitiative(ctx, w.ID, first[2], true)
	must(t, err)

	next := iniProposals("a", "b", "d")
	next[0].Title = "a regenerated"
	second, err := s.ApplyProposals(ctx, w.ID, next)
	must(t, err)
	if got := iniTitles(second); got != "manual, a, b, mine, d" {
		t.Errorf("second: %s", got)
	}
	if second[0].ID != manual.ID || second[1].ID != first[1].ID || second[2].ID != first[2].ID {
		t.Error("ids changed")
	}
	stored, _ := s.Initiatives(ctx, w.ID)
	if !reflect.DeepEqual(stored, second) {
		t.Errorf("stored\n%+v\nreturned\n%+v", stored, second)
	}
	third, err := s.ApplyProposals(ctx, w.ID, next)
	must(t, err)
	if !reflect.DeepEqual(third, second) {
		t.Errorf("regenerating twice changed the roadmap:\n%+v\n%+v", second, third)
	}
}

func TestApplyMergeIsOneTransaction(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "Atómico")
	before, err := s.ApplyProposals(ctx, w.ID, iniProposals("a", "b"))
	must(t, err)
	bad := append(iniProposals("x", "y"), model.Initiative{Title: "broken", Horizon: model.HorizonNow, Impact: 9, Effort: 1})
	if _, err := s.ApplyMerge(ctx, w.ID, bad); err == nil {
		t.Fatal("an invalid initiative was stored")
	}
	after, _ := s.Initiatives(ctx, w.ID)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("a failed merge left changes:\n%+v\n%+v", before, after)
	}
	if _, err := s.ApplyMerge(ctx, 9999, nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown workshop: %v", err)
	}
	// Initiatives of another workshop are not touched by a merge here.
	other := mustCreate(t, s, "Otro")
	o, _ := s.SaveInitiative(ctx, other.ID, iniNew("other's", model.HorizonNow), false)
	if _, err := s.ApplyMerge(ctx, w.ID, nil); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.Initiatives(ctx, other.ID); len(list) != 1 || list[0].ID != o.ID {
		t.Errorf("other workshop: %+v", list)
	}
}
