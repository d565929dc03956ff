package export

import (
	"fmt"
	"html/template"
	"math"
	"strconv"
	"strings"

	"github.com/cxmap/cxmap/model"
)

// The HTML report's charts, drawn as inline SVG by hand: no script, no
// library, nothing fetched. Every text drawn is escaped (esc).

func esc(s string) string { return template.HTMLEscapeString(s) }

// f formats a coordinate with one decimal.
func f(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

const (
	colCurrent  = "#1f5f8b"
	colTarget   = "#c0392b"
	colPrevious = "#8a96a3"
	colGrid     = "#d5dbe1"
	colText     = "#1f2933"
	colMuted    = "#5f6b7a"
)

// wrapLabel splits a label into at most two lines of about n characters.
func wrapLabel(s string, n int) []string {
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for _, w := range words {
		if cur != "" && len([]rune(cur))+1+len([]rune(w)) > n {
			lines = append(lines, cur)
			cur = w
			continue
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	if len(lines) > 2 {
		lines = append(lines[:1], model.Shorten(strings.Join(lines[1:], " "), n))
	}
	return lines
}

// radarSVG draws every dimension on its own axis: the current scores as a
// filled shape, the targets as a dashed red line and the previous
// assessment, when there is one, in grey.
func radarSVG(r *report) template.HTML {
	dims := r.Dims
	n := len(dims)
	if n < 3 {
		return barsSVG(r) // a radar needs three axes
	}
	levels := max(len(r.v.a.Levels), 1)
	const w, h, cx, cy, radius = 640.0, 470.0, 320.0, 235.0, 165.0
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" width="%s" height="%s" role="img" aria-label="%s">`,
		f(w), f(h), f(w), f(h), esc(r.v.t("export.radar_caption")))
	point := func(i int, value float64) (float64, float64) {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		d := radius * value / float64(levels)
		return cx + d*math.Cos(a), cy + d*math.Sin(a)
	}
	// Rings and their level numbers.
	for l := 1; l <= levels; l++ {
		var pts []string
		for i := range n {
			x, y := point(i, float64(l))
			pts = append(pts, f(x)+","+f(y))
		}
		fmt.Fprintf(&b, `<polygon points="%s" fill="none" stroke="%s" stroke-width="1"/>`, strings.Join(pts, " "), colGrid)
		_, y := point(0, float64(l))
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="10" fill="%s" text-anchor="start">%d</text>`, f(cx+4), f(y+11), colMuted, l)
	}
	for i, d := range dims {
		x, y := point(i, float64(levels))
		fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s"/>`, f(cx), f(cy), f(x), f(y), colGrid)
		lx, ly := point(i, float64(levels)+0.55)
		anchor := "middle"
		switch {
		case lx < cx-10:
			anchor = "end"
		case lx > cx+10:
			anchor = "start"
		}
		lines := wrapLabel(d.Name, 26)
		ly -= float64(len(lines)-1) * 6
		for k, line := range lines {
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="11" fill="%s" text-anchor="%s">%s</text>`, f(lx), f(ly+float64(k)*13+4), colText, anchor, esc(line))
		}
	}
	shape := func(value func(dimRow) (float64, bool), stroke, fill, dash string) {
		var pts []string
		any := false
		for i, d := range dims {
			v, ok := value(d)
			if !ok {
				v = 0
			}
			any = any || ok
			x, y := point(i, v)
			pts = append(pts, f(x)+","+f(y))
		}
		if !any {
			return
		}
		fmt.Fprintf(&b, `<polygon points="%s" fill="%s" stroke="%s" stroke-width="2"%s/>`, strings.Join(pts, " "), fill, stroke, dash)
	}
	shape(func(d dimRow) (float64, bool) { return d.Prev, d.HasPrev }, colPrevious, "none", ` stroke-dasharray="2 3"`)
	shape(func(d dimRow) (float64, bool) { return float64(d.Target), d.Target > 0 }, colTarget, "none", ` stroke-dasharray="6 4"`)
	shape(func(d dimRow) (float64, bool) { return d.Score, d.HasScore }, colCurrent, "rgba(31,95,139,0.22)", "")
	for i, d := range dims {
		if d.HasScore {
			x, y := point(i, d.Score)
			fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="3.5" fill="%s"/>`, f(x), f(y), colCurrent)
		}
	}
	// Legend.
	items := [][3]string{{colCurrent, "", r.v.t("export.legend_current")}, {colTarget, "6 4", r.v.t("export.legend_target")}}
	if r.HasChange {
		items = append(items, [3]string{colPrevious, "2 3", r.v.t("export.legend_previous")})
	}
	x := 20.0
	for _, it := range items {
		dash := ""
		if it[1] != "" {
			dash = ` stroke-dasharray="` + it[1] + `"`
		}
		fmt.Fprintf(&b, `<line x1="%s" y1="455" x2="%s" y2="455" stroke="%s" stroke-width="3"%s/>`, f(x), f(x+24), it[0], dash)
		fmt.Fprintf(&b, `<text x="%s" y="459" font-size="11" fill="%s">%s</text>`, f(x+30), colText, esc(it[2]))
		x += 40 + 7*float64(len([]rune(it[2])))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// barsSVG draws each dimension's score as a bar against the scale, with
// its target as a red tick.
func barsSVG(r *report) template.HTML {
	levels := max(len(r.v.a.Levels), 1)
	const labelW, barW, rowH, top = 290.0, 330.0, 26.0, 24.0
	rows := append(append([]dimRow{}, r.Dims...), r.Overall)
	w, h := labelW+barW+60, top+rowH*float64(len(rows))+10
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" width="%s" height="%s" role="img" aria-label="%s">`,
		f(w), f(h), f(w), f(h), esc(r.v.t("export.chart_title")))
	for l := 0; l <= levels; l++ {
		x := labelW + barW*float64(l)/float64(levels)
		fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s"/>`, f(x), f(top-6), f(x), f(h-8), colGrid)
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="10" fill="%s" text-anchor="middle">%d</text>`, f(x), f(top-10), colMuted, l)
	}
	for i, d := range rows {
		y := top + rowH*float64(i)
		weight := ""
		if i == len(rows)-1 {
			weight = ` font-weight="700"`
		}
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="11" fill="%s" text-anchor="end"%s>%s</text>`, f(labelW-8), f(y+15), colText, weight, esc(model.Shorten(d.Name, 48)))
		if d.HasScore {
			bw := barW * math.Min(d.Score, float64(levels)) / float64(levels)
			fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="14" fill="%s" rx="2"/>`, f(labelW), f(y+4), f(bw), colCurrent)
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="10" fill="%s">%s</text>`, f(labelW+bw+4), f(y+15), colText, esc(d.ScoreText))
		}
		if d.Target > 0 {
			x := labelW + barW*float64(min(d.Target, levels))/float64(levels)
			fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="3"/>`, f(x), f(y+1), f(x), f(y+21), colTarget)
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// matrixSVG places the roadmap's initiatives on the impact-effort plane:
// one numbered dot each, the four quadrants named in their corners.
func matrixSVG(r *report) template.HTML {
	const w, h, left, top, size = 560.0, 424.0, 60.0, 20.0, 340.0
	pw := w - left - 20
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" width="%s" height="%s" role="img" aria-label="%s">`,
		f(w), f(h), f(w), f(h), esc(r.v.t("export.matrix")))
	// Quadrants: impact and effort of 3 or more are high (model.QuadrantOf).
	x := func(effort float64) float64 { return left + pw*(effort-0.5)/5 }
	y := func(impact float64) float64 { return top + size*(5.5-impact)/5 }
	fills := map[model.Quadrant]string{model.QuickWin: "#e3f1de", model.BigBet: "#e4eef6", model.FillIn: "#f4f4f4", model.MoneyPit: "#fbeaea"}
	quad := func(q model.Quadrant, x0, y0, x1, y1 float64, anchor string, tx, ty float64) {
		fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`, f(x0), f(y0), f(x1-x0), f(y1-y0), fills[q])
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="12" font-weight="700" fill="%s" text-anchor="%s">%s</text>`, f(tx), f(ty), colMuted, anchor, esc(r.v.t("term.quadrants."+string(q))))
	}
	mid, midY := x(2.5), y(2.5)
	quad(model.QuickWin, left, top, mid, midY, "start", left+6, top+16)
	quad(model.BigBet, mid, top, left+pw, midY, "end", left+pw-6, top+16)
	quad(model.FillIn, left, midY, mid, top+size, "start", left+6, top+size-8)
	quad(model.MoneyPit, mid, midY, left+pw, top+size, "end", left+pw-6, top+size-8)
	for v := 1; v <= 5; v++ {
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="10" fill="%s" text-anchor="middle">%d</text>`, f(x(float64(v))), f(top+size+14), colMuted, v)
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="10" fill="%s" text-anchor="end">%d</text>`, f(left-6), f(y(float64(v))+4), colMuted, v)
	}
	fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="11" fill="%s" text-anchor="middle">%s →</text>`, f(left+pw/2), f(top+size+32), colText, esc(r.v.t("term.effort")))
	fmt.Fprintf(&b, `<text x="14" y="%s" font-size="11" fill="%s" text-anchor="middle" transform="rotate(-90 14 %s)">%s →</text>`, f(top+size/2), colText, f(top+size/2), esc(r.v.t("term.impact")))
	// Dots: initiatives sharing a cell are spread around its centre.
	cells := map[[2]int][]item{}
	var order [][2]int
	for _, g := range r.Roadmap.Horizons {
		for _, it := range g.Items {
			k := [2]int{min(max(it.Effort, 1), 5), min(max(it.Impact, 1), 5)}
			if _, ok := cells[k]; !ok {
				order = append(order, k)
			}
			cells[k] = append(cells[k], it)
		}
	}
	for _, k := range order {
		list := cells[k]
		cxp, cyp := x(float64(k[0])), y(float64(k[1]))
		for i, it := range list {
			dx, dy := 0.0, 0.0
			if len(list) > 1 {
				a := 2 * math.Pi * float64(i) / float64(len(list))
				rad := math.Min(11+2*float64(len(list)), 26)
				dx, dy = rad*math.Cos(a), rad*math.Sin(a)
			}
			fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="10" fill="%s"><title>%s</title></circle>`, f(cxp+dx), f(cyp+dy), horizonColour(it.HorizonKey), esc(it.Title))
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="10" font-weight="700" fill="#fff" text-anchor="middle">%d</text>`, f(cxp+dx), f(cyp+dy+3.5), it.Number)
		}
	}
	// Legend of the horizons' colours.
	lx := left
	for _, g := range r.Roadmap.Horizons {
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="5" fill="%s"/><text x="%s" y="%s" font-size="10" fill="%s">%s</text>`,
			f(lx+200), f(h-8), horizonColour(g.Key), f(lx+208), f(h-4), colText, esc(g.Short))
		lx += 30 + 7*float64(len([]rune(g.Short)))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// horizonColour is the colour of a horizon's dots in the matrix.
