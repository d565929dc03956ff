// Package styles is cxmap's one theme: every lipgloss style the screens
// use, built from adaptive colours so it reads on light and dark terminals.
package styles

import (
	"os"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
)

// Theme colours, each with a light- and a dark-background variant.
var (
	Accent    = lipgloss.AdaptiveColor{Light: "#5A3FC0", Dark: "#A99BFF"}
	Subtle    = lipgloss.AdaptiveColor{Light: "#6B6B6B", Dark: "#8A8A8A"}
	Faint     = lipgloss.AdaptiveColor{Light: "#B8B8B8", Dark: "#4A4A4A"}
	Text      = lipgloss.AdaptiveColor{Light: "#1F1F1F", Dark: "#E6E6E6"}
	Good      = lipgloss.AdaptiveColor{Light: "#1E7B3A", Dark: "#5BD17F"}
	Warn      = lipgloss.AdaptiveColor{Light: "#A35A00", Dark: "#F2B04C"}
	Bad       = lipgloss.AdaptiveColor{Light: "#B3261E", Dark: "#FF7A70"}
	Highlight = lipgloss.AdaptiveColor{Light: "#EAE4FF", Dark: "#2E2750"}
)

// Styles holds every style of the app; screens take it, never build their own.
type Styles struct {
	Plain bool // NO_COLOR: no colours, emphasis by text only

	App        lipgloss.Style
	Header     lipgloss.Style
	Brand      lipgloss.Style
	Crumb      lipgloss.Style
	Title      lipgloss.Style
	Subtitle   lipgloss.Style
	Muted      lipgloss.Style
	Faint      lipgloss.Style
	Label      lipgloss.Style
	Value      lipgloss.Style
	Selected   lipgloss.Style
	Cursor     lipgloss.Style
	Status     lipgloss.Style
	Error      lipgloss.Style
	Good       lipgloss.Style
	Warn       lipgloss.Style
	Bad        lipgloss.Style
	Box        lipgloss.Style
	FocusedBox lipgloss.Style
	Modal      lipgloss.Style
	BarFull    lipgloss.Style
	BarEmpty   lipgloss.Style
	BarTarget  lipgloss.Style
	Key        lipgloss.Style
	Help       lipgloss.Style
}

// New builds the theme; with NO_COLOR set it is plain.
func New() *Styles {
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return plain()
	}
	s := &Styles{}
	s.App = lipgloss.NewStyle().Padding(0, 1)
	s.Header = lipgloss.NewStyle().Foreground(Subtle)
	s.Brand = lipgloss.NewStyle().Bold(true).Foreground(Accent)
	s.Crumb = lipgloss.NewStyle().Foreground(Subtle)
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(Text)
	s.Subtitle = lipgloss.NewStyle().Bold(true).Foreground(Accent)
	s.Muted = lipgloss.NewStyle().Foreground(Subtle)
	s.Faint = lipgloss.NewStyle().Foreground(Faint)
	s.Label = lipgloss.NewStyle().Foreground(Subtle)
	s.Value = lipgloss.NewStyle().Foreground(Text)
	s.Selected = lipgloss.NewStyle().Bold(true).Foreground(Accent)
	s.Cursor = lipgloss.NewStyle().Background(Highlight).Foreground(Text)
	s.Status = lipgloss.NewStyle().Foreground(Good)
	s.Error = lipgloss.NewStyle().Foreground(Bad).Bold(true)
	s.Good = lipgloss.NewStyle().Foreground(Good)
	s.Warn = lipgloss.NewStyle().Foreground(Warn)
	s.Bad = lipgloss.NewStyle().Foreground(Bad)
	s.Box = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(Faint).Padding(0, 1)
	s.FocusedBox = s.Box.BorderForeground(Accent)
	s.Modal = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(Accent).Padding(1, 2)
	s.BarFull = lipgloss.NewStyle().Foreground(Accent)
	s.BarEmpty = lipgloss.NewStyle().Foreground(Faint)
	s.BarTarget = lipgloss.NewStyle().Foreground(Warn)
	s.Key = lipgloss.NewStyle().Foreground(Accent).Bold(true)
	s.Help = lipgloss.NewStyle().Foreground(Subtle)
	return s
}

func plain() *Styles {
	n := lipgloss.NewStyle()
	b := n.Border(lipgloss.NormalBorder()).Padding(0, 1)
	return &Styles{
		Plain: true, App: n.Padding(0, 1), Header: n, Brand: n.Bold(true), Crumb: n, Title: n.Bold(true),
		Subtitle: n.Bold(true), Muted: n, Faint: n, Label: n, Value: n, Selected: n.Bold(true),
		Cursor: n.Reverse(true), Status: n, Error: n.Bold(true), Good: n, Warn: n, Bad: n.Bold(true),
		Box: b, FocusedBox: b.Border(lipgloss.ThickBorder()), Modal: n.Border(lipgloss.NormalBorder()).Padding(1, 2),
		BarFull: n, BarEmpty: n, BarTarget: n, Key: n.Bold(true), Help: n,
	}
}

// Form is the huh theme that matches the app.
func (s *Styles) Form() *huh.Theme {
	if s.Plain {
		return huh.ThemeBase()
	}
	t := huh.ThemeCharm()
	t.Focused.Title = t.Focused.Title.Foreground(Accent)
	t.Focused.Base = t.Focused.Base.BorderForeground(Accent)
	return t
}

// AccentHex is the accent colour for components that take a plain colour
// (the progress bar); empty under NO_COLOR.
func (s *Styles) AccentHex() string {
	if s.Plain {
		return ""
	}
	if lipgloss.HasDarkBackground() {
		return Accent.Dark
	}
	return Accent.Light
}
