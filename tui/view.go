package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

// View draws header, screen, status line and help, clamped to the window.
// Nothing but Update changes what is drawn, so after a message that
// changed nothing (an idle poll for others' changes) the last frame is
// returned as it was. Every field is made safe where a screen draws it;
// the frame filter is the defence in depth that keeps a forgotten one
// from reaching the terminal as a command.
func (a *App) View() string {
	if a.fresh {
		return a.lastFrame
	}
	a.lastFrame, a.fresh = textsafe.Frame(a.frame()), true
	return a.lastFrame
}

// frame is the screen before the last filter.
func (a *App) frame() string {
	if a.width == 0 {
		return ""
	}
	st := a.c.Styles
	if common.TooSmall(a.width, a.height) {
		return common.TooSmallView(st, a.c.Cat, a.width, a.height)
	}
	s := a.current()
	if s == nil {
		return ""
	}
	status := ""
	if a.status != "" {
		style := st.Status
		if a.isErr {
			style = st.Error
		}
		status = style.Render(textsafe.Line(firstLine(a.status)))
	}
	body := func(int, int) string { return s.View() }
	return common.Frame(a.width, a.height, a.header(max(a.width-2, 0)), body, status, a.helpView())
}

func (a *App) header(width int) string {
	st := a.c.Styles
	parts := []string{st.Brand.Render("cxmap")}
	for _, k := range a.stack {
		if s := a.screens[k]; s != nil && s.Title() != "" {
			parts = append(parts, st.Crumb.Render(textsafe.Line(s.Title())))
		}
	}
	left := strings.Join(parts, st.Faint.Render(" › "))
	right := st.Muted.Render(strings.ToUpper(a.c.Cat.Lang()))
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return lipgloss.NewStyle().MaxWidth(width).Render(left)
	}
	return left + strings.Repeat(" ", gap) + right
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
