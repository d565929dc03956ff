package tui_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/tui/common"
)

var home = common.NavigateMsg{To: common.HomeScreen}

func TestHomeLists(t *testing.T) {
	st := newStore(t)
	addWorkshop(t, st, "Tienda Ñandú", "Ñandú S.A.")
	addWorkshop(t, st, "Banco Sur", "Banco Sur SA")
	tm := start(t, st, 100, 30, home)
	waitFor(t, tm, "Tienda Ñandú", "Banco Sur")
	v := finalView(t, tm)
	contains(t, v, "Saved workshops: 2", "WORKSHOP", "CLIENT", "Ñandú S.A.", "0/16", "n new")
	fitsIn(t, v, 100, 30)
}

func TestHomeEmpty(t *testing.T) {
	tm := start(t, newStore(t), 100, 30, home)
	waitFor(t, tm, "No workshops yet")
	contains(t, finalView(t, tm), "Press n to create the first one")
}

func TestHomeFilter(t *testing.T) {
	st := newStore(t)
	addWorkshop(t, st, "Tienda Ñandú", "Ñandú S.A.")
	addWorkshop(t, st, "Banco Sur", "Banco")
	tm := start(t, st, 100, 30, home)
	waitFor(t, tm, "Banco Sur")
	tm.Type("/")
	typeText(tm, "ñand")
	key(tm, tea.KeyEnter)
	waitFor(t, tm, "1 of 2 workshops")
	v := finalView(t, tm)
	contains(t, v, "Tienda Ñandú")
	lacks(t, v, "Banco Sur")
}

// While the filter is typed, q is a letter, not quit.
func TestHomeFilterTypingQDoesNotQuit(t *testing.T) {
	st := newStore(t)
	addWorkshop(t, st, "Queso", "")
	tm := start(t, st, 100, 30, home)
	waitFor(t, tm, "Queso")
	tm.Type("/q")
	waitFor(t, tm, "Filter: q")
	contains(t, finalView(t, tm), "Queso")
}

func TestHomeCreate(t *testing.T) {
	st := newStore(t)
	tm := start(t, st, 100, 30, home)
	waitFor(t, tm, "No workshops yet")
	tm.Type("n")
	waitFor(t, tm, "New workshop")
	typeText(tm, "Tienda Ñandú")
	nextField(t, tm, "Client")
	typeText(tm, "Ñandú S.A.")
	nextField(t, tm, "Facilitator")
	typeText(tm, "Ana Pérez")
	nextField(t, tm, "Language")
	key(tm, tea.KeyDown) // Español
	waitFor(t, tm, "> Español")
	nextField(t, tm, "Assessment")
	key(tm, tea.KeyEnter) // the default model
	// The workshop's content is in Spanish; the interface keeps its own
	// language.
	waitFor(t, tm, "Participants (0)")
	v := finalView(t, tm)
	contains(t, v, "Workshops › Tienda Ñandú", "Ñandú S.A.", "Ana Pérez", "53 questions")

	list, err := st.Workshops(bg)
	if err != nil || len(list) != 1 {
		t.Fatalf("stored: %v %v", list, err)
	}
	w := list[0]
	if w.Name != "Tienda Ñandú" || w.Client != "Ñandú S.A." || w.Facilitator != "Ana Pérez" || w.Language != "es" || w.AssessmentID != "cx-maturity" {
		t.Errorf("stored %+v", w.Workshop)
	}
}

func TestHomeCreateRefusesTakenName(t *testing.T) {
	st := newStore(t)
	addWorkshop(t, st, "Banco Sur", "")
	tm := start(t, st, 100, 30, home)
	waitFor(t, tm, "Banco Sur")
	tm.Type("n")
	waitFor(t, tm, "New workshop")
	typeText(tm, "Banco Sur")
	key(tm, tea.KeyTab)
	waitFor(t, tm, "already used")
	finalView(t, tm)
	if list, _ := st.Workshops(bg); len(list) != 1 {
		t.Errorf("%d workshops", len(list))
	}
}

func TestHomeDeleteAsksFirst(t *testing.T) {
	st := newStore(t)
	addWorkshop(t, st, "Banco Sur", "")
	addWorkshop(t, st, "Tienda", "")
	tm := start(t, st, 100, 30, home)
	waitFor(t, tm, "Banco Sur", "Tienda")
	// The newest is first: Tienda. Move to Banco Sur, ask to delete, refuse.
	tm.Type("j")
	tm.Type("d")
	waitFor(t, tm, `Delete "Banco Sur"?`)
	tm.Type("n")
	waitFor(t, tm, "Saved workshops: 2")
	if list, _ := st.Workshops(bg); len(list) != 2 {
		t.Fatalf("refused delete removed a workshop")
	}
	// Ask again and accept.
	tm.Type("d")
	waitFor(t, tm, "This cannot be undone")
	tm.Type("y")
	waitFor(t, tm, `Deleted "Banco Sur".`)
	v := finalView(t, tm)
	contains(t, v, "Tienda", "Saved workshops: 1")
	lacks(t, v, "Banco Sur ")
	if list, _ := st.Workshops(bg); len(list) != 1 || list[0].Name != "Tienda" {
		t.Errorf("left %+v", list)
	}
}

func TestHomeRenameAndDuplicate(t *testing.T) {
	st := newStore(t)
	addWorkshop(t, st, "Banco", "")
	tm := start(t, st, 100, 30, home)
	waitFor(t, tm, "Banco")
	tm.Type("r")
	waitFor(t, tm, `Rename "Banco"`)
	typeText(tm, " Sur")
	key(tm, tea.KeyEnter)
	waitFor(t, tm, `Renamed to "Banco Sur".`)
	tm.Type("c")
	waitFor(t, tm, "Banco Sur (copy)")
	key(tm, tea.KeyEnter)
	waitFor(t, tm, `Created "Banco Sur (copy)".`)
	finalView(t, tm)
	list, _ := st.Workshops(bg)
	if len(list) != 2 {
		t.Fatalf("%d workshops", len(list))
	}
}

func TestTooSmallTerminal(t *testing.T) {
	st := newStore(t)
	addWorkshop(t, st, "Banco Sur", "")
	tm := start(t, st, 40, 10, home)
	waitFor(t, tm, "The terminal is 40×10")
	tm.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	waitFor(t, tm, "Banco Sur")
	v := finalView(t, tm)
	lacks(t, v, "The terminal is")
	// And back to tiny: still a message, never a panic.
	tm2 := start(t, st, 10, 3, home)
	waitFor(t, tm2, "terminal")
	fitsIn(t, finalView(t, tm2), 10, 3)
}

// Every key of the list is in its full help, re-assess included.
func TestHomeFullHelpListsEveryKey(t *testing.T) {
	st := newStore(t)
	addWorkshop(t, st, "Tienda Ñandú", "Ñandú S.A.")
	tm := start(t, st, 120, 30, home)
	waitFor(t, tm, "Tienda Ñandú")
	tm.Type("?")
	waitFor(t, tm, "re-assess", "duplicate", "rename")
	finalView(t, tm)
}
