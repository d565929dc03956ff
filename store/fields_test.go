package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/model"
)

// A level and a note are separate writes: each leaves the other as it is
// stored, whatever the screen holds.
func TestAnswerLevelAndNoteAreSeparateWrites(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	p, err := s.AddParticipant(ctx, w.ID, "Ana", "")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		do   func() error
		want model.Response
	}{
		{"note first makes the row", func() error { return s.SetAnswerNote(ctx, w.ID, p.ID, "q1", "  según Ana  ") },
			model.Response{ParticipantID: p.ID, QuestionID: "q1", Note: "  según Ana  "}},
		{"level keeps the note", func() error {
			return s.SetAnswerLevel(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: "q1", Level: 3})
		},
			model.Response{ParticipantID: p.ID, QuestionID: "q1", Level: 3, Note: "  según Ana  "}},
		{"an import changes the level", func() error {
			_, err := s.ImportResponses(ctx, w.ID, []NamedResponse{{Participant: "Ana", Response: model.Response{QuestionID: "q1", Level: 2, Note: "  según Ana  "}}})
			return err
		}, model.Response{ParticipantID: p.ID, QuestionID: "q1", Level: 2, Note: "  según Ana  "}},
		{"note keeps the imported level", func() error { return s.SetAnswerNote(ctx, w.ID, p.ID, "q1", "otra") },
			model.Response{ParticipantID: p.ID, QuestionID: "q1", Level: 2, Note: "otra"}},
		{"N/A drops the level", func() error {
			return s.SetAnswerLevel(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: "q1", Level: 4, NA: true})
		},
			model.Response{ParticipantID: p.ID, QuestionID: "q1", NA: true, Note: "otra"}},
		{"don't know drops N/A and keeps the note", func() error {
			return s.SetAnswerLevel(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: "q1", Level: 2, DontKnow: true})
		}, model.Response{ParticipantID: p.ID, QuestionID: "q1", DontKnow: true, Note: "otra"}},
		{"N/A again", func() error {
			return s.SetAnswerLevel(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: "q1", NA: true})
		}, model.Response{ParticipantID: p.ID, QuestionID: "q1", NA: true, Note: "otra"}},
		{"consensus is its own answer", func() error { return s.SetAnswerLevel(ctx, w.ID, model.Response{QuestionID: "q1", Level: 1}) },
			model.Response{ParticipantID: p.ID, QuestionID: "q1", NA: true, Note: "otra"}},
	}
	for _, tc := range tests {
		if err := tc.do(); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got, err := s.Answer(ctx, w.ID, p.ID, "q1")
		if err != nil || got != tc.want {
			t.Errorf("%s: got %+v, %v; want %+v", tc.name, got, err, tc.want)
		}
	}
	if c, _ := s.Answer(ctx, w.ID, model.Consensus, "q1"); c.Level != 1 {
		t.Errorf("consensus = %+v", c)
	}
	long := strings.Repeat("nota larga ", 1000) // 11,000 characters: no cut
	if err := s.SetAnswerNote(ctx, w.ID, p.ID, "q2", long); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Answer(ctx, w.ID, p.ID, "q2"); got.Note != long {
		t.Errorf("a long note was cut to %d characters", len(got.Note))
	}
	if err := s.SetAnswerLevel(ctx, 9999, model.Response{QuestionID: "q1", Level: 1}); !errors.Is(err, ErrNotFound) {
		t.Errorf("answer in a missing workshop: %v", err)
	}
}

