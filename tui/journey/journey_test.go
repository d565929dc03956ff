package journey

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
	"github.com/cxmap/cxmap/tui/styles"
)

func testContext(t testing.TB, lang string) *common.Context {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &common.Context{Ctx: context.Background(), Store: st, Styles: styles.New(), Cat: i18n.For(lang)}
}

// bigMap stores a 40-stage, 12-lane journey with 200-character cells.
func bigMap(t testing.TB, c *common.Context) model.Journey {
	t.Helper()
	w, err := c.Store.CreateWorkshop(c.Ctx, store.NewWorkshop{Name: "W", Assessment: &model.Assessment{ID: "a"}})
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, 40)
	for i := range names {
		names[i] = fmt.Sprintf("Etapa %d", i+1)
	}
	lanes := append(append([]model.LaneKind{}, model.DefaultLanes...), model.LaneText, model.LaneText)
	j, err := c.Store.CreateJourney(c.Ctx, w.ID, store.NewJourney{Name: "Grande", Stages: names, Lanes: lanes})
	if err != nil {
		t.Fatal(err)
	}
	text := []rune(strings.Repeat("Ñandú checkout lento 🙂 ", 12))[:200]
	for l := range j.Lanes {
		for s := range j.Stages {
			cell := model.Cell{Text: string(text), Observed: s%3 == 0}
			if j.Lanes[l].Kind == model.LaneEmotion {
				cell.Score = model.ScoreOf(s%5 - 2)
			}
			j.Cells[l][s] = cell
		}
	}
	if j, err = c.Store.SaveGrid(c.Ctx, j); err != nil {
		t.Fatal(err)
	}
	return j
}

// openEditor builds an editor on j at w x h, loaded synchronously.
func openEditor(t testing.TB, c *common.Context, j model.Journey, w, h int) *Editor {
	t.Helper()
	e := NewEditor(c, j.WorkshopID, j.ID)
	msg := e.Init()()
	if em, ok := msg.(common.ErrMsg); ok {
		t.Fatal(em.Err)
	}
	e.Update(msg)
	e.SetSize(w, h)
	return e
}

func press(e *Editor, keys ...string) {
	for _, k := range keys {
		var msg tea.KeyMsg
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "tab":
			msg = tea.KeyMsg{Type: tea.KeyTab}
		case "right":
			msg = tea.KeyMsg{Type: tea.KeyRight}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		e.Update(msg)
	}
}

func TestNoTwoGridKeysShareAKey(t *testing.T) {
	for _, lang := range []string{i18n.EN, i18n.ES} {
		k := newEditorKeys(i18n.For(lang))
		seen := map[string]string{}
		for _, b := range k.grid() {
			for _, name := range b.Keys() {
				if prev, ok := seen[name]; ok {
					t.Errorf("%q is bound to %q and %q", name, prev, b.Help().Desc)
				}
				seen[name] = b.Help().Desc
			}
			if b.Help().Desc == "" || strings.Contains(b.Help().Desc, "journey.") {
				t.Errorf("binding %v has no help text", b.Keys())
			}
		}
		for _, global := range []string{"q", "?", "L", "ctrl+c"} {
			if _, ok := seen[global]; ok {
				t.Errorf("%s is the root's key", global)
			}
		}
		lk := newListKeys(i18n.For(lang))
		seen = map[string]string{}
		for _, b := range lk.all() {
			for _, name := range b.Keys() {
				if _, ok := seen[name]; ok {
					t.Errorf("list: %q bound twice", name)
				}
				seen[name] = ""
			}
		}
	}
}

func TestEveryLaneKindHasANameInBothLanguages(t *testing.T) {
	kinds := append(append([]model.LaneKind{}, model.DefaultLanes...), model.LaneText)
	for _, lang := range []string{i18n.EN, i18n.ES} {
		c := &common.Context{Cat: i18n.For(lang)}
		for _, k := range kinds {
			if n := laneName(c, model.Lane{Kind: k}); n == "" || strings.HasPrefix(n, "lane.") {
				t.Errorf("%s: lane %s is named %q", lang, k, n)
			}
		}
		for _, k := range append(append([]string{}, channelKeys...), "journey.stage_n") {
			if strings.HasPrefix(c.T(k), "journey.") {
				t.Errorf("%s: %s missing", lang, k)
			}
		}
		for _, s := range statuses {
			if strings.HasPrefix(statusLabel(c, s), "journey.") {
				t.Errorf("%s: status %s missing", lang, s)
			}
		}
	}
	if k, ok := kindForName(bothLanguages, " puntos de DOLOR "); !ok || k != model.LanePain {
		t.Errorf("kindForName: %v %v", k, ok)
	}
	if _, ok := kindForName(bothLanguages, "Objetivos"); ok {
		t.Error("a custom name matched a kind")
	}
}

// The grid never exceeds the editor's size, whatever the text and width.
func TestViewFits(t *testing.T) {
	c := testContext(t, i18n.ES)
	j := bigMap(t, c)
	for _, size := range [][2]int{{58, 2}, {58, 4}, {58, 12}, {78, 20}, {118, 36}, {198, 56}} {
		e := openEditor(t, c, j, size[0], size[1])
		for _, keys := range [][]string{nil, {"G"}, {"j", "j", "j", "j", "j"}, {"]", "]", "]", "]"}, {"[", "[", "[", "[", "[", "["}, {"enter"}, {"esc", "c", "a"}} {
			press(e, keys...)
			v := e.View()
			lines := strings.Split(v, "\n")
			if len(lines) > size[1] {
				t.Errorf("%v after %v: %d lines", size, keys, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("%v after %v: line %d is %d wide: %q", size, keys, i, w, ansi.Strip(l))
				}
			}
		}
	}
}

