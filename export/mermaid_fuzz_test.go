package export

import (
	"strings"
	"testing"
)

// FuzzMermaidLabels: whatever a user typed, a Mermaid label stays one line
// that cannot end a statement, open a comment or directive, close the
// Markdown fence or (as an xychart string) end its quotes early.
func FuzzMermaidLabels(f *testing.F) {
	for _, s := range []string{"", "title x", "a: 5: b", "%%{init: {}}%%", "```", "<script>", `"q"`, "[x]", "line\nbreak", "\u2028", "#;,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		label := mermaidText(s, "fallback")
		quoted := mermaidString(s)
		inner := strings.TrimSuffix(strings.TrimPrefix(quoted, `"`), `"`)
		for _, out := range []string{label, inner} {
			if out == "" || strings.ContainsAny(out, "\n\r:#;`,<>{}") || strings.Contains(out, "%%") || strings.Contains(out, "\u2028") {
				t.Fatalf("%q gave the label %q", s, out)
			}
		}
		if strings.ContainsAny(inner, `"[]`) {
			t.Fatalf("%q gave the string %s", s, quoted)
		}
		if !strings.HasPrefix(quoted, `"`) || !strings.HasSuffix(quoted, `"`) || strings.Count(quoted, `"`) != 2 {
			t.Fatalf("%q gave the string %s", s, quoted)
		}
	})
}
