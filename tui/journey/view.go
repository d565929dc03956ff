package journey

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
)

// View draws the map: a title, the emotion band, the stage header, the
// lanes, the edit panel or prompt, and a status line. Every line is
// exactly the editor's width and there are never more lines than its
// height; cells come from the cache, so View mostly joins strings.
func (e *Editor) View() string {
	st := e.c.Styles
	if !e.loaded {
		return st.Muted.Render(e.c.T("common.loading"))
	}
	if e.width <= 0 || e.height <= 0 {
		return ""
	}
	l := e.layout()
	lines := make([]string, 0, e.height)
	lines = append(lines, e.titleLine())
	if l.band > 0 {
		lines = append(lines, e.bandLines(l)...)
	}
	rule := e.ruleLine(l)
	lines = append(lines, e.headerLine(l), rule)
	lines = append(lines, e.rowLines(l, rule)...)
	switch {
	case e.editing:
		lines = append(lines, e.editLines()...)
	case e.prompt != nil:
		lines = append(lines, e.promptLine())
	}
	lines = append(lines, e.statusLine(l))
	if len(lines) > e.height {
		// Never more than the screen: keep the status line.
		lines = append(lines[:e.height-1], lines[len(lines)-1])
	}
	return strings.Join(lines, "\n")
}

func (e *Editor) titleLine() string {
	st := e.c.Styles
	parts := []string{kindLabel(e.c, e.j.Kind), stateLabel(e.c, e.j.State)}
	if e.j.Persona != "" {
		parts = append(parts, e.c.T("journey.persona_is", e.j.Persona))
	}
	meta := " · " + strings.Join(parts, " · ")
	if e.compare && e.source != nil {
		meta += " · " + e.c.T("journey.comparing", e.source.Name)
	}
	name := ansi.Truncate(textsafe.Line(e.j.Name), max(e.width/2, 10), "…")
	return fit(st.Title.Render(name)+st.Muted.Render(meta), e.width)
}

// ruleLine is the horizontal rule under the header and between lanes.
func (e *Editor) ruleLine(l layout) string {
	var b strings.Builder
	b.WriteString(strings.Repeat("─", l.laneW))
	seg := "┼" + strings.Repeat("─", l.colW+2)
	for i := 0; i < l.visible; i++ {
		b.WriteString(seg)
	}
	return e.c.Styles.Faint.Render(b.String()) + e.tail(l)
}

// tail pads a grid line to the full width.
func (e *Editor) tail(l layout) string {
	return strings.Repeat(" ", max(e.width-l.laneW-l.visible*(l.colW+3), 0))
}

// headerLine names the visible stages, with how many are hidden each side.
func (e *Editor) headerLine(l layout) string {
	st := e.c.Styles
	n := len(e.j.Stages)
	hiddenLeft, hiddenRight := e.left, n-e.left-l.visible
	var hint string
	if hiddenLeft > 0 {
		hint = fmt.Sprintf("◂%d", hiddenLeft)
	}
	if hiddenRight > 0 {
		right := fmt.Sprintf("%d▸", hiddenRight)
		hint += strings.Repeat(" ", max(l.laneW-1-ansi.StringWidth(hint)-ansi.StringWidth(right), 1)) + right
	}
	var b strings.Builder
	b.WriteString(st.Muted.Render(fit(" "+hint, l.laneW)))
	sep := st.Faint.Render("│")
	for s := e.left; s < e.left+l.visible; s++ {
		b.WriteString(sep)
		num := fmt.Sprintf("%d ", s+1)
		name := ansi.Truncate(stageLabel(e.c, e.j, s), max(l.colW-len(num), 1), "…")
		style, mark := st.Title, " "
		if s == e.stage {
			style, mark = st.Selected, st.Selected.Render("›")
		}
		b.WriteString(mark + st.Faint.Render(num) + style.Render(name) +
			strings.Repeat(" ", max(l.colW+1-len(num)-ansi.StringWidth(name), 0)))
	}
	return b.String() + e.tail(l)
}

