package tui_test

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// With more workshops than the first screenful, the home screen shows the
// most recent ones and the full count at once, then loads the rest: the
// oldest workshop can be found by filtering.
func TestHomeFirstPageThenAll(t *testing.T) {
	st := newStore(t)
	for i := range 130 {
		addWorkshop(t, st, fmt.Sprintf("Workshop %03d", i), "")
	}
	tm := start(t, st, 100, 30, home)
	waitFor(t, tm, "Saved workshops: 130", "Workshop 129")
	tm.Type("/")
	typeText(tm, "Workshop 000")
	key(tm, tea.KeyEnter)
	waitFor(t, tm, "1 of 130 workshops")
	contains(t, finalView(t, tm), "Workshop 000")
}
