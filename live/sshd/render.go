package sshd

import (
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// newRenderer draws for one client: its colour profile comes from the
// TERM its PTY request named (and COLORTERM or NO_COLOR when the client
// sends them), never from the server's own terminal. The background is
// taken as dark: asking the client's terminal would read the answer from
// the same stream as its keys.
func newRenderer(w io.Writer, term string, env []string) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(w)
	r.SetColorProfile(colorProfile(term, env))
	r.SetHasDarkBackground(true)
	return r
}

func colorProfile(term string, env []string) termenv.Profile {
	get := func(k string) (string, bool) {
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, k+"="); ok {
				return v, true
			}
		}
		return "", false
	}
	if _, ok := get("NO_COLOR"); ok {
		return termenv.Ascii
	}
	term = strings.ToLower(term)
	ct, _ := get("COLORTERM")
	ct = strings.ToLower(ct)
	switch {
	case term == "" || term == "dumb":
		return termenv.Ascii
	case ct == "truecolor" || ct == "24bit" || strings.Contains(term, "truecolor") || strings.Contains(term, "direct"):
		return termenv.TrueColor
	case strings.Contains(term, "256color") || strings.HasPrefix(term, "xterm-kitty") || term == "alacritty" || term == "wezterm":
		return termenv.ANSI256
	default:
		return termenv.ANSI
	}
}
