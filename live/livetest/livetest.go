// Package livetest builds live sessions on real SQLite files for the
// tests of the live packages.
package livetest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
)

// Store opens a new database in t's temporary folder.
func Store(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "cxmap.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// Workshop creates a workshop on a built-in model with participants.
func Workshop(t testing.TB, st *store.Store, name, assessment, lang string, people ...string) model.Workshop {
	t.Helper()
	ctx := context.Background()
	a, err := assessments.Get(assessment)
	if err != nil {
		t.Fatal(err)
	}
	w, err := st.CreateWorkshop(ctx, store.NewWorkshop{Name: name, Language: lang, Assessment: a})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range people {
		if _, err := st.AddParticipant(ctx, w.ID, p, ""); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

// Session opens the live session of a workshop and ends it with the test.
func Session(t testing.TB, st *store.Store, workshopID int64) *live.Session {
	t.Helper()
	s, err := live.Open(context.Background(), live.Options{Store: st, WorkshopID: workshopID})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.End)
	return s
}
