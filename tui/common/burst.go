package common

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Keys that arrive together. A terminal (or a slow SSH link) delivers what
// it read at once as one message: keys typed faster than the program
// reads them ("jjj", "3l"), and pasted text without bracketed paste
// ("Hola mundo" arrives as "Hola", a space, "mundo", ...). Outside a text
// field each key is a command, so a paste must never be run: it once
// deleted a stage and cleared cells. A multi-key message is therefore
// held for a moment: if nothing else follows and it is short, it is split
// into single keys; if it is long, or more keys follow at paste speed,
// the whole burst is refused. Inside a text field it is text, as typed.

const (
	// MaxBurst is the longest run of keys taken as typed, not pasted.
	MaxBurst = 4
	// BurstWindow is how long to wait for more of a burst: keys from one
	// paste arrive microseconds apart, typed keys tens of milliseconds.
	BurstWindow = 12 * time.Millisecond
)

// BurstMsg ends a burst's collection if no key came since.
type BurstMsg struct{ Seq int }

// Burst collects the keys of one burst.
type Burst struct {
	keys []tea.KeyMsg
	seq  int
}

// Active reports a burst being collected.
func (b *Burst) Active() bool { return len(b.keys) > 0 }

// Current is whether msg ends the burst being collected now.
func (b *Burst) Current(msg BurstMsg) bool { return msg.Seq == b.seq && b.Active() }

// MultiKey reports a message carrying several keys (or a bracketed paste).
func MultiKey(k tea.KeyMsg) bool {
	return k.Paste || (k.Type == tea.KeyRunes && len(k.Runes) > 1)
}

// Collect adds k to the burst and restarts its timer.
func (b *Burst) Collect(k tea.KeyMsg) tea.Cmd {
	b.keys = append(b.keys, k)
	b.seq++
	seq := b.seq
	return tea.Tick(BurstWindow, func(time.Time) tea.Msg { return BurstMsg{seq} })
}

// Flush decides what the collected keys were: the single keys of a short
// typed burst to run in order, or nothing (a paste, refused).
func (b *Burst) Flush() (keys []tea.KeyMsg, refused bool) {
	ks := b.keys
	b.keys = nil
	if len(ks) == 1 && !ks[0].Paste && len(ks[0].Runes) <= MaxBurst {
		out := make([]tea.KeyMsg, len(ks[0].Runes))
		for i, r := range ks[0].Runes {
			out[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: ks[0].Alt}
		}
		return out, false
	}
	return nil, true
}
