package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/tui/common"
)

// Keys that arrive together (common/burst.go) are split or refused once,
// here in the root, for every screen.

// handleBurst routes a key through burst detection; handled is false
// when the key is an ordinary single key for the usual path.
func (a *App) handleBurst(k tea.KeyMsg) (tea.Cmd, bool) {
	s := a.current()
	if s == nil || s.Capturing() {
		return nil, false // text in a field: exactly as it came
	}
	if a.burst.Active() {
		return a.burst.Collect(k), true
	}
	if !common.MultiKey(k) {
		return nil, false
	}
	if k.Paste {
		// A bracketed paste is whole in one message: refuse it now.
		return a.refusePaste(), true
	}
	return a.burst.Collect(k), true
}

// endBurst runs or refuses the keys of a finished burst.
func (a *App) endBurst(msg common.BurstMsg) tea.Cmd {
	if !a.burst.Current(msg) {
		return nil
	}
	keys, refused := a.burst.Flush()
	if refused {
		return a.refusePaste()
	}
	// In order: "4q" saves the answer before quitting, "jjjj" then enter
	// acts on the row the keys reached.
	var cmds []tea.Cmd
	for _, k := range keys {
		_, cmd := a.Update(k)
		cmds = append(cmds, cmd)
	}
	return tea.Sequence(cmds...)
}

func (a *App) refusePaste() tea.Cmd {
	return common.Cmd(common.StatusMsg{Text: a.c.T("app.paste_refused")})
}
