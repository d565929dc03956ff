package e2e

import (
	"path/filepath"
	"strings"
	"testing"
)

// A new user creates a workshop from the home screen, quits, starts again
// and finds it listed.
func TestCreateQuitRestart(t *testing.T) {
	db := filepath.Join(t.TempDir(), "data", "cx.db")
	env := map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"}

	tt := startTerm(t, 100, 30, env)
	tt.waitFor("No workshops yet")
	tt.keys("n")
	tt.waitFor("New workshop")
	tt.text("Tienda Ñandú")
	tt.keys("Tab")
	tt.waitFor("┃ Client")
	tt.text("Ñandú S.A.")
	tt.keys("Tab")
	tt.waitFor("┃ Facilitator")
	tt.text("Ana Pérez")
	tt.keys("Tab")
	tt.waitFor("┃ Language")
	tt.keys("Enter")
	tt.waitFor("┃ Assessment")
	tt.keys("Enter")
	tt.waitFor("Participants (0)", "Ana Pérez")
	tt.keys("q")
	tt.waitFor("[exited]")

	tt2 := startTerm(t, 100, 30, env)
	s := tt2.waitFor("Tienda Ñandú", "Ñandú S.A.", "0/53")
	if !strings.Contains(s, "Saved workshops: 1") {
		t.Errorf("home after restart:\n%s", s)
	}
	tt2.keys("q")
	tt2.waitFor("[exited]")
}
