package participant

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Keys that arrive together, handled as the local app handles them
// (tui/burst.go): a terminal, or a slow SSH link, delivers what it read at
// once as one message. Outside a text field every key is a command, and
// a paste must never run as one ("quick" would vote "don't know" and
// quit). So a multi-key message is held for a moment: short and alone,
// it is split into single keys run in order ("2n" votes, then opens the
// note); long, or followed by more at paste speed, it is refused with a
// message. Inside a text field it is text, as typed.

const (
	// maxBurst is the longest run of keys taken as typed, not pasted.
	maxBurst = 4
	// burstWindow is how long to wait for more of a burst.
	burstWindow = 12 * time.Millisecond
)

// burstMsg ends a burst if no key came since.
type burstMsg struct{ seq int }

type burst struct {
	keys []tea.KeyMsg
	seq  int
}

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

// flush returns the single keys of a short typed burst, or refused.
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

// takeBurst routes a key through burst detection; handled is false for
// an ordinary key (or text in a field).
func (m *Model) takeBurst(k tea.KeyMsg) (tea.Cmd, bool) {
	if m.typing() && len(m.burst.keys) == 0 {
		return nil, false
	}
	if len(m.burst.keys) > 0 || multi(k) {
		return m.burst.collect(k), true
	}
	return nil, false
}

// endBurst runs, in order, or refuses the keys of a finished burst.
func (m *Model) endBurst(msg burstMsg) tea.Cmd {
	if msg.seq != m.burst.seq || len(m.burst.keys) == 0 {
		return nil
	}
	keys, refused := m.burst.flush()
	if refused {
		m.status, m.isErr = m.cat.T("app.paste_refused"), true
		return nil
	}
	cmds := make([]tea.Cmd, 0, len(keys))
	for _, k := range keys {
		cmds = append(cmds, m.key(k))
	}
	return tea.Batch(cmds...)
}
