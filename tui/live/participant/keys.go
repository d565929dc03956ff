package participant

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/cxmap/cxmap/i18n"
	lv "github.com/cxmap/cxmap/live"
)

// The keys are the local questionnaire's: a digit answers, 0 is not
// applicable, x don't know, ↑/↓ and enter choose, ←/→ move, n a note.
type keyMap struct {
	Level     key.Binding
	NA        key.Binding
	DontKnow  key.Binding
	Up        key.Binding
	Down      key.Binding
	Choose    key.Binding
	Next      key.Binding
	Prev      key.Binding
	Note      key.Binding
	CloseNote key.Binding
	Join      key.Binding
	Pick      key.Binding
	Leave     key.Binding
	Help      key.Binding
	Quit      key.Binding
	ForceQuit key.Binding
}

func newKeys(cat i18n.Catalog, levels int) keyMap {
	digits := make([]string, 0, levels)
	for i := 1; i <= levels && i <= 9; i++ {
		digits = append(digits, string(rune('0'+i)))
	}
	levelHelp := "1"
	if len(digits) > 0 {
		levelHelp = "1-" + digits[len(digits)-1]
	}
	return keyMap{
		Level:     key.NewBinding(key.WithKeys(digits...), key.WithHelp(levelHelp, cat.T("q.key.level"))),
		NA:        key.NewBinding(key.WithKeys("0"), key.WithHelp("0", cat.T("q.key.na"))),
		DontKnow:  key.NewBinding(key.WithKeys("x"), key.WithHelp("x", cat.T("q.key.dont_know"))),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", cat.T("q.key.move"))),
		Down:      key.NewBinding(key.WithKeys("down", "j")),
		Choose:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("part.key.choose"))),
		Next:      key.NewBinding(key.WithKeys("right", "l", "pgdown"), key.WithHelp("→", cat.T("q.key.next"))),
		Prev:      key.NewBinding(key.WithKeys("left", "h", "pgup"), key.WithHelp("←", cat.T("q.key.prev"))),
		Note:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", cat.T("q.key.note"))),
		CloseNote: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("q.key.close_note"))),
		Join:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("part.key.join"))),
		Pick:      key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", cat.T("part.key.pick"))),
		Leave:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("part.key.leave"))),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", cat.T("key.help"))),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", cat.T("key.quit"))),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", cat.T("key.quit"))),
	}
}

// typing reports whether keys go to a text field: q types a letter
// there, and esc leaves the field first.
func (m *Model) typing() bool {
	return m.noteOpen || (!m.joined && m.focus == 0)
}

// bindings are the keys that do something now, most useful first; the
// short help shows the first ones that fit.
func (m *Model) bindings() [][]key.Binding {
	k := m.keys
	end := []key.Binding{k.Help, k.Quit}
	if m.typing() {
		end = []key.Binding{k.Help, k.ForceQuit}
	}
	switch {
	case m.ended:
		return [][]key.Binding{{k.Quit}}
	case !m.joined && m.focus == 0:
		return [][]key.Binding{{k.Join, k.Pick, k.Leave}, end}
	case !m.joined:
		return [][]key.Binding{{k.Join, k.Pick}, end}
	case m.noteOpen:
		return [][]key.Binding{{k.CloseNote}, end}
	}
	// Moving comes right after answering: alone, a participant needs it
	// more than the other ways to answer.
	var answer, more []key.Binding
	if q := m.question(); q != nil && !m.revealed(q.ID) {
		answer = []key.Binding{k.Level, k.NA}
		if m.c.DontKnow {
			answer = append(answer, k.DontKnow)
		}
		more = []key.Binding{k.Up, k.Choose, k.Note}
	}
	if m.ps.Pacing == lv.SelfPaced {
		answer = append(answer, k.Next, k.Prev)
	}
	var groups [][]key.Binding
	if len(answer) > 0 {
		groups = append(groups, answer)
	}
	if len(more) > 0 {
		groups = append(groups, more)
	}
	return append(groups, end)
}

// helpKeys is the help's view of the bindings.
type helpKeys [][]key.Binding

func (h helpKeys) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, g := range h {
		out = append(out, g...)
	}
	return out
}

func (h helpKeys) FullHelp() [][]key.Binding { return h }
