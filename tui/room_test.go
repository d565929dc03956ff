package tui_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/sample"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// The facilitator's screens in a room: tests of issue 13.

func sampleWorkshop(t *testing.T, st *store.Store, lang string) int64 {
	t.Helper()
	b, err := sample.Bundle(lang, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	id, err := st.ImportBundle(bg, b)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func withPeople(t *testing.T, st *store.Store, w int64, n int) []model.Participant {
	t.Helper()
	var out []model.Participant
	for i := range n {
		p, err := st.AddParticipant(bg, w, fmt.Sprintf("Participant %02d Longname", i+1), "")
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

func answerOf(t *testing.T, st *store.Store, w, who int64, q string) model.Response {
	t.Helper()
	r, err := st.Answer(bg, w, who, q)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// With 12 participants at 80x24 the selected respondent is on screen
// after moving to each of them, forwards and back.
func TestRespondentAlwaysVisible(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	people := withPeople(t, st, w.ID, 12)
	tm := start(t, st, 80, 24, questionnaireOf(w))
	waitFor(t, tm, "▸ Consensus")
	for _, p := range people {
		key(tm, tea.KeyTab)
		waitFor(t, tm, "▸ "+p.Name)
	}
	key(tm, tea.KeyTab)
	waitFor(t, tm, "▸ Consensus")
	key(tm, tea.KeyShiftTab)
	waitFor(t, tm, "▸ "+people[11].Name)
	v := finalView(t, tm)
	contains(t, v, "‹ ") // the ones before it are counted, not drawn
	fitsIn(t, v, 80, 24)
}

// a jumps to the next respondent who has not answered this question.
func TestNextUnanswered(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	people := withPeople(t, st, w.ID, 3)
	st.SetAnswerLevel(bg, w.ID, model.Response{ParticipantID: model.Consensus, QuestionID: "qs.strategy.direction", Level: 2})
	st.SetAnswerLevel(bg, w.ID, model.Response{ParticipantID: people[0].ID, QuestionID: "qs.strategy.direction", Level: 2})
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "▸ Consensus")
	tm.Type("a")
	waitFor(t, tm, "▸ "+people[1].Name)
	tm.Type("3")
	tm.Type("a")
	waitFor(t, tm, "▸ "+people[2].Name)
	tm.Type("3")
	tm.Type("a")
	waitFor(t, tm, "Everyone has answered this question.")
	finalView(t, tm)
}

// u undoes the last answer changes (level, N/A, note) and ctrl+r redoes
// them, each written to the file.
func TestUndoRedoAnswers(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "1/16", "Answering:")
	tm.Type("3")
	waitFor(t, tm, "answered 1/16")
	tm.Type("n")
	waitFor(t, tm, "Note (saved")
	typeText(tm, "ventas")
	key(tm, tea.KeyEsc)
	waitFor(t, tm, "Note: ventas")
	tm.Type("l")
	tm.Type("0") // N/A on question 2
	waitFor(t, tm, "2/16", "answered 2/16")

	tm.Type("u") // N/A undone
	waitFor(t, tm, "Undone:", "answered 1/16")
	tm.Type("u") // the note undone; back on question 1
	waitFor(t, tm, "1/16", "n: add a note")
	tm.Type("u") // the level undone
	waitFor(t, tm, "answered 0/16")
	tm.Type("u")
	waitFor(t, tm, "Nothing to undo.")
	if r := answerOf(t, st, w.ID, model.Consensus, "qs.strategy.direction"); r.Level != 0 || r.Note != "" {
		t.Errorf("after undo: %+v", r)
	}
	if r := answerOf(t, st, w.ID, model.Consensus, "qs.strategy.commitment"); r.NA {
		t.Errorf("N/A not undone: %+v", r)
	}
	key(tm, tea.KeyCtrlR)
	waitFor(t, tm, "Redone:", "answered 1/16")
	key(tm, tea.KeyCtrlR)
	waitFor(t, tm, "Note: ventas")
	finalView(t, tm)
	if r := answerOf(t, st, w.ID, model.Consensus, "qs.strategy.direction"); r.Level != 3 || r.Note != "ventas" {
		t.Errorf("after redo: %+v", r)
	}
}

// Past the last question the screen says so and r opens Results.
func TestEndOfQuestionnaireOffersResults(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "1/16")
	for range 15 {
		tm.Type("l")
	}
	waitFor(t, tm, "16/16")
	tm.Type("l")
	waitFor(t, tm, "End of the questionnaire", "r results")
	tm.Type("3") // no question on screen: no vote
	tm.Type("r")
	waitFor(t, tm, "DIMENSION", "r roadmap")
	finalView(t, tm)
	if rs, _ := st.Responses(bg, w.ID); len(rs) != 0 {
		t.Errorf("a digit on the end panel voted: %+v", rs)
	}
}

// A resize from 60x16 to 200x60 re-lays out at once, showing every
// level's descriptor whole.
func TestQuestionnaireResizeShowsAllDescriptors(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	a := builtin(t, "cx-quickscan")
	q := a.Dimensions[0].Questions[0]
	tm := start(t, st, 60, 16, questionnaireOf(w))
	waitFor(t, tm, "1/16")
	tm.Send(tea.WindowSizeMsg{Width: 200, Height: 60})
	wants := []string{"0 N/A"}
	for i, l := range a.Levels {
		wants = append(wants, fmt.Sprintf("%d %s", i+1, l.Name.In("en")))
		// the first words of each descriptor
		words := strings.Fields(q.Descriptors[i].In("en"))
		wants = append(wants, strings.Join(words[:min(4, len(words))], " "))
	}
	waitFor(t, tm, wants...)
	v := finalView(t, tm)
	lacks(t, v, "↑/↓ reads each level")
	fitsIn(t, v, 200, 60)
}

// At 80x24 the condensed descriptors show the highlighted level whole,
// and ↓ reaches N/A and don't know.
func TestQuestionnaireCondensedReachesNA(t *testing.T) {
	st := newStore(t)
	w := sampleWorkshop(t, st, "en")
	tm := start(t, st, 80, 24, common.NavigateMsg{To: common.QuestionnaireScreen, WorkshopID: w})
	waitFor(t, tm, "↑/↓ reads each level")
	for range 8 {
		key(tm, tea.KeyDown)
	}
	waitFor(t, tm, "x Don't know: Cannot judge") // the last stop
	key(tm, tea.KeyUp)
	waitFor(t, tm, "0 N/A: Not applicable")
	key(tm, tea.KeyEnter)
	waitFor(t, tm, "2/53")
	v := finalView(t, tm)
	fitsIn(t, v, 80, 24)
}

// Presenter mode hides the hint, the footer and (with P) the names, and
// is remembered for the workshop.
func TestPresenterMode(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	withPeople(t, st, w.ID, 2)
	hint := builtin(t, "cx-quickscan").Dimensions[0].Questions[0].Hint.In("en")
	hintStart := strings.Join(strings.Fields(hint)[:3], " ")
	tm := start(t, st, 120, 35, questionnaireOf(w))
	waitFor(t, tm, "Participant 01", hintStart, "q quit")
	tm.Type("p")
	tm.Type("P")
	waitFor(t, tm, "Answers: Consensus – · A – · B –")
	v := finalView(t, tm)
	lacks(t, v, hintStart, "Participant 01", "q quit", "? more keys")
	contains(t, v, "▸ Consensus  A  B")
	if p, _ := st.Presentation(bg, w.ID); !p.Presenter || !p.Anonymous {
		t.Errorf("not remembered: %+v", p)
	}
	// Opened again, the workshop is still in presenter mode, Results too.
	tm = start(t, st, 120, 35, questionnaireOf(w))
	waitFor(t, tm, "Answers: Consensus – · A – · B –")
	tm.Type("r")
	waitFor(t, tm, "DIMENSION")
	time.Sleep(200 * time.Millisecond)
	v = finalView(t, tm)
	lacks(t, v, "q quit")

	// On a 200-column projector Results is centred like the questionnaire.
	tm = start(t, st, 200, 60, common.NavigateMsg{To: common.ResultsScreen, WorkshopID: w.ID})
	waitFor(t, tm, "DIMENSION")
	time.Sleep(200 * time.Millisecond)
	v = finalView(t, tm)
	for _, line := range strings.Split(v, "\n") {
		if i := strings.Index(line, "DIMENSION"); i >= 0 && i < 40 {
			t.Errorf("Results not centred in presenter mode at 200 columns:\n%s", line)
		}
	}
}

// Keys that arrive together are split once, in the root, on every
// screen, and run in order.
func TestBatchedKeysOnEveryScreen(t *testing.T) {
	st := newStore(t)
	w := sampleWorkshop(t, st, "en")
	t.Run("questionnaire 3l", func(t *testing.T) {
		tm := start(t, st, 100, 30, common.NavigateMsg{To: common.QuestionnaireScreen, WorkshopID: w})
		waitFor(t, tm, "1/53")
		typeText(tm, "3l")
		waitFor(t, tm, "2/53")
		finalView(t, tm)
		a, _ := st.Assessment(bg, w)
		if r := answerOf(t, st, w, model.Consensus, a.Dimensions[0].Questions[0].ID); r.Level != 3 {
			t.Errorf("3 of 3l: %+v", r)
		}
	})
	t.Run("questionnaire 4q saves before quitting", func(t *testing.T) {
		tm := start(t, st, 100, 30, common.NavigateMsg{To: common.QuestionnaireScreen, WorkshopID: w})
		waitFor(t, tm, "2/53")
		typeText(tm, "4q")
		tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
		a, _ := st.Assessment(bg, w)
		if r := answerOf(t, st, w, model.Consensus, a.Dimensions[0].Questions[1].ID); r.Level != 4 {
			t.Errorf("4 of 4q: %+v", r)
		}
	})
	// Elsewhere, four keys arriving together end where the same four keys
	// typed one by one end.
	for _, c := range []struct {
		name   string
		to     common.NavigateMsg
		keys   string
		loaded string
	}{
		{"roadmap jjjj", common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: w}, "jjjj", "accepted"},
		{"results jjjj", common.NavigateMsg{To: common.ResultsScreen, WorkshopID: w}, "jjjj", "DIMENSION"},
		{"journeys jj", common.NavigateMsg{To: common.JourneysScreen, WorkshopID: w}, "jj", "JOURNEY"},
	} {
		t.Run(c.name, func(t *testing.T) {
			run := func(burst bool) string {
				tm := start(t, st, 100, 30, c.to)
				waitFor(t, tm, "›", c.loaded)
				time.Sleep(300 * time.Millisecond) // loaded and drawn
				if burst {
					typeText(tm, c.keys)
				} else {
					for _, r := range c.keys {
						tm.Type(string(r))
					}
				}
				time.Sleep(400 * time.Millisecond)
				return finalView(t, tm)
			}
			one, together := run(false), run(true)
			if one != together {
				t.Errorf("typed one by one:\n%s\narrived together:\n%s", one, together)
			}
			tm := start(t, st, 100, 30, c.to)
			waitFor(t, tm, "›", c.loaded)
			time.Sleep(400 * time.Millisecond)
			if finalView(t, tm) == together {
				t.Errorf("the keys did nothing:\n%s", together)
			}
		})
	}
}

// The impact-effort matrix fits the terminal exactly at every width: no
// line wider than the screen, the four boxes of equal height, the
// selected item visible.
func TestMatrixWidths(t *testing.T) {
	st := newStore(t)
	w := sampleWorkshop(t, st, "en")
	for _, size := range [][2]int{{80, 24}, {120, 35}, {200, 60}} {
		tm := start(t, st, size[0], size[1], common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: w})
		waitFor(t, tm, "accepted")
		tm.Type("v")
		tm.Type("v")
		waitFor(t, tm, "impact-effort matrix")
		key(tm, tea.KeyEnd) // the last initiative: deep in its quadrant
		waitFor(t, tm, "›·")
		v := finalView(t, tm)
		fitsIn(t, v, size[0], size[1])
		lines := strings.Split(v, "\n")
		var tops, bottoms []int
		for i, l := range lines {
			if ansi.StringWidth(l) > size[0] {
				t.Errorf("%dx%d: line %d is %d wide", size[0], size[1], i, ansi.StringWidth(l))
			}
			if strings.Count(l, "╭") == 2 {
				tops = append(tops, i)
			}
			if strings.Count(l, "╰") == 2 {
				bottoms = append(bottoms, i)
			}
		}
		if len(tops) != 2 || len(bottoms) != 2 {
			t.Fatalf("%dx%d: boxes not side by side:\n%s", size[0], size[1], v)
		}
		if h1, h2 := bottoms[0]-tops[0], bottoms[1]-tops[1]; h1 != h2 || tops[1] != bottoms[0]+1 {
			t.Errorf("%dx%d: box heights %d and %d:\n%s", size[0], size[1], h1, h2, v)
		}
		if w := ansi.StringWidth(lines[tops[0]]); w != 2*((size[0]-2)/2)+1 {
			t.Errorf("%dx%d: boxes %d wide", size[0], size[1], w)
		}
	}
}