func TestSetInitiativeField(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	in, err := s.SaveInitiative(ctx, w.ID, model.Initiative{Title: "Mapa", Horizon: model.HorizonNow, Impact: 3, Effort: 3, GenKey: "g1"}, false)
	if err != nil {
		t.Fatal(err)
	}
	ev := []model.Evidence{{Kind: model.EvidenceQuestion, QuestionID: "q1"}}
	tests := []struct {
		f      InitiativeField
		v      any
		edited bool
		check  func(model.Initiative) bool
	}{
		{FieldTitle, "  Mapa del cliente ", true, func(i model.Initiative) bool { return i.Title == "Mapa del cliente" && i.Edited }},
		{FieldDescription, "Por qué", true, func(i model.Initiative) bool { return i.Description == "Por qué" }},
		{FieldOwner, "Ana", true, func(i model.Initiative) bool { return i.Owner == "Ana" }},
		{FieldKPIs, []string{"NPS", "CES"}, true, func(i model.Initiative) bool { return reflect.DeepEqual(i.KPIs, []string{"NPS", "CES"}) }},
		{FieldHorizon, model.HorizonLater, true, func(i model.Initiative) bool { return i.Horizon == model.HorizonLater }},
		{FieldImpact, 5, true, func(i model.Initiative) bool { return i.Impact == 5 }},
		{FieldEffort, 1, true, func(i model.Initiative) bool { return i.Effort == 1 }},
		{FieldStatus, model.StatusAccepted, false, func(i model.Initiative) bool { return i.Status == model.StatusAccepted && i.Edited }},
		{FieldDimension, "d1", true, func(i model.Initiative) bool { return i.DimensionID == "d1" }},
		{FieldEvidence, ev, true, func(i model.Initiative) bool { return len(i.Evidence) == 1 && i.Evidence[0].QuestionID == "q1" }},
	}
	for _, tc := range tests {
		if err := s.SetInitiativeField(ctx, in.ID, tc.f, tc.v, tc.edited); err != nil {
			t.Fatalf("%s: %v", tc.f, err)
		}
		list, _ := s.Initiatives(ctx, w.ID)
		if len(list) != 1 || !tc.check(list[0]) {
			t.Errorf("%s = %v: stored %+v", tc.f, tc.v, list)
		}
	}
	for _, bad := range []struct {
		f InitiativeField
		v any
	}{{FieldTitle, "  "}, {FieldImpact, 6}, {FieldHorizon, model.Horizon("soon")}, {"position", 1}, {FieldStatus, "done"}} {
		if err := s.SetInitiativeField(ctx, in.ID, bad.f, bad.v, true); err == nil {
			t.Errorf("%s = %v accepted", bad.f, bad.v)
		}
	}
	if err := s.SetInitiativeField(ctx, in.ID+100, FieldOwner, "x", true); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing initiative: %v", err)
	}
}

func TestSetWorkshopAndJourneyField(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	mustCreate(t, s, "B")
	for _, tc := range []struct {
		f WorkshopField
		v string
	}{{WorkshopClient, "Otro S.A."}, {WorkshopFacilitator, "Luis"}, {WorkshopLanguage, "en"}, {WorkshopName, "C"}} {
		if err := s.SetWorkshopField(ctx, w.ID, tc.f, tc.v); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := s.Workshop(ctx, w.ID)
	if got.Name != "C" || got.Client != "Otro S.A." || got.Facilitator != "Luis" || got.Language != "en" {
		t.Errorf("workshop = %+v", got)
	}
	if err := s.SetWorkshopField(ctx, w.ID, WorkshopName, "B"); !errors.Is(err, ErrNameTaken) {
		t.Errorf("taken name: %v", err)
	}
	if err := s.SetWorkshopField(ctx, w.ID, "snapshot", "x"); err == nil {
		t.Error("an unknown field was accepted")
	}
	j := mustJourney(t, s, w.ID, "Compra", "Uno")
	for _, tc := range []struct {
		f JourneyField
		v string
	}{{JourneyName, "Venta"}, {JourneyPersona, "Luis"}, {JourneyKind, "employee"}, {JourneyState, "future"}, {JourneyStatus, "final"}} {
		if err := s.SetJourneyField(ctx, j.ID, tc.f, tc.v); err != nil {
			t.Fatal(err)
		}
	}
	gj, _ := s.Journey(ctx, j.ID)
	if gj.Name != "Venta" || gj.Persona != "Luis" || gj.Kind != model.EmployeeJourney || gj.State != model.FutureState || gj.Status != "final" {
		t.Errorf("journey = %+v", gj)
	}
	if err := s.SetJourneyField(ctx, j.ID, JourneyKind, "robot"); err == nil {
		t.Error("a bad kind was accepted")
	}
}

func TestSetParticipantField(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	p, _ := s.AddParticipant(ctx, w.ID, "Ana", "CX")
	s.AddParticipant(ctx, w.ID, "Luis", "")
	if err := s.SetParticipantField(ctx, p.ID, ParticipantRole, " Ventas "); err != nil {
		t.Fatal(err)
	}
	if err := s.SetParticipantField(ctx, p.ID, ParticipantName, "Ana María"); err != nil {
		t.Fatal(err)
	}
	ps, _ := s.Participants(ctx, w.ID)
	if ps[0].Name != "Ana María" || ps[0].Role != "Ventas" {
		t.Errorf("participant = %+v", ps[0])
	}
	if err := s.SetParticipantField(ctx, p.ID, ParticipantName, "Luis"); !errors.Is(err, ErrNameTaken) {
		t.Errorf("taken name: %v", err)
	}
	if err := s.SetParticipantField(ctx, p.ID, ParticipantName, " "); err == nil {
		t.Error("an empty name was accepted")
	}
}
