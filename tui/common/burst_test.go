package common

import (
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
)

// A burst is run as keys only when it is one short run of typed keys;
// anything longer, or more keys arriving with it, is refused as a paste.
func FuzzBurst(f *testing.F) {
	f.Add("jj", "")
	f.Add("3l", " ")
	f.Add("dado", "ahora")
	f.Add("xdd", "")
	f.Add("ñandú", "")
	f.Fuzz(func(t *testing.T, first, second string) {
		if first == "" || !utf8.ValidString(first) || !utf8.ValidString(second) {
			return
		}
		var b Burst
		b.Collect(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(first)})
		if second != "" {
			b.Collect(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(second)})
		}
		keys, refused := b.Flush()
		n := utf8.RuneCountInString(first)
		switch {
		case second != "" || n > MaxBurst:
			if !refused || keys != nil {
				t.Errorf("%q + %q ran as %d keys", first, second, len(keys))
			}
		default:
			if refused || len(keys) != n {
				t.Errorf("%q: %d keys, refused %v", first, len(keys), refused)
			}
			for i, k := range keys {
				if len(k.Runes) != 1 || k.Runes[0] != []rune(first)[i] {
					t.Errorf("key %d = %q", i, k.Runes)
				}
			}
		}
		if b.Active() {
			t.Error("the burst was not emptied")
		}
	})
}
