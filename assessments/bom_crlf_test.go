package assessments

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// Files saved by Windows editors: a UTF-8 BOM, CRLF line endings, both.
// They parse, and an error's line and column are the ones an editor shows,
// with comments above the error (each comment line once cost one line).
func TestBOMAndCRLF(t *testing.T) {
	commented := "# my model\r\n# written on Windows\r\n" + strings.ReplaceAll(base, "\n", "\r\n")
	for _, tc := range []struct {
		name, src string
	}{
		{"bom", "\ufeff" + base},
		{"crlf", commented},
		{"bom+crlf", "\ufeff" + commented},
		{"lone cr", strings.ReplaceAll(base, "\n", "\r")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := parseWith("t.yaml", []byte(tc.src), noBuiltins)
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			if a.ID != "m" {
				t.Errorf("id %q", a.ID)
			}
		})
	}
	// The same mistake in an LF file and in its CRLF and BOM+CRLF copies is
	// reported at the same place.
	lf := "# my model\n# written on Windows\n" + strings.Replace(base, "questions:", "# a comment\n    questoins:", 1)
	want := errorLines(t, lf)
	line := 1 + strings.Count(lf[:strings.Index(lf, "questoins")], "\n")
	if len(want) == 0 || !strings.Contains(strings.Join(want, "\n"), fmt.Sprintf("t.yaml:%d:5:", line)) {
		t.Fatalf("the LF file's errors do not name line %d column 5: %q", line, want)
	}
	for name, src := range map[string]string{
		"crlf":     strings.ReplaceAll(lf, "\n", "\r\n"),
		"bom+crlf": "\ufeff" + strings.ReplaceAll(lf, "\n", "\r\n"),
		"bom":      "\ufeff" + lf,
	} {
		if got := errorLines(t, src); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: errors\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func errorLines(t *testing.T, src string) []string {
	t.Helper()
	_, err := parseWith("t.yaml", []byte(src), noBuiltins)
	var list Errors
	if !errors.As(err, &list) {
		t.Fatalf("want Errors, got %v", err)
	}
	var out []string
	for _, e := range list {
		out = append(out, e.Error())
	}
	return out
}
