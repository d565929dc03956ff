package store

import (
	"errors"
	"testing"

	"github.com/cxmap/cxmap/model"
)

func TestWorkshopLifecycle(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "Tienda Ñandú")
	if w.Client != "Ñandú S.A." || w.Language != "es" || w.AssessmentID != "tiny" {
		t.Errorf("created %+v", w)
	}
	if _, err := s.CreateWorkshop(ctx, NewWorkshop{Name: "Tienda Ñandú", Assessment: tinyModel()}); !errors.Is(err, ErrNameTaken) {
		t.Errorf("duplicate name: %v", err)
	}
	if _, err := s.CreateWorkshop(ctx, NewWorkshop{Name: "  ", Assessment: tinyModel()}); err == nil {
		t.Error("blank name accepted")
	}

	for _, ref := range []string{"Tienda Ñandú", "#1", "tienda nandu"} {
		got, err := s.FindWorkshop(ctx, ref)
		if err != nil || got.ID != w.ID {
			t.Errorf("FindWorkshop(%q) = %v, %v", ref, got, err)
		}
	}
	if _, err := s.FindWorkshop(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing: %v", err)
	}

	must(t, s.RenameWorkshop(ctx, w.ID, "Tienda Ñandú 2026"))
	got, _ := s.Workshop(ctx, w.ID)
	if got.Name != "Tienda Ñandú 2026" || got.Client != "Ñandú S.A." {
		t.Errorf("renamed: %+v", got)
	}
	a, err := s.Assessment(ctx, w.ID)
	if err != nil || a.ID != "tiny" || a.QuestionCount() != 2 {
		t.Errorf("snapshot: %+v %v", a, err)
	}
	if err := s.DeleteWorkshop(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete missing: %v", err)
	}
}

func TestProgressInList(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	p, _ := s.AddParticipant(ctx, w.ID, "Eva", "")
	must(t, s.SaveResponse(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: "q1", Level: 2}))
	must(t, s.SaveResponse(ctx, w.ID, model.Response{QuestionID: "q1", Level: 3}))
	// A note without a level does not count as answered.
	must(t, s.SaveResponse(ctx, w.ID, model.Response{QuestionID: "q2", Note: "later"}))
	list, err := s.Workshops(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if list[0].Answered != 1 || list[0].Questions != 2 || list[0].Participants != 1 {
		t.Errorf("summary %+v", list[0])
	}
}

func TestSaveResponseUpserts(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	must(t, s.SaveResponse(ctx, w.ID, model.Response{QuestionID: "q1", Level: 2}))
	must(t, s.SaveResponse(ctx, w.ID, model.Response{QuestionID: "q1", Level: 4, Note: "según | ventas"}))
	rs, _ := s.Responses(ctx, w.ID)
	if len(rs) != 1 || rs[0].Level != 4 || rs[0].Note != "según | ventas" {
		t.Errorf("responses %+v", rs)
	}
}

func TestDuplicateCopiesEverything(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "Original")
	p, _ := s.AddParticipant(ctx, w.ID, "Luis", "CEO")
	must(t, s.SaveResponse(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: "q1", Level: 2, Note: "n"}))
	must(t, s.SetTarget(ctx, w.ID, "d1", 4))
	seedJourney(t, s, w.ID)

	id, err := s.DuplicateWorkshop(ctx, w.ID, "Copia")
	if err != nil {
		t.Fatal(err)
	}
	ps, _ := s.Participants(ctx, id)
	if len(ps) != 1 || ps[0].Name != "Luis" || ps[0].ID == p.ID {
		t.Fatalf("participants %+v", ps)
	}
	rs, _ := s.Responses(ctx, id)
	if len(rs) != 1 || rs[0].ParticipantID != ps[0].ID || rs[0].Note != "n" {
		t.Errorf("responses %+v", rs)
	}
	tg, _ := s.Targets(ctx, id)
	if tg["d1"] != 4 {
		t.Errorf("targets %v", tg)
	}
	var cells int
	s.db.QueryRow(`SELECT COUNT(*) FROM cells c JOIN stages st ON st.id = c.stage_id JOIN journeys j ON j.id = st.journey_id WHERE j.workshop_id = ?`, id).Scan(&cells)
	if cells != 1 {
		t.Errorf("copied cells = %d", cells)
	}
	// The copy is independent: deleting the original keeps it whole.
	must(t, s.DeleteWorkshop(ctx, w.ID))
	rs, _ = s.Responses(ctx, id)
	if len(rs) != 1 {
		t.Error("copy lost its answers")
	}
	if _, err := s.DuplicateWorkshop(ctx, id, "Copia"); !errors.Is(err, ErrNameTaken) {
		t.Errorf("duplicate onto taken name: %v", err)
	}
}

