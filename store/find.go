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
	Candidates []model.Workshop
}

func (e *AmbiguousError) Error() string {
	parts := make([]string, len(e.Candidates))
	for i, c := range e.Candidates {
		parts[i] = fmt.Sprintf("#%d %q", c.ID, c.Name)
	}
	return fmt.Sprintf("%q %s: %s; give one as #ID", e.Ref, ErrAmbiguous, strings.Join(parts, ", "))
}

func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// FindWorkshop resolves a reference typed by a person: "#7" is the id 7
// (and only an id); anything else is a name, matched exactly, else
// regardless of case, accents and spacing. A number is a name too: a
// workshop named "1" or "007" is found by its name, and an id is never
// guessed from one.
func (s *Store) FindWorkshop(ctx context.Context, ref string) (model.Workshop, error) {
	ref = strings.TrimSpace(ref)
	if rest, ok := strings.CutPrefix(ref, "#"); ok {
		id, err := strconv.ParseInt(strings.TrimSpace(rest), 10, 64)
		if err != nil || id <= 0 {
			return model.Workshop{}, fmt.Errorf("%q %w", ref, ErrBadID)
		}
		return s.Workshop(ctx, id)
	}
	// Only the workshops themselves, in the home list's order: no
	// progress or participant counts, and no second query for the match.
	rows, err := s.rd.QueryContext(ctx, `SELECT `+workshopCols+` FROM workshops w ORDER BY w.updated_at DESC, w.id DESC`)
	if err != nil {
		return model.Workshop{}, err
	}
	defer rows.Close()
	var folded []model.Workshop
	want := model.Fold(ref)
	for rows.Next() {
		w, err := scanWorkshop(rows)
		if err != nil {
			return model.Workshop{}, err
		}
		if w.Name == ref {
			return w, nil
		}
		if model.Fold(w.Name) == want {
			folded = append(folded, w)
		}
	}
	if err := rows.Err(); err != nil {
		return model.Workshop{}, err
	}
	switch len(folded) {
	case 0:
		if _, err := strconv.ParseInt(ref, 10, 64); err == nil {
			return model.Workshop{}, fmt.Errorf("workshop %q %w (for the id, use #%s or --id %s)", ref, ErrNotFound, ref, ref)
		}
		return model.Workshop{}, fmt.Errorf("workshop %q %w", ref, ErrNotFound)
	case 1:
		return folded[0], nil
	}
	return model.Workshop{}, &AmbiguousError{Ref: ref, Candidates: folded}
}
