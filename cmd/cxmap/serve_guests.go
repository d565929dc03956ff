package main

import (
	"context"
	"errors"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/cxmap/cxmap/i18n"
	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/live/sshd"
	"github.com/cxmap/cxmap/tui/live/participant"
)

// serveGuests lets participants reach the live sessions this process
// runs (running finds one by its join code, nil if none): a join code
// opens only that session's participant questionnaire.
func serveGuests(cat i18n.Catalog, running func(code string) *lv.Session) sshd.Guests {
	return sshd.Guests{
		Running: func(code string) bool { return running(code) != nil },
		Known: func(code, token string) bool {
			s := running(code)
			if s == nil {
				return false
			}
			_, ok := s.Participant(token)
			return ok
		},
		App: func(ctx context.Context, r *lipgloss.Renderer, g sshd.Guest) (tea.Model, func(), error) {
			s := running(g.Code)
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
