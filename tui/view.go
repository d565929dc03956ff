package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// View draws header, screen, status line and help, clamped to the window.
func (a *App) View() string {
	if a.width == 0 {
		return ""
	}
	st := a.c.Styles
	if a.width < MinWidth || a.height < MinHeight {
		msg := a.c.T("app.too_small", a.width, a.height, MinWidth, MinHeight)
		box := lipgloss.Place(a.width, a.height, lipgloss.Center, lipgloss.Center,
			st.Warn.Width(max(a.width-2, 1)).Align(lipgloss.Center).Render(msg))
		return lipgloss.NewStyle().MaxWidth(a.width).MaxHeight(a.height).Render(box)
	}
	s := a.current()
	if s == nil {
		return ""
	}
	w, h := a.contentSize()
	body := lipgloss.NewStyle().Width(w).Height(h).MaxWidth(w).MaxHeight(h).Render(s.View())
	status := ""
	if a.status != "" {
		style := st.Status
		if a.isErr {
			style = st.Error
		}
		status = style.MaxWidth(w).Render(firstLine(a.status))
	}
	out := lipgloss.JoinVertical(lipgloss.Left, a.header(w), "", body, status, a.helpView())
	return st.App.MaxHeight(a.height).Render(out)
}

func (a *App) header(width int) string {
	st := a.c.Styles
	parts := []string{st.Brand.Render("cxmap")}
	for _, k := range a.stack {
		if s := a.screens[k]; s != nil && s.Title() != "" {
			parts = append(parts, st.Crumb.Render(s.Title()))
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
