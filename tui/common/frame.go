package common

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/tui/styles"
)

// The frame every cxmap program draws, the app and a live session's
// participant over SSH alike.

// The smallest terminal the layout is drawn in; below it a message shows.
const (
	MinWidth  = 60
	MinHeight = 16
)

// TooSmall reports a terminal below MinWidth x MinHeight.
func TooSmall(width, height int) bool { return width < MinWidth || height < MinHeight }

// TooSmallView is the whole frame of a terminal too small to lay out in:
// a message saying so, centred.
func TooSmallView(st *styles.Styles, cat i18n.Catalog, width, height int) string {
	msg := cat.T("app.too_small", width, height, MinWidth, MinHeight)
	box := lipgloss.Place(width, height, lipgloss.Center, lipgloss.Center,
		st.Warn.Width(max(width-2, 1)).Align(lipgloss.Center).Render(msg))
	return lipgloss.NewStyle().MaxWidth(width).MaxHeight(height).Render(box)
}

// Frame stacks a width x height frame: the header, a blank line, the
// body (drawn for the room left, and padded to it so what is below stays
// in place), the status line, and the footer (the keys, and any line
// kept under the status). Every line is indented one cell and cut to
// width-2 cells; header and footer are drawn for width-2.
func Frame(width, height int, header string, body func(w, h int) string, status, footer string) string {
	w := max(width-2, 0)
	h := max(height-3-lipgloss.Height(footer), 0)
	lines := make([]string, 0, height)
	lines = append(lines, header, "")
	lines = append(lines, ClampLines(body(w, h), w, h, true)...)
	lines = append(lines, status)
	lines = append(lines, ClampLines(footer, w, height, false)...)
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = " " + ClampLine(l, w)
	}
	return strings.Join(lines, "\n")
}
