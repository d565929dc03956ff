package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The report through the command line: the HTML page, the agreed roadmap
// by default and everything with --all, and the flags' usage errors.
func TestExportReportFormats(t *testing.T) {
	dir := t.TempDir()
	env := []string{"CXMAP_DB=" + filepath.Join(dir, "r.db")}
	if _, errOut, code := cli(t, env, "new", "--sample"); code != 0 {
		t.Fatal(errOut)
	}
	page := filepath.Join(dir, "report.html")
	if _, errOut, code := cli(t, env, "export", "#1", "--format", "html", "-o", page); code != 0 {
		t.Fatal(errOut)
	}
	html, _ := os.ReadFile(page)
	for _, want := range []string{"<!doctype html>", "Content-Security-Policy", "Executive summary", "<svg", "Backlog of further proposals"} {
		if !strings.Contains(string(html), want) {
			t.Errorf("the HTML report lacks %q", want)
		}
	}
	if info, err := os.Stat(page); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("report mode %v %v: client data stays private", info.Mode(), err)
	}

	agreed, _, code := cli(t, env, "export", "#1")
	all, _, code2 := cli(t, env, "export", "#1", "--all")
	if code != 0 || code2 != 0 {
		t.Fatalf("exports: %d %d", code, code2)
	}
	roadmap := func(md string) string {
		i := strings.Index(md, "\n## Roadmap\n")
		j := strings.Index(md[i+1:], "\n## ")
		return md[i : i+1+j]
	}
	// The one proposal left in the agreed roadmap is the consultant's own,
	// added by hand.
	if a, b := strings.Count(roadmap(agreed), "| proposed |"), strings.Count(roadmap(all), "| proposed |"); a > 1 || b < a+10 {
		t.Errorf("the roadmap holds the agreed initiatives (%d proposals); --all adds the proposals (%d)", a, b)
	}
	if !strings.Contains(agreed, "### Backlog of further proposals") || !strings.Contains(all, "### Set aside") {
		t.Error("proposals go to the backlog; --all lists the rejected apart")
	}

	for _, bad := range [][]string{{"export", "#1", "--format", "pdf"}, {"export", "#1", "--format", "json", "--all"}} {
		if _, errOut, code := cli(t, env, bad...); code != 2 || !strings.HasPrefix(errOut, "cxmap: ") {
			t.Errorf("%v: exit %d %q", bad, code, errOut)
		}
	}
}
