package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cxmap/cxmap/export"
	"github.com/cxmap/cxmap/sample"
)

// controls finds what must never reach a terminal: ESC, BEL and the other
// C0 controls but newline, DEL, C1 controls, bidi overrides and isolates.
var controls = regexp.MustCompile("[\x00-\x09\x0b-\x1f\x7f\u0080-\u009f\u202a-\u202e\u2066-\u2069]")

func noControls(t *testing.T, what, out string) {
	t.Helper()
	if loc := controls.FindStringIndex(out); loc != nil {
		t.Errorf("%s writes %q to the terminal: %q", what, out[loc[0]:loc[1]], out[max(loc[0]-30, 0):min(loc[1]+30, len(out))])
	}
}

// hostileDB is a database holding the hostile sample workshop (every text
// a person or a file can set carries terminal escapes, HTML, Markdown,
// Mermaid breakers, RTL text and emoji), imported as a user would.
func hostileDB(t *testing.T) ([]string, string) {
	t.Helper()
	dir := t.TempDir()
	b, err := sample.HostileBundle("en", time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "hostile.json")
	writeFile(t, file, buf.String())
	env := []string{"CXMAP_DB=" + filepath.Join(dir, "cx.db")}
	if out, errOut, code := cli(t, env, "import", file); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errOut)
	}
	return env, b.Workshop.Name
}

func TestHostileTextInTheCommandLine(t *testing.T) {
	env, name := hostileDB(t)
	out, errOut, code := cli(t, env, "list")
	if code != 0 {
		t.Fatal(errOut)
	}
	noControls(t, "list", out)
	if lines := strings.Split(strings.TrimRight(out, "\n"), "\n"); len(lines) != 2 || !strings.Contains(lines[1], "␛]0;pwned") {
		t.Errorf("list is not one header and one row:\n%s", out)
	}

	out, _, code = cli(t, env, "list", "--json")
	noControls(t, "list --json", out)
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || code != 0 {
		t.Fatalf("list --json: %v\n%s", err, out)
	}
	if rows[0]["name"] != name {
		t.Errorf("list --json changed the name: %q, want %q", rows[0]["name"], name)
	}

	// An error that quotes the user's text.
	_, errOut, code = cli(t, env, "export", name+" (no such workshop)")
	if code != 1 || strings.Count(errOut, "\n") != 1 {
		t.Errorf("export of a missing workshop: %d %q", code, errOut)
	}
	noControls(t, "an error", errOut)

	// A model file full of control characters.
	model := filepath.Join(t.TempDir(), "hostile.yaml")
	writeFile(t, model, `id: hostile
version: "1"
languages: [en]
name: {en: "\e]0;pwned\a\e]52;c;cHduZWQ=\a Model \u202eRTL"}
description: {en: "line one\r\nline two \e[2J"}
levels:
  - name: {en: "\e[31mLow\x9b"}
  - name: {en: "High"}
    summary: {en: "\e]0;pwned\a summary"}
dimensions:
  - id: d
    name: {en: "\e]0;pwned\a Dimension"}
    questions:
      - id: d.q
        text: {en: "\e]52;c;cHduZWQ=\a Question?"}
        descriptors: [{en: "a"}, {en: "b"}]
`)
	out, errOut, code = cli(t, env, "assessments", "show", model)
	if code != 0 {
		t.Fatalf("assessments show: %d %s", code, errOut)
	}
	noControls(t, "assessments show", out)
	for _, want := range []string{"␛]0;pwned␇", "Question?", "  1  ␛[31mLow�\n", "  2  High — ␛]0;pwned␇ summary"} {
		if !strings.Contains(out, want) {
			t.Errorf("assessments show lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = cli(t, env, "assessments", "show", model, "--json")
	noControls(t, "assessments show --json", out)
	out, errOut, _ = cli(t, env, "assessments", "validate", model)
	noControls(t, "assessments validate", out+errOut)
}

// The answers CSV that export writes is read back by responses import:
// the same answers, notes and participants come out again.
func TestResponsesImportReadsOwnExport(t *testing.T) {
	dir := t.TempDir()
	env := []string{"CXMAP_DB=" + filepath.Join(dir, "cx.db")}
	if _, errOut, code := cli(t, env, "new", "--sample", "--lang", "es"); code != 0 {
		t.Fatal(errOut)
	}
	first := filepath.Join(dir, "first.csv")
	if _, errOut, code := cli(t, env, "export", "#1", "--format", "csv", "-o", first); code != 0 {
		t.Fatal(errOut)
	}
	if _, errOut, code := cli(t, env, "new", "Copia", "--lang", "es"); code != 0 {
		t.Fatal(errOut)
	}
	if out, errOut, code := cli(t, env, "responses", "import", "Copia", first); code != 0 {
		t.Fatalf("import of our own export: %d %s %s", code, out, errOut)
	}
	second, _, _ := cli(t, env, "export", "Copia", "--format", "csv")
	want, _ := os.ReadFile(first)
	if second != string(want) {
		t.Errorf("the answers changed on the way back:\n%s\nwant\n%s", head(second), head(string(want)))
	}
	// Excel's semicolon export reads back too.
	excel := filepath.Join(dir, "excel.csv")
	if _, errOut, code := cli(t, env, "export", "#1", "--format", "csv", "--excel", "-o", excel); code != 0 {
		t.Fatal(errOut)
	}
	if out, errOut, code := cli(t, env, "responses", "import", "Copia", excel); code != 0 {
		t.Fatalf("import of the --excel export: %d %s %s", code, out, errOut)
	}
}

func head(s string) string {
	lines := strings.SplitN(s, "\n", 6)
	return strings.Join(lines[:min(len(lines), 5)], "\n")
}

// The CSV export opened in LibreOffice evaluates no formula, while the
// same cells written --raw do become formulas (so the check can fail).
func TestCSVInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("soffice is required in CI (.ci/run installs libreoffice-calc)")
		}
		t.Skip("soffice not installed (apt-get install libreoffice-calc)")
	}
	if testing.Short() {
		t.Skip("starting LibreOffice takes seconds")
	}
	dir := t.TempDir()
	env := []string{"CXMAP_DB=" + filepath.Join(dir, "cx.db")}
	if _, errOut, code := cli(t, env, "new", "Injected", "--assessment", "cx-quickscan"); code != 0 {
		t.Fatal(errOut)
	}
	answers := filepath.Join(dir, "answers.csv")
	writeFile(t, answers, "participant,question_id,level,note\n"+
		`=1+1,qs.strategy.direction,2,"=HYPERLINK(""http://evil.example"",""click"")"`+"\n"+
		`Ana,qs.strategy.direction,3,=1+1`+"\n"+
		`Luis,qs.strategy.direction,3,@SUM(1+1)`+"\n"+
		`Marta,qs.strategy.direction,3,+1+1`+"\n"+
		`Pablo,qs.strategy.direction,3,-1+1`+"\n")
	if _, errOut, code := cli(t, env, "responses", "import", "Injected", answers); code != 0 {
		t.Fatal(errOut)
	}
	safe, raw := filepath.Join(dir, "safe.csv"), filepath.Join(dir, "raw.csv")
	if _, errOut, code := cli(t, env, "export", "Injected", "--format", "csv", "-o", safe); code != 0 {
		t.Fatal(errOut)
	}
	if _, errOut, code := cli(t, env, "export", "Injected", "--format", "csv", "--raw", "-o", raw); code != 0 {
		t.Fatal(errOut)
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command(soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "lo"),
		"--convert-to", "fods", "--outdir", out, safe, raw)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	formula := regexp.MustCompile(`table:formula="[^"]*"`)
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatalf("LibreOffice wrote no %s: %v", name, err)
		}
		return string(b)
	}
	if f := formula.FindAllString(read("safe.fods"), -1); len(f) > 0 {
		t.Errorf("LibreOffice evaluated formulas in the default export: %q", f)
	}
	if !strings.Contains(read("safe.fods"), "=HYPERLINK(") {
		t.Error("the note's text is gone from the default export")
	}
	if f := formula.FindAllString(read("raw.fods"), -1); len(f) == 0 {
		t.Error("LibreOffice evaluated nothing in the --raw export: this check cannot tell")
	}
}

