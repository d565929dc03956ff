package tui_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// A new workshop's form keeps what was typed in the database as it is
// typed: the app killed mid-form (ctrl+c here, SIGKILL in the end-to-end
// test) opens the form again with the text; esc over it asks first, and
// creating the workshop forgets the draft.
func TestNewWorkshopFormKeepsTypedText(t *testing.T) {
	st := newStore(t)
	tm := start(t, st, 100, 30, home)
	waitFor(t, tm, "No workshops yet")
	tm.Type("n")
	waitFor(t, tm, "New workshop")
	typeText(tm, "Tienda Ñandú")
	nextField(t, tm, "Client")
	typeText(tm, "Ñandú S.A.")
	waitFor(t, tm, "Ñandú S.A.")
	finalView(t, tm) // quit with the form open

	d, err := st.Draft(bg, "new-workshop", 0)
	if err != nil || d["name"] != "Tienda Ñandú" || d["client"] != "Ñandú S.A." {
		t.Fatalf("draft %v %v", d, err)
	}

	tm = start(t, st, 100, 30, home)
	waitFor(t, tm, "No workshops yet")
	tm.Type("n")
	waitFor(t, tm, "New workshop", "Tienda Ñandú", "Ñandú S.A.")
	key(tm, tea.KeyEsc)
	waitFor(t, tm, "Discard")
	tm.Type("n") // keep editing
	nextField(t, tm, "Client")
	nextField(t, tm, "Facilitator")
	nextField(t, tm, "Language")
	nextField(t, tm, "Assessment")
	key(tm, tea.KeyEnter)
	waitFor(t, tm, "Participants (0)")
	finalView(t, tm)

	if list, _ := st.Workshops(bg); len(list) != 1 || list[0].Name != "Tienda Ñandú" || list[0].Client != "Ñandú S.A." {
		t.Fatalf("stored %+v", list)
	}
	if d, _ := st.Draft(bg, "new-workshop", 0); d != nil {
		t.Errorf("the draft outlived the workshop it made: %v", d)
	}
}

// esc, confirmed, forgets the draft.
func TestNewWorkshopDraftDiscarded(t *testing.T) {
	st := newStore(t)
	tm := start(t, st, 100, 30, home)
	waitFor(t, tm, "No workshops yet")
	tm.Type("n")
	waitFor(t, tm, "New workshop")
	typeText(tm, "Borrador")
	waitFor(t, tm, "Borrador")
	key(tm, tea.KeyEsc)
	waitFor(t, tm, "Discard")
	tm.Type("y")
	waitFor(t, tm, "No workshops yet")
	finalView(t, tm)
	if d, _ := st.Draft(bg, "new-workshop", 0); d != nil {
		t.Errorf("a discarded form left a draft: %v", d)
	}
}
