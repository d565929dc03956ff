package tui_test

import (
	"encoding/json"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/tui"
	"github.com/cxmap/cxmap/tui/common"
)

func TestJourneyListCreateOpensTheMap(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	tm := start(t, st, 100, 30, common.NavigateMsg{To: common.JourneysScreen, WorkshopID: w.ID})
	waitFor(t, tm, "No journey maps yet")
	keys(tm, "n")
	waitFor(t, tm, "New journey map")
	typeText(tm, "Compra en línea")
	nextField(t, tm, "Persona")
	typeText(tm, "Ana, 34, compra desde el móvil")
	nextField(t, tm, "Whose journey")
	keys(tm, "enter") // customer
	waitFor(t, tm, "┃ State")
	keys(tm, "enter") // current
	waitFor(t, tm, "1 Before", "2 During", "3 After", "Actions", "Touchpoints", `Stage 1/3 "Before"`)
	v := finalView(t, tm)
	contains(t, v, "Journeys › Compra en línea", "Customer · Current", "persona: Ana, 34")
	list, err := st.Journeys(bg, w.ID)
	if err != nil || len(list) != 1 || list[0].Name != "Compra en línea" || list[0].StageCount != 3 || list[0].LaneCount != 10 {
		t.Fatalf("stored %+v %v", list, err)
	}
}

func TestJourneyListDuplicateRenameDelete(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	j := fillJourney(t, st, addJourney(t, st, w, "Compra", "Buscar", "Pagar"), "x")
	tm := start(t, st, 100, 30, common.NavigateMsg{To: common.JourneysScreen, WorkshopID: w.ID})
	waitFor(t, tm, "Journey maps: 1", "Compra", "▁▂")
	keys(tm, "c")
	waitFor(t, tm, "Compra (future)")
	keys(tm, "enter")
	waitFor(t, tm, `Created "Compra (future)".`, `Future state of "Compra"`)
	keys(tm, "k", "r")
	waitFor(t, tm, `Rename "Compra"`)
	typeText(tm, " online")
	keys(tm, "enter")
	waitFor(t, tm, `Renamed to "Compra online".`)
	// Delete the copy: asks first.
	keys(tm, "j", "d")
	waitFor(t, tm, `Delete "Compra (future)"?`, "every cell are deleted")
	keys(tm, "y")
	waitFor(t, tm, `Deleted "Compra (future)".`)
	v := finalView(t, tm)
	contains(t, v, "Journey maps: 1", "Compra online")
	list, _ := st.Journeys(bg, w.ID)
	if len(list) != 1 || list[0].ID != j.ID || list[0].Name != "Compra online" {
		t.Errorf("left %+v", list)
	}
}

func TestJourneyEditorTypesInCells(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	j := addJourney(t, st, w, "Compra", "Buscar", "Pagar", "Usar")
	tm := openJourney(t, st, j, 100, 30)
	waitFor(t, tm, `Stage 1/3 "Buscar" · lane 1/10 "Actions"`)
	keys(tm, "l", "j")
	waitFor(t, tm, `Stage 2/3 "Pagar" · lane 2/10 "Touchpoints"`)
	keys(tm, "enter")
	waitFor(t, tm, "Editing Pagar · Touchpoints")
	typeText(tm, "Caja en tienda 🙂, y también la app")
	keys(tm, "tab") // saves, goes on to the next stage and keeps editing
	waitFor(t, tm, "Editing Usar · Touchpoints")
	typeText(tm, "Envío")
	keys(tm, "esc")
	waitFor(t, tm, `Stage 3/3 "Usar" · lane 2/10`, "Envío")
	v := finalView(t, tm)
	contains(t, v, "Caja en tienda 🙂,")
	got := stored(t, st, j.ID)
	if a, b := cellText(got, model.LaneTouchpoints, 1), cellText(got, model.LaneTouchpoints, 2); a != "Caja en tienda 🙂, y también la app" || b != "Envío" {
		t.Errorf("stored %q, %q", a, b)
	}
}

// q, ? and L are letters while a cell is edited, not the root's keys.
func TestJourneyEditorTypingQDoesNotQuit(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	j := addJourney(t, st, w, "Compra", "Buscar")
	tm := openJourney(t, st, j, 100, 30)
	waitFor(t, tm, `Stage 1/1`)
	keys(tm, "enter", "q", "?", "L")
	waitFor(t, tm, "q?L")
	keys(tm, "esc")
	finalView(t, tm)
	if got := cellText(stored(t, st, j.ID), model.LaneActions, 0); got != "q?L" {
		t.Errorf("stored %q", got)
	}
}

