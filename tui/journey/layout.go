package journey

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/model"
)

// layout is how the editor's space is shared, computed from the window,
// the column width and what is open.
type layout struct {
	laneW    int // the fixed lane-name column
	colW     int // a stage's text width (a column is colW+3 with padding and rule)
	visible  int // stages shown
	maxLines int // lines a row may take
	band     int // lines of the emotion band (0: none)
	tall     bool
	rowsH    int // lines for the lanes
	bottom   int // lines of the edit panel or prompt
}

func (e *Editor) layout() layout {
	w, h := e.width, e.height
	l := layout{laneW: min(max(w/5, 12), 22)}
	avail := w - l.laneW
	l.colW = max(min(e.column, avail-3), 4)
	l.visible = max(1, min(avail/(l.colW+3), len(e.j.Stages)))
	switch {
	case e.editing:
		l.bottom = 1 + e.areaHeight()
	case e.prompt != nil:
		l.bottom = 1
	}
	// title, stage header, rule, status line
	rest := h - 4 - l.bottom
	if e.j.LaneIndex(model.LaneEmotion) >= 0 {
		switch {
		case h >= 30 && rest-5 >= 10:
			l.band, l.tall = 5, true
		case e.compare:
			l.band = 2
		default:
			l.band = 1
		}
		if rest-l.band < 3 {
			l.band, l.tall = 0, false
		}
	}
	l.rowsH = max(rest-l.band, 1)
	l.maxLines = min(max(l.rowsH/4, min(l.rowsH/3, 2), 1), 6)
	return l
}

// areaHeight is the number of lines of the cell editor.
func (e *Editor) areaHeight() int {
	switch {
	case e.height >= 40:
		return 6
	case e.height >= 20:
		return 3
	}
	return 2
}

// fit scrolls so that the cursor's stage and lane are on screen, and no
// space is left empty below the last lane.
func (e *Editor) fit() {
	if !e.loaded || e.width == 0 || len(e.j.Stages) == 0 {
		return
	}
	l := e.layout()
	n := len(e.j.Stages)
	if e.stage < e.left {
		e.left = e.stage
	}
	if e.stage >= e.left+l.visible {
		e.left = e.stage - l.visible + 1
	}
	e.left = min(max(e.left, 0), max(n-l.visible, 0))

	heights := make([]int, len(e.j.Lanes))
	for i := range heights {
		heights[i] = e.rowHeight(l, i)
	}
	span := func(from, to int) int { // lines of lanes from..to with rules between
		used := 0
		for i := from; i <= to; i++ {
			used += heights[i]
		}
		return used + (to - from)
	}
	e.top = min(e.top, e.lane)
	for e.top < e.lane && span(e.top, e.lane) > l.rowsH {
		e.top++
	}
	for e.top > 0 && span(e.top-1, len(heights)-1) <= l.rowsH {
		e.top--
	}
}

// rowHeight is the number of lines a lane takes: its tallest visible cell
// or its name, at most the layout's cap.
func (e *Editor) rowHeight(l layout, lane int) int {
	h := len(e.laneLines(l, lane, false))
	kind := e.j.Lanes[lane].Kind
	for s := e.left; s < e.left+l.visible && s < len(e.j.Stages); s++ {
		k := keyOf(kind, e.j.Cell(lane, s), l.colW, l.maxLines, false)
		h = max(h, len(e.cache.cellLines(e.c.Styles, k)))
	}
	return h
}

// laneLines is the lane-name column of a lane: its name wrapped on up to
// two lines, marked and highlighted when the cursor is on it.
func (e *Editor) laneLines(l layout, lane int, focus bool) []string {
	name := laneName(e.c, e.j.Lanes[lane])
	kind := e.j.Lanes[lane].Kind
	k := laneKey{name: name, kind: kind, width: l.laneW, focus: focus, lang: e.c.Cat.Lang()}
	if lines, ok := e.cache.lanes[k]; ok {
		return lines
	}
	st := e.c.Styles
	style := st.Label
	switch {
	case focus:
		style = st.Selected
	case kind == model.LanePain:
		style = st.Bad
	case kind == model.LaneMoment:
		style = st.Warn
	}
	marker := " "
	if focus {
		marker = st.Selected.Render("›")
	}
	wrapped := wrapLines(name, l.laneW-2, 2)
	lines := make([]string, len(wrapped))
	for i, w := range wrapped {
		m := " "
		if i == 0 {
			m = marker
		}
		lines[i] = m + style.Render(w) + strings.Repeat(" ", max(l.laneW-1-ansi.StringWidth(w), 0))
	}
	e.cache.lanes[k] = lines
	return lines
}