// rowLines draws the visible lanes, exactly l.rowsH lines.
func (e *Editor) rowLines(l layout, rule string) []string {
	st := e.c.Styles
	sep := st.Faint.Render("│")
	blankLane := strings.Repeat(" ", l.laneW)
	tail := e.tail(l)
	out := make([]string, 0, l.rowsH)
	var b strings.Builder
	for lane := e.top; lane < len(e.j.Lanes) && len(out) < l.rowsH; lane++ {
		if lane > e.top {
			out = append(out, rule)
		}
		focusLane := lane == e.lane
		names := e.laneLines(l, lane, focusLane)
		kind := e.j.Lanes[lane].Kind
		cells := make([][]string, 0, l.visible)
		h := len(names)
		for s := e.left; s < e.left+l.visible; s++ {
			k := keyOf(kind, e.j.Cell(lane, s), l.colW, l.maxLines, focusLane && s == e.stage)
			c := e.cache.cellLines(st, k)
			h = max(h, len(c))
			cells = append(cells, c)
		}
		for i := 0; i < h && len(out) < l.rowsH; i++ {
			b.Reset()
			if i < len(names) {
				b.WriteString(names[i])
			} else {
				b.WriteString(blankLane)
			}
			for ci, c := range cells {
				b.WriteString(sep)
				if i < len(c) {
					b.WriteString(c[i])
				} else {
					b.WriteString(e.cache.blankLine(st, l.colW, focusLane && e.left+ci == e.stage))
				}
			}
			b.WriteString(tail)
			out = append(out, b.String())
		}
	}
	for len(out) < l.rowsH {
		out = append(out, "")
	}
	return out
}

// editLines is the cell editor: what is edited, then the text area.
func (e *Editor) editLines() []string {
	st := e.c.Styles
	label := e.c.T("journey.editing", stageLabel(e.c, e.j, e.stage), laneName(e.c, e.j.Lanes[e.lane]))
	if e.onLane(model.LaneEmotion) {
		label += " · " + e.c.T("journey.emotion_hint")
	}
	lines := []string{fit(st.Subtitle.Render("✎ ")+st.Subtitle.Render(label), e.width)}
	for _, l := range strings.Split(e.area.View(), "\n") {
		lines = append(lines, fit(l, e.width))
	}
	return lines
}

// statusLine says where the cursor is and what the cell holds.
func (e *Editor) statusLine(l layout) string {
	st := e.c.Styles
	lane := e.j.Lanes[e.lane]
	s := e.c.T("journey.where", e.stage+1, len(e.j.Stages), stageLabel(e.c, e.j, e.stage),
		e.lane+1, len(e.j.Lanes), laneName(e.c, lane))
	c := e.j.Cell(e.lane, e.stage)
	if c.Score != nil {
		s += " · " + e.c.T("journey.emotion_is", scoreText(*c.Score))
	}
	if !c.Empty() {
		if c.Observed {
			s += " · ✓ " + e.c.T("journey.observed")
		} else {
			s += " · " + e.c.T("journey.assumption")
		}
	}
	below := 0
	if last := e.lastVisibleLane(l); last < len(e.j.Lanes)-1 {
		below = len(e.j.Lanes) - 1 - last
	}
	if e.top > 0 {
		s += fmt.Sprintf(" · ↑%d", e.top)
	}
	if below > 0 {
		s += fmt.Sprintf(" · ↓%d", below)
	}
	if e.compare && e.source == nil {
		s += " · " + e.c.T("common.loading")
	}
	return fit(st.Muted.Render(s), e.width)
}

// lastVisibleLane is the last lane whose first line is on screen.
func (e *Editor) lastVisibleLane(l layout) int {
	used, last := 0, e.top
	for lane := e.top; lane < len(e.j.Lanes); lane++ {
		if lane > e.top {
			used++ // the rule
		}
		if used >= l.rowsH {
			break
		}
		last = lane
		used += e.rowHeight(l, lane)
	}
	return last
}
