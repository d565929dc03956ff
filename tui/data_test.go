package tui_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// secondStore opens the same file as st through another connection, as
// another window or a command would.
func secondStore(t *testing.T, st *store.Store) *store.Store {
	t.Helper()
	other, err := store.Open(st.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	return other
}

// A note is stored on every keystroke, before the note is closed.
func TestNoteIsSavedOnEveryKeystroke(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "1/16")
	tm.Type("n")
	waitFor(t, tm, "saved as you type")
	typeText(tm, "Solo marketing")
	waitFor(t, tm, "Solo marketing")
	if r, _ := st.Answer(bg, w.ID, model.Consensus, "qs.strategy.direction"); r.Note != "Solo marketing" {
		t.Errorf("stored note %q while typing", r.Note)
	}
	tm.Type("!")
	waitFor(t, tm, "Solo marketing!")
	if r, _ := st.Answer(bg, w.ID, model.Consensus, "qs.strategy.direction"); r.Note != "Solo marketing!" {
		t.Errorf("stored note %q after one more key", r.Note)
	}
	finalView(t, tm)
}

// A responses import beside the open questionnaire shows within a second,
// and a note added afterwards keeps the imported level.
func TestImportBesideTheOpenQuestionnaire(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "1/16", "answered 0/16")
	other := secondStore(t, st)
	if _, err := other.ImportResponses(bg, w.ID, []store.NamedResponse{
		{Response: model.Response{QuestionID: "qs.strategy.direction", Level: 4}},
		{Response: model.Response{QuestionID: "qs.strategy.commitment", Level: 2}},
	}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, tm, "answered 2/16") // noticed through data_version
	tm.Type("n")
	waitFor(t, tm, "saved as you type")
	typeText(tm, "de la encuesta")
	key(tm, tea.KeyEsc)
	waitFor(t, tm, "Note: de la encuesta")
	finalView(t, tm)
	r, _ := st.Answer(bg, w.ID, model.Consensus, "qs.strategy.direction")
	if r.Level != 4 || r.Note != "de la encuesta" {
		t.Errorf("answer after the note: %+v", r)
	}
}

// lockedQuestionnaire opens the questionnaire on a store that waits only
// 30 ms for a lock, and takes the write lock from another connection.
func lockedQuestionnaire(t *testing.T) (*store.Store, model.Workshop, *teatest.TestModel, func()) {
	t.Helper()
	path := t.TempDir() + "/cx.db"
	st, err := store.OpenWith(path, store.Options{Create: true, BusyTimeout: 30 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w := addWorkshop(t, st, "Banco", "")
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "1/16")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	conn, _ := db.Conn(context.Background())
	t.Cleanup(func() { conn.Close() })
	if _, err := conn.ExecContext(bg, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	return st, w, tm, func() { conn.ExecContext(bg, "ROLLBACK") }
}

// A write refused because another program holds the lock is not shown as
// saved, and the message naming the cause outlives the next keys.
func TestLockedWriteIsReportedAndStays(t *testing.T) {
	st, w, tm, unlock := lockedQuestionnaire(t)
	defer unlock()
	tm.Type("3")
	waitFor(t, tm, "Not saved: the file is locked by another program")
	tm.Type("l")
	waitFor(t, tm, "2/16")
	tm.Type("h")
	waitFor(t, tm, "1/16")
	v := finalView(t, tm)
	contains(t, v, "Not saved: the file is locked", "answered 0/16")
	if r, _ := st.Answer(bg, w.ID, model.Consensus, "qs.strategy.direction"); r.Level != 0 {
		t.Errorf("stored %+v", r)
	}
}

// esc dismisses the message; once the lock is gone the same key saves.
func TestLockedWriteDismissAndRetry(t *testing.T) {
	st, w, tm, unlock := lockedQuestionnaire(t)
	tm.Type("3")
	waitFor(t, tm, "Not saved")
	unlock()
	key(tm, tea.KeyEsc)
	tm.Type("3")
	waitFor(t, tm, "answered 1/16")
	v := finalView(t, tm)
	lacks(t, v, "Not saved")
	if r, _ := st.Answer(bg, w.ID, model.Consensus, "qs.strategy.direction"); r.Level != 3 {
		t.Errorf("stored %+v", r)
	}
}

// Text pasted outside a field is never run as commands; a short burst of
// typed keys is split into single keys.
func TestPasteOutsideAFieldIsRefused(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	j := addJourney(t, st, w, "Compra", "Uno", "Dos", "Tres", "Cuatro")
	tm := openJourney(t, st, j, 120, 40)
	waitFor(t, tm, `Stage 1/4 "Uno"`)
	typeText(tm, "xdd") // fast typing: three commands (x clears, d deletes a stage)
	waitFor(t, tm, `Stage 1/2`)
	typeText(tm, "ll")
	waitFor(t, tm, `Stage 2/2`)
	// A paste without bracketed paste: words and spaces in a burst.
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("dado")})
	tm.Send(tea.KeyMsg{Type: tea.KeySpace, Runes: []rune(" ")})
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ahora")})
	waitFor(t, tm, "Pasted text ignored")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("d d a"), Paste: true})
	time.Sleep(100 * time.Millisecond)
	finalView(t, tm)
	got, _ := st.Journey(bg, j.ID)
	if len(got.Stages) != 2 {
		t.Errorf("a paste ran as commands: %d stages", len(got.Stages))
	}
}

