package store

import (
	"testing"

	"github.com/cxmap/cxmap/model"
)

// A second import whose file has no note column keeps the notes stored; a
// row with no level keeps the level; a name typed decomposed (NFD, as a
// Mac does) and composed (NFC) is one participant.
func TestImportAnswersWritesOnlyWhatTheFileHas(t *testing.T) {
	s, _ := openTemp(t)
	w := mustCreate(t, s, "A")
	nfc, nfd := "Lucía Núñez", "Luci\u0301a Nu\u0301n\u0303ez"
	created, err := s.ImportAnswers(ctx, w.ID, []ImportedAnswer{
		{Participant: nfc, Role: "CEO", Response: model.Response{QuestionID: "q1", Level: 2, Note: "first note"}, HasLevel: true, HasNote: true},
		{Response: model.Response{QuestionID: "q2", Level: 3, Note: "team note"}, HasLevel: true, HasNote: true},
	})
	if err != nil || created != 1 {
		t.Fatalf("created %d, %v", created, err)
	}
	created, err = s.ImportAnswers(ctx, w.ID, []ImportedAnswer{
		{Participant: nfd, Response: model.Response{QuestionID: "q1", Level: 4}, HasLevel: true},
		{Participant: "LUCI\u0301A NU\u0301N\u0303EZ", Response: model.Response{QuestionID: "q3", Level: 1}, HasLevel: true},
		{Response: model.Response{QuestionID: "q2", Note: "new team note"}, HasNote: true},
		{Participant: nfc, Response: model.Response{QuestionID: "q4", DontKnow: true}, HasLevel: true},
	})
	if err != nil || created != 0 {
		t.Fatalf("second import created %d participants, %v", created, err)
	}
	ps, _ := s.Participants(ctx, w.ID)
	if len(ps) != 1 || ps[0].Name != nfc || ps[0].Role != "CEO" {
		t.Fatalf("participants %+v", ps)
	}
	got := map[string]model.Response{}
	rs, _ := s.Responses(ctx, w.ID)
	for _, r := range rs {
		got[r.QuestionID] = r
	}
	if r := got["q1"]; r.Level != 4 || r.Note != "first note" {
		t.Errorf("q1 = %+v: the level changes, the note is kept", r)
	}
	if r := got["q2"]; r.Level != 3 || r.Note != "new team note" {
		t.Errorf("q2 = %+v: the note changes, the level is kept", r)
	}
	if r := got["q4"]; !r.DontKnow {
		t.Errorf("q4 = %+v: don't know is lost", r)
	}
	if r := got["q3"]; r.Level != 1 || r.ParticipantID != ps[0].ID {
		t.Errorf("q3 = %+v", r)
	}
}
