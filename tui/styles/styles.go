// Package styles is cxmap's one theme: every lipgloss style the screens
// use, built from adaptive colours so it reads on light and dark terminals.
package styles

import (
	"os"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
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

	// r draws the styles: lipgloss's default (the process's terminal), or
	// one SSH client's, so each connection gets its own colour profile.
	r *lipgloss.Renderer

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

// New builds the theme for the process's terminal; with NO_COLOR set it is plain.
func New() *Styles {
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return plain(lipgloss.DefaultRenderer())
	}
	return build(lipgloss.DefaultRenderer())
}

// NewFor builds the theme drawn by r (an SSH client's terminal); a
// terminal without colours (TERM=dumb) gets the plain theme.
func NewFor(r *lipgloss.Renderer) *Styles {
	if r.ColorProfile() == termenv.Ascii {
		return plain(r)
	}
	return build(r)
}

func build(r *lipgloss.Renderer) *Styles {
	s := &Styles{r: r}
	s.App = r.NewStyle().Padding(0, 1)
	s.Header = r.NewStyle().Foreground(Subtle)
	s.Brand = r.NewStyle().Bold(true).Foreground(Accent)
	s.Crumb = r.NewStyle().Foreground(Subtle)
	s.Title = r.NewStyle().Bold(true).Foreground(Text)
	s.Subtitle = r.NewStyle().Bold(true).Foreground(Accent)
	s.Muted = r.NewStyle().Foreground(Subtle)
	s.Faint = r.NewStyle().Foreground(Faint)
	s.Label = r.NewStyle().Foreground(Subtle)
	s.Value = r.NewStyle().Foreground(Text)
	s.Selected = r.NewStyle().Bold(true).Foreground(Accent)
	s.Cursor = r.NewStyle().Background(Highlight).Foreground(Text)
	s.Status = r.NewStyle().Foreground(Good)
	s.Error = r.NewStyle().Foreground(Bad).Bold(true)
	s.Good = r.NewStyle().Foreground(Good)
	s.Warn = r.NewStyle().Foreground(Warn)
	s.Bad = r.NewStyle().Foreground(Bad)
	s.Box = r.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(Faint).Padding(0, 1)
	s.FocusedBox = s.Box.BorderForeground(Accent)
	s.Modal = r.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(Accent).Padding(1, 2)
	s.BarFull = r.NewStyle().Foreground(Accent)
	s.BarEmpty = r.NewStyle().Foreground(Faint)
	s.BarTarget = r.NewStyle().Foreground(Warn)
	s.Key = r.NewStyle().Foreground(Accent).Bold(true)
	s.Help = r.NewStyle().Foreground(Subtle)
	return s
}

func plain(r *lipgloss.Renderer) *Styles {
	n := r.NewStyle()
	b := n.Border(lipgloss.NormalBorder()).Padding(0, 1)
	return &Styles{
		Plain: true, r: r, App: n.Padding(0, 1), Header: n, Brand: n.Bold(true), Crumb: n, Title: n.Bold(true),
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
	if s.r.HasDarkBackground() {
		return Accent.Dark
	}
	return Accent.Light
}
