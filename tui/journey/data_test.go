package journey

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
	"github.com/cxmap/cxmap/tui/styles"
)

func smallMap(t *testing.T, c *common.Context) model.Journey {
	t.Helper()
	w, err := c.Store.CreateWorkshop(c.Ctx, store.NewWorkshop{Name: "W", Assessment: &model.Assessment{ID: "a"}})
	if err != nil {
		t.Fatal(err)
	}
	j, err := c.Store.CreateJourney(c.Ctx, w.ID, store.NewJourney{Name: "Compra", Stages: []string{"Uno", "Dos", "Tres"}})
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func stored(t *testing.T, c *common.Context, id int64) model.Journey {
	t.Helper()
	j, err := c.Store.Journey(c.Ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// Two editors on one map: B types into a cell and adds a stage; A renames
// a stage, moves it, adds one and undoes its last steps. Undo replays A's
// own operations only: B's text and stage stay.
func TestTwoEditorsNeverRevertEachOther(t *testing.T) {
	c := testContext(t, i18n.EN)
	j := smallMap(t, c)
	a := openEditor(t, c, j, 120, 40)
	b := openEditor(t, c, j, 120, 40)

	press(b, "l", "l", "enter", "Lo escribe B", "esc") // stage Tres, first lane
	press(b, "a", "Etapa de B", "enter")               // a stage after Tres

	press(a, "r")
	press(a, "Inicio", "enter") // rename Uno (to UnoInicio): A does not show B's stage yet
	press(a, ">")               // move it right
	press(a, "a", "De A", "enter")
	got := stored(t, c, j.ID)
	if len(got.Stages) != 5 {
		t.Fatalf("stages %+v", got.Stages)
	}
	press(a, "u", "u", "u") // undo A's insert, move and rename

	got = stored(t, c, j.ID)
	names := []string{}
	for _, s := range got.Stages {
		names = append(names, s.Name)
	}
	if strings.Join(names, ",") != "Uno,Dos,Tres,Etapa de B" {
		t.Errorf("stages after A's undo: %v", names)
	}
	if text := got.Cell(0, 2).Text; text != "Lo escribe B" {
		t.Errorf("B's cell = %q", text)
	}
	// A's screen shows the stored map, B's work included.
	if len(a.j.Stages) != 4 || a.j.Cell(0, 2).Text != "Lo escribe B" {
		t.Errorf("A shows %d stages, cell %q", len(a.j.Stages), a.j.Cell(0, 2).Text)
	}
	// Redo replays A's steps again, on top of B's work.
	press(a, "ctrl+r")
	if s := stored(t, c, j.ID).Stages[0].Name; s != "UnoInicio" {
		t.Errorf("redo rename: first stage %q", s)
	}
}

// Undo of a deleted stage brings it back with its cells under a new id,
// and a redo deletes that new stage: every kept step follows the id.
func TestUndoDeleteFollowsTheNewID(t *testing.T) {
	c := testContext(t, i18n.EN)
	j := smallMap(t, c)
	e := openEditor(t, c, j, 120, 40)
	press(e, "l", "enter", "texto", "esc") // a cell in Dos
	press(e, "d", "y")                     // delete Dos, which holds text
	press(e, "u")
	got := stored(t, c, j.ID)
	if got.Stages[1].Name != "Dos" || got.Stages[1].ID == j.Stages[1].ID || got.Cell(0, 1).Text != "texto" {
		t.Fatalf("restored %+v %q", got.Stages, got.Cell(0, 1).Text)
	}
	press(e, "u") // undo the text, in the restored stage
	if got := stored(t, c, j.ID); got.Cell(0, 1).Text != "" {
		t.Errorf("undo of the text in the restored stage: %q", got.Cell(0, 1).Text)
	}
	press(e, "ctrl+r", "ctrl+r") // the text again, then the deletion
	if got := stored(t, c, j.ID); len(got.Stages) != 2 {
		t.Errorf("redo of the delete: %+v", got.Stages)
	}
}

// A write that fails (another program holds the lock) is not shown as
// saved: the cell shows the stored value, the error says why, and text
// being typed stays in the editor and is saved by the next key.
func TestFailedWriteIsNotShownAsSaved(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cx.db")
	st, err := store.OpenWith(path, store.Options{Create: true, BusyTimeout: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c := &common.Context{Ctx: context.Background(), Store: st, Styles: styles.New(), Cat: i18n.For(i18n.EN)}
	j := smallMap(t, c)
	e := openEditor(t, c, j, 120, 40)

	other, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(20)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}

	press(e, "e") // the evidence mark: a one-key write
	if e.j.Cell(0, 0).Observed {
		t.Error("a failed write shows as saved")
	}
	press(e, "enter")
	cmd := e.Update(keyMsg("Hola"))
	if e.j.Cell(0, 0).Text != "" || e.area.Value() != "Hola" {
		t.Errorf("cell %q, editor %q", e.j.Cell(0, 0).Text, e.area.Value())
	}
	if !failedWith(cmd, store.ErrLocked) {
		t.Error("the failure does not name the lock")
	}
	press(e, "esc") // cannot save: the cell stays open with its text
	if !e.editing {
		t.Error("the editor closed on a failed save, losing the text")
	}
	conn.ExecContext(context.Background(), "ROLLBACK")
	press(e, "!") // the next key saves everything typed
	press(e, "esc")
	if got := stored(t, c, j.ID).Cell(0, 0).Text; got != "Hola!" {
		t.Errorf("after the retry: %q", got)
	}
}

// Opening and closing a cell never changes its text, however long.
func TestOpenCloseKeepsText(t *testing.T) {
	c := testContext(t, i18n.EN)
	j := smallMap(t, c)
	long := strings.Repeat("línea con\ttab y espacio final \n", 300) + "  "
	if err := c.Store.SetCell(c.Ctx, j.ID, j.Stages[0].ID, j.Lanes[0].ID, model.Cell{Text: long}); err != nil {
		t.Fatal(err)
	}
	e := openEditor(t, c, j, 120, 40)
	press(e, "enter", "esc")
	if got := stored(t, c, j.ID).Cell(0, 0).Text; got != long {
		t.Errorf("text changed by opening and closing: %d -> %d characters", len(long), len(got))
	}
	if len(e.undo) != 0 {
		t.Error("opening and closing made a step of undo")
	}
}

func keyMsg(s string) tea.Msg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// msgs runs cmd and the commands it batches, and returns their messages.
func msgs(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	if batch, ok := cmd().(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, msgs(c)...)
		}
		return out
	} else if m := cmd(); m != nil {
		return []tea.Msg{m}
	}
	return nil
}

func failedWith(cmd tea.Cmd, target error) bool {
	for _, m := range msgs(cmd) {
		if em, ok := m.(common.ErrMsg); ok && errors.Is(em.Err, target) {
			return true
		}
	}
	return false
}

// Undo of an insert never deletes a stage another window wrote in.
func TestUndoInsertKeepsOthersText(t *testing.T) {
	c := testContext(t, i18n.EN)
	j := smallMap(t, c)
	a := openEditor(t, c, j, 120, 40)
	press(a, "a", "Nueva", "enter")
	got := stored(t, c, j.ID)
	newID := got.Stages[1].ID
	if err := c.Store.SetCell(c.Ctx, j.ID, newID, got.Lanes[0].ID, model.Cell{Text: "de B"}); err != nil {
		t.Fatal(err)
	}
	press(a, "u")
	got = stored(t, c, j.ID)
	if len(got.Stages) != 4 || got.Cell(0, 1).Text != "de B" {
		t.Errorf("undo deleted B's work: %+v", got.Stages)
	}
	if len(a.undo) != 0 || len(a.redo) != 0 {
		t.Errorf("the refused step was kept: %d undo, %d redo", len(a.undo), len(a.redo))
	}
}

// Undo of a cell edit never overwrites what another window wrote there
// since; the step is dropped with a message.
func TestUndoCellKeepsOthersLaterText(t *testing.T) {
	c := testContext(t, i18n.EN)
	j := smallMap(t, c)
	a := openEditor(t, c, j, 120, 40)
	press(a, "enter", "de A", "esc")
	if err := c.Store.SetCell(c.Ctx, j.ID, j.Stages[0].ID, j.Lanes[0].ID, model.Cell{Text: "de A y luego B"}); err != nil {
		t.Fatal(err)
	}
	press(a, "u")
	if got := stored(t, c, j.ID).Cell(0, 0).Text; got != "de A y luego B" {
		t.Errorf("undo overwrote B: %q", got)
	}
	if a.j.Cell(0, 0).Text != "de A y luego B" {
		t.Errorf("A shows %q", a.j.Cell(0, 0).Text)
	}
}
