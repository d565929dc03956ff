package tui_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

func questionnaireOf(w model.Workshop) common.NavigateMsg {
	return common.NavigateMsg{To: common.QuestionnaireScreen, WorkshopID: w.ID}
}

func answers(t *testing.T, st *store.Store, w model.Workshop) map[string]model.Response {
	t.Helper()
	rs, err := st.Responses(bg, w.ID)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]model.Response{}
	for _, r := range rs {
		out[r.QuestionID+"/"+string(rune('0'+r.ParticipantID))] = r
	}
	return out
}

func TestQuestionnaireAnswerNavigateAndNA(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "1/16", "Answering:")
	tm.Type("3")
	waitFor(t, tm, "answered 1/16")
	tm.Type("l") // next
	waitFor(t, tm, "2/16")
	tm.Type("0") // not applicable
	waitFor(t, tm, "answered 2/16")
	tm.Type("l")
	waitFor(t, tm, "3/16")
	tm.Type("h") // back
	waitFor(t, tm, "2/16")
	// The highlight sits on the N/A answer, the stop after the levels:
	// up four times reaches level 2; enter answers it and moves on.
	for range 4 {
		key(tm, tea.KeyUp)
	}
	key(tm, tea.KeyEnter)
	waitFor(t, tm, "3/16")
	v := finalView(t, tm)
	contains(t, v, "Customer understanding", "Answering:")
	got := answers(t, st, w)
	if r := got["qs.strategy.direction/0"]; r.Level != 3 {
		t.Errorf("first answer %+v", r)
	}
	if r := got["qs.strategy.commitment/0"]; r.Level != 2 || r.NA {
		t.Errorf("second answer (N/A then 2) %+v", r)
	}
	if len(got) != 2 {
		t.Errorf("answers %+v", got)
	}
}

func TestQuestionnaireNote(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "1/16")
	tm.Type("n")
	waitFor(t, tm, "Note (saved as you type")
	typeText(tm, "Según ventas | q no hay visión")
	key(tm, tea.KeyEsc)
	waitFor(t, tm, "Note: Según ventas | q no hay visión")
	v := finalView(t, tm)
	contains(t, v, "1/16") // q inside the note did not quit
	r := answers(t, st, w)["qs.strategy.direction/0"]
	if r.Note != "Según ventas | q no hay visión" || r.Level != 0 {
		t.Errorf("saved %+v", r)
	}
}

func TestQuestionnaireRespondentsAndDisagreement(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	st.AddParticipant(bg, w.ID, "Ana", "")
	st.AddParticipant(bg, w.ID, "Luis", "")
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "▸ Consensus")
	key(tm, tea.KeyTab)
	waitFor(t, tm, "▸ Ana")
	tm.Type("1")
	waitFor(t, tm, "Ana 1")
	key(tm, tea.KeyTab)
	waitFor(t, tm, "▸ Luis")
	tm.Type("2")
	waitFor(t, tm, "Luis 2")
	tm.Type("4")
	waitFor(t, tm, "3 levels apart")
	key(tm, tea.KeyShiftTab)
	waitFor(t, tm, "▸ Ana")
	v := finalView(t, tm)
	contains(t, v, "Consensus – · Ana 1 · Luis 4", "⚠ 3 levels apart: discuss")
}

func TestQuestionnaireResumesPosition(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	p, _ := st.AddParticipant(bg, w.ID, "Ana", "")
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "1/16")
	tm.Type("lll")
	key(tm, tea.KeyTab)
	waitFor(t, tm, "4/16", "▸ Ana")
	finalView(t, tm)

	tm2 := start(t, st, 100, 30, common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: w.ID, Resume: true})
	waitFor(t, tm2, "4/16", "▸ Ana")
	finalView(t, tm2)
	_ = p
}

// At the smallest size the layout holds: every line fits, and the
// descriptors scroll instead of being cut.
func TestQuestionnaireSmallTerminals(t *testing.T) {
	for _, size := range [][2]int{{60, 16}, {80, 24}, {200, 60}} {
		st := newStore(t)
		w, err := st.CreateWorkshop(bg, store.NewWorkshop{Name: "Tienda", Language: "es", Assessment: builtin(t, "cx-maturity")})
		if err != nil {
			t.Fatal(err)
		}
		st.AddParticipant(bg, w.ID, "Ana María", "")
		tm := startLang(t, st, "es", size[0], size[1], questionnaireOf(w))
		waitFor(t, tm, "Consenso")
		tm.Type("n")
		waitFor(t, tm, "esc")
		key(tm, tea.KeyEsc)
		waitFor(t, tm, "n: añadir una nota")
		for range 5 {
			key(tm, tea.KeyDown)
		}
		tm.Type("5")
		v := finalView(t, tm)
		// The chosen last level is scrolled into view, never cut.
		contains(t, v, "5 Centrado en el cliente")
		fitsIn(t, v, size[0], size[1])
	}
}

