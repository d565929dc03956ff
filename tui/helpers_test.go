package tui_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui"
	"github.com/cxmap/cxmap/tui/common"
)

var bg = context.Background()

func newStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func builtin(t testing.TB, id string) *model.Assessment {
	t.Helper()
	a, err := assessments.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func addWorkshop(t testing.TB, st *store.Store, name, client string) model.Workshop {
	t.Helper()
	w, err := st.CreateWorkshop(bg, store.NewWorkshop{Name: name, Client: client, Language: "en", Assessment: builtin(t, "cx-quickscan")})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// start runs the app on st at width x height, from the given screen.
func start(t *testing.T, st *store.Store, w, h int, to common.NavigateMsg) *teatest.TestModel {
	t.Helper()
	return startLang(t, st, "en", w, h, to)
}

// startLang is start with the interface in lang.
func startLang(t *testing.T, st *store.Store, lang string, w, h int, to common.NavigateMsg) *teatest.TestModel {
	t.Helper()
	app := tui.New(tui.Options{Store: st, Lang: lang, ConfigDir: t.TempDir(), Start: to})
	return teatest.NewTestModel(t, app, teatest.WithInitialTermSize(w, h))
}

// waitFor waits until the screen output contains every one of wants.
func waitFor(t *testing.T, tm *teatest.TestModel, wants ...string) {
	t.Helper()
	var last []byte
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		last = append(last, b...)
		s := ansi.Strip(string(last))
		for _, w := range wants {
			if !strings.Contains(s, w) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}

// typeText sends text as one key message, as a terminal does for pasted
// or non-ASCII input (tm.Type would split runes into bytes).
func typeText(tm *teatest.TestModel, s string) {
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
}

func key(tm *teatest.TestModel, k tea.KeyType) { tm.Send(tea.KeyMsg{Type: k}) }

// finalView quits and returns the last frame as plain text.
func finalView(t *testing.T, tm *teatest.TestModel) string {
	t.Helper()
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
	return ansi.Strip(m.View())
}

// finalModel quits and returns the root model.
func finalModel(t *testing.T, tm *teatest.TestModel) *tui.App {
	t.Helper()
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	return tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*tui.App)
}

func contains(t *testing.T, view string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(view, w) {
			t.Errorf("view lacks %q:\n%s", w, view)
		}
	}
}

func lacks(t *testing.T, view string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(view, w) {
			t.Errorf("view shows %q:\n%s", w, view)
		}
	}
}

// fitsIn checks that no line of view is wider than width cells and that
// there are at most height lines.
func fitsIn(t *testing.T, view string, width, height int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > height {
		t.Errorf("%d lines for a %d-line terminal", len(lines), height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("line %d is %d cells wide (max %d): %q", i+1, w, width, l)
		}
	}
}

// nextField moves a huh form to the field titled title and waits until it
// has the focus: huh moves focus in a command, so keys sent sooner would
// still reach the previous field.
func nextField(t *testing.T, tm *teatest.TestModel, title string) {
	t.Helper()
	key(tm, tea.KeyTab)
	waitFor(t, tm, "┃ "+title)
}
