package common

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/tui/styles"
)

// The answers offered for a question (its levels, N/A, don't know), drawn
// alike by the questionnaire and by a participant's screen in a live
// session: each choice with its whole descriptor when they all fit;
// otherwise a strip of the choices with the full text of the highlighted
// one below, so no descriptor is ever cut mid-sentence.

// Choice is one answer offered: its label ("3 Defined", "0 N/A"), the
// text that describes it, and whether it is the answer given.
type Choice struct {
	Label, Text string
	Chosen      bool
}

// ChoicesView draws cs in h lines of width w, the highlighted choice
// (1-based; 0 none) lit; hint, under the condensed form when there is
// room, says how to read each choice.
func ChoicesView(st *styles.Styles, cs []Choice, highlight, w, h int, hint string) string {
	if full := choiceBlocks(st, cs, highlight, w); lipgloss.Height(full) <= h {
		return full
	}
	return choiceStrip(st, cs, highlight, w, h, hint)
}

func wrapTo(s string, w int) string {
	return lipgloss.NewStyle().Width(max(w, 10)).Render(s)
}

// choiceBlocks is every choice with its whole descriptor: the chosen one
// marked ●, the highlighted one lit.
func choiceBlocks(st *styles.Styles, cs []Choice, highlight, w int) string {
	labelW := 0
	for _, c := range cs {
		labelW = max(labelW, lipgloss.Width(c.Label))
	}
	textW := max(w-labelW-6, 12)
	out := make([]string, 0, len(cs))
	for i, c := range cs {
		label := c.Label + strings.Repeat(" ", max(labelW-lipgloss.Width(c.Label), 0))
		labelStyle, textStyle := st.Label, st.Value
		if c.Chosen {
			labelStyle, textStyle = st.Selected, st.Selected
		}
		pointer, mark := "  ", " "
		if highlight == i+1 {
			pointer = "▸ "
		}
		if c.Chosen {
			mark = "●"
		}
		body := lipgloss.JoinHorizontal(lipgloss.Top, pointer, mark+" ", labelStyle.Render(label), "  ", textStyle.Render(wrapTo(c.Text, textW)))
		if highlight == i+1 {
			body = st.Cursor.Render(body)
		}
		out = append(out, body)
	}
	return strings.Join(out, "\n")
}

// choiceStrip is the condensed form: the choices on one strip, and the
// full text of the highlighted one (the first when none is) below it.
func choiceStrip(st *styles.Styles, cs []Choice, highlight, w, h int, hint string) string {
	lit := min(max(highlight, 1), len(cs))
	strip := make([]string, 0, len(cs))
	for i, c := range cs {
		mark := " "
		if c.Chosen {
			mark = "●"
		}
		switch {
		case i+1 == highlight:
			strip = append(strip, st.Cursor.Render("▸"+mark+" "+c.Label))
		case c.Chosen:
			strip = append(strip, st.Selected.Render(" "+mark+" "+c.Label))
		default:
			strip = append(strip, st.Muted.Render(" "+mark+" "+c.Label))
		}
	}
	c := cs[lit-1]
	body := wrapTo(st.Label.Render(c.Label+":")+" "+st.Value.Render(c.Text), w-2)
	lines := strings.Split(Flow(strip, w)+"\n"+Indent(body, "  "), "\n")
	if hint := st.Faint.Render(hint); len(lines)+1 <= h {
		lines = append(lines, hint)
	}
	if len(lines) > max(h, 2) {
		// Still too tall (a tiny window): cut, and say so.
		lines = lines[:max(h, 2)]
		last := len(lines) - 1
		lines[last] = ansi.Truncate(lines[last], max(w-1, 1), "") + "…"
	}
	return strings.Join(lines, "\n")
}
