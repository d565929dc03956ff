package journey

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/styles"
)

// cellKey is everything a rendered cell depends on: a cell is drawn once
// per content, width, line cap and focus, and View only joins the lines.
type cellKey struct {
	text     string
	score    int8 // noScore when unset
	observed bool
	kind     model.LaneKind
	width    int
	maxLines int
	focus    bool
}

const noScore = 99

// laneKey is what a lane's name column depends on.
type laneKey struct {
	name, lang string
	kind       model.LaneKind
	width      int
	focus      bool
}

// renderCache keeps rendered cells, lane names and the emotion band.
type renderCache struct {
	cells   map[cellKey][]string
	blank   map[cellKey]string // an empty line of a cell, per width and focus
	lanes   map[laneKey][]string
	band    string
	bandKey string
}

// maxCachedCells bounds the cache; it is emptied when full (a map of 40
// stages and 12 lanes needs about 500 entries per width).
const maxCachedCells = 8192

func newRenderCache() *renderCache {
	rc := &renderCache{}
	rc.reset()
	return rc
}

func (rc *renderCache) reset() {
	rc.cells = map[cellKey][]string{}
	rc.blank = map[cellKey]string{}
	rc.lanes = map[laneKey][]string{}
	rc.band, rc.bandKey = "", ""
}

func keyOf(kind model.LaneKind, c model.Cell, width, maxLines int, focus bool) cellKey {
	k := cellKey{text: c.Text, score: noScore, observed: c.Observed, kind: kind, width: width, maxLines: maxLines, focus: focus}
	if c.Score != nil {
		k.score = int8(*c.Score)
	}
	return k
}

// cellLines returns the rendered lines of a cell: each exactly width+2
// cells wide (a padding column each side), at most maxLines of them.
func (rc *renderCache) cellLines(st *styles.Styles, k cellKey) []string {
	if lines, ok := rc.cells[k]; ok {
		return lines
	}
	if len(rc.cells) >= maxCachedCells {
		rc.reset()
	}
	lines := drawCell(st, k)
	rc.cells[k] = lines
	return lines
}

// blankLine is an empty line of a cell, highlighted when focused.
func (rc *renderCache) blankLine(st *styles.Styles, width int, focus bool) string {
	k := cellKey{width: width, focus: focus}
	if s, ok := rc.blank[k]; ok {
		return s
	}
	s := strings.Repeat(" ", width+2)
	if focus {
		s = st.Cursor.Render(s)
	}
	rc.blank[k] = s
	return s
}

// drawCell wraps a cell's text to its width and styles it by lane: the
// emotion score coloured by sign, pain points and moments of truth marked
// and coloured, an observed cell ticked in its right margin.
func drawCell(st *styles.Styles, k cellKey) []string {
	text := cleanText(k.text)
	textStyle := st.Value
	var prefix string
	prefixStyle := st.Value
	switch {
	case k.kind == model.LaneEmotion && k.score != noScore:
		prefix = scoreText(int(k.score)) + " "
		prefixStyle = scoreStyle(st, int(k.score)).Bold(true)
	case k.kind == model.LanePain && text != "":
		prefix, prefixStyle, textStyle = "! ", st.Bad.Bold(true), st.Bad
	case k.kind == model.LaneMoment && text != "":
		prefix, prefixStyle, textStyle = "★ ", st.Warn.Bold(true), st.Warn
	}
	if k.focus {
		prefixStyle = prefixStyle.Inherit(st.Cursor)
		textStyle = textStyle.Inherit(st.Cursor)
	}
	pad := func(s string) string {
		if k.focus {
			return st.Cursor.Render(s)
		}
		return s
	}
	wrapped := strings.Split(ansi.Wrap(prefix+text, k.width, ""), "\n")
	if len(wrapped) > k.maxLines {
		wrapped = wrapped[:k.maxLines]
		last := strings.TrimRight(wrapped[k.maxLines-1], " ")
		wrapped[k.maxLines-1] = ansi.Truncate(last, k.width-1, "") + "…"
	}
	out := make([]string, len(wrapped))
	for i, l := range wrapped {
		l = ansi.Truncate(l, k.width, "…")
		var body string
		if i == 0 && prefix != "" && strings.HasPrefix(l, prefix) {
			body = prefixStyle.Render(prefix) + textStyle.Render(l[len(prefix):])
		} else if i == 0 && prefix != "" {
			body = prefixStyle.Render(l) // a prefix cut by a very narrow column
		} else {
			body = textStyle.Render(l)
		}
		body += pad(strings.Repeat(" ", max(k.width-ansi.StringWidth(l), 0)))
		left, right := " ", " "
		if k.focus && i == 0 {
			left = "›"
		}
		lr := pad(right)
		if i == 0 && k.observed {
			tick := st.Good
			if k.focus {
				tick = tick.Inherit(st.Cursor)
			}
			lr = tick.Render("✓")
		}
		out[i] = pad(left) + body + lr
	}
	return out
}

// cleanText makes text safe to measure and draw (the one sanitiser: tabs
// expanded, control and bidi characters neutralised) and drops trailing
// blank lines.
func cleanText(s string) string {
	return strings.TrimRight(textsafe.Text(s), "\n ")
}

// scoreStyle colours an emotion score: lows red, highs green.
func scoreStyle(st *styles.Styles, v int) lipgloss.Style {
	switch {
	case v < 0:
		return st.Bad
	case v > 0:
		return st.Good
	}
	return st.Muted
}

// fit pads or cuts s to exactly width cells.
func fit(s string, width int) string {
	if width <= 0 {
		return ""
	}
	s = ansi.Truncate(s, width, "…")
	return s + strings.Repeat(" ", max(width-ansi.StringWidth(s), 0))
}

// wrapLines wraps plain text to width, at most n lines, the last cut with
// an ellipsis.
func wrapLines(s string, width, n int) []string {
	lines := strings.Split(ansi.Wordwrap(cleanText(s), width, ""), "\n")
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = ansi.Truncate(strings.TrimRight(lines[n-1], " "), width-1, "") + "…"
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "…")
	}
	return lines
}