// A bracketed paste into a cell being edited is its text.
func TestPasteIntoAFieldIsText(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	j := addJourney(t, st, w, "Compra", "Uno")
	tm := openJourney(t, st, j, 120, 40)
	waitFor(t, tm, `Stage 1/1`)
	key(tm, tea.KeyEnter)
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("dd pegado\nsegunda"), Paste: true})
	waitFor(t, tm, "segunda")
	key(tm, tea.KeyEsc)
	finalView(t, tm)
	got, _ := st.Journey(bg, j.ID)
	if got.Cell(0, 0).Text != "dd pegado\nsegunda" || len(got.Stages) != 1 {
		t.Errorf("cell %q, %d stages", got.Cell(0, 0).Text, len(got.Stages))
	}
}

// Another window's stage and cell appear in the open editor, and the
// cursor stays on its stage.
func TestEditorSeesAnotherWindow(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	j := addJourney(t, st, w, "Compra", "Uno", "Dos")
	tm := openJourney(t, st, j, 120, 40)
	waitFor(t, tm, `Stage 1/2 "Uno"`)
	tm.Type("l")
	waitFor(t, tm, `Stage 2/2 "Dos"`)
	other := secondStore(t, st)
	if _, err := other.InsertAxis(bg, store.Stages, j.ID, 0, "Antes", ""); err != nil {
		t.Fatal(err)
	}
	if err := other.SetCell(bg, j.ID, j.Stages[1].ID, j.Lanes[0].ID, model.Cell{Text: "de la otra ventana"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, tm, `Stage 3/3 "Dos"`, "de la otra ventana")
	finalView(t, tm)
}

// A map deleted in another window closes in this one, back at the list.
func TestMapDeletedElsewhereCloses(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	j := addJourney(t, st, w, "Compra", "Uno")
	tm := start(t, st, 120, 40, common.NavigateMsg{To: common.JourneysScreen, WorkshopID: w.ID})
	waitFor(t, tm, "Compra")
	key(tm, tea.KeyEnter)
	waitFor(t, tm, `Stage 1/1 "Uno"`)
	if err := secondStore(t, st).DeleteJourney(bg, j.ID); err != nil {
		t.Fatal(err)
	}
	waitFor(t, tm, "This was deleted in another window.", "No journey maps yet")
	finalView(t, tm)
}

// A workshop deleted in another window closes in this one, back home.
func TestWorkshopDeletedElsewhereCloses(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	addWorkshop(t, st, "Tienda", "")
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "1/16")
	if err := secondStore(t, st).DeleteWorkshop(bg, w.ID); err != nil {
		t.Fatal(err)
	}
	waitFor(t, tm, "This was deleted in another window.", "Tienda")
	v := finalView(t, tm)
	lacks(t, v, "Banco")
}

// A new initiative is stored as soon as it has a title and saved as it is
// typed, so quitting before submitting loses nothing; esc removes it.
func TestNewInitiativeIsSavedAsTyped(t *testing.T) {
	for _, cancel := range []bool{false, true} {
		st := newStore(t)
		w := addWorkshop(t, st, "Banco", "")
		tm := start(t, st, 100, 30, common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: w.ID})
		waitFor(t, tm, "0 initiatives")
		tm.Type("n")
		waitFor(t, tm, "New initiative")
		typeText(tm, "Mapa de quejas")
		waitFor(t, tm, "Mapa de quejas")
		nextField(t, tm, "Description")
		typeText(tm, "por canal")
		waitFor(t, tm, "por canal")
		if cancel {
			key(tm, tea.KeyEsc) // a changed form asks first (issue 13)
			waitFor(t, tm, "Discard your changes?")
			tm.Type("y")
			waitFor(t, tm, "0 initiatives")
		}
		finalView(t, tm) // quit without submitting
		items, _ := st.Initiatives(bg, w.ID)
		switch {
		case cancel && len(items) != 0:
			t.Errorf("esc kept %+v", items)
		case !cancel && (len(items) != 1 || items[0].Title != "Mapa de quejas" || items[0].Description != "por canal"):
			t.Errorf("stored %+v", items)
		}
	}
}
