package participant

import (
	"database/sql"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	_ "modernc.org/sqlite"

	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/live/livetest"
	"github.com/cxmap/cxmap/store"
)

// A vote that cannot be written (another program holds the file's lock)
// is never shown as saved: the participant reads why, in the workshop's
// language, and the same key saves it once the file is free.
func TestVoteNotSavedIsSaidAndRetried(t *testing.T) {
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "Demo", "cx-maturity", "es")
	// The session writes as the server's does: a lock is waited for only
	// briefly.
	fast, err := store.OpenWith(st.Path(), store.Options{BusyTimeout: store.InteractiveBusyTimeout})
	if err != nil {
		t.Fatal(err)
	}
	defer fast.Close()
	sess, err := lv.Open(bg, lv.Options{Store: fast, WorkshopID: w.ID})
	if err != nil {
		t.Fatal(err)
	}
	defer sess.End()
	r := &room{st: st, w: w, sess: sess}
	tm := r.run(t, "token-ana-0123456789abcdef", "", 100, 40)
	see(t, tm, "Únete al taller")
	typ(tm, "Ana")
	press(tm, tea.KeyEnter)
	see(t, tm, "Esperando")
	ana := r.pid(t, "Ana")
	q := sess.Questions()[0]
	if err := sess.OpenQuestion(bg, q); err != nil {
		t.Fatal(err)
	}
	see(t, tm, "Pregunta 1 de")

	other, err := sql.Open("sqlite", st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(bg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(bg, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	typ(tm, "4")
	see(t, tm, "No se guardó: la base de datos está ocupada")
	if _, ok := r.response(t, ana, q); ok {
		t.Fatal("a vote not written is in the file")
	}
	if _, err := conn.ExecContext(bg, "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	typ(tm, "4")
	see(t, tm, "Guardado ✓")
	eventually(t, "Ana's 4 in the file", func() bool {
		x, ok := r.response(t, ana, q)
		return ok && x.Level == 4
	})
}