func TestJourneyEditorEmotionEvidenceCopyPaste(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	j := addJourney(t, st, w, "Compra", "Buscar", "Pagar")
	tm := openJourney(t, st, j, 100, 30)
	waitFor(t, tm, `Stage 1/2`)
	// A digit scores the stage's emotion from any lane.
	keys(tm, "1")
	waitFor(t, tm, `Emotion at "Buscar": -2.`)
	// On the emotion lane, + and - move the score.
	keys(tm, "j", "j", "j", "j", "+")
	waitFor(t, tm, `lane 5/10 "Emotion" · emotion -1`)
	keys(tm, "e")
	waitFor(t, tm, "emotion -1 · ✓ observed")
	keys(tm, "y", "l", "p")
	waitFor(t, tm, `Stage 2/2 "Pagar" · lane 5/10 "Emotion" · emotion -1 · ✓ observed`)
	// The channel lane takes a channel by number.
	keys(tm, "k", "k", "3")
	waitFor(t, tm, "phygital")
	finalView(t, tm)
	got := stored(t, st, j.ID)
	emo := got.LaneIndex(model.LaneEmotion)
	for s := 0; s < 2; s++ {
		if c := got.Cell(emo, s); c.Score == nil || *c.Score != -1 || !c.Observed {
			t.Errorf("emotion of stage %d: %+v", s, c)
		}
	}
	if c := cellText(got, model.LaneChannel, 1); c != "phygital" {
		t.Errorf("channel %q", c)
	}
}

func TestJourneyEditorStructure(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	j := addJourney(t, st, w, "Compra", "Buscar", "Pagar")
	tm := openJourney(t, st, j, 120, 40)
	waitFor(t, tm, `Stage 1/2`)
	keys(tm, "a")
	waitFor(t, tm, `New stage after "Buscar":`)
	typeText(tm, "Comparar")
	keys(tm, "enter")
	waitFor(t, tm, `Stage 2/3 "Comparar"`)
	keys(tm, "<")
	waitFor(t, tm, `Stage 1/3 "Comparar"`)
	eventually(t, "stage moved", func() bool { return names(stored(t, st, j.ID)) == "Comparar,Buscar,Pagar" })
	keys(tm, "r")
	waitFor(t, tm, `Rename stage "Comparar":`)
	typeText(tm, " precios")
	keys(tm, "enter")
	waitFor(t, tm, `Stage 1/3 "Comparar precios"`)
	// An empty stage goes without a question; one with text asks.
	keys(tm, "d")
	waitFor(t, tm, `Deleted stage "Comparar precios"`)
	keys(tm, "enter")
	typeText(tm, "busca en Google")
	keys(tm, "esc", "d")
	waitFor(t, tm, `Delete stage "Buscar" and its 1 filled cell?`)
	keys(tm, "n") // keep it
	// Lanes: a custom one, then one named like a built-in kind.
	keys(tm, "o")
	waitFor(t, tm, `New lane below "Actions":`)
	typeText(tm, "Objetivos")
	keys(tm, "enter")
	waitFor(t, tm, `lane 2/11 "Objetivos"`)
	keys(tm, "K")
	waitFor(t, tm, `lane 1/11 "Objetivos"`)
	keys(tm, "D")
	waitFor(t, tm, `Deleted lane "Objetivos"`)
	finalView(t, tm)
	got := stored(t, st, j.ID)
	if names(got) != "Buscar,Pagar" || len(got.Lanes) != 10 || cellText(got, model.LaneActions, 0) != "busca en Google" {
		t.Errorf("stored %s, %d lanes, %q", names(got), len(got.Lanes), cellText(got, model.LaneActions, 0))
	}
}

