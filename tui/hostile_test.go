package tui

import (
	"context"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"github.com/cxmap/cxmap/sample"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// csiSeq matches a control sequence: ESC [ parameters, intermediates, final.
var csiSeq = regexp.MustCompile(`^\x1b\[[0-?]*[ -/]*[@-~]`)

// rendererCSI are the sequences bubbletea's renderer itself writes: cursor
// moves and visibility, erasing lines, bracketed paste, the alternate
// screen, focus reporting, and the mode queries it makes.
var rendererCSI = regexp.MustCompile(`^\x1b\[(\?(25|2004|1049|1004|2026|1000|1002|1003|1006)[hl]|\?2026\$p|[0-9]*[ABCDEFGKJ]|[0-9]*;?[0-9]*H|[0-9]*;?[0-9]*r)$`)

// checkEscapes fails unless every escape sequence in out is SGR styling
// or one of the renderer's own, and out holds no BEL, C1 control or bidi
// override anywhere.
func checkEscapes(t *testing.T, where, out string) {
	t.Helper()
	for i := 0; i < len(out); i++ {
		if out[i] != 0x1b {
			continue
		}
		seq := csiSeq.FindString(out[i:])
		switch {
		case seq == "":
			t.Errorf("%s: an escape that is not a control sequence: %q", where, snippet(out, i))
			return
		case strings.HasSuffix(seq, "m") && regexp.MustCompile(`^\x1b\[[0-9;:]*m$`).MatchString(seq):
		case rendererCSI.MatchString(seq):
		default:
			t.Errorf("%s: a control sequence that is not styling: %q in %q", where, seq, snippet(out, i))
			return
		}
		i += len(seq) - 1
	}
	for _, r := range out {
		if r == 0x07 || (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			t.Errorf("%s: holds %U", where, r)
			return
		}
	}
}

func snippet(s string, i int) string { return s[max(i-20, 0):min(i+40, len(s))] }

// TestHostileTextNeverReachesTheTerminal opens every screen on a workshop
// whose every text (names, notes, cells, stage and lane names, initiative
// fields, the model's own texts) carries terminal escapes, HTML, Markdown,
// Mermaid-breaking characters, RTL text and emoji. The screens must draw
// them as visible text: each screen's View before the root's last filter,
// the root's frame, and the whole byte stream sent to the terminal hold
// only the app's styling and the renderer's own sequences.
func TestHostileTextNeverReachesTheTerminal(t *testing.T) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	b, err := sample.HostileBundle("en", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	wid, err := st.ImportBundle(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	js, err := st.Journeys(ctx, wid)
	if err != nil || len(js) == 0 {
		t.Fatal(js, err)
	}
	screens := []struct {
		name string
		to   common.NavigateMsg
		keys []tea.KeyMsg
		want string // on screen when loaded
	}{
		{"home", common.NavigateMsg{To: common.HomeScreen}, nil, "Saved workshops"},
		{"hub", common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: wid}, nil, "Participants"},
		{"questionnaire", common.NavigateMsg{To: common.QuestionnaireScreen, WorkshopID: wid}, nil, "Answering"},
		{"results", common.NavigateMsg{To: common.ResultsScreen, WorkshopID: wid}, nil, "Overall"},
		{"journeys", common.NavigateMsg{To: common.JourneysScreen, WorkshopID: wid}, nil, "Journey maps"},
		{"grid", common.NavigateMsg{To: common.JourneyScreen, WorkshopID: wid, ItemID: js[0].ID}, nil, "lane"},
		{"roadmap", common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: wid}, nil, "I3"},
		{"matrix", common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: wid}, runes("vv"), "Quick"},
		{"preview", common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: wid}, runes("p"), "Executive summary"},
		// Inputs and text areas editing a hostile value.
		{"note editor", common.NavigateMsg{To: common.QuestionnaireScreen, WorkshopID: wid}, runes("n"), "Note (saved as you type"},
		{"cell editor", common.NavigateMsg{To: common.JourneyScreen, WorkshopID: wid, ItemID: js[0].ID}, []tea.KeyMsg{{Type: tea.KeyEnter}}, "Editing"},
		{"workshop form", common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: wid}, runes("e"), "Workshop details"},
		{"initiative form", common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: wid}, runes("e"), "Title"},
	}
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			app := New(Options{Store: st, Lang: "en", ConfigDir: t.TempDir(), Start: sc.to})
			tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(160, 50))
			waitText(t, tm, "pwned")
			for _, k := range sc.keys {
				tm.Send(k)
			}
			if len(sc.keys) > 0 {
				waitText(t, tm, sc.want)
			}
			tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
			out, err := io.ReadAll(tm.FinalOutput(t))
			if err != nil {
				t.Fatal(err)
			}
			screen := final.current().View()
			checkEscapes(t, "screen View", screen)
			checkEscapes(t, "root frame", final.frame())
			checkEscapes(t, "terminal output", string(out))
			if !regexp.MustCompile(`\x1b\[[0-9;]*m`).MatchString(final.View()) {
				t.Error("the app's own styling is gone")
			}
			plain := ansi.Strip(final.View())
			if !strings.Contains(plain, "]0;pwned") {
				t.Errorf("the hostile text is not shown as visible text:\n%s", plain)
			}
			if !strings.Contains(plain, "cxmap") {
				t.Errorf("the header is gone:\n%s", plain)
			}
			if !strings.Contains(ansi.Strip(screen), sc.want) {
				t.Errorf("the screen lacks %q:\n%s", sc.want, ansi.Strip(screen))
			}
		})
	}
}

func runes(s string) []tea.KeyMsg {
	var out []tea.KeyMsg
	for _, r := range s {
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return out
}

func waitText(t *testing.T, tm *teatest.TestModel, want string) {
	t.Helper()
	var seen []byte
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		seen = append(seen, b...)
		return strings.Contains(ansi.Strip(string(seen)), want)
	}, teatest.WithDuration(8*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}
