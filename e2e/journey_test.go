package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A consultant maps a journey: creates it, adds two stages, types in
// cells and scores an emotion; the terminal dies (SIGKILL) in the middle
// of typing. Started again, the map is all there and the cursor is on the
// cell being typed in.
//
// The way in is by keys: home, enter on the workshop, then the hub's
// "3 Journeys" entry (skipped until the hub shows it), then the journey.
// Opening the workshop again resumes at the journey when the saved
// cursor says so; otherwise the test goes there by keys.
func TestJourneySurvivesSIGKILL(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cx.db")
	env := map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"}
	if _, errOut, code := cli(t, []string{"CXMAP_DB=" + db}, "new", "Tienda Ñandú", "--lang", "en"); code != 0 {
		t.Fatalf("new: %s", errOut)
	}

	tt := startTerm(t, 100, 30, env)
	tt.waitFor("Tienda Ñandú")
	tt.keys("Enter")
	hub := tt.waitFor("Participants (0)")
	if !strings.Contains(hub, "3 Journeys") {
		t.Skip("the workshop hub has no journeys entry yet")
	}
	tt.keys("3")
	tt.waitFor("No journey maps yet")
	tt.keys("n")
	tt.waitFor("New journey map")
	tt.text("Compra en línea")
	tt.keys("Tab")
	tt.waitFor("┃ Persona")
	tt.text("Ana, 34")
	tt.keys("Tab")
	tt.waitFor("┃ Whose journey")
	tt.keys("Enter")
	tt.waitFor("┃ State")
	tt.keys("Enter")
	tt.waitFor(`Stage 1/3 "Before"`)

	// Two stages after "Before".
	tt.keys("a")
	tt.waitFor(`New stage after "Before":`)
	tt.text("Comparar")
	tt.keys("Enter")
	tt.waitFor(`Stage 2/4 "Comparar"`)
	tt.keys("a")
	tt.waitFor(`New stage after "Comparar":`)
	tt.text("Pagar")
	tt.keys("Enter")
	tt.waitFor(`Stage 3/5 "Pagar"`)

	// A cell, an emotion, then typing in the next lane when the end comes.
	tt.keys("Enter")
	tt.waitFor("Editing Pagar · Actions")
	tt.text("Paga con tarjeta 🙂")
	tt.keys("Escape")
	tt.waitFor(`Stage 3/5 "Pagar" · lane 1/10 "Actions"`)
	tt.keys("1")
	tt.waitFor(`Emotion at "Pagar": -2.`)
	tt.keys("j")
	tt.waitFor(`lane 2/10 "Touchpoints"`)
	tt.keys("Enter")
	tt.waitFor("Editing Pagar · Touchpoints")
	tt.text("App móvil, lenta")
	tt.waitFor("┃ App móvil, lenta")
	tt.kill9()
	tt.waitFor("[exited]")

	tt2 := startTerm(t, 100, 30, env)
	tt2.waitFor("Tienda Ñandú")
	tt2.keys("Enter")
	s := tt2.waitForAny(`Stage 3/5 "Pagar"`, "Participants (0)")
	if !strings.Contains(s, `Stage 3/5 "Pagar"`) {
		tt2.keys("3")
		tt2.waitFor("Compra en línea")
		tt2.keys("Enter")
	}
	s = tt2.waitFor(`Stage 3/5 "Pagar" · lane 2/10 "Touchpoints"`, "App móvil, lenta", "Paga con tarjeta", "Comparar")
	if !strings.Contains(s, "-2") {
		t.Errorf("the emotion score is lost:\n%s", s)
	}
	tt2.keys("q")
	tt2.waitFor("[exited]")
}

// kill9 kills cxmap in the pane with SIGKILL: no chance to save anything
// on the way out.
func (tt *term) kill9() {
	tt.t.Helper()
	shell := strings.TrimSpace(tt.tmux("display", "-p", "-t", "main", "#{pane_pid}"))
	out, err := exec.Command("pgrep", "-P", shell).Output()
	if err != nil {
		tt.t.Fatalf("pgrep -P %s: %v", shell, err)
	}
	pids := strings.Fields(string(out))
	if len(pids) != 1 {
		tt.t.Fatalf("children of the pane's shell: %q", pids)
	}
	if err := exec.Command("kill", "-9", pids[0]).Run(); err != nil {
		tt.t.Fatalf("kill -9 %s: %v", pids[0], err)
	}
}

// waitForAny polls the screen until it shows one of wants.
func (tt *term) waitForAny(wants ...string) string {
	tt.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		s := tt.screen()
		for _, w := range wants {
			if strings.Contains(s, w) {
				return s
			}
		}
		if time.Now().After(deadline) {
			tt.t.Fatalf("screen never showed any of %q:\n%s", wants, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
