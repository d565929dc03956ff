package store

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/cxmap/cxmap/model"
)

// "Don't know" is stored, read, replaced, copied and imported like any
// other answer, and counts as answered in the workshop list.
func TestDontKnowIsStored(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	p, _ := s.AddParticipant(ctx, w.ID, "Eva", "")
	must(t, s.SaveResponse(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: "q1", DontKnow: true, Note: "no lo veo"}))
	must(t, s.SaveResponse(ctx, w.ID, model.Response{QuestionID: "q2", NA: true}))

	rs, err := s.Responses(ctx, w.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Response{
		{ParticipantID: 0, QuestionID: "q2", NA: true},
		{ParticipantID: p.ID, QuestionID: "q1", DontKnow: true, Note: "no lo veo"},
	}
	if fmt.Sprint(rs) != fmt.Sprint(want) {
		t.Errorf("responses\n got  %+v\n want %+v", rs, want)
	}
	list, _ := s.Workshops(ctx)
	if list[0].Answered != 2 {
		t.Errorf("answered = %d, want 2 (don't know and N/A both count)", list[0].Answered)
	}

	id, err := s.DuplicateWorkshop(ctx, w.ID, "Copia")
	if err != nil {
		t.Fatal(err)
	}
	if rs, _ := s.Responses(ctx, id); len(rs) != 2 || !rs[1].DontKnow || rs[1].NA {
		t.Errorf("copy: %+v", rs)
	}

	// A level replaces the don't know.
	must(t, s.SaveResponse(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: "q1", Level: 2}))
	if rs, _ := s.Responses(ctx, w.ID); rs[1].DontKnow || rs[1].Level != 2 {
		t.Errorf("after a level: %+v", rs[1])
	}

	// And an imported don't know replaces the level.
	if _, err := s.ImportResponses(ctx, w.ID, []NamedResponse{{Participant: "eva", Response: model.Response{QuestionID: "q1", DontKnow: true}}}); err != nil {
		t.Fatal(err)
	}
	if rs, _ := s.Responses(ctx, w.ID); !rs[1].DontKnow || rs[1].Level != 0 {
		t.Errorf("after import: %+v", rs[1])
	}
}

// A database made before "don't know" existed (schema 1) is migrated: its
// answers keep their meaning and read as known.
func TestMigrateAddsDontKnow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	steps := migrations()
	if _, err := db.Exec(steps[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = 1", ApplicationID)); err != nil {
		t.Fatal(err)
	}
	// Foreign keys are off on this plain connection: the snapshot the
	// workshop names need not exist for reading its answers back.
	if _, err := db.Exec(`INSERT INTO workshops (name, assessment_id, snapshot, created_at, updated_at)
		VALUES ('Old', 'tiny', 'none', 0, 0)`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO responses (workshop_id, question_id, level, na, note, updated_at) VALUES (1, 'q1', 3, 0, 'kept', 0)`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := pragma(t, s, "user_version"); got != fmt.Sprint(len(steps)) {
		t.Errorf("user_version = %s, want %d", got, len(steps))
	}
	rs, err := s.Responses(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].Level != 3 || rs[0].DontKnow || rs[0].Note != "kept" {
		t.Errorf("migrated responses: %+v", rs)
	}
}