func BenchmarkEditorView(b *testing.B) {
	c := testContext(b, i18n.EN)
	e := openEditor(b, c, bigMap(b, c), 198, 56)
	press(e, "j", "j", "l", "l", "l", "l", "l", "l", "l", "l", "l", "l")
	e.View()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = e.View()
	}
}

// One move: Update (cursor, scroll, cursor saved) and the next View.
func BenchmarkEditorMove(b *testing.B) {
	c := testContext(b, i18n.EN)
	e := openEditor(b, c, bigMap(b, c), 198, 56)
	right, left := tea.KeyMsg{Type: tea.KeyRight}, tea.KeyMsg{Type: tea.KeyLeft}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%80 < 40 {
			e.Update(right)
		} else {
			e.Update(left)
		}
		_ = e.View()
	}
}

// One keystroke in a cell: Update, the row saved, and the next View.
func BenchmarkEditorKeystroke(b *testing.B) {
	c := testContext(b, i18n.EN)
	e := openEditor(b, c, bigMap(b, c), 198, 56)
	press(e, "enter")
	k := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'x'}}
	bs := tea.KeyMsg{Type: tea.KeyBackspace}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			e.Update(k)
		} else {
			e.Update(bs)
		}
		_ = e.View()
	}
}

// A map stored without stages or lanes opens with a first stage and the
// default lanes.
func TestEditorRepairsAnEmptyGrid(t *testing.T) {
	c := testContext(t, i18n.EN)
	j := bigMap(t, c)
	empty := model.Journey{ID: j.ID, WorkshopID: j.WorkshopID}
	if _, err := c.Store.SaveGrid(c.Ctx, empty); err != nil {
		t.Fatal(err)
	}
	e := openEditor(t, c, j, 80, 20)
	if len(e.j.Stages) != 1 || len(e.j.Lanes) != len(model.DefaultLanes) {
		t.Fatalf("%d stages, %d lanes", len(e.j.Stages), len(e.j.Lanes))
	}
	if v := ansi.Strip(e.View()); !strings.Contains(v, `Stage 1/1 "Stage 1"`) {
		t.Errorf("view:\n%s", v)
	}
	got, _ := c.Store.Journey(c.Ctx, j.ID)
	if len(got.Stages) != 1 || len(got.Lanes) != 10 {
		t.Errorf("stored %d stages, %d lanes", len(got.Stages), len(got.Lanes))
	}
}

// Undo brings back a deleted stage and its cells, in the store too (under
// a new id: ids are never reused), and undo keeps working past the
// history's first hundred steps.
func TestEditorUndoManySteps(t *testing.T) {
	c := testContext(t, i18n.EN)
	j := bigMap(t, c)
	e := openEditor(t, c, j, 120, 40)
	before := e.j
	for i := 0; i < 60; i++ {
		press(e, "+", "-") // the first stage's emotion: -2, -1, -2, ...
	}
	press(e, "+", "+", "+", "+", "+") // up to +2, then nothing changes
	if len(e.undo) != 120+4 {
		t.Errorf("%d steps of undo", len(e.undo))
	}
	press(e, "d", "y") // delete the first stage, with its text
	if len(e.j.Stages) != 39 {
		t.Fatalf("%d stages", len(e.j.Stages))
	}
	for i := 0; i < 125; i++ {
		press(e, "u")
	}
	got, _ := c.Store.Journey(c.Ctx, j.ID)
	if len(got.Stages) != 40 || got.Stages[0].Name != before.Stages[0].Name || got.Stages[0].ID == before.Stages[0].ID {
		t.Fatalf("stages %d, first %+v", len(got.Stages), got.Stages[0])
	}
	for l := range before.Lanes {
		for s := range before.Stages {
			if !got.Cell(l, s).Equal(before.Cell(l, s)) {
				t.Fatalf("cell %d,%d: %+v, want %+v", l, s, got.Cell(l, s), before.Cell(l, s))
			}
		}
	}
}

func TestCellsAreCleanedAndWrapped(t *testing.T) {
	st := styles.New()
	k := cellKey{text: "a\x1b[31mred\tx 🙂🙂🙂🙂 ñandú", score: noScore, width: 8, maxLines: 3}
	lines := drawCell(st, k)
	for _, l := range lines {
		if w := ansi.StringWidth(l); w != 10 {
			t.Errorf("line %q is %d wide", ansi.Strip(l), w)
		}
		if strings.Contains(ansi.Strip(l), "\x1b") {
			t.Errorf("escape kept: %q", l)
		}
	}
	if len(lines) != 3 {
		t.Errorf("%d lines: %q", len(lines), lines)
	}
	k.kind, k.score, k.text = model.LaneEmotion, -2, "mal"
	if got := ansi.Strip(drawCell(st, k)[0]); got != " -2 mal   " {
		t.Errorf("emotion cell %q", got)
	}
}
