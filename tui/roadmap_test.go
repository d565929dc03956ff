package tui_test

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/sample"
	"github.com/cxmap/cxmap/tui/common"
)

func TestRoadmapDecideMoveAndRegenerate(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	ana, _ := st.AddParticipant(bg, w.ID, "Ana", "")
	st.SaveResponse(bg, w.ID, model.Response{ParticipantID: ana.ID, QuestionID: "qs.measurement.metrics", Level: 1})
	st.SetTarget(bg, w.ID, "measurement", 3)
	tm := start(t, st, 100, 30, common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: w.ID})
	// A first roadmap is proposed on opening.
	waitFor(t, tm, "Roadmap regenerated")
	tm.Type("a") // accept the first
	waitFor(t, tm, "1 accepted")
	tm.Type(">") // move it to the next horizon: an edit
	waitFor(t, tm, "Next (3–6 months)")
	tm.Type("g") // regenerate, after asking: the accepted, moved one stays
	waitFor(t, tm, "Regenerate the roadmap?")
	tm.Type("y")
	waitFor(t, tm, "Your edits and decisions were kept")
	tm.Type("v")
	waitFor(t, tm, "[by quadrant]")
	finalView(t, tm)

	items, err := st.Initiatives(bg, w.ID)
	if err != nil || len(items) == 0 {
		t.Fatalf("%v %v", items, err)
	}
	accepted := 0
	for _, in := range items {
		if in.Status == model.StatusAccepted {
			accepted++
			if !in.Edited || in.Horizon != model.HorizonNext {
				t.Errorf("accepted and moved to next, then regenerated: %+v", in)
			}
		}
	}
	if accepted != 1 {
		t.Errorf("%d accepted after regenerating", accepted)
	}
}

func TestRoadmapMatrixAndPreviewOnSample(t *testing.T) {
	st := newStore(t)
	b, err := sample.Bundle("es", time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	id, err := st.ImportBundle(bg, b)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		tm := startLang(t, st, "es", size[0], size[1], common.NavigateMsg{To: common.RoadmapScreen, WorkshopID: id})
		waitFor(t, tm, "aceptadas")
		tm.Type("v")
		tm.Type("v")
		waitFor(t, tm, "matriz impacto-esfuerzo")
		tm.Type("p")
		waitFor(t, tm, "Vista previa")
		key(tm, tea.KeyPgDown)
		v := finalView(t, tm)
		fitsIn(t, v, size[0], size[1])
	}
}