func TestParticipants(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	a, _ := s.AddParticipant(ctx, w.ID, "Ana", "CX lead")
	s.AddParticipant(ctx, w.ID, "Bea", "")
	if _, err := s.AddParticipant(ctx, w.ID, "Ana", ""); !errors.Is(err, ErrNameTaken) {
		t.Errorf("same name twice: %v", err)
	}
	must(t, s.UpdateParticipant(ctx, a.ID, "Ana María", "CX lead"))
	ps, _ := s.Participants(ctx, w.ID)
	if len(ps) != 2 || ps[0].Name != "Ana María" || ps[1].Name != "Bea" {
		t.Errorf("participants %+v", ps)
	}
}

func TestSnapshotsAreSharedAndCleaned(t *testing.T) {
	s, _ := openTemp(t)
	a := mustCreate(t, s, "A")
	b := mustCreate(t, s, "B")
	count := func() (n int) {
		s.db.QueryRow(`SELECT COUNT(*) FROM snapshots`).Scan(&n)
		return n
	}
	if count() != 1 {
		t.Errorf("two workshops on one model keep %d copies", count())
	}
	must(t, s.DeleteWorkshop(ctx, a.ID))
	if count() != 1 {
		t.Error("a copy still in use was dropped")
	}
	must(t, s.DeleteWorkshop(ctx, b.ID))
	if count() != 0 {
		t.Error("an unused copy was kept")
	}
}

func TestCursorKeepsEachScreensPosition(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	if c, err := s.Cursor(ctx, w.ID); err != nil || c.Screen != "" {
		t.Fatalf("fresh cursor %+v %v", c, err)
	}
	must(t, s.SaveCursor(ctx, w.ID, model.Cursor{Screen: "questionnaire", State: `{"question":"q2","respondent":0}`}))
	must(t, s.SaveCursor(ctx, w.ID, model.Cursor{Screen: "journey", State: `{"journey":5,"stage":2,"lane":1}`}))
	c, err := s.Cursor(ctx, w.ID)
	if err != nil || c.Screen != "journey" || c.State != `{"journey":5,"stage":2,"lane":1}` {
		t.Errorf("cursor %+v %v", c, err)
	}
	q, _ := s.CursorFor(ctx, w.ID, "questionnaire")
	if q.State != `{"question":"q2","respondent":0}` {
		t.Errorf("questionnaire position lost: %+v", q)
	}
	none, _ := s.CursorFor(ctx, w.ID, "results")
	if none.State != "" {
		t.Errorf("results: %+v", none)
	}
	must(t, s.SaveCursor(ctx, w.ID, model.Cursor{Screen: "workshop"}))
	c, _ = s.Cursor(ctx, w.ID)
	if c.Screen != "workshop" || c.State != "{}" {
		t.Errorf("cursor %+v", c)
	}
}

func TestPreviousWorkshop(t *testing.T) {
	s, _ := openTemp(t)
	first := mustCreate(t, s, "2025")
	second := mustCreate(t, s, "2026")
	if _, err := s.CreateWorkshop(ctx, NewWorkshop{Name: "Other client", Client: "Otro", Assessment: tinyModel()}); err != nil {
		t.Fatal(err)
	}
	prev, ok, err := s.PreviousWorkshop(ctx, second)
	if err != nil || !ok || prev.ID != first.ID {
		t.Errorf("previous of second = %+v %v %v", prev, ok, err)
	}
	if _, ok, _ := s.PreviousWorkshop(ctx, first); ok {
		t.Error("the first has no previous")
	}
}

func TestImportResponsesCreatesParticipants(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	s.AddParticipant(ctx, w.ID, "Ana", "")
	created, err := s.ImportResponses(ctx, w.ID, []NamedResponse{
		{Participant: "ana", Response: model.Response{QuestionID: "q1", Level: 2}},
		{Participant: "Luis", Response: model.Response{QuestionID: "q1", Level: 3, Note: "n"}},
		{Response: model.Response{QuestionID: "q2", NA: true}},
	})
	if err != nil || created != 1 {
		t.Fatalf("created %d, %v", created, err)
	}
	ps, _ := s.Participants(ctx, w.ID)
	rs, _ := s.Responses(ctx, w.ID)
	if len(ps) != 2 || len(rs) != 3 {
		t.Errorf("participants %+v responses %+v", ps, rs)
	}
}
