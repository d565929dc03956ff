package store

import (
	"testing"

	"github.com/cxmap/cxmap/model"
)

// A new round starts with no answers, keeps participants and targets,
// shows the previous round's answers by name, and the change since the
// previous round counts only the questions answered in both.
func TestRounds(t *testing.T) {
	s, _ := openTemp(t)
	first := mustCreate(t, s, "Tienda 2025")
	ana, err := s.AddParticipant(ctx, first.ID, "Ana", "")
	must(t, err)
	must(t, s.SetTarget(ctx, first.ID, "d1", 3))
	must(t, s.SetAnswerLevel(ctx, first.ID, model.Response{QuestionID: "q1", Level: 1}))
	must(t, s.SetAnswerLevel(ctx, first.ID, model.Response{QuestionID: "q2", Level: 3}))
	must(t, s.SetAnswerLevel(ctx, first.ID, model.Response{ParticipantID: ana.ID, QuestionID: "q1", Level: 2}))

	id, err := s.StartRound(ctx, first.ID, "Tienda 2026")
	must(t, err)
	second, err := s.Workshop(ctx, id)
	must(t, err)
	if rs, _ := s.Responses(ctx, id); len(rs) != 0 {
		t.Errorf("a new round starts with answers: %+v", rs)
	}
	people, _ := s.Participants(ctx, id)
	if len(people) != 1 || people[0].Name != "Ana" {
		t.Errorf("participants %+v", people)
	}
	if prev, ok, err := s.PreviousWorkshop(ctx, second); !ok || err != nil || prev.ID != first.ID {
		t.Errorf("previous %+v %v %v", prev, ok, err)
	}
	prev, ok, err := s.PreviousAnswers(ctx, second)
	if !ok || err != nil || prev[""]["q1"].Level != 1 || prev["Ana"]["q1"].Level != 2 {
		t.Errorf("previous answers %+v %v %v", prev, ok, err)
	}

	// Re-answer q1 only: the change is measured on q1 (1 → 3), not on
	// q2, which nobody answered again.
	must(t, s.SetAnswerLevel(ctx, id, model.Response{QuestionID: "q1", Level: 3}))
	b, err := s.LoadReport(ctx, id)
	must(t, err)
	dims, overall := b.Change()
	if b.Compared != 1 || !overall.Comparable || overall.Delta != 2 || len(dims) != 1 || dims[0].Delta != 2 {
		t.Errorf("compared %d, overall %+v, dims %+v", b.Compared, overall, dims)
	}

	// The previous round deleted: the later one stands, without a previous.
	must(t, s.DeleteWorkshop(ctx, first.ID))
	if _, ok, err := s.PreviousWorkshop(ctx, second); ok || err != nil {
		t.Errorf("previous after delete: %v %v", ok, err)
	}
}
