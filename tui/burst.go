package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/tui/common"
)

// Keys that arrive together. A terminal delivers what it read at once as
// one message: keys typed faster than the app reads them ("jjj", "3l"),
// and pasted text without bracketed paste ("Hola mundo" arrives as
// "Hola", a space, "mundo", ...). Outside a text field each key is a
// command, so a paste must never be run: it once deleted a stage and
// cleared cells. The root therefore holds a multi-key message for a
// moment: if nothing else follows and it is short, it is split into
// single keys, once, for every screen; if it is long, or more keys follow
// at paste speed (spaces, newlines, more text), the whole burst is
// refused with a message. Inside a text field it is text, as typed.

const (
	// maxBurst is the longest run of keys taken as typed, not pasted.
	maxBurst = 4
	// burstWindow is how long the root waits for more of a burst: keys
	// from one paste arrive microseconds apart, typed keys tens of
	// milliseconds apart.
	burstWindow = 12 * time.Millisecond
)

// burstMsg ends a burst collection if no key came since.
type burstMsg struct{ seq int }

type burst struct {
	keys []tea.KeyMsg
	seq  int
}

func (b *burst) active() bool { return len(b.keys) > 0 }

// multi reports a message carrying several keys (or a bracketed paste).
func multi(k tea.KeyMsg) bool {
	return k.Paste || (k.Type == tea.KeyRunes && len(k.Runes) > 1)
}

// collect adds k to the burst and restarts its timer.
func (b *burst) collect(k tea.KeyMsg) tea.Cmd {
	b.keys = append(b.keys, k)
	b.seq++
	seq := b.seq
	return tea.Tick(burstWindow, func(time.Time) tea.Msg { return burstMsg{seq} })
}

// flush decides what the collected keys were: the single keys of a short
// typed burst to run, or nothing (a paste, refused).
func (b *burst) flush() (keys []tea.KeyMsg, refused bool) {
	ks := b.keys
	b.keys = nil
	if len(ks) == 1 && !ks[0].Paste && len(ks[0].Runes) <= maxBurst {
		out := make([]tea.KeyMsg, len(ks[0].Runes))
		for i, r := range ks[0].Runes {
			out[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: ks[0].Alt}
		}
		return out, false
	}
	return nil, true
}

// handleBurst routes a key through burst detection; handled is false
// when the key is an ordinary single key for the usual path.
func (a *App) handleBurst(k tea.KeyMsg) (tea.Cmd, bool) {
	s := a.current()
	if s == nil || s.Capturing() {
		return nil, false // text in a field: exactly as it came
	}
	if a.burst.active() {
		return a.burst.collect(k), true
	}
	if !multi(k) {
		return nil, false
	}
	if k.Paste {
		// A bracketed paste is whole in one message: refuse it now.
		return a.refusePaste(), true
	}
	return a.burst.collect(k), true
}

// endBurst runs or refuses the keys of a finished burst.
func (a *App) endBurst(msg burstMsg) tea.Cmd {
	if msg.seq != a.burst.seq || !a.burst.active() {
		return nil
	}
	keys, refused := a.burst.flush()
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