// Resuming a Spanish workshop from an English app: the interface stays
// English (its language is --lang's, L's or the environment's), the
// questions are in the workshop's Spanish, and nothing is written.
func TestResumeSpanishWorkshopFromEnglishApp(t *testing.T) {
	st := newStore(t)
	w, err := st.CreateWorkshop(bg, store.NewWorkshop{Name: "Tienda", Language: "es", Assessment: builtin(t, "cx-maturity")})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveCursor(bg, w.ID, model.Cursor{Screen: "questionnaire", State: `{"question":"strategy.sponsorship"}`}); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		tm := start(t, st, 120, 40, common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: w.ID, Resume: true})
		waitFor(t, tm, "Answering:", "2/53", "equipo directivo")
		contains(t, finalView(t, tm), "Questionnaire")
	}
	if got, _ := st.Workshop(bg, w.ID); got.Language != "es" {
		t.Errorf("the workshop's language became %q", got.Language)
	}
	// What the room reads beside the levels (not applicable, don't know)
	// is in the levels' language; the keys and hints stay in the
	// consultant's.
	tm := start(t, st, 120, 40, common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: w.ID, Resume: true})
	waitFor(t, tm, "2/53", "x No sabe", "No aplica a esta organización")
	v := finalView(t, tm)
	lacks(t, v, "Don't know", "Not applicable to this organisation")
	contains(t, v, "Answering:")
}

// x answers "don't know": its own answer beside N/A, replaced by a level
// or by N/A, and counted as answered.
func TestQuestionnaireDontKnow(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	tm := start(t, st, 100, 40, questionnaireOf(w))
	waitFor(t, tm, "1/16", "x Don't know")
	tm.Type("x")
	waitFor(t, tm, "answered 1/16", "● x Don't know")
	if r := answers(t, st, w)["qs.strategy.direction/0"]; !r.DontKnow || r.Level != 0 || r.NA {
		t.Errorf("after x: %+v", r)
	}
	tm.Type("3")
	waitFor(t, tm, "● 3")
	if r := answers(t, st, w)["qs.strategy.direction/0"]; r.DontKnow || r.Level != 3 {
		t.Errorf("after 3: %+v", r)
	}
	tm.Type("x")
	waitFor(t, tm, "● x Don't know")
	tm.Type("0")
	waitFor(t, tm, "● 0 N/A")
	if r := answers(t, st, w)["qs.strategy.direction/0"]; r.DontKnow || !r.NA {
		t.Errorf("after 0: %+v", r)
	}
	tm.Type("x")
	waitFor(t, tm, "● x Don't know")
	tm.Type("x") // a second x clears it
	waitFor(t, tm, "answered 0/16")
	v := finalView(t, tm)
	contains(t, v, "Answering:")
	if r := answers(t, st, w)["qs.strategy.direction/0"]; r.DontKnow || r.NA || r.Level != 0 {
		t.Errorf("after x x: %+v", r)
	}
}

// Everybody's answers wrap between people, never inside one person's
// name and answer: "Ana" at the end of a line and "María 3" on the next
// would read as two people.
func TestAnswersLineKeepsEachPersonWhole(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Sala", "")
	names := []string{"Ana María Sánchez", "José Luis Ortega", "María del Mar Ruiz", "Juan Pablo Gil", "Lucía Fernández", "Tomás Ibáñez", "Carmen Vidal"}
	for _, n := range names {
		if _, err := st.AddParticipant(bg, w.ID, n, ""); err != nil {
			t.Fatal(err)
		}
	}
	for _, width := range []int{70, 80, 100} {
		tm := start(t, st, width, 40, questionnaireOf(w))
		waitFor(t, tm, "Answers:")
		v := finalView(t, tm)
		for _, n := range names {
			if !strings.Contains(v, n+" –") {
				t.Errorf("at %d columns %q is cut across lines:\n%s", width, n, v)
			}
		}
		if strings.Contains(v, "\u00a0") {
			t.Errorf("a non-breaking space reached the screen at %d columns", width)
		}
	}
}
