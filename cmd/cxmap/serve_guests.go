package main

import (
	"context"
	"errors"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/live/sshd"
	tuilive "github.com/cxmap/cxmap/tui/live"
	"github.com/cxmap/cxmap/tui/live/participant"
)

// serveGuests lets participants reach the live sessions facilitators
// started on this server: a join code opens only that session's
// participant questionnaire.
func serveGuests(cat i18n.Catalog) sshd.Guests {
	return sshd.Guests{
		Running: func(code string) bool { return tuilive.Running(code) != nil },
		Known: func(code, token string) bool {
			s := tuilive.Running(code)
			if s == nil {
				return false
			}
			_, ok := s.Participant(token)
			return ok
		},
		App: func(ctx context.Context, r *lipgloss.Renderer, g sshd.Guest) (tea.Model, func(), error) {
			s := tuilive.Running(g.Code)
			if s == nil {
				return nil, nil, errors.New(cat.T("ssh.err.no_session", g.Code))
			}
			m := participant.New(participant.Options{Ctx: ctx, Session: s, Token: g.Token, Rejoin: g.Rejoin, Renderer: r})
			return m, func() {
				// Offline for the facilitator the moment the client is gone.
				if c, ok := m.(interface{ Close() }); ok {
					c.Close()
				}
			}, nil
		},
	}
}
