package mdview

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

const (
	colGap     = 3  // " │ " between columns
	minColumn  = 6  // narrower than this a column is unreadable
	wordColumn = 14 // a column is not squeezed below its longest word, up to this
)

// table draws a GFM table fitted to width: columns keep their natural
// width when they fit, otherwise the widest are narrowed and their cells
// wrapped; when even that cannot fit, each row is shown as a record.
func (r *renderer) table(t *tableMD, width int) []string {
	n := len(t.head)
	head := make([][]span, n)
	for i, h := range t.head {
		head[i] = parseInline(h)
	}
	rows := make([][][]span, len(t.rows))
	for i, row := range t.rows {
		rows[i] = make([][]span, n)
		for j, c := range row {
			rows[i][j] = parseInline(c)
		}
	}
	natural, least := make([]int, n), make([]int, n)
	// A cell's natural width is its widest line unwrapped: its words and
	// the spaces between them, up to each hard break.
	measure := func(j int, sp []span, ctx context) {
		lineW := 0
		for _, w := range words(sp, ctx) {
			if w.brk {
				lineW = 0
				continue
			}
			least[j] = max(least[j], min(w.w, wordColumn))
			if lineW > 0 {
				lineW++
			}
			lineW += w.w
			natural[j] = max(natural[j], lineW)
		}
	}
	for j := range n {
		measure(j, head[j], cHead)
		for i := range rows {
			measure(j, rows[i][j], cText)
		}
	}
	avail := width - colGap*(n-1)
	widths := make([]int, n)
	sumNat, sumMin := 0, 0
	for j := range n {
		natural[j] = max(natural[j], 1)
		least[j] = min(max(least[j], minColumn), natural[j])
		sumNat += natural[j]
		sumMin += least[j]
	}
	switch {
	case sumNat <= avail:
		copy(widths, natural)
	case sumMin <= avail:
		fitColumns(widths, natural, least, avail)
	default:
		return r.records(head, rows, width)
	}
	var out []string
	hl, _ := r.tableRow(head, widths, t.align, cHead)
	out = append(out, hl...)
	rule := make([]string, n)
	for j, w := range widths {
		rule[j] = strings.Repeat("─", w)
	}
	ruled := strings.Join(rule, "─┼─")
	out = append(out, paint(r.md.Border, ruled))
	var body [][]string
	multi := false
	for _, row := range rows {
		lines, wrapped := r.tableRow(row, widths, t.align, cText)
		// One wrapped cell beside blank ones reads as one row; two or more
		// need a line between rows to tell them apart.
		multi = multi || wrapped >= 2
		body = append(body, lines)
	}
	between := paint(r.md.Border, strings.ReplaceAll(ruled, "─", "┄"))
	for i, lines := range body {
		if i > 0 && multi {
			out = append(out, between)
		}
		out = append(out, lines...)
	}
	return out
}

// fitColumns finds the widest level L such that columns as wide as
// min(natural, max(least, L)) fit, then hands out what is left.
func fitColumns(widths, natural, least []int, avail int) {
	total := func(level int) int {
		s := 0
		for j := range natural {
			s += min(natural[j], max(least[j], level))
		}
		return s
	}
	lo, hi := 0, 0
	for _, w := range natural {
		hi = max(hi, w)
	}
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if total(mid) <= avail {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	left := avail
	for j := range natural {
		widths[j] = min(natural[j], max(least[j], lo))
		left -= widths[j]
	}
	for j := range natural {
		if left > 0 && widths[j] < natural[j] {
			widths[j]++
			left--
		}
	}
}

// tableRow wraps each cell to its column and joins them line by line; it
// also says how many cells took more than one line.
func (r *renderer) tableRow(cells [][]span, widths []int, align []alignment, ctx context) ([]string, int) {
	cols := make([][]string, len(widths))
	h, wrapped := 1, 0
	for j, w := range widths {
		cols[j] = r.wrap(cells[j], ctx, w)
		h = max(h, len(cols[j]))
		if len(cols[j]) > 1 {
			wrapped++
		}
	}
	bar := paint(r.md.Border, " │ ")
	out := make([]string, h)
	for i := range h {
		var b strings.Builder
		for j, w := range widths {
			if j > 0 {
				b.WriteString(bar)
			}
			cell := ""
			if i < len(cols[j]) {
				cell = cols[j][i]
			}
			gap := max(w-ansi.StringWidth(cell), 0)
			switch {
			case align[j] == alignRight:
				b.WriteString(strings.Repeat(" ", gap) + cell)
			case align[j] == alignCenter:
				b.WriteString(strings.Repeat(" ", gap/2) + cell + strings.Repeat(" ", gap-gap/2))
			case j < len(widths)-1:
				b.WriteString(cell + strings.Repeat(" ", gap))
			default:
				b.WriteString(cell)
			}
		}
		out[i] = strings.TrimRight(b.String(), " ")
	}
	return out, wrapped
}

// records shows a table too wide for the screen one row at a time: the
// row's first cell as its title, then "Column: value" for the others.
func (r *renderer) records(head []([]span), rows [][][]span, width int) []string {
	var out []string
	for i, row := range rows {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, r.wrap(bold(row[0]), cHead, width)...)
		for j := 1; j < len(row); j++ {
			if len(row[j]) == 0 {
				continue
			}
			sp := append(bold(head[j]), span{text: ": "})
			sp = append(sp, row[j]...)
			for k, l := range r.wrap(sp, cText, width-4) {
				out = append(out, strings.Repeat(" ", 2+2*min(k, 1))+l)
			}
		}
	}
	return out
}

func bold(sp []span) []span {
	out := make([]span, len(sp))
	for i, s := range sp {
		s.f |= fBold
		out[i] = s
	}
	return out
}
