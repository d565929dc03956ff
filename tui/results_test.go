package tui_test

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/tui/common"
)

func TestResultsScoresTargetsAndDisagreements(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "Banco Sur")
	ana, _ := st.AddParticipant(bg, w.ID, "Ana", "")
	luis, _ := st.AddParticipant(bg, w.ID, "Luis", "")
	for _, r := range []model.Response{
		{ParticipantID: ana.ID, QuestionID: "qs.strategy.direction", Level: 1, Note: "no vision | none"},
		{ParticipantID: luis.ID, QuestionID: "qs.strategy.direction", Level: 4},
		{QuestionID: "qs.strategy.commitment", Level: 2},
	} {
		if err := st.SaveResponse(bg, w.ID, r); err != nil {
			t.Fatal(err)
		}
	}
	tm := start(t, st, 120, 40, common.NavigateMsg{To: common.ResultsScreen, WorkshopID: w.ID})
	// direction: mean 2.5; commitment 2 -> strategy 2.3 (unrounded 2.25 -> 2.3), level Aware.
	waitFor(t, tm, "Strategy and leadership", "2.3", "Disagreements to discuss (1)")
	tm.Type("4") // target 4 for strategy
	waitFor(t, tm, "+2")
	v := finalView(t, tm)
	contains(t, v, "Overall 2.3 · Aware", "coverage 13% (2/16)", "3 apart", "no vision | none")
	tg, _ := st.Targets(bg, w.ID)
	if tg["strategy"] != 4 {
		t.Errorf("targets %v", tg)
	}
}

func TestResultsJumpToDisagreement(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	ana, _ := st.AddParticipant(bg, w.ID, "Ana", "")
	luis, _ := st.AddParticipant(bg, w.ID, "Luis", "")
	st.SaveResponse(bg, w.ID, model.Response{ParticipantID: ana.ID, QuestionID: "qs.omnichannel.handoffs", Level: 1})
	st.SaveResponse(bg, w.ID, model.Response{ParticipantID: luis.ID, QuestionID: "qs.omnichannel.handoffs", Level: 5})
	tm := start(t, st, 100, 30, common.NavigateMsg{To: common.ResultsScreen, WorkshopID: w.ID})
	waitFor(t, tm, "Disagreements to discuss (1)")
	key(tm, tea.KeyTab)
	key(tm, tea.KeyEnter)
	// The question opens on the consensus, not on whoever answered last:
	// the agreed level typed there leaves both votes as they were.
	waitFor(t, tm, "8/16", "▸ Consensus", "Ana 1 · Luis 5")
	tm.Type("3")
	waitFor(t, tm, "Consensus 3 · Ana 1 · Luis 5")
	finalView(t, tm)
	rs, _ := st.Responses(bg, w.ID)
	for _, r := range rs {
		want := map[int64]int{model.Consensus: 3, ana.ID: 1, luis.ID: 5}[r.ParticipantID]
		if r.QuestionID == "qs.omnichannel.handoffs" && r.Level != want {
			t.Errorf("after the jump: %+v, want level %d", r, want)
		}
	}
}

// The jump lands on the consensus even when the questionnaire is kept on
// the stack below Results on another respondent.
func TestResultsJumpFromKeptQuestionnaire(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	ana, _ := st.AddParticipant(bg, w.ID, "Ana", "")
	luis, _ := st.AddParticipant(bg, w.ID, "Luis", "")
	st.SaveResponse(bg, w.ID, model.Response{ParticipantID: ana.ID, QuestionID: "qs.omnichannel.handoffs", Level: 1})
	st.SaveResponse(bg, w.ID, model.Response{ParticipantID: luis.ID, QuestionID: "qs.omnichannel.handoffs", Level: 5})
	tm := start(t, st, 100, 30, questionnaireOf(w))
	waitFor(t, tm, "1/16", "Answering:")
	key(tm, tea.KeyShiftTab) // the last participant, Luis
	waitFor(t, tm, "▸ Luis")
	tm.Type("r")
	waitFor(t, tm, "Disagreements to discuss (1)")
	key(tm, tea.KeyTab)
	key(tm, tea.KeyEnter)
	waitFor(t, tm, "8/16", "▸ Consensus")
	finalView(t, tm)
}

func TestResultsShowChangeSincePreviousAssessment(t *testing.T) {
	st := newStore(t)
	before := addWorkshop(t, st, "Banco 2025", "Banco Sur")
	st.SaveResponse(bg, before.ID, model.Response{QuestionID: "qs.strategy.direction", Level: 2})
	after := addWorkshop(t, st, "Banco 2026", "Banco Sur")
	st.SaveResponse(bg, after.ID, model.Response{QuestionID: "qs.strategy.direction", Level: 4})
	tm := start(t, st, 120, 40, common.NavigateMsg{To: common.ResultsScreen, WorkshopID: after.ID})
	waitFor(t, tm, "CHANGE", `+2.0 since "Banco 2025"`)
	finalView(t, tm)
}
