package tui_test

import "testing"

// Each app has its own journey clipboard: over SSH every connection is an
// app in one process, and one facilitator's copied cell must never reach
// another's paste.
func TestClipboardIsPerApp(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "Ñandú")
	j := addJourney(t, st, w, "Compra", "Buscar", "Pagar")
	a := openJourney(t, st, j, 100, 30)
	waitFor(t, a, `Stage 1/2`)
	keys(a, "1")
	waitFor(t, a, `Emotion at "Buscar": -2.`)
	keys(a, "y")
	waitFor(t, a, "Cell copied")
	b := openJourney(t, st, j, 100, 30)
	waitFor(t, b, `Stage 1/2`)
	keys(b, "l", "p")
	waitFor(t, b, "Nothing copied yet")
	finalView(t, a)
	finalView(t, b)
}
