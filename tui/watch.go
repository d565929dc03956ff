package tui

import (
	"errors"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// Noticing changes made elsewhere: another window on the same file, a
// `cxmap responses import`, a live session. SQLite's data_version changes
// when another connection commits (never for our own writes); the root
// reads it twice a second, in a command so that the UI never waits on it,
// and tells the visible screen to reload, keeping its cursor. Screens
// below reload when they are shown again (RefreshMsg).

// pollEvery is how often the file is checked for others' changes; every
// syncEvery polls, the app's own writes are also made durable (store.Sync).
const (
	pollEvery = 500 * time.Millisecond
	syncEvery = 4
)

// versionMsg carries the data_version read by a poll.
type versionMsg struct {
	v   int64
	err error
}

func (a *App) poll() tea.Cmd {
	st, ctx := a.c.Store, a.c.Ctx
	if st == nil {
		return nil
	}
	a.polls++
	syncNow := a.polls%syncEvery == 0
	return tea.Tick(pollEvery, func(time.Time) tea.Msg {
		if syncNow {
			// Durable through a power cut within a couple of seconds:
			// see store.Sync. A failure is retried at the next turn.
			_ = st.Sync(ctx)
		}
		v, err := st.DataVersion(ctx)
		return versionMsg{v, err}
	})
}

// changed handles a poll: a new version reloads the visible screen.
func (a *App) changed(msg versionMsg) tea.Cmd {
	next := a.poll()
	if msg.err != nil {
		return next // a locked or busy file: try again at the next poll
	}
	seen := a.version
	a.version = msg.v
	if seen == 0 || seen == msg.v {
		return next
	}
	a.fresh = false
	if cmd, gone := a.leaveDeleted(); gone {
		return tea.Batch(next, cmd)
	}
	if s := a.current(); s != nil {
		return tea.Batch(next, s.Update(common.RefreshMsg{External: true}))
	}
	return next
}

// leaveDeleted closes the screens of a workshop or journey map that
// another window deleted, returning to the nearest screen still valid,
// which reloads; the status line says why.
func (a *App) leaveDeleted() (tea.Cmd, bool) {
	st, ctx := a.c.Store, a.c.Ctx
	var present int64 // the workshop last found: its screens share one read
	for i, k := range a.stack {
		gone := false
		if k.workshopID != 0 && k.workshopID != present {
			_, err := st.Workshop(ctx, k.workshopID)
			gone = errors.Is(err, store.ErrNotFound)
			if err == nil {
				present = k.workshopID
			}
		}
		if !gone && k.id == common.JourneyScreen {
			_, err := st.Journey(ctx, k.itemID)
			gone = errors.Is(err, store.ErrNotFound)
		}
		if !gone {
			continue
		}
		if i == 0 {
			i = 1 // home stays
		}
		a.drop(a.stack[i:])
		a.stack = a.stack[:i]
		a.resize()
		a.status, a.isErr = a.c.T("app.gone"), false
		top := a.stack[len(a.stack)-1]
		return a.screens[top].Update(common.RefreshMsg{}), true
	}
	return nil, false
}