func horizonColour(h model.Horizon) string {
	switch h {
	case model.HorizonNow:
		return colCurrent
	case model.HorizonNext:
		return "#4f8a3c"
	case model.HorizonLater:
		return "#8a6d1f"
	}
	return colMuted
}

// curveSVG draws one part of a journey's emotion curve, -2 to +2, a point
// per stage with a score, coloured like the grid's cells.
func curveSVG(r *report, j journeyView, p journeyPart) template.HTML {
	n := len(p.Curve)
	if n == 0 || r == nil {
		return ""
	}
	const w, h, left, top, plotH = 680.0, 170.0, 90.0, 12.0, 110.0
	plotW := w - left - 20
	step := plotW / float64(n)
	x := func(i int) float64 { return left + step*(float64(i)+0.5) }
	y := func(score int) float64 { return top + plotH*(2-float64(score))/4 }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" width="%s" height="%s" role="img" aria-label="%s">`,
		f(w), f(h), f(w), f(h), esc(r.v.t("export.emotion_curve")+": "+j.Name))
	for s := -2; s <= 2; s++ {
		stroke := colGrid
		if s == 0 {
			stroke = colMuted
		}
		fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s"/>`, f(left), f(y(s)), f(w-20), f(y(s)), stroke)
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="10" fill="%s" text-anchor="end">%s %s</text>`, f(left-6), f(y(s)+3.5), colMuted,
			esc(signed(s)), esc(model.Shorten(r.v.t("term.emotion."+emotionKey(s)), 14)))
	}
	var pts []string
	for i, pt := range p.Curve {
		if pt.Has {
			pts = append(pts, f(x(i))+","+f(y(pt.Score)))
		}
	}
	if len(pts) > 1 {
		fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="2.5"/>`, strings.Join(pts, " "), colCurrent)
	}
	fills := map[int]string{-2: "#d9534f", -1: "#e8964a", 0: "#8a96a3", 1: "#7fb069", 2: "#3f8f3a"}
	for i, pt := range p.Curve {
		if pt.Has {
			fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="5" fill="%s"/>`, f(x(i)), f(y(pt.Score)), fills[pt.Score])
		}
		for k, line := range wrapLabel(pt.Stage, max(int(step/6.2), 8)) {
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="10" fill="%s" text-anchor="middle">%s</text>`, f(x(i)), f(top+plotH+18+float64(k)*12), colText, esc(line))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
