package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The sample workshop exports to Markdown whose tables are whole and whose
// roadmap names the evidence of every initiative; JSON goes through import
// and export again unchanged; a bad path fails cleanly.
func TestExportImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	a := []string{"CXMAP_DB=" + filepath.Join(dir, "a.db")}
	if _, errOut, code := cli(t, a, "new", "--sample", "--lang", "es"); code != 0 {
		t.Fatal(errOut)
	}

	md := filepath.Join(dir, "informe.md")
	if _, errOut, code := cli(t, a, "export", "#1", "-o", md); code != 0 {
		t.Fatal(errOut)
	}
	text, _ := os.ReadFile(md)
	checkTables(t, string(text))
	if n := strings.Count(string(text), "```mermaid"); n < 4 {
		t.Errorf("%d Mermaid blocks", n)
	}

	json1 := filepath.Join(dir, "1.json")
	if _, errOut, code := cli(t, a, "export", "#1", "--format", "json", "-o", json1); code != 0 {
		t.Fatal(errOut)
	}
	b := []string{"CXMAP_DB=" + filepath.Join(dir, "b.db")}
	if out, errOut, code := cli(t, b, "import", json1); code != 0 || !strings.Contains(out, "Ejemplo") {
		t.Fatalf("import: %d %s %s", code, out, errOut)
	}
	json2, _, _ := cli(t, b, "export", "#1", "--format", "json")
	first, _ := os.ReadFile(json1)
	if !bytes.Equal(first, []byte(json2)) {
		t.Error("export, import, export changed the bytes")
	}

	// A foreign JSON is refused, and nothing is imported.
	foreign := filepath.Join(dir, "foreign.json")
	writeFile(t, foreign, `{"name": "not ours"}`)
	if _, errOut, code := cli(t, b, "import", foreign); code != 1 || strings.Count(errOut, "\n") != 1 {
		t.Errorf("foreign import: %d %q", code, errOut)
	}
	if out, _, _ := cli(t, b, "list"); strings.Count(out, "\n") != 2 {
		t.Errorf("after a refused import:\n%s", out)
	}

	// An unwritable path is an error and leaves no file.
	bad := filepath.Join(dir, "missing", "dir", "x.md")
	if _, errOut, code := cli(t, a, "export", "#1", "-o", bad); code != 1 || !strings.HasPrefix(errOut, "cxmap: ") {
		t.Errorf("unwritable: %d %q", code, errOut)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), "tmp") {
			t.Errorf("left %s behind", e.Name())
		}
	}

	csv, _, code := cli(t, a, "export", "#1", "--format", "csv", "--what", "initiatives")
	if code != 0 || strings.Count(csv, "\n") < 10 {
		t.Errorf("initiatives CSV: %d\n%s", code, csv)
	}
}

// checkTables: every row of a Markdown table has as many cells as its
// header, counting only unescaped pipes.
func checkTables(t *testing.T, md string) {
	t.Helper()
	pipe := regexp.MustCompile(`(^|[^\\])\|`)
	cells := func(line string) int { return len(pipe.FindAllString(line, -1)) }
	inCode := false
	want := 0
	for i, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "```") {
			inCode = !inCode
		}
		if inCode || !strings.HasPrefix(line, "|") {
			want = 0
			continue
		}
		if want == 0 {
			want = cells(line)
			continue
		}
		if got := cells(line); got != want {
			t.Errorf("line %d has %d cells, header %d: %s", i+1, got, want, line)
		}
	}
}
