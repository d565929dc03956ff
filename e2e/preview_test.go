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
	m := scrolled.FindStringSubmatch(screen)
	if m == nil {
		t.Fatalf("no preview title on screen:\n%s", screen)
	}
	n, _ := strconv.Atoi(m[1])
	return n
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
		if percent(t, tt.screen()) > 0 {
			break
		}
		tt.keys("PageDown")
	}
	if percent(t, tt.screen()) == 0 {
		t.Fatalf("the keys pressed while resizing did not scroll:\n%s", tt.screen())
	}
	// At the last width (80x44) the journeys' wide tables show one record
	// per lane, the layout drawn for a narrow screen.
	record := regexp.MustCompile(`(?m)^\s*Get inspired: `)
	// Page through the report (again, from the top, if the redraw for
	// the last size had not arrived yet on a busy machine).
	for pass := 0; pass < 4 && !record.MatchString(tt.screen()); pass++ {
		tt.tmux("send-keys", "-t", "main", "-N", "300", "PageUp")
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
