package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/cxmap/cxmap/model"
)

// ErrAmbiguous is a workshop reference that matches several workshops.
var ErrAmbiguous = fmt.Errorf("matches several workshops")

// ErrBadID is a "#..." reference that is not a workshop id.
var ErrBadID = fmt.Errorf("is not a workshop id (#7, say)")

// AmbiguousError lists the workshops a reference matched, with their
// ids, so the person can pick one with #ID.
type AmbiguousError struct {
	Ref        string
	Candidates []model.WorkshopSummary
}

func (e *AmbiguousError) Error() string {
	parts := make([]string, len(e.Candidates))
	for i, c := range e.Candidates {
		parts[i] = fmt.Sprintf("#%d %q", c.ID, c.Name)
	}
	return fmt.Sprintf("%q %s: %s; give one as #ID", e.Ref, ErrAmbiguous, strings.Join(parts, ", "))
}

func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// findWorkshop resolves a reference typed by a person: "#7" is the id 7
// (and only an id); anything else is a name, matched exactly, else
// regardless of case, accents and spacing. A number is a name too: a
// workshop named "1" or "007" is found by its name, and an id is never
// guessed from one.
func (s *Store) findWorkshop(ctx context.Context, ref string) (model.Workshop, error) {
	ref = strings.TrimSpace(ref)
	if rest, ok := strings.CutPrefix(ref, "#"); ok {
		id, err := strconv.ParseInt(strings.TrimSpace(rest), 10, 64)
		if err != nil || id <= 0 {
			return model.Workshop{}, fmt.Errorf("%q %w", ref, ErrBadID)
		}
		return s.Workshop(ctx, id)
	}
	all, err := s.Workshops(ctx)
	if err != nil {
		return model.Workshop{}, err
	}
	var folded []model.WorkshopSummary
	want := model.Fold(ref)
	for _, w := range all {
		if w.Name == ref {
			return s.Workshop(ctx, w.ID)
		}
		if model.Fold(w.Name) == want {
			folded = append(folded, w)
		}
	}
	switch len(folded) {
	case 0:
		if _, err := strconv.ParseInt(ref, 10, 64); err == nil {
			return model.Workshop{}, fmt.Errorf("workshop %q %w (for the id, use #%s or --id %s)", ref, ErrNotFound, ref, ref)
		}
		return model.Workshop{}, fmt.Errorf("workshop %q %w", ref, ErrNotFound)
	case 1:
		return s.Workshop(ctx, folded[0].ID)
	}
	return model.Workshop{}, &AmbiguousError{Ref: ref, Candidates: folded}
}
