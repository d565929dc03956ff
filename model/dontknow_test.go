package model

import (
	"reflect"
	"testing"
)

// dk is participant pid's "don't know" to question qid.
func dk(pid int64, qid string) Response {
	return Response{ParticipantID: pid, QuestionID: qid, DontKnow: true}
}

func TestDontKnowQuestionResult(t *testing.T) {
	a := tmodel(5, tdim("d", 1, tq("q", 1)))
	tests := []struct {
		name      string
		in        []Response
		score     float64
		hasScore  bool
		na, dontK bool
		dontKnows int
		answered  bool
	}{
		{"only don't know", []Response{dk(1, "q"), dk(2, "q")}, 0, false, false, true, 2, true},
		{"don't know is left out of the mean", []Response{lv(1, "q", 2), dk(2, "q"), lv(3, "q", 4)}, 3, true, false, false, 1, true},
		{"NA outweighs don't know", []Response{na(1, "q"), dk(2, "q")}, 0, false, true, false, 1, true},
		{"a don't-know consensus decides", []Response{dk(0, "q"), lv(1, "q", 4)}, 0, false, false, true, 0, true},
		{"a level consensus overrides don't knows", []Response{lv(0, "q", 2), dk(1, "q")}, 2, true, false, false, 1, true},
		{"a later answer replaces don't know", []Response{dk(1, "q"), lv(1, "q", 3)}, 3, true, false, false, 0, true},
		{"a note only is no answer", []Response{noted(Response{ParticipantID: 1, QuestionID: "q"}, "?")}, 0, false, false, false, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := Score(a, tc.in, nil).Questions["q"]
			if q.HasScore != tc.hasScore || q.Score != tc.score || q.NA != tc.na || q.DontKnow != tc.dontK || q.DontKnows != tc.dontKnows || q.Answered() != tc.answered {
				t.Errorf("got score %v/%v na %v dontknow %v (%d) answered %v", q.Score, q.HasScore, q.NA, q.DontKnow, q.DontKnows, q.Answered())
			}
		})
	}
}

// Don't know and N/A both leave a question out of the score and count as
// dealt with, but each has its own count per dimension and overall.
func TestDontKnowCoverageAndCounts(t *testing.T) {
	a := tmodel(5,
		tdim("s", 1, tq("s1", 1), tq("s2", 1), tq("s3", 1), tq("s4", 1)),
		tdim("t", 1, tq("t1", 1), tq("t2", 1)))
	res := Score(a, []Response{
		lv(1, "s1", 4), dk(2, "s1"), // scored 4: one don't know among levels
		dk(1, "s2"), dk(2, "s2"), // nobody knew
		na(0, "s3"), // not applicable
		lv(1, "t1", 2), dk(0, "t2"),
	}, nil)
	s, _ := res.Dimension("s")
	if s.Score != 4 || s.Answered != 3 || s.Total != 4 || s.NA != 1 || s.DontKnow != 1 || s.Coverage != 0.75 {
		t.Errorf("dimension s: %+v", s)
	}
	tt, _ := res.Dimension("t")
	if tt.Score != 2 || tt.Answered != 2 || tt.DontKnow != 1 || tt.NA != 0 {
		t.Errorf("dimension t: %+v", tt)
	}
	if res.Answered != 5 || res.Total != 6 || res.NA != 1 || res.DontKnow != 2 || res.Overall != 3 {
		t.Errorf("overall: answered %d/%d na %d dontknow %d overall %v", res.Answered, res.Total, res.NA, res.DontKnow, res.Overall)
	}
}

func TestDontKnowByDimension(t *testing.T) {
	a := tmodel(5,
		tdim("strategy", 1, tq("s1", 1), tq("s2", 1)),
		tdim("tech", 1, tq("t1", 1)),
		tdim("empty", 1, tq("e1", 1)))
	got := DontKnowByDimension(a, []Response{
		dk(3, "s1"), dk(1, "s1"), dk(3, "s2"), dk(0, "s2"),
		dk(2, "t1"), lv(2, "t1", 3), // replaced by a level: not counted
		dk(1, "unknown"), // not in the model
		lv(1, "e1", 1), na(2, "e1"),
	})
	want := []DontKnowCount{
		{DimensionID: "strategy", Answers: 4, Questions: 2, Participants: []int64{1, 3}},
		{DimensionID: "tech"},
		{DimensionID: "empty"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if DontKnowByDimension(nil, nil) != nil {
		t.Error("a nil model has counts")
	}
}
