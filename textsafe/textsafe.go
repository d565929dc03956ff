// Package textsafe neutralises text from people and files before it is
// drawn on a terminal. A workshop name, a note or a cell may hold control
// sequences (a title change, an OSC 52 clipboard write, a screen wipe) or
// bidirectional overrides that reorder what the reader sees; none of them
// may reach the terminal. Printable text, including RTL scripts and emoji,
// is kept as it is.
//
// What happens to each character:
//
//   - tab: expanded to spaces up to the next multiple of TabWidth;
//   - newline: kept by Text, shown as "⏎" by Line (single-line fields);
//     a carriage return is read as a line break (CRLF as one);
//   - other C0 controls (ESC and BEL among them) and DEL: shown as their
//     Unicode control picture ("␛", "␇", "␡"), so odd input stays visible;
//   - C1 controls (U+0080–U+009F), which some terminals obey like ESC
//     sequences, and bytes that are not UTF-8: shown as "�";
//   - bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//     U+2066–U+2069): removed;
//   - the line and paragraph separators U+2028 and U+2029: line breaks.
//
// The package is pure and has no dependencies, so every layer can use it.
package textsafe

import (
	"strings"
	"unicode/utf8"
)

// TabWidth is the tab stop tabs are expanded to.
const TabWidth = 4

// NewlineMark stands for a line break in a single-line field.
const NewlineMark = "⏎"

// Line makes s safe to draw as one line: line breaks show as NewlineMark.
func Line(s string) string {
	if unchanged(s, false) {
		return s
	}
	return clean(s, false, true)
}

// Text makes s safe to draw as possibly several lines: line breaks are
// kept as "\n".
func Text(s string) string {
	if unchanged(s, true) {
		return s
	}
	return clean(s, true, true)
}

// Strip makes s safe like Line but removes what it would mark, instead of
// showing a placeholder: for a value put in a text input, where a
// placeholder would be saved back as text. Line breaks become spaces.
func Strip(s string) string {
	if unchanged(s, false) {
		return s
	}
	return clean(s, false, false)
}

// StripText is Strip for multi-line values (a textarea): line breaks are
// kept as "\n".
func StripText(s string) string {
	if unchanged(s, true) {
		return s
	}
	return clean(s, true, false)
}

// HasLineBreak reports whether s holds a line break of any kind (LF, CR,
// U+2028, U+2029, VT, FF, NEL): a single-line field refuses it.
func HasLineBreak(s string) bool {
	return strings.ContainsAny(s, "\n\r\v\f\u0085\u2028\u2029")
}

// OneLine replaces every line break in s (and the spaces around it) by a
// single space: how single-line fields take text pasted from several lines.
func OneLine(s string) string {
	if !HasLineBreak(s) {
		return s
	}
	f := strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == '\u0085' || r == '\u2028' || r == '\u2029'
	})
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	out := f[:0]
	for _, p := range f {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// unchanged reports whether clean would return s as it is (with or
// without marks): valid UTF-8 with nothing to neutralise (a newline is kept
// only when multiline). It saves building a copy of the usual text with
// accents and box drawing.
func unchanged(s string, multiline bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && !(multiline && c == '\n')) || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n <= 1) || unsafeRune(r) {
			return false
		}
		i += n
	}
	return true
}

// unsafeRune is every rune clean changes, except tab handling.
func unsafeRune(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r <= 0x9f) || isBidi(r) || r == '\u2028' || r == '\u2029'
}

func isBidi(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

func clean(s string, multiline, marks bool) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	col := 0 // runes since the last line break, for tab stops
	newline := func() {
		switch {
		case multiline:
			b.WriteByte('\n')
			col = 0
		case marks:
			b.WriteString(NewlineMark)
			col++
		default:
			b.WriteByte(' ')
			col++
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n <= 1:
			if marks {
				b.WriteRune(utf8.RuneError)
				col++
			}
		case r == '\t':
			pad := TabWidth - col%TabWidth
			b.WriteString(strings.Repeat(" ", pad))
			col += pad
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++ // CRLF is one line break
			}
			newline()
		case r == '\n' || r == '\u2028' || r == '\u2029':
			newline()
		case r < 0x20:
			if marks {
				b.WriteRune(0x2400 + r) // the control picture: ␀ … ␟
				col++
			}
		case r == 0x7f:
			if marks {
				b.WriteRune('␡')
				col++
			}
		case r >= 0x80 && r <= 0x9f:
			if marks {
				b.WriteRune(utf8.RuneError)
				col++
			}
		case isBidi(r):
			// dropped: it only reorders what is around it
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}
