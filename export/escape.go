package export

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// mdText makes user text safe inside a line of Markdown: a table cell, a
// list item, a heading. Characters Markdown would read as markup are
// backslash-escaped (so `*`, `_`, `[`, a pipe, a backtick, `$` for GitHub's
// math, `~`...); `<` and `>` become entities, so no HTML gets through; an
// `&` that would start an entity is escaped; new lines become <br>, which
// GitHub shows as a line break inside a table cell; other control
// characters become spaces. A leading "- ", "+ " or "1. " is escaped
// too, so text that opens a paragraph cannot start a list. The result
// never breaks a table row.
func mdText(s string) string {
	return mdEscape(s, "<br>")
}

// mdLine is mdText with new lines folded to spaces: for headings and
// short labels.
func mdLine(s string) string {
	return mdEscape(strings.Join(strings.Fields(s), " "), " ")
}

// Compiled on first use, not at start-up (see bench/startup).
var entityLike = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`)
})

func mdEscape(s, newline string) string {
	s = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"))
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	ln := listNumber(s)
	for i, r := range s {
		switch {
		case r == '\n':
			b.WriteString(newline)
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			if entityLike().MatchString(s[i:]) {
				b.WriteString("&amp;")
			} else {
				b.WriteByte('&')
			}
		case strings.ContainsRune("\\`*_[]|#$~", r), i == 0 && (r == '-' || r == '+') && (len(s) == 1 || s[1] == ' ' || s[1] == '\t'), i == ln:
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == utf8.RuneError || unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// listNumber is the index of the "." or ")" after leading digits when
// they would start an ordered list ("1. " or "1." alone), or -1.
func listNumber(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t') {
		return i
	}
	return -1
}

// mdCode shows an identifier as code when it is a plain one (model ids
// are), else as escaped text.
func mdCode(id string) string {
	if plainID().MatchString(id) {
		return "`" + id + "`"
	}
	return mdLine(id)
}

var plainID = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z0-9._-]+$`) })

// mermaidText makes user text safe as a Mermaid label (a journey's title,
// section or task, a timeline's period or event): one line, without the
// characters the journey and timeline grammars stop at (`:`, `#`, `;`),
// without backticks (which could close the Markdown fence), `%%` (a
// comment) or commas (they separate actors), and with angle brackets
// shown as ‹ › so no HTML reaches the diagram. A label that
// would start with a keyword of these grammars gets a zero-width space in
// front, so it stays a label. Empty text gives fallback.
func mermaidText(s, fallback string) string {
	var b strings.Builder
	for _, r := range strings.Join(strings.Fields(s), " ") {
		switch {
		case r == '<':
			b.WriteRune('‹')
		case r == '>':
			b.WriteRune('›')
		case strings.ContainsRune(":#;`,{}", r):
			b.WriteByte(' ')
		case r == utf8.RuneError || unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	for strings.Contains(out, "%%") {
		out = strings.ReplaceAll(out, "%%", "%")
	}
	if out == "" {
		out = mermaidText(fallback, "-")
	}
	lower := strings.ToLower(out)
	for _, kw := range []string{"title", "section", "journey", "timeline", "acctitle", "accdescr"} {
		if strings.HasPrefix(lower, kw) {
			return "\u200b" + out
		}
	}
	return out
}

// codeText makes text safe on one line of a fenced code block: white
// space folded, no backticks (which could close the fence), no control
// characters.
func codeText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '`' || r == utf8.RuneError || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// mermaidString makes text safe as a double-quoted string of a Mermaid
// xychart (its title, axis names and categories): one line, no double
// quote (it would end the string; shown as a typographic one), no
// backtick, no brackets, with the same clean-up as mermaidText.
func mermaidString(s string) string {
	s = strings.NewReplacer(`"`, "”", "[", "(", "]", ")").Replace(s)
	return `"` + mermaidText(s, "-") + `"`
}
