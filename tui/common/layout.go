package common

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// Layout helpers shared by the app's root and the participant's program
// over SSH, which draw the same frame.

// ClampLines cuts s to at most h lines of at most w cells; with pad, it
// also adds empty lines up to h, so what is drawn below stays in place.
// Cheap for text that already fits, which is the usual case.
func ClampLines(s string, w, h int, pad bool) []string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = ClampLine(l, w)
	}
	for pad && len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}

// ClampLine cuts one line to w cells, saying so with "…".
func ClampLine(l string, w int) string {
	if ansi.StringWidth(l) > w {
		return ansi.Truncate(l, w, "…")
	}
	return l
}

// Flow lays items out in lines of at most width cells, never breaking one.
func Flow(items []string, width int) string {
	var lines []string
	line := ""
	for _, it := range items {
		switch {
		case line == "":
			line = it
		case lipgloss.Width(line)+1+lipgloss.Width(it) <= width:
			line += " " + it
		default:
			lines, line = append(lines, line), it
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// Indent puts pad before every line of s.
func Indent(s, pad string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = pad + l
	}
	return strings.Join(lines, "\n")
}
