package mdview

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/textsafe"
)

// piece is text in one style inside a word ("**bold**," is two pieces).
type piece struct {
	text string
	k    styleKey
}

// word is what wrapping never splits unless it is wider than the line;
// brk is a hard line break instead.
type word struct {
	pieces []piece
	w      int
	brk    bool
}

// clean makes document text safe to draw through the one sanitiser the
// app uses for every text from people or files: control and bidi
// characters never reach the terminal.
func clean(s string) string { return textsafe.Line(s) }

// isBreakingSpace: no-break spaces (used before units and in numbers) keep
// their neighbours together.
func isBreakingSpace(c rune) bool {
	return c != '\u00a0' && c != '\u202f' && c != '\u2007' && unicode.IsSpace(c)
}

// words splits styled spans into words at spaces.
func words(spans []span, ctx context) []word {
	var out []word
	var cur word
	var buf strings.Builder
	var curKey styleKey
	flushPiece := func() {
		if buf.Len() > 0 {
			cur.pieces = append(cur.pieces, piece{text: buf.String(), k: curKey})
			buf.Reset()
		}
	}
	flushWord := func() {
		flushPiece()
		if len(cur.pieces) > 0 {
			for _, p := range cur.pieces {
				cur.w += ansi.StringWidth(p.text)
			}
			out = append(out, cur)
		}
		cur = word{}
	}
	for _, sp := range spans {
		if sp.brk {
			flushWord()
			out = append(out, word{brk: true})
			continue
		}
		k := styleKey{c: ctx, f: sp.f}
		if k != curKey {
			flushPiece()
			curKey = k
		}
		for _, c := range clean(sp.text) {
			if c == '\t' || isBreakingSpace(c) {
				flushWord()
				curKey = k
				continue
			}
			buf.WriteRune(c)
		}
	}
	flushWord()
	return out
}

// wrap lays styled text out in lines at most width columns wide.
func (r *renderer) wrap(spans []span, ctx context, width int) []string {
	width = max(width, 1)
	var lines []string
	var line strings.Builder
	lineW := 0
	var lastKey styleKey
	flush := func() {
		lines = append(lines, line.String())
		line.Reset()
		lineW = 0
	}
	put := func(p piece, w int) {
		s := r.style(p.k)
		line.WriteString(s.pre)
		line.WriteString(p.text)
		line.WriteString(s.suf)
		lineW += w
		lastKey = p.k
	}
	for _, w := range words(spans, ctx) {
		if w.brk {
			flush()
			continue
		}
		if lineW > 0 && lineW+1+w.w > width {
			flush()
		}
		if lineW > 0 {
			// The space takes the style around it when both sides share one
			// (an underlined link stays one line), else none.
			if w.pieces[0].k == lastKey {
				put(piece{text: " ", k: lastKey}, 1)
			} else {
				line.WriteByte(' ')
				lineW++
			}
		}
		if w.w <= width-lineW {
			for _, p := range w.pieces {
				put(p, ansi.StringWidth(p.text))
			}
			continue
		}
		// Wider than a line: cut it where the line ends.
		for _, p := range w.pieces {
			rest := p.text
			for rest != "" {
				room := width - lineW
				if room <= 0 {
					flush()
					room = width
				}
				part := ansi.Truncate(rest, room, "")
				if part == "" { // one character wider than the room left
					if lineW > 0 {
						flush()
						continue
					}
					part = firstGrapheme(rest)
				}
				put(piece{text: part, k: p.k}, ansi.StringWidth(part))
				rest = rest[len(part):]
			}
		}
	}
	if lineW > 0 || line.Len() > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

func firstGrapheme(s string) string {
	for i := range s {
		if i > 0 {
			return s[:i]
		}
	}
	return s
}