// Every list keeps its selection on screen at 80x24, with End and Home.
func TestListsKeepSelectionVisible(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	people := withPeople(t, st, w.ID, 2)
	a := builtin(t, "cx-quickscan")
	var last string
	for _, d := range a.Dimensions {
		for _, q := range d.Questions {
			st.SetAnswerLevel(bg, w.ID, model.Response{ParticipantID: people[0].ID, QuestionID: q.ID, Level: 1})
			st.SetAnswerLevel(bg, w.ID, model.Response{ParticipantID: people[1].ID, QuestionID: q.ID, Level: 4})
			last = q.Text.In("en")
		}
	}
	for i := range 25 {
		if _, err := st.CreateJourney(bg, w.ID, store.NewJourney{Name: fmt.Sprintf("Journey %02d", i+1), Kind: model.CustomerJourney, State: model.CurrentState}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 25 {
		addWorkshop(t, st, fmt.Sprintf("Workshop %02d", i+1), "")
	}
	t.Run("disagreements", func(t *testing.T) {
		tm := start(t, st, 80, 24, common.NavigateMsg{To: common.ResultsScreen, WorkshopID: w.ID})
		waitFor(t, tm, "Disagreements to discuss (16)")
		key(tm, tea.KeyTab)
		key(tm, tea.KeyEnd)
		waitFor(t, tm, "› 3 apart  "+last[:20], "↑ ")
		for range 16 {
			key(tm, tea.KeyUp)
		}
		waitFor(t, tm, "› 3 apart  "+a.Dimensions[0].Questions[0].Text.In("en")[:20])
		fitsIn(t, finalView(t, tm), 80, 24)
	})
	t.Run("journeys", func(t *testing.T) {
		tm := start(t, st, 80, 24, common.NavigateMsg{To: common.JourneysScreen, WorkshopID: w.ID})
		waitFor(t, tm, "Journey 01")
		key(tm, tea.KeyEnd)
		waitFor(t, tm, "› Journey 25")
		key(tm, tea.KeyPgUp)
		key(tm, tea.KeyHome)
		waitFor(t, tm, "› Journey 01")
		fitsIn(t, finalView(t, tm), 80, 24)
	})
	t.Run("workshops", func(t *testing.T) {
		tm := start(t, st, 80, 24, common.NavigateMsg{To: common.HomeScreen})
		waitFor(t, tm, "Workshop")
		key(tm, tea.KeyEnd)
		waitFor(t, tm, "› Banco")
		fitsIn(t, finalView(t, tm), 80, 24)
	})
	t.Run("roadmap", func(t *testing.T) {
		sw := sampleWorkshop(t, st, "en")
		ins, _ := st.Initiatives(bg, sw)
		tm := start(t, st, 80, 24, common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: sw})
		waitFor(t, tm, "accepted")
		key(tm, tea.KeyEnd)
		key(tm, tea.KeyPgUp)
		key(tm, tea.KeyPgDown)
		v := finalView(t, tm)
		fitsIn(t, v, 80, 24)
		if !strings.Contains(v, "›") || len(ins) < 20 {
			t.Errorf("selection not shown:\n%s", v)
		}
	})
}

// The workshop list's filter matches regardless of case and accents.
func TestHomeFilterIgnoresAccents(t *testing.T) {
	st := newStore(t)
	addWorkshop(t, st, "Tienda Ñandú", "")
	addWorkshop(t, st, "Banco Sur", "")
	tm := start(t, st, 100, 30, common.NavigateMsg{To: common.HomeScreen})
	waitFor(t, tm, "Banco Sur", "Tienda Ñandú")
	tm.Type("/")
	typeText(tm, "NANDU")
	key(tm, tea.KeyEnter)
	time.Sleep(200 * time.Millisecond)
	v := finalView(t, tm)
	contains(t, v, "Tienda Ñandú")
	lacks(t, v, "Banco Sur")
}

// A new round starts empty, with the previous round's answers beside the
// question; Results count the questions answered in both.
func TestRoundShowsPreviousAnswers(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco 2025", "")
	ana := withPeople(t, st, w.ID, 1)[0]
	st.SetAnswerLevel(bg, w.ID, model.Response{QuestionID: "qs.strategy.direction", Level: 2})
	st.SetAnswerLevel(bg, w.ID, model.Response{ParticipantID: ana.ID, QuestionID: "qs.strategy.direction", Level: 4})
	st.SetAnswerLevel(bg, w.ID, model.Response{QuestionID: "qs.strategy.commitment", Level: 2})
	id, err := st.StartRound(bg, w.ID, "Banco 2026")
	if err != nil {
		t.Fatal(err)
	}
	tm := start(t, st, 100, 30, common.NavigateMsg{To: common.QuestionnaireScreen, WorkshopID: id})
	waitFor(t, tm, "answered 0/16", "Previous round: Consensus 2")
	key(tm, tea.KeyTab)
	waitFor(t, tm, "Previous round: Consensus 2 · "+ana.Name+" 4")
	key(tm, tea.KeyShiftTab)
	tm.Type("3")
	tm.Type("r")
	waitFor(t, tm, `+1.0 since "Banco 2025"`, "compared on 1 questions")
	finalView(t, tm)
}

// esc on a changed form asks before discarding; on an untouched one it
// closes at once.
func TestFormAsksBeforeDiscarding(t *testing.T) {
	st := newStore(t)
	tm := start(t, st, 100, 30, common.NavigateMsg{To: common.HomeScreen})
	waitFor(t, tm, "No workshops yet")
	tm.Type("n")
	waitFor(t, tm, "New workshop")
	key(tm, tea.KeyEsc) // nothing typed: closes
	waitFor(t, tm, "No workshops yet")
	tm.Type("n")
	waitFor(t, tm, "New workshop")
	typeText(tm, "Tienda")
	key(tm, tea.KeyEsc)
	waitFor(t, tm, "Discard your changes?")
	tm.Type("n") // keep editing
	typeText(tm, " Sur")
	waitFor(t, tm, "Tienda Sur")
	key(tm, tea.KeyEsc)
	waitFor(t, tm, "Discard your changes?")
	tm.Type("y")
	waitFor(t, tm, "No workshops yet")
	finalView(t, tm)
	if ws, _ := st.Workshops(bg); len(ws) != 0 {
		t.Errorf("a discarded form created %+v", ws)
	}
}

// The export names a CSV file .csv and asks before replacing a file.
func TestExportNamesCSVAndAsksBeforeOverwriting(t *testing.T) {
	st := newStore(t)
	w := sampleWorkshop(t, st, "en")
	dir := t.TempDir()
	t.Chdir(dir)
	tm := start(t, st, 100, 30, common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: w})
	waitFor(t, tm, "accepted")
	tm.Type("s")
	waitFor(t, tm, "Export")
	key(tm, tea.KeyDown) // the HTML report
	key(tm, tea.KeyDown)
	key(tm, tea.KeyDown) // CSV, the answers
	key(tm, tea.KeyEnter)
	waitFor(t, tm, ".csv")
	key(tm, tea.KeyEnter)
	waitFor(t, tm, "Exported to "+dir)
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || !strings.HasSuffix(entries[0].Name(), ".csv") {
		t.Fatalf("exported %v", entries)
	}
	name := entries[0].Name()
	os.WriteFile(filepath.Join(dir, name), []byte("mine"), 0o644)
	tm.Type("s")
	waitFor(t, tm, "Export")
	key(tm, tea.KeyDown)
	key(tm, tea.KeyDown)
	key(tm, tea.KeyDown)
	key(tm, tea.KeyEnter)
	key(tm, tea.KeyEnter)
	waitFor(t, tm, "exists. Replace it?")
	key(tm, tea.KeyEnter) // the default: cancel
	time.Sleep(200 * time.Millisecond)
	finalView(t, tm)
	if b, _ := os.ReadFile(filepath.Join(dir, name)); string(b) != "mine" {
		t.Errorf("the file was replaced without asking")
	}
}
