package mdview

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/tui/styles"
)

// context is the block a piece of text sits in; it picks the base style.
type context uint8

const (
	cText context = iota
	cH1
	cH2
	cH3
	cH4
	cQuote
	cHead
)

type styleKey struct {
	c context
	f flags
}

// seq is a style as the escape codes around a piece of text, worked out
// once: styling each word through lipgloss would cost most of the render.
type seq struct{ pre, suf string }

// renderer draws one document at one width; it is not shared between
// goroutines (Render makes a new one each call).
type renderer struct {
	md    styles.Markdown
	plain bool
	seqs  map[styleKey]seq
}

// Render draws Markdown src in the app's theme for a terminal width
// columns wide. Text is wrapped at word boundaries, tables are fitted to
// the width (or shown as one record per row when their columns cannot
// fit), and control characters in the text are dropped.
func Render(src string, width int, st *styles.Styles) string {
	r := &renderer{md: st.Markdown(), plain: st.Plain, seqs: map[styleKey]seq{}}
	width = max(width, 20)
	return strings.Join(r.blocks(parse(src), width, cText, 0, false), "\n")
}

func (r *renderer) style(k styleKey) seq {
	if s, ok := r.seqs[k]; ok {
		return s
	}
	st := lipgloss.NewStyle()
	for _, x := range []struct {
		f flags
		s lipgloss.Style
	}{{fCode, r.md.Code}, {fLink, r.md.Link}, {fBold, r.md.Strong}, {fItalic, r.md.Emph}, {fStrike, r.md.Strike}} {
		if k.f&x.f != 0 {
			st = st.Inherit(x.s)
		}
	}
	st = st.Inherit(r.ctxStyle(k.c))
	out := st.Render("X")
	i := strings.IndexByte(out, 'X')
	s := seq{pre: out[:i], suf: out[i+1:]}
	r.seqs[k] = s
	return s
}

func (r *renderer) ctxStyle(c context) lipgloss.Style {
	switch c {
	case cH1:
		return r.md.H1
	case cH2:
		return r.md.H2
	case cH3:
		return r.md.H3
	case cH4:
		return r.md.H4
	case cQuote:
		return r.md.Quote
	case cHead:
		return r.md.TableHead
	}
	return r.md.Text
}

// paint styles a whole string in a context (rules, bullets, borders).
func paint(s lipgloss.Style, text string) string {
	if text == "" {
		return ""
	}
	return s.Render(text)
}

// blocks draws blocks one under the other; loose documents leave a blank
// line between blocks, list items (tight) do not.
func (r *renderer) blocks(bs []block, width int, ctx context, depth int, tight bool) []string {
	var out []string
	for i, b := range bs {
		if i > 0 && !tight {
			out = append(out, "")
		}
		out = append(out, r.block(b, width, ctx, depth)...)
	}
	return out
}

func (r *renderer) block(b block, width int, ctx context, depth int) []string {
	switch b.kind {
	case bHeading:
		return r.heading(b, width)
	case bRule:
		return []string{paint(r.md.Rule, strings.Repeat("─", width))}
	case bCode:
		return r.code(b, width)
	case bQuote:
		bar := paint(r.md.Border, "│") + " "
		inner := r.blocks(b.children, width-2, cQuote, depth, false)
		for i, l := range inner {
			inner[i] = bar + l
		}
		return inner
	case bList:
		return r.list(b, width, ctx, depth)
	case bTable:
		return r.table(b.table, width)
	}
	return r.wrap(parseInline(b.text), ctx, width)
}

func (r *renderer) heading(b block, width int) []string {
	ctx := []context{cH1, cH1, cH2, cH3, cH4, cH4, cH4}[b.level]
	spans := parseInline(b.text)
	if r.plain {
		// Without colour the level stays visible as it is written.
		spans = append([]span{{text: strings.Repeat("#", b.level) + " "}}, spans...)
	}
	lines := r.wrap(spans, ctx, width)
	if b.level == 1 {
		w := 0
		for _, l := range lines {
			w = max(w, ansi.StringWidth(l))
		}
		lines = append(lines, paint(r.md.Rule, strings.Repeat("━", min(w, width))))
	}
	return lines
}

// code shows a fenced block as it is written, under its language
// (mermaid, say) when it names one other than plain text; lines wider
// than the screen are wrapped rather than cut, and the bar beside the
// block is dropped when it would make lines wrap.
func (r *renderer) code(b block, width int) []string {
	var out []string
	if b.info != "" && b.info != "text" && b.info != "txt" {
		out = append(out, paint(r.md.Label, clean(b.info)))
	}
	lines := strings.Split(b.text, "\n")
	widest := 0
	for i, l := range lines {
		lines[i] = clean(strings.TrimRight(l, " "))
		widest = max(widest, ansi.StringWidth(lines[i]))
	}
	bar := paint(r.md.Border, "│") + " "
	if widest > width-2 {
		bar = ""
	}
	room := width - ansi.StringWidth(bar)
	for _, l := range lines {
		for _, part := range strings.Split(ansi.Hardwrap(l, room, true), "\n") {
			out = append(out, bar+paint(r.md.CodeBlock, part))
		}
	}
	return out
}

var bullets = []string{"•", "◦", "▪"}

// list draws each item with its marker, continuation lines indented
// under the item's text.
func (r *renderer) list(b block, width int, ctx context, depth int) []string {
	var out []string
	last := b.start + len(b.items) - 1
	numW := len(strconv.Itoa(last))
	for i, it := range b.items {
		mark := bullets[min(depth, len(bullets)-1)] + " "
		if b.ordered {
			n := strconv.Itoa(b.start + i)
			mark = strings.Repeat(" ", numW-len(n)) + n + ". "
		}
		switch it.task {
		case 1:
			mark += "☐ "
		case 2:
			mark += "☑ "
		}
		mw := ansi.StringWidth(mark)
		lines := r.blocks(it.blocks, max(width-mw, 10), ctx, depth+1, true)
		if len(lines) == 0 {
			lines = []string{""}
		}
		pad := strings.Repeat(" ", mw)
		for j, l := range lines {
			if j == 0 {
				out = append(out, paint(r.md.Bullet, mark)+l)
			} else {
				out = append(out, pad+l)
			}
		}
	}
	return out
}
