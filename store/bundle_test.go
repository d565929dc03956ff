package store

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cxmap/cxmap/model"
)

func bunScore(v int) *int { return &v }

// bunFixture is a small bundle whose ids are the bundle's own (as ReadJSON
// makes them), not database ids.
func bunFixture() *model.Bundle {
	created := time.Date(2025, 3, 1, 9, 30, 0, 0, time.UTC)
	b := &model.Bundle{
		Workshop: model.Workshop{Name: "Ñandú 2025", Client: "Ñandú S.A.", Facilitator: "Ana", Language: "es",
			AssessmentID: "tiny", AssessmentVersion: "1", CreatedAt: created, UpdatedAt: created.Add(2 * time.Hour)},
		Assessment:   tinyModel(),
		Participants: []model.Participant{{ID: 2, Name: "Luis", Role: "CEO"}, {ID: 1, Name: "Marta", Role: "Ventas"}},
		Responses: []model.Response{
			{ParticipantID: 2, QuestionID: "q1", Level: 1, Note: "nadie | lo mide\n`nunca`"},
			{ParticipantID: 1, QuestionID: "q1", Level: 3},
			{ParticipantID: 1, QuestionID: "q2", NA: true},
			{ParticipantID: model.Consensus, QuestionID: "q1", Level: 2, Note: "acordado"},
		},
		Targets: map[string]int{"d1": 3},
		Journeys: []model.Journey{
			{ID: 1, Name: "Compra online 🛒", Persona: "Cliente", Kind: model.CustomerJourney, State: model.CurrentState, Status: "draft",
				Stages: []model.Stage{{ID: 1, Name: "Descubrir"}, {ID: 2, Name: "Pago"}},
				Lanes:  []model.Lane{{ID: 1, Kind: model.LaneEmotion}, {ID: 2, Name: "Dolor", Kind: model.LanePain}},
				Cells: [][]model.Cell{
					{{Score: bunScore(1)}, {Score: bunScore(-2), Observed: true, Text: "enfado"}},
					{{}, {Text: "El TPV falla", Observed: true}},
				}},
			{ID: 2, Name: "Compra futura", Kind: model.CustomerJourney, State: model.FutureState, Status: "draft", SourceID: 1,
				Stages: []model.Stage{{ID: 1, Name: "Pagar"}}, Lanes: []model.Lane{{ID: 1, Kind: model.LaneActions}},
				Cells: [][]model.Cell{{{Observed: true}}}},
		},
	}
	b.Compute()
	b.Initiatives = b.Recommend(model.LangES)
	b.Initiatives = append(b.Initiatives, model.Initiative{Title: "Mía", Horizon: model.HorizonLater, Impact: 2, Effort: 4,
		Owner: "Ana", Status: model.StatusAccepted, Edited: true, Evidence: []model.Evidence{}, KPIs: []string{}})
	return b
}

