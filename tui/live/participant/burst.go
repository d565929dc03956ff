package participant

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/tui/common"
)

// Keys that arrive together (common/burst.go), handled as the local app
// handles them: "2n" votes, then opens the note; a paste outside a field
// ("quick" would vote "don't know" and quit) is refused with a message.

// takeBurst routes a key through burst detection; handled is false for
// an ordinary key (or text in a field).
func (m *Model) takeBurst(k tea.KeyMsg) (tea.Cmd, bool) {
	if m.typing() && !m.burst.Active() {
		return nil, false
	}
	if m.burst.Active() || common.MultiKey(k) {
		return m.burst.Collect(k), true
	}
	return nil, false
}

// endBurst runs, in order, or refuses the keys of a finished burst.
func (m *Model) endBurst(msg common.BurstMsg) tea.Cmd {
	if !m.burst.Current(msg) {
		return nil
	}
	keys, refused := m.burst.Flush()
	if refused {
		m.status, m.isErr = m.cat.T("app.paste_refused"), true
		return nil
	}
	cmds := make([]tea.Cmd, 0, len(keys))
	for _, k := range keys {
		cmds = append(cmds, m.key(k))
	}
	// In order, as typed: the vote's save before the note's.
	return tea.Sequence(cmds...)
}
