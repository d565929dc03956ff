package store

import (
	"errors"
	"strings"
	"testing"
)

// A workshop is found by its name regardless of case, accents and
// spacing, or by an explicit id; a number is a name, never a guessed id.
func TestFindWorkshop(t *testing.T) {
	s, _ := openTemp(t)
	nandu := mustCreate(t, s, "Tienda Ñandú")
	one, err := s.CreateWorkshop(ctx, NewWorkshop{Name: "007", Assessment: tinyModel()})
	must(t, err)
	banco, err := s.CreateWorkshop(ctx, NewWorkshop{Name: "Banco", Assessment: tinyModel()})
	must(t, err)
	bancoUp, err := s.CreateWorkshop(ctx, NewWorkshop{Name: "BANCO", Assessment: tinyModel()})
	must(t, err)
	for _, c := range []struct {
		ref  string
		want int64
	}{
		{"Tienda Ñandú", nandu.ID},
		{"tienda nandu", nandu.ID},
		{"  TIENDA   ÑANDU ", nandu.ID},
		{"007", one.ID},
		{"#1", nandu.ID},
		{"# 2", one.ID},
		{"Banco", banco.ID}, // exact beats folded
		{"BANCO", bancoUp.ID},
	} {
		got, err := s.FindWorkshop(ctx, c.ref)
		if err != nil || got.ID != c.want {
			t.Errorf("FindWorkshop(%q) = %d, %v; want %d", c.ref, got.ID, err, c.want)
		}
	}
	// "1" is a name, and no workshop has it: not the workshop with id 1.
	if _, err := s.FindWorkshop(ctx, "1"); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "#1") {
		t.Errorf(`"1": %v`, err)
	}
	var amb *AmbiguousError
	if _, err := s.FindWorkshop(ctx, "banco "); !errors.As(err, &amb) || len(amb.Candidates) != 2 ||
		!strings.Contains(err.Error(), "#3") || !strings.Contains(err.Error(), "#4") {
		t.Errorf("ambiguous: %v", err)
	}
	for _, bad := range []string{"#", "#x", "#0", "#99"} {
		if _, err := s.FindWorkshop(ctx, bad); err == nil {
			t.Errorf("%q found something", bad)
		}
	}
}