func TestImportAndLoadBundle(t *testing.T) {
	s, _ := openTemp(t)
	b := bunFixture()
	id, err := s.ImportBundle(ctx, b)
	must(t, err)
	got, err := s.LoadBundle(ctx, id)
	must(t, err)

	if got.Workshop.Name != b.Workshop.Name || got.Workshop.Client != b.Workshop.Client || got.Workshop.Language != "es" ||
		!got.Workshop.CreatedAt.Equal(b.Workshop.CreatedAt) || !got.Workshop.UpdatedAt.Equal(b.Workshop.UpdatedAt) {
		t.Errorf("workshop %+v", got.Workshop)
	}
	if !reflect.DeepEqual(got.Assessment, b.Assessment) {
		t.Error("assessment differs")
	}
	if !reflect.DeepEqual(got.Targets, b.Targets) || !reflect.DeepEqual(got.Results.Dimensions, b.Results.Dimensions) || got.Results.Overall != b.Results.Overall {
		t.Errorf("targets %v, results %+v", got.Targets, got.Results)
	}
	// Participants keep their order; answers follow them to their new ids.
	names := map[int64]string{model.Consensus: ""}
	for _, p := range got.Participants {
		names[p.ID] = p.Name
	}
	if len(got.Participants) != 2 || got.Participants[0].Name != "Luis" || got.Participants[1].Role != "Ventas" {
		t.Errorf("participants %+v", got.Participants)
	}
	answers := map[string]model.Response{}
	for _, r := range got.Responses {
		answers[names[r.ParticipantID]+"/"+r.QuestionID] = r
	}
	if len(answers) != 4 || answers["Luis/q1"].Note != b.Responses[0].Note || !answers["Marta/q2"].NA || answers["/q1"].Level != 2 {
		t.Errorf("answers %+v", answers)
	}

	// Journeys: same content, new ids, the future map linked to the new current one.
	if len(got.Journeys) != 2 {
		t.Fatalf("journeys %+v", got.Journeys)
	}
	cur, fut := got.Journeys[0], got.Journeys[1]
	if fut.SourceID != cur.ID || cur.SourceID != 0 {
		t.Errorf("source %d, want %d", fut.SourceID, cur.ID)
	}
	if !reflect.DeepEqual(cur.Cells, b.Journeys[0].Cells) || !reflect.DeepEqual(fut.Cells, b.Journeys[1].Cells) {
		t.Errorf("cells %+v %+v", cur.Cells, fut.Cells)
	}
	if cur.Name != "Compra online 🛒" || cur.Lanes[1].Name != "Dolor" || cur.Stages[1].Name != "Pago" || fut.State != model.FutureState {
		t.Errorf("journey %+v", cur)
	}

	// The roadmap: same order; journey keys and evidence point at the new ids.
	if len(got.Initiatives) != len(b.Initiatives) {
		t.Fatalf("initiatives %d, want %d", len(got.Initiatives), len(b.Initiatives))
	}
	var journeyItem *model.Initiative
	for i, in := range got.Initiatives {
		want := b.Initiatives[i]
		if in.Title != want.Title || in.Status != want.Status || in.Edited != want.Edited || in.Position != i || in.Owner != want.Owner {
			t.Errorf("initiative %d: %+v, want %+v", i, in, want)
		}
		if strings.HasPrefix(in.GenKey, "journey:") {
			journeyItem = &got.Initiatives[i]
		}
	}
	if journeyItem == nil {
		t.Fatal("no journey opportunity was recommended")
	}
	if want := model.JourneyGenKey(cur.ID, cur.Stages[1].ID); journeyItem.GenKey != want {
		t.Errorf("gen key %q, want %q", journeyItem.GenKey, want)
	}
	for _, e := range journeyItem.Evidence {
		if e.JourneyID != cur.ID {
			t.Errorf("evidence journey %d, want %d", e.JourneyID, cur.ID)
		}
	}
	// Regenerating over the imported roadmap changes nothing.
	again, err := s.ApplyProposals(ctx, id, got.Recommend(model.LangES))
	must(t, err)
	if !reflect.DeepEqual(again, got.Initiatives) {
		t.Errorf("regenerating after import changed the roadmap:\n%+v\n%+v", got.Initiatives, again)
	}
}

func TestImportBundleNames(t *testing.T) {
	s, _ := openTemp(t)
	for _, want := range []string{"Ñandú 2025", "Ñandú 2025 (2)", "Ñandú 2025 (3)"} {
		id, err := s.ImportBundle(ctx, bunFixture())
		must(t, err)
		if w, _ := s.Workshop(ctx, id); w.Name != want {
			t.Errorf("name %q, want %q", w.Name, want)
		}
	}
	b := bunFixture()
	b.Workshop.Name = "Ñandú 2025 (2)"
	id, err := s.ImportBundle(ctx, b)
	must(t, err)
	if w, _ := s.Workshop(ctx, id); w.Name != "Ñandú 2025 (4)" {
		t.Errorf("name %q", w.Name)
	}
}

func TestImportBundleIsOneTransaction(t *testing.T) {
	s, _ := openTemp(t)
	for name, spoil := range map[string]func(b *model.Bundle){
		"unknown participant":  func(b *model.Bundle) { b.Responses[1].ParticipantID = 99 },
		"duplicate answer":     func(b *model.Bundle) { b.Responses = append(b.Responses, b.Responses[0]) },
		"same participant":     func(b *model.Bundle) { b.Participants[1].Name = "Luis" },
		"invalid initiative":   func(b *model.Bundle) { b.Initiatives[0].Impact = 0 },
		"invalid journey kind": func(b *model.Bundle) { b.Journeys[1].Kind = "robot" },
	} {
		b := bunFixture()
		spoil(b)
		if _, err := s.ImportBundle(ctx, b); err == nil {
			t.Errorf("%s: imported", name)
		} else if strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error on several lines: %v", name, err)
		}
	}
	list, _ := s.Workshops(ctx)
	var n int
	s.db.QueryRow(`SELECT (SELECT COUNT(*) FROM participants) + (SELECT COUNT(*) FROM journeys) + (SELECT COUNT(*) FROM snapshots)`).Scan(&n)
	if len(list) != 0 || n != 0 {
		t.Errorf("failed imports left %d workshops and %d rows", len(list), n)
	}
}
