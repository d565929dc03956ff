package e2e

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var scrolled = regexp.MustCompile(`Markdown export \((\d+)%\)`)

// percent is how far down the preview is, from its title line.
func percent(t *testing.T, screen string) int {
	t.Helper()
	n, ok := percentOf(screen)
	if !ok {
		t.Fatalf("no preview title on screen:\n%s", screen)
	}
	return n
}

// percentOf is percent for a screen caught mid-redraw (a resize on a busy
// machine), where the title may be missing for a moment: ok is false.
func percentOf(screen string) (int, bool) {
	m := scrolled.FindStringSubmatch(screen)
	if m == nil {
		return 0, false
	}
	n, _ := strconv.Atoi(m[1])
	return n, true
}

// The roadmap's preview of the sample's report, in a real terminal at
// 200x60 and 80x24: it opens, scrolls, and keeps taking keys while the
// window is resized again and again; after the resizes it shows the
// report drawn for the new width.
func TestPreviewWhileResizing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cx.db")
	if _, errOut, code := cli(t, nil, "--db", db, "new", "--sample", "--lang", "en"); code != 0 {
		t.Fatalf("new --sample: %s", errOut)
	}
	tt := startTerm(t, 200, 60, map[string]string{"LANG": "en_US.UTF-8"}, "--db", db, "open", "#1")
	tt.waitFor("Participants (4)")
	tt.keys("4")
	tt.waitFor("[by horizon]")
	tt.keys("p")
	s := tt.waitFor("CX maturity report", "Executive summary", "Maturity by dimension")
	if percent(t, s) != 0 {
		t.Fatalf("the preview must open at the top:\n%s", s)
	}
	// A drag of the window's edge, with keys pressed all along.
	for i, w := range []int{180, 150, 120, 100, 80} {
		tt.tmux("resize-window", "-t", "main", "-x", strconv.Itoa(w), "-y", strconv.Itoa(24+i*5))
		tt.keys("PageDown")
	}
	s = tt.waitFor("Markdown export")
	for range 40 {
		if n, ok := percentOf(tt.screen()); ok && n > 0 {
			break
		}
		tt.keys("PageDown")
	}
	if percent(t, tt.waitFor("Markdown export")) == 0 {
		t.Fatalf("the keys pressed while resizing did not scroll:\n%s", tt.screen())
	}
	// At the last width (80x44) the journey table (the report shows a
	// map in parts of up to six stages) is drawn for a narrow screen: the
	// stage "Compare models" wraps in its column, where at 200 columns it
	// fits on one line.
	record := regexp.MustCompile(`(?m)│ Compare +│`)
	// Page through the report (again, from the top, if the redraw for
	// the last size had not arrived yet on a busy machine).
	for pass := 0; pass < 4 && !record.MatchString(tt.screen()); pass++ {
		tt.tmux("send-keys", "-t", "main", "-N", "300", "PageUp")
		// On a busy machine the burst takes a while: start paging down
		// only from the top, or a stale "(100%)" ends the pass at once.
		tt.waitFor("export (0%)")
		for range 150 {
			s := tt.screen()
			if record.MatchString(s) || strings.Contains(s, "(100%)") {
				break
			}
			tt.keys("PageDown")
		}
	}
	if s := tt.screen(); !record.MatchString(s) {
		t.Fatalf("the report was not redrawn for 80 columns:\n%s", s)
	}
	tt.keys("Escape")
	tt.waitFor("[by horizon]")
	tt.keys("q")
	tt.waitFor("[exited]")
}
