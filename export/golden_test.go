package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs from the golden file at line %d:\n got: %q\nwant: %q\n(run go test ./export -update if the change is intended)", name, i+1, g, w)
			}
		}
	}
}

func render(t *testing.T, write func(*bytes.Buffer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	b := richBundle(t)
	for _, lang := range []string{"en", "es"} {
		md := render(t, func(w *bytes.Buffer) error { return WriteMarkdown(w, b, lang) })
		golden(t, "report."+lang+".md", md)
		checkMarkdown(t, lang, string(md))
	}
	golden(t, "workshop.json", render(t, func(w *bytes.Buffer) error { return WriteJSON(w, b) }))
	golden(t, "answers.csv", render(t, func(w *bytes.Buffer) error { return WriteCSV(w, b, "en", CSVAnswers) }))
	golden(t, "initiatives.es.csv", render(t, func(w *bytes.Buffer) error { return WriteCSV(w, b, "es", CSVInitiatives) }))
}

func TestWritersAreDeterministic(t *testing.T) {
	first := map[string][]byte{}
	for i := range 5 {
		b := richBundle(t)
		outs := map[string][]byte{
			"md":   render(t, func(w *bytes.Buffer) error { return WriteMarkdown(w, b, "es") }),
			"json": render(t, func(w *bytes.Buffer) error { return WriteJSON(w, b) }),
			"csv":  render(t, func(w *bytes.Buffer) error { return WriteCSV(w, b, "es", CSVInitiatives) }),
		}
		for k, v := range outs {
			if i == 0 {
				first[k] = v
			} else if !bytes.Equal(first[k], v) {
				t.Errorf("%s output changed between runs", k)
			}
		}
	}
}

var (
	fence         = regexp.MustCompile("^```")
	journeyTitle  = regexp.MustCompile(`^    title [^#;\n]+$`)
	journeySect   = regexp.MustCompile(`^    section [^#:;\n]+$`)
	journeyTask   = regexp.MustCompile(`^      [^#:;\n]+: [1-5]: [^#:;,\n]+$`)
	timePeriod    = regexp.MustCompile(`^    [^#:;\n]+ : [^#:;\n]+$`)
	timeEvent     = regexp.MustCompile(`^        : [^#:;\n]+$`)
	xyLine        = regexp.MustCompile(`^    (title "[^"\n]*"|x-axis \["[^"\n]*"(, "[^"\n]*")*\]|y-axis "[^"\n]*" 0 --> [0-9]+|(bar|line) \[[0-9.]+(, [0-9.]+)*\])$`)
	unescapedLink = regexp.MustCompile(`(^|[^\\])\]\(`)
)

// checkMarkdown checks what makes the report render: every table row has
// the header's number of cells, fences close, Mermaid blocks follow their
// grammar, and no user HTML got through.
func checkMarkdown(t *testing.T, lang, md string) {
	t.Helper()
	lines := strings.Split(md, "\n")
	inCode, kind := false, ""
	tables, mermaids := 0, 0
	cols := 0
	for i, l := range lines {
		at := func() string { return lang + " line " + strconv.Itoa(i+1) + ": " + l }
		if fence.MatchString(l) {
			if !inCode {
				inCode, kind = true, strings.TrimPrefix(l, "```")
				if kind == "mermaid" {
					mermaids++
					if next := lines[i+1]; next != "journey" && next != "timeline" && next != "xychart-beta" {
						t.Errorf("%s: unknown diagram %q", at(), next)
					}
				}
			} else if l == "```" {
				inCode = false
			} else {
				t.Errorf("%s: a fence inside a code block", at())
			}
			continue
		}
		if inCode {
			if kind == "mermaid" && l != "journey" && l != "timeline" && l != "xychart-beta" {
				ok := false
				for _, re := range []*regexp.Regexp{journeyTitle, journeySect, journeyTask, timePeriod, timeEvent, xyLine} {
					ok = ok || re.MatchString(l)
				}
				if !ok {
					t.Errorf("%s: not valid Mermaid", at())
				}
			}
			continue
		}
		if strings.HasPrefix(l, "|") {
			n := cells(l)
			if i == 0 || !strings.HasPrefix(lines[i-1], "|") { // a header
				tables++
				cols = n
				if i+1 >= len(lines) || cells(lines[i+1]) != n || !regexp.MustCompile(`^\|( :?---:? \|)+$`).MatchString(lines[i+1]) {
					t.Errorf("%s: a table header without its delimiter row", at())
				}
			} else if n != cols {
				t.Errorf("%s: %d cells, the header has %d", at(), n, cols)
			}
			if !strings.HasSuffix(l, "|") {
				t.Errorf("%s: a row that does not end with a pipe", at())
			}
		}
		for _, bad := range []string{"<b>", "<i>", "<script"} {
			if strings.Contains(l, bad) {
				t.Errorf("%s: user markup %q got through", at(), bad)
			}
		}
		if unescapedLink.MatchString(l) {
			t.Errorf("%s: a user link got through", at())
		}
	}
	if inCode {
		t.Errorf("%s: a code block is never closed", lang)
	}
	if tables < 10 || mermaids < 3 {
		t.Errorf("%s: %d tables and %d Mermaid blocks; the fixture should give more", lang, tables, mermaids)
	}
}

// cells counts a table row's cells: pipes not escaped by a backslash.
func cells(row string) int {
	n := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n - 1
}

// readGolden returns testdata/name.
func readGolden(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