func TestJourneyEditorUndoRedo(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	j := addJourney(t, st, w, "Compra", "Buscar", "Pagar")
	tm := openJourney(t, st, j, 100, 30)
	waitFor(t, tm, `Stage 1/2`)
	keys(tm, "enter")
	typeText(tm, "uno")
	keys(tm, "esc", "l", "enter")
	typeText(tm, "dos")
	keys(tm, "esc", "d")
	waitFor(t, tm, `Delete stage "Pagar" and its 1 filled cell?`)
	keys(tm, "y")
	waitFor(t, tm, `Deleted stage "Pagar"`)
	eventually(t, "stage deleted", func() bool { return names(stored(t, st, j.ID)) == "Buscar" })
	keys(tm, "u")
	waitFor(t, tm, "Undone (2 more can be undone).")
	eventually(t, "stage back", func() bool {
		g := stored(t, st, j.ID)
		return names(g) == "Buscar,Pagar" && cellText(g, model.LaneActions, 1) == "dos"
	})
	keys(tm, "u")
	waitFor(t, tm, "Undone (1 more can be undone).")
	keys(tm, "u")
	waitFor(t, tm, "Undone (0 more can be undone).")
	eventually(t, "all undone", func() bool {
		g := stored(t, st, j.ID)
		return cellText(g, model.LaneActions, 0) == "" && cellText(g, model.LaneActions, 1) == ""
	})
	keys(tm, "u")
	waitFor(t, tm, "Nothing to undo.")
	keys(tm, "ctrl+r")
	waitFor(t, tm, "Redone (2 more can be redone).")
	// One at a time: status messages from keys sent together may show in
	// any order.
	keys(tm, "ctrl+r")
	waitFor(t, tm, "Redone (1 more can be redone).")
	keys(tm, "ctrl+r")
	waitFor(t, tm, "Redone (0 more can be redone).")
	finalView(t, tm)
	g := stored(t, st, j.ID)
	if names(g) != "Buscar" || cellText(g, model.LaneActions, 0) != "uno" {
		t.Errorf("after redo: %s %q", names(g), cellText(g, model.LaneActions, 0))
	}
}

// A map of 40 stages scrolls: the lane names stay, the header says what
// is hidden, and the status line where the cursor is.
func TestJourneyEditorManyStages(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	j := fillJourney(t, st, addJourney(t, st, w, "Grande", stageNames(40)...), strings.Repeat("texto largo ", 17))
	tm := openJourney(t, st, j, 120, 40)
	waitFor(t, tm, `Stage 1/40 "Etapa 1"`, "Touchpoints")
	keys(tm, "G")
	waitFor(t, tm, `Stage 40/40 "Etapa 40"`, "40 Etapa 40")
	for i := 0; i < 15; i++ {
		keys(tm, "h")
	}
	waitFor(t, tm, `Stage 25/40 "Etapa 25"`)
	keys(tm, "]")
	waitFor(t, tm, "Columns 22 wide.")
	keys(tm, "]")
	waitFor(t, tm, "Columns 26 wide.")
	v := finalView(t, tm)
	contains(t, v, "25 Etapa 25", "Actions", "◂")
	lacks(t, v, "1 Etapa 1 ")
	fitsIn(t, v, 120, 40)
}

func TestJourneyEditorSmallTerminals(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 16}} {
		t.Run(strings.Join([]string{string(rune('0' + size[0]/10)), "x"}, ""), func(t *testing.T) {
			st := newStore(t)
			w := addWorkshop(t, st, "Tienda", "")
			j := fillJourney(t, st, addJourney(t, st, w, "Compra en línea con un nombre muy largo", stageNames(12)...),
				"Ñandú 🙂 texto que no cabe en una columna estrecha")
			tm := openJourney(t, st, j, size[0], size[1])
			waitFor(t, tm, "Stage 1/12")
			keys(tm, "j", "j", "l", "l", "l")
			waitFor(t, tm, "Stage 4/12")
			v := finalView(t, tm)
			fitsIn(t, v, size[0], size[1])
			contains(t, v, "Etapa 4", "Stage 4/12")
			keys(tm) // nothing
			// Editing fits too.
			tm2 := openJourney(t, st, j, size[0], size[1])
			waitFor(t, tm2, "Stage 4/12")
			keys(tm2, "enter")
			waitFor(t, tm2, "Editing Etapa 4")
			v = finalView(t, tm2)
			fitsIn(t, v, size[0], size[1])
		})
	}
}

// Reopening a journey returns to the stage and lane it was left on.
func TestJourneyEditorRestoresTheCursor(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	j := addJourney(t, st, w, "Compra", stageNames(8)...)
	tm := openJourney(t, st, j, 100, 30)
	waitFor(t, tm, `Stage 1/8`)
	keys(tm, "l", "l", "l", "l", "l", "j", "j", "j")
	waitFor(t, tm, `Stage 6/8 "Etapa 6" · lane 4/10 "Thoughts"`)
	keys(tm, "]")
	waitFor(t, tm, "Columns 22 wide.")
	finalView(t, tm)
	c, err := st.Cursor(bg, w.ID)
	if err != nil || c.Screen != "journey" {
		t.Fatalf("cursor %+v %v", c, err)
	}
	var pos struct{ Journey, Stage, Lane, Width int64 }
	if err := json.Unmarshal([]byte(c.State), &pos); err != nil || pos.Journey != j.ID || pos.Stage != 5 || pos.Lane != 3 || pos.Width != 22 {
		t.Errorf("saved %s %v", c.State, err)
	}
	tm = openJourney(t, st, j, 100, 30)
	waitFor(t, tm, `Stage 6/8 "Etapa 6" · lane 4/10 "Thoughts"`)
	finalView(t, tm)
}

