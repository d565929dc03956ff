package store

import (
	"testing"

	"github.com/cxmap/cxmap/model"
)

// TestHomeSummaryBackfill runs migration 0004 over a database that already
// has answers (one made before the summary existed): the counts it fills
// in are the ones the old per-answer count gave.
func TestHomeSummaryBackfill(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "Before")
	p, err := s.AddParticipant(ctx, w.ID, "Ana", "")
	must(t, err)
	must(t, s.SaveResponse(ctx, w.ID, model.Response{QuestionID: "q1", Level: 2}))
	must(t, s.SaveResponse(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: "q1", Level: 3}))
	must(t, s.SaveResponse(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: "q2", NA: true}))
	other := mustCreate(t, s, "Unsure")
	must(t, s.SaveResponse(ctx, other.ID, model.Response{QuestionID: "q1", DontKnow: true}))
	empty := mustCreate(t, s, "Empty")

	// Back to the schema before 0004, keeping the answers.
	for _, q := range []string{
		"DROP TRIGGER workshop_summary_new", "DROP TRIGGER answered_questions_first", "DROP TRIGGER answered_questions_last",
		"DROP TRIGGER responses_answered_insert", "DROP TRIGGER responses_answered_delete",
		"DROP TRIGGER responses_answered_update_old", "DROP TRIGGER responses_answered_update_new",
		"DROP TABLE workshop_summary", "DROP TABLE answered_questions",
	} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	b, err := migrationFS.ReadFile("migrations/0004_home_summary.sql")
	must(t, err)
	if _, err := s.db.ExecContext(ctx, string(b)); err != nil {
		t.Fatal(err)
	}
	list, err := s.Workshops(ctx)
	must(t, err)
	got := map[int64]int{}
	for _, x := range list {
		got[x.ID] = x.Answered
	}
	if got[w.ID] != 2 || got[other.ID] != 1 || got[empty.ID] != 0 {
		t.Fatalf("after the migration: %v, want %d→2, %d→1 and %d→0", got, w.ID, other.ID, empty.ID)
	}
	// And the triggers it made keep counting.
	must(t, s.SaveResponse(ctx, empty.ID, model.Response{QuestionID: "q2", Level: 1}))
	list, err = s.Workshops(ctx)
	must(t, err)
	for _, x := range list {
		if x.ID == empty.ID && x.Answered != 1 {
			t.Fatalf("a new answer after the migration: %d answered, want 1", x.Answered)
		}
	}
}
