package tui_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui"
	"github.com/cxmap/cxmap/tui/common"
)

// addJourney stores a journey with the given stage names in a workshop.
func addJourney(t testing.TB, st *store.Store, w model.Workshop, name string, stages ...string) model.Journey {
	t.Helper()
	j, err := st.CreateJourney(bg, w.ID, store.NewJourney{Name: name, Persona: "Ana, 34", Stages: stages})
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// fillJourney writes text in every cell (and a score in the emotion lane).
func fillJourney(t testing.TB, st *store.Store, j model.Journey, text string) model.Journey {
	t.Helper()
	for l := range j.Lanes {
		for s := range j.Stages {
			c := model.Cell{Text: fmt.Sprintf("%s %d.%d", text, l+1, s+1)}
			if j.Lanes[l].Kind == model.LaneEmotion {
				c.Score = model.ScoreOf(s%5 - 2)
			}
			j.Cells[l][s] = c
		}
	}
	j, err := st.SaveGrid(bg, j)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func stageNames(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("Etapa %d", i+1)
	}
	return out
}

// openJourney starts the app on a journey's editor.
func openJourney(t *testing.T, st *store.Store, j model.Journey, w, h int) *teatest.TestModel {
	t.Helper()
	return start(t, st, w, h, common.NavigateMsg{To: common.JourneyScreen, WorkshopID: j.WorkshopID, ItemID: j.ID})
}

// startIn runs the app in a language.
func startIn(t *testing.T, st *store.Store, lang string, w, h int, to common.NavigateMsg) *teatest.TestModel {
	t.Helper()
	app := tui.New(tui.Options{Store: st, Lang: lang, ConfigDir: t.TempDir(), Start: to})
	return teatest.NewTestModel(t, app, teatest.WithInitialTermSize(w, h))
}

// stored reloads a journey from the store.
func stored(t testing.TB, st *store.Store, id int64) model.Journey {
	t.Helper()
	j, err := st.Journey(bg, id)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// eventually retries check until it passes: the app saves in its own
// goroutine, a moment after the screen shows a key's effect.
func eventually(t *testing.T, what string, check func() bool) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for !check() {
		if time.Now().After(deadline) {
			t.Fatalf("never true: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// keys sends each string as its own key press; special names as in tea.
func keys(tm *teatest.TestModel, ks ...string) {
	for _, k := range ks {
		switch k {
		case "enter":
			key(tm, tea.KeyEnter)
		case "esc":
			key(tm, tea.KeyEsc)
		case "tab":
			key(tm, tea.KeyTab)
		case "ctrl+r":
			key(tm, tea.KeyCtrlR)
		case "right":
			key(tm, tea.KeyRight)
		case "down":
			key(tm, tea.KeyDown)
		default:
			tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)})
		}
	}
}

func cellText(j model.Journey, kind model.LaneKind, stage int) string {
	return j.Cell(j.LaneIndex(kind), stage).Text
}

func names(j model.Journey) string {
	var out []string
	for _, s := range j.Stages {
		out = append(out, s.Name)
	}
	return strings.Join(out, ",")
}