func TestJourneyEditorComparesWithCurrent(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	cur := fillJourney(t, st, addJourney(t, st, w, "Compra", "Buscar", "Pagar", "Usar"), "x")
	id, err := st.DuplicateJourney(bg, cur.ID, "Compra mañana")
	if err != nil {
		t.Fatal(err)
	}
	future := stored(t, st, id)
	tm := openJourney(t, st, future, 100, 40)
	waitFor(t, tm, `Stage 1/3`)
	keys(tm, "3")
	waitFor(t, tm, `Emotion at "Buscar": 0.`)
	keys(tm, "l", "5")
	waitFor(t, tm, `Emotion at "Pagar": +2.`)
	keys(tm, "c")
	waitFor(t, tm, "○ Current", "● Future", `compared with "Compra"`)
	finalView(t, tm)
	if s := stored(t, st, cur.ID).Emotions(); *s[0] != -2 || *s[1] != -1 {
		t.Errorf("the current map changed: %v", s)
	}
}

func TestJourneyEditorInSpanish(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	j := addJourney(t, st, w, "Compra", "Buscar")
	tm := startIn(t, st, "es", 100, 30, common.NavigateMsg{To: common.JourneyScreen, WorkshopID: w.ID, ItemID: j.ID})
	waitFor(t, tm, `Etapa 1/1 "Buscar" · carril 1/10 "Acciones"`, "Puntos de dolor", "Emoción")
	keys(tm, "D")
	waitFor(t, tm, `Borrado el carril "Acciones" (u deshace).`)
	keys(tm, "u", "enter")
	waitFor(t, tm, "Editando Buscar · Acciones")
	keys(tm, "esc")
	v := finalView(t, tm)
	contains(t, v, "Cliente · Actual", "Puntos de dolor")
}

// drain runs cmd and feeds its messages back to the app, synchronously.
func drain(app tea.Model, cmd tea.Cmd, depth int) {
	if cmd == nil || depth > 8 {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			drain(app, c, depth+1)
		}
	default:
		_, next := app.Update(msg)
		drain(app, next, depth+1)
	}
}

// The whole frame of a 40 x 12 map with 200-character cells at 200 x 60,
// chrome included.
func BenchmarkJourneyAppView(b *testing.B) {
	st := newStore(b)
	w := addWorkshop(b, st, "Tienda", "")
	j := fillJourney(b, st, addJourney(b, st, w, "Grande", stageNames(40)...), strings.Repeat("Ñandú 🙂 texto ", 15)[:200])
	app := tui.New(tui.Options{Store: st, Lang: "en", Start: common.NavigateMsg{To: common.JourneyScreen, WorkshopID: w.ID, ItemID: j.ID}})
	app.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	drain(app, app.Init(), 0)
	if v := app.View(); !strings.Contains(ansi.Strip(v), "Stage 1/40") {
		b.Fatalf("not on the map:\n%s", ansi.Strip(v))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = app.View()
	}
}

func TestJourneyListEditsDetails(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Tienda", "")
	j := addJourney(t, st, w, "Alta", "Antes")
	tm := start(t, st, 100, 30, common.NavigateMsg{To: common.JourneysScreen, WorkshopID: w.ID})
	waitFor(t, tm, "Alta", "Draft")
	keys(tm, "e")
	waitFor(t, tm, "Journey details")
	nextField(t, tm, "Persona")
	nextField(t, tm, "Whose journey")
	keys(tm, "down")
	waitFor(t, tm, "> Employee")
	nextField(t, tm, "State")
	nextField(t, tm, "Status")
	keys(tm, "down", "down")
	waitFor(t, tm, "> Validated")
	keys(tm, "enter")
	waitFor(t, tm, "Saved.", "Employee", "Validated")
	finalView(t, tm)
	got := stored(t, st, j.ID)
	if got.Kind != model.EmployeeJourney || got.Status != "validated" || got.State != model.CurrentState || got.Persona != "Ana, 34" {
		t.Errorf("stored %+v", got)
	}
}
