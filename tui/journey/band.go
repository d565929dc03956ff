package journey

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/model"
)

// The emotion band draws the emotion lane's scores across the visible
// stages, aligned with their columns, so the lows show at a glance: a
// five-line curve on tall screens, a sparkline row otherwise. When a
// future map is compared with the map it was copied from, both are drawn.

// sparks are the sparkline's bars for -2..+2.
var sparks = []rune{'▁', '▂', '▄', '▆', '█'}

// bandLines returns the band, cached on everything it depends on.
func (e *Editor) bandLines(l layout) []string {
	cur := e.j.Emotions()
	var src []*int
	if e.compare && e.source != nil {
		src = matchScores(e.j, *e.source)
	}
	key := fmt.Sprint(l.band, l.tall, l.laneW, l.colW, l.visible, e.left, e.width, e.c.Cat.Lang(), e.compare,
		scoresKey(cur), "|", scoresKey(src))
	if e.cache.bandKey != key {
		e.cache.band = strings.Join(e.drawBand(l, cur, src), "\n")
		e.cache.bandKey = key
	}
	return strings.Split(e.cache.band, "\n")
}

func scoresKey(s []*int) string {
	var b strings.Builder
	for _, v := range s {
		if v == nil {
			b.WriteByte('.')
		} else {
			b.WriteByte(byte('2' + *v))
		}
	}
	return b.String()
}

// matchScores gives each stage of j the score of the same stage in src:
// the stage of the same name, else the one at the same place.
func matchScores(j, src model.Journey) []*int {
	scores := src.Emotions()
	if scores == nil {
		return make([]*int, len(j.Stages))
	}
	byName := map[string]int{}
	for i, s := range src.Stages {
		if n := strings.ToLower(strings.TrimSpace(s.Name)); n != "" {
			if _, dup := byName[n]; !dup {
				byName[n] = i
			}
		}
	}
	out := make([]*int, len(j.Stages))
	for i, s := range j.Stages {
		k, ok := byName[strings.ToLower(strings.TrimSpace(s.Name))]
		if !ok && i < len(src.Stages) {
			k, ok = i, true
		}
		if ok {
			out[i] = scores[k]
		}
	}
	return out
}

// canvas is a grid of runes, each with a style, drawn by runs of style.
type canvas struct {
	w     int
	cells [][]rune
	style [][]int // index into styles; 0 is plain
}

func newCanvas(w, h int) *canvas {
	c := &canvas{w: w, cells: make([][]rune, h), style: make([][]int, h)}
	for i := range c.cells {
		c.cells[i] = []rune(strings.Repeat(" ", w))
		c.style[i] = make([]int, w)
	}
	return c
}

func (c *canvas) set(x, y int, r rune, s int) {
	if y >= 0 && y < len(c.cells) && x >= 0 && x < c.w {
		c.cells[y][x] = r
		c.style[y][x] = s
	}
}

func (c *canvas) puts(x, y int, text string, s int) {
	for i, r := range []rune(text) {
		c.set(x+i, y, r, s)
	}
}

func (c *canvas) render(styles []lipgloss.Style) []string {
	out := make([]string, len(c.cells))
	for y, row := range c.cells {
		var b strings.Builder
		for x := 0; x < len(row); {
			end := x
			for end < len(row) && c.style[y][end] == c.style[y][x] {
				end++
			}
			run := string(row[x:end])
			if s := c.style[y][x]; s > 0 {
				run = styles[s].Render(run)
			}
			b.WriteString(run)
			x = end
		}
		out[y] = b.String()
	}
	return out
}

// Styles of the band's canvas.
const (
	sPlain = iota
	sLabel
	sFaint
	sBad
	sMuted
	sGood
	sSource
	sAccent
)

func (e *Editor) bandStyles() []lipgloss.Style {
	st := e.c.Styles
	return []lipgloss.Style{st.Value, st.Label, st.Faint, st.Bad.Bold(true), st.Muted.Bold(true), st.Good.Bold(true), st.Muted, st.Selected}
}