// Names are one line: the command line refuses a line break, an import
// turns it into a space and says so, and list stays one row per workshop.
func TestNamesStayOneLine(t *testing.T) {
	dir := t.TempDir()
	env := []string{"CXMAP_DB=" + filepath.Join(dir, "cx.db")}
	for _, a := range [][]string{{"new", "two\nlines"}, {"new", "ok", "--client", "a\r\nb"}, {"new", "ok", "--facilitator", "a\u2028b"}} {
		if _, errOut, code := cli(t, env, a...); code != 2 || !strings.Contains(errOut, "a name is one line") {
			t.Errorf("%q: %d %q", a, code, errOut)
		}
	}
	b, err := sample.Bundle("en", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	b.Workshop.Name = "Broken\nname"
	b.Participants[0].Name = "Ana\r\nPérez"
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "w.json")
	writeFile(t, file, buf.String())
	_, errOut, code := cli(t, env, "import", file)
	if code != 0 || !strings.Contains(errOut, "workshop name held line breaks") || !strings.Contains(errOut, "participant 1 name") {
		t.Errorf("import: %d %q", code, errOut)
	}
	out, _, _ := cli(t, env, "list")
	if lines := strings.Split(strings.TrimRight(out, "\n"), "\n"); len(lines) != 2 || !strings.Contains(out, "Broken name") {
		t.Errorf("list:\n%s", out)
	}
}
