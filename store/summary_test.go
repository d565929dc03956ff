package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/store/storetest"
)

// answeredFromResponses is the oracle the summary must agree with: the
// distinct questions any respondent answered (a level, N/A or don't know).
func answeredFromResponses(t *testing.T, s *store.Store, id int64) int {
	t.Helper()
	rs, err := s.Responses(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	qs := map[string]bool{}
	for _, r := range rs {
		if r.Level > 0 || r.NA || r.DontKnow {
			qs[r.QuestionID] = true
		}
	}
	return len(qs)
}

func homeAnswered(t *testing.T, s *store.Store) map[int64]int {
	t.Helper()
	list, err := s.Workshops(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[int64]int{}
	for _, w := range list {
		out[w.ID] = w.Answered
	}
	return out
}

// TestHomeSummaryFollowsWrites: after every kind of write that changes
// answers, the home list's count equals a count over the responses.
func TestHomeSummaryFollowsWrites(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(filepath.Join(t.TempDir(), "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, err := assessments.Get("cx-maturity")
	if err != nil {
		t.Fatal(err)
	}
	w, err := s.CreateWorkshop(ctx, store.NewWorkshop{Name: "A", Assessment: a})
	if err != nil {
		t.Fatal(err)
	}
	other, err := s.CreateWorkshop(ctx, store.NewWorkshop{Name: "B", Assessment: a})
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.AddParticipant(ctx, w.ID, "Ana", "")
	if err != nil {
		t.Fatal(err)
	}
	q := func(i int) string { return a.Dimensions[0].Questions[i].ID }
	save := func(pid int64, qid string, level int, na bool) func() error {
		return func() error {
			return s.SaveResponse(ctx, w.ID, model.Response{ParticipantID: pid, QuestionID: qid, Level: level, NA: na})
		}
	}
	var dup int64
	steps := []struct {
		name string
		do   func() error
		want int // answered in workshop A
	}{
		{"empty", func() error { return nil }, 0},
		{"consensus answers q0", save(model.Consensus, q(0), 3, false), 1},
		{"participant answers q0 too", save(p.ID, q(0), 2, false), 1},
		{"participant marks q1 N/A", save(p.ID, q(1), 0, true), 2},
		{"participant changes q0's level", save(p.ID, q(0), 4, false), 2},
		{"participant turns N/A into a level", save(p.ID, q(1), 2, false), 2},
		{"and back to N/A", save(p.ID, q(1), 0, true), 2},
		{"note only on q2 is no answer", save(model.Consensus, q(2), 0, false), 2},
		{"consensus clears q0, the participant's stays", save(model.Consensus, q(0), 0, false), 2},
		{"participant clears q1", save(p.ID, q(1), 0, false), 1},
		{"consensus answers q2", save(model.Consensus, q(2), 5, false), 2},
		{"don't know counts as an answer", func() error {
			return s.SaveResponse(ctx, w.ID, model.Response{ParticipantID: p.ID, QuestionID: q(4), DontKnow: true})
		}, 3},
		{"don't know turned into a level", save(p.ID, q(4), 3, false), 3},
		{"and cleared", save(p.ID, q(4), 0, false), 2},
		{"import answers q3 and q2 again", func() error {
			_, err := s.ImportResponses(ctx, w.ID, []store.NamedResponse{
				{Participant: "Bea", Response: model.Response{QuestionID: q(3), Level: 1}},
				{Participant: "Bea", Response: model.Response{QuestionID: q(2), Level: 1}},
			})
			return err
		}, 3},
		{"deleting a participant takes their answers", func() error { return s.DeleteParticipant(ctx, p.ID) }, 2},
		{"duplicate keeps the count", func() error {
			var err error
			dup, err = s.DuplicateWorkshop(ctx, w.ID, "A copy")
			return err
		}, 2},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		got := homeAnswered(t, s)
		if got[w.ID] != st.want || got[w.ID] != answeredFromResponses(t, s, w.ID) {
			t.Fatalf("%s: home shows %d answered, want %d (responses say %d)", st.name, got[w.ID], st.want, answeredFromResponses(t, s, w.ID))
		}
		if got[other.ID] != 0 {
			t.Fatalf("%s: another workshop's count moved to %d", st.name, got[other.ID])
		}
		if dup != 0 && got[dup] != answeredFromResponses(t, s, dup) {
			t.Fatalf("%s: the copy shows %d, its responses say %d", st.name, got[dup], answeredFromResponses(t, s, dup))
		}
	}
	if err := s.DeleteWorkshop(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	if got := homeAnswered(t, s); got[dup] != 2 || len(got) != 2 {
		t.Fatalf("after deleting the original: %v", got)
	}
}

// BenchmarkHomeList is the home screen's query at 1,000 workshops, with
// 52 and 150 answers each: the time must not grow with the answers.
func BenchmarkHomeList(b *testing.B) {
	for _, per := range []int{52, 150} {
		b.Run(fmt.Sprintf("workshops=1000/answers=%d", 1000*per), func(b *testing.B) {
			ctx := context.Background()
			s, err := store.Open(filepath.Join(b.TempDir(), "cx.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			if err := storetest.Populate(ctx, s, 1000, per); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for range b.N {
				list, err := s.Workshops(ctx)
				if err != nil || len(list) != 1000 {
					b.Fatal(len(list), err)
				}
			}
		})
	}
}

// RecentWorkshops is the head of the home list and the count of all.
func TestRecentWorkshops(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(filepath.Join(t.TempDir(), "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := storetest.Populate(ctx, s, 5, 3); err != nil {
		t.Fatal(err)
	}
	all, err := s.Workshops(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, total, err := s.RecentWorkshops(ctx, 2)
	if err != nil || total != 5 || len(head) != 2 {
		t.Fatalf("got %d of %d, %v", len(head), total, err)
	}
	for i := range head {
		if head[i] != all[i] {
			t.Errorf("row %d: %+v, the full list has %+v", i, head[i], all[i])
		}
	}
}
