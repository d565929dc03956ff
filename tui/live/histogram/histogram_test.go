package histogram

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/cxmap/cxmap/i18n"
	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/tui/styles"
)

func reveal() *lv.Reveal {
	return &lv.Reveal{
		Levels: []lv.LevelVotes{{Level: 1}, {Level: 2, Count: 2, Names: []string{"Ana", "Eve\x1b[2J\u202e"}}, {Level: 3}, {Level: 4, Count: 1, Names: []string{"Luis"}}},
		NA:     lv.LevelVotes{Count: 1, Names: []string{"Marta"}},
		Votes:  4, Median: 3, HasMedian: true, Spread: 2, Disagreement: true, Consensus: 2,
	}
}

func TestLinesDrawBarsStatsAndTheViewersRow(t *testing.T) {
	lipgloss.SetColorProfile(termenv.Ascii)
	levels := []string{"Reactive", "Aware", "Defined", "Managed"}
	for _, tc := range []struct {
		name  string
		lang  string
		mine  *lv.Vote
		want  []string
		width int
	}{
		{"facilitator", "en", nil, []string{"Votes: 4", "2 Aware", "Ana, Eve", "N/A", "median 3.0 · spread 2", "⚠ disagreement", "Consensus: 2 Aware"}, 80},
		{"own level", "en", &lv.Vote{Level: 4}, []string{"● 4 Managed", "  2 Aware"}, 80},
		{"own N/A", "es", &lv.Vote{NA: true}, []string{"● No aplica", "mediana 3,0 · dispersión 2", "Consenso: 2 Aware"}, 60},
		{"own don't know, none else", "en", &lv.Vote{DontKnow: true}, []string{"● Don't know"}, 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := Lines(reveal(), Options{Styles: styles.New(), Cat: i18n.For(tc.lang), Levels: levels, Width: tc.width, Mine: tc.mine})
			text := ansi.Strip(strings.Join(out, "\n"))
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("%q missing:\n%s", w, text)
				}
			}
			if strings.Contains(text, "\x1b") || strings.Contains(text, "\u202e") {
				t.Errorf("a name reached the lines raw: %q", text)
			}
			if tc.mine == nil && strings.Contains(text, "●") {
				t.Errorf("the facilitator's histogram marks a row:\n%s", text)
			}
			for _, l := range out {
				if w := ansi.StringWidth(l); w > tc.width {
					t.Errorf("a line of %d cells in %d: %q", w, tc.width, ansi.Strip(l))
				}
			}
		})
	}
}
