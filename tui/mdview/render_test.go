package mdview

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/tui/styles"
)

// plainText renders without colour (tests have no terminal, so lipgloss
// writes no escape codes) and returns the lines.
func render(t *testing.T, src string, width int) []string {
	t.Helper()
	out := Render(src, width, styles.New())
	lines := strings.Split(ansi.Strip(out), "\n")
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > max(width, 20) {
			t.Errorf("line %d is %d wide, more than %d: %q", i, w, width, l)
		}
	}
	return lines
}

func TestRenderBlocks(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		width int
		want  []string
	}{
		{"heading and paragraph", "# Report\n\nSome *text* here\nand **more**.", 40,
			[]string{"Report", "━━━━━━", "", "Some text here and more."}},
		{"closing hashes and setext", "## Scores ##\n\nTitle\n=====\n\nSub\n---", 40,
			[]string{"Scores", "", "Title", "━━━━━", "", "Sub"}},
		{"wraps at words", "one two three four five six seven eight nine ten", 20,
			[]string{"one two three four", "five six seven eight", "nine ten"}},
		{"a word wider than the line is cut", "abcdefghijklmnopqrstuvwxyz0123", 20,
			[]string{"abcdefghijklmnopqrst", "uvwxyz0123"}},
		{"bullets nest, continuation lines hang", "- first item that is long enough to wrap\n  - nested\n- second", 24,
			[]string{"• first item that is", "  long enough to wrap", "  ◦ nested", "• second"}},
		{"ordered list keeps its numbers aligned", "8. eight\n9. nine\n10. ten", 40,
			[]string{" 8. eight", " 9. nine", "10. ten"}},
		{"lazy continuation joins the item", "1. **Name** the owner:\nNow (0–3 months)", 60,
			[]string{"1. Name the owner: Now (0–3 months)"}},
		{"tasks", "- [ ] open\n- [x] done", 40, []string{"• ☐ open", "• ☑ done"}},
		{"quote", "> **Aware:** leaders see it", 40, []string{"│ Aware: leaders see it"}},
		{"mermaid fence shows its source under a label", "```mermaid\njourney\n    title A\n```", 40,
			[]string{"mermaid", "│ journey", "│     title A"}},
		{"text fence has no label", "```text\nbar ███░░ 2.3\n```", 40, []string{"│ bar ███░░ 2.3"}},
		{"tilde fence and indented code", "~~~\nx = 1\n~~~\n\n    y = 2", 40, []string{"│ x = 1", "", "│ y = 2"}},
		{"rule", "a\n\n---\n\nb", 20, []string{"a", "", strings.Repeat("─", 20), "", "b"}},
		{"html comments are dropped", "<!-- generated -->\ntext", 40, []string{"text"}},
		{"hard breaks: <br>, backslash, two spaces", "a<br>b\\\nc  \nd", 40, []string{"a", "b", "c", "d"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(t, tt.src, tt.width)
			for i := range got {
				got[i] = strings.TrimRight(got[i], " ")
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestInline(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{`**bold** and *em* and _em_ and ~~gone~~`, "bold and em and em and gone"},
		{`snake_case_name stays`, "snake_case_name stays"},
		{`escaped \*stars\* and \| pipe and \_under\_`, "escaped *stars* and | pipe and _under_"},
		{"code `a*b*c` and ``x ` y``", "code a*b*c and x ` y"},
		{`[the site](https://example.com) and [anchor](#scores)`, "the site (https://example.com) and anchor"},
		{`![chart](c.png) <https://x.org>`, "[chart] (c.png) https://x.org"},
		{`&lt;10 min &amp; &#233;t&#xE9; &copy; &bogus`, "<10 min & été © &bogus"},
		{`a * b ** c`, "a * b ** c"},
		{`***both***`, "both"},
		{`**unclosed`, "**unclosed"},
		{"<b>tag</b> and <span class=\"x\">text</span>", "tag and text"},
	}
	for _, tt := range tests {
		var b strings.Builder
		for _, sp := range parseInline(tt.src) {
			b.WriteString(sp.text)
		}
		if b.String() != tt.want {
			t.Errorf("%q: got %q, want %q", tt.src, b.String(), tt.want)
		}
	}
}

func TestInlineStyles(t *testing.T) {
	spans := parseInline("**bold *both*** `code` [link](u)")
	want := []struct {
		text string
		f    flags
	}{{"bold ", fBold}, {"both", fBold | fItalic}, {" ", 0}, {"code", fCode}, {" ", 0}, {"link", fLink}, {" (u)", 0}}
	if len(spans) != len(want) {
		t.Fatalf("got %+v", spans)
	}
	for i, w := range want {
		if spans[i].text != w.text || spans[i].f != w.f {
			t.Errorf("span %d: got %q %b, want %q %b", i, spans[i].text, spans[i].f, w.text, w.f)
		}
	}
}

func TestTables(t *testing.T) {
	src := "| Dimension | Score | Gap |\n| --- | ---: | :---: |\n| Strategy | 2.3 | 1 |\n| Measurement and value | 1.4 | 2 |\n| **Overall** | **2.2** | |"
	got := render(t, src, 60)
	want := []string{
		"Dimension             │ Score │ Gap",
		"──────────────────────┼───────┼────",
		"Strategy              │   2.3 │  1",
		"Measurement and value │   1.4 │  2",
		"Overall               │   2.2 │",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Narrower: the long column wraps, rows with several wrapped cells get
	// a line between them.
	wide := "| ID | Question |\n| --- | --- |\n| q1 | Is there a written vision that leaders use? |\n| q2 | Short |"
	got = render(t, wide, 30)
	if len(got) < 5 || !strings.HasPrefix(got[2], "q1 │ Is there a written vision") || !strings.HasPrefix(got[3], "   │ ") {
		t.Errorf("wrapped table:\n%s", strings.Join(got, "\n"))
	}

	// Too many columns for the width: one record per row.
	many := "| Lane | Inspire | Compare | Pay | Pick up |\n| --- | --- | --- | --- | --- |\n| Actions | Saves photos | Reads reviews | Pays by card | Drives a van |\n| Channel | digital | | | physical |"
	got = render(t, many, 30)
	want = []string{
		"Actions",
		"  Inspire: Saves photos",
		"  Compare: Reads reviews",
		"  Pay: Pays by card",
		"  Pick up: Drives a van",
		"",
		"Channel",
		"  Inspire: digital",
		"  Pick up: physical",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("records: got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Escaped pipes stay in their cell; short rows are padded.
	got = render(t, "| a | b |\n|---|---|\n| x \\| y |", 40)
	if got[2] != "x | y │" && strings.TrimRight(got[2], " ") != "x | y │" {
		t.Errorf("escaped pipe: %q", got[2])
	}
}

// Text that reaches the terminal never carries control or bidi characters,
// whatever the document holds.
func TestControlCharactersDropped(t *testing.T) {
	src := "# Ti\x1b[31mtle\n\nA \u202eevil\u202c note\x07 and \x1b]8;;x\x07link\n\n```\ncode\x1b[2J\n```"
	out := Render(src, 60, styles.New())
	for _, c := range []string{"\x07", "\u202e", "\u202c", "[2J", "]8;;"} {
		if c == "[2J" || c == "]8;;" {
			// the printable rest of a broken sequence is harmless text, but
			// its escape must be gone
			if strings.Contains(out, "\x1b"+c) {
				t.Errorf("escape sequence %q reached the output", c)
			}
			continue
		}
		if strings.Contains(out, c) {
			t.Errorf("%q reached the output", c)
		}
	}
}

func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"# T\n\n| a | b |\n|---|---|\n| 1 | 2 |", "- a\n  - b\n\n1. c", "> q\n>\n> - x", "```mermaid\njourney\n```",
		"**a *b* c** `d` [e](f) <g> &amp;", "a<br>b\\\nc", "~~~\n\n", "|x|\n|-|", "- [ ] t", "\t- tab",
	} {
		f.Add(s, 40)
	}
	st := styles.New()
	f.Fuzz(func(t *testing.T, src string, width int) {
		width = 20 + abs(width)%200
		out := Render(src, width, st)
		if !utf8.ValidString(src) {
			return
		}
		for i, l := range strings.Split(ansi.Strip(out), "\n") {
			if w := ansi.StringWidth(l); w > width {
				t.Fatalf("line %d is %d wide at width %d: %q", i, w, width, l)
			}
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
