package common

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/store"
)

// Database failures reach the screen as sentences in the user's language,
// never as SQLite's text; other messages pass as they are.
func TestErrorText(t *testing.T) {
	es := i18n.For(i18n.ES)
	for _, tc := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("participant %q: %w", "Ana", store.ErrNameTaken), "ese nombre ya existe: elija otro"},
		{fmt.Errorf("journey 3 %w", store.ErrNotFound), "ya no existe (¿se borró en otro sitio?)"},
		{fmt.Errorf("save: %w", store.ErrBusy), "la base de datos está ocupada (otro cxmap escribe): inténtelo de nuevo"},
		{fmt.Errorf("save: %w", store.ErrFull), "el disco está lleno: el cambio no se ha guardado"},
		{errors.New("a journey needs a name"), "a journey needs a name"},
	} {
		if got := ErrorText(es, tc.err); got != tc.want {
			t.Errorf("ErrorText(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
	// A real SQLite failure: a write on a closed database.
	st, err := store.Open(filepath.Join(t.TempDir(), "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	_, err = st.Workshops(t.Context())
	if err == nil {
		t.Fatal("no error from a closed database")
	}
	got := ErrorText(es, err)
	if strings.Contains(strings.ToLower(got), "sql") {
		t.Errorf("SQL text on screen: %q", got)
	}
}