func scoreStyleIndex(v int) int {
	switch {
	case v < 0:
		return sBad
	case v > 0:
		return sGood
	}
	return sMuted
}

// drawBand draws the curve (tall) or the sparkline rows.
func (e *Editor) drawBand(l layout, cur, src []*int) []string {
	gridW := l.visible * (l.colW + 3)
	cv := newCanvas(l.laneW+gridW, l.band)
	center := func(i int) int { return l.laneW + i*(l.colW+3) + 1 + (l.colW+2)/2 }
	name := laneName(e.c, e.j.Lanes[e.j.LaneIndex(model.LaneEmotion)])
	if !l.tall {
		rows := [][]*int{cur}
		labels := []string{name}
		if src != nil {
			rows = [][]*int{src, cur}
			labels = []string{"○ " + stateLabel(e.c, e.source.State), "● " + stateLabel(e.c, e.j.State)}
		}
		for y, scores := range rows {
			cv.puts(1, y, ansi.Truncate(labels[y], l.laneW-2, "…"), sLabel)
			for i := 0; i < l.visible; i++ {
				s := e.left + i
				if s >= len(scores) || scores[s] == nil {
					cv.set(center(i), y, '·', sFaint)
					continue
				}
				v := *scores[s]
				txt := string(sparks[v+2]) + " " + scoreText(v)
				cv.puts(center(i)-1, y, txt, scoreStyleIndex(v))
			}
		}
		return padRows(cv.render(e.bandStyles()), e.width)
	}
	for y := 0; y < 5; y++ {
		axis := scoreText(2 - y)
		cv.puts(l.laneW-1-len(axis), y, axis, sFaint)
	}
	cv.puts(1, 0, ansi.Truncate(name, max(l.laneW-5, 1), "…"), sLabel)
	if src != nil {
		cv.puts(1, 1, ansi.Truncate("○ "+stateLabel(e.c, e.source.State), max(l.laneW-5, 1), "…"), sSource)
		cv.puts(1, 2, ansi.Truncate("● "+stateLabel(e.c, e.j.State), max(l.laneW-5, 1), "…"), sAccent)
		e.plot(cv, l, src, center, '○', sSource, sFaint)
	}
	line := sFaint
	if src != nil {
		line = sAccent // this map's line, over the faint one it is compared with
	}
	e.plot(cv, l, cur, center, '●', -1, line)
	if src != nil {
		for i := 0; i < l.visible; i++ {
			s := e.left + i
			if s < len(cur) && s < len(src) && cur[s] != nil && src[s] != nil && *cur[s] == *src[s] {
				cv.set(center(i), 2-*cur[s], '◉', scoreStyleIndex(*cur[s]))
			}
		}
	}
	return padRows(cv.render(e.bandStyles()), e.width)
}

// plot draws one series: a mark per scored stage on its level, dotted
// lines between neighbours. style -1 colours each mark by its score.
func (e *Editor) plot(cv *canvas, l layout, scores []*int, center func(int) int, mark rune, style, line int) {
	for i := 0; i < l.visible; i++ {
		s := e.left + i
		if s >= len(scores) || scores[s] == nil {
			continue
		}
		v := *scores[s]
		if i+1 < l.visible && s+1 < len(scores) && scores[s+1] != nil {
			w := *scores[s+1]
			x0, x1 := center(i), center(i+1)
			for x := x0 + 1; x < x1; x++ {
				t := float64(x-x0) / float64(x1-x0)
				y := 2 - int(math.Round(float64(v)+t*float64(w-v)))
				if cv.cells[y][x] == ' ' {
					cv.set(x, y, '·', line)
				}
			}
		}
		st := style
		if st < 0 {
			st = scoreStyleIndex(v)
		}
		cv.set(center(i), 2-v, mark, st)
	}
}

func padRows(rows []string, width int) []string {
	for i, r := range rows {
		rows[i] = fit(r, width)
	}
	return rows
}
