package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// The acceptance walk: a workshop whose every text holds terminal escapes
// (title, clipboard, screen wipe), HTML, Markdown, Mermaid breakers, RTL
// text and emoji, opened on every screen at 80x24 and 200x60. The pane's
// title never changes, no clipboard buffer appears (tmux is told to accept
// OSC 52 from programs), and the header stays drawn.
func TestHostileWorkshopWalk(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			env, _ := hostileDB(t) // each walk starts at home, not where the last one left
			db := strings.TrimPrefix(env[0], "CXMAP_DB=")
			tt := startTerm(t, size[0], size[1], map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"})
			tt.tmux("set-option", "-g", "set-clipboard", "on")
			title := tt.tmux("display-message", "-p", "-t", "main", "#{pane_title}")
			check := func(step string) {
				t.Helper()
				s := tt.screen()
				if got := tt.tmux("display-message", "-p", "-t", "main", "#{pane_title}"); got != title {
					t.Fatalf("%s: the pane title changed from %q to %q", step, title, got)
				}
				if b := tt.tmux("list-buffers"); strings.TrimSpace(b) != "" {
					t.Fatalf("%s: a clipboard buffer appeared: %q", step, b)
				}
				if first := strings.SplitN(s, "\n", 2)[0]; step != "after quitting" && !strings.Contains(first, "cxmap") {
					t.Fatalf("%s: the header is gone:\n%s", step, s)
				}
			}
			tt.waitFor("Saved workshops: 1", "pwned")
			check("home")
			tt.keys("Enter")
			tt.waitFor("Participants (4)")
			check("hub")
			tt.keys("1")
			tt.waitFor("Answering")
			check("questionnaire")
			tt.keys("Escape")
			tt.waitFor("Participants (4)")
			tt.keys("2")
			tt.waitFor("Overall")
			check("results")
			tt.keys("Escape")
			tt.waitFor("Participants (4)")
			tt.keys("3")
			tt.waitFor("Journey maps: 3")
			check("journeys")
			tt.keys("Enter")
			tt.waitFor("pwned", "lane")
			check("grid")
			tt.keys("Escape")
			tt.waitFor("Journey maps: 3")
			tt.keys("Escape")
			tt.waitFor("Participants (4)")
			tt.keys("4")
			tt.waitFor("a accept", "[by horizon]")
			check("roadmap")
			tt.keys("v")
			tt.waitFor("[by quadrant]")
			tt.keys("v")
			tt.waitFor("[impact-effort matrix]")
			check("matrix")
			tt.keys("p")
			tt.waitFor("Preview")
			check("preview")
			tt.keys("Escape")
			tt.waitFor("a accept")
			tt.keys("q")
			tt.waitFor("[exited]")
			check("after quitting")
		})
	}
}

// Reports, CSV, JSON, the list and errors printed straight to a terminal
// leave its title and clipboard alone.
func TestHostileOutputInATerminal(t *testing.T) {
	env, _ := hostileDB(t)
	db := strings.TrimPrefix(env[0], "CXMAP_DB=")
	for _, args := range [][]string{
		{"list"},
		{"export", "#1"},
		{"export", "#1", "--format", "csv"},
		{"export", "#1", "--format", "csv", "--raw"},
		{"export", "#1", "--format", "json"},
		{"export", "\x1b]0;pwned\x07 nope"},
	} {
		// cxmap waits for Enter, so tmux accepts clipboard writes before
		// it runs and a leak could not slip out before the check is armed.
		tt := startTerm(t, 120, 40, map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8", "CXMAP_E2E_WAIT": "1"}, args...)
		tt.tmux("set-option", "-g", "set-clipboard", "on")
		title := tt.tmux("display-message", "-p", "-t", "main", "#{pane_title}")
		tt.keys("Enter")
		tt.waitFor("[exited]")
		if got := tt.tmux("display-message", "-p", "-t", "main", "#{pane_title}"); got != title || strings.Contains(got, "pwned") {
			t.Errorf("%q: the pane title changed from %q to %q", args, title, got)
		}
		if b := tt.tmux("list-buffers"); strings.TrimSpace(b) != "" {
			t.Errorf("%q: a clipboard buffer appeared: %q", args, b)
		}
	}
}
