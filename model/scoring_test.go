package model

import (
	"fmt"
	"math"
	"reflect"
	"testing"
)

// Helpers to build models and responses tersely.

func tq(id string, weight float64) Question { return Question{ID: id, Weight: weight} }

func tdim(id string, weight float64, qs ...Question) Dimension {
	return Dimension{ID: id, Weight: weight, Questions: qs}
}

func tmodel(levels int, dims ...Dimension) *Assessment {
	return &Assessment{ID: "test", Levels: make([]Level, levels), Dimensions: dims}
}

// lv is participant pid's answer level to question qid.
func lv(pid int64, qid string, level int) Response {
	return Response{ParticipantID: pid, QuestionID: qid, Level: level}
}

// na is participant pid's "not applicable" to question qid.
func na(pid int64, qid string) Response {
	return Response{ParticipantID: pid, QuestionID: qid, NA: true}
}

func noted(r Response, note string) Response {
	r.Note = note
	return r
}

// wmean and sub compute at run time, in float64 (constant expressions are
// exact in Go, so they would hide the floating-point noise).
func wmean(w1, x1, w2, x2 float64) float64 { return (w1*x1 + w2*x2) / (w1 + w2) }

func sub(x, y float64) float64 { return x - y }

func TestRoundScore(t *testing.T) {
	tests := []struct {
		in, want float64
	}{
		{2.95, 3.0},
		{2.94, 2.9},
		{4.999, 5.0},
		{4.949, 4.9},
		{2.25, 2.3}, // exact half in binary: half away from zero, not to even
		{2.35, 2.4},
		{0.15, 0.2},
		{3, 3},
		{1.0 / 3, 0.3},
		{2.0 / 3, 0.7},
		{wmean(0.1, 2, 0.3, 3), 2.8}, // 2.7499999999999996 in float64, 2.75 in decimal
		{wmean(0.1, 4, 0.3, 3), 3.3}, // 3.2499999999999996
		{-0.05, -0.1},
		{-2.95, -3.0},
		{-2.94, -2.9},
		{sub(0.2, 0.1), 0.1},
		{sub(3.1, 2.9), 0.2},  // 0.20000000000000018
		{sub(2.8, 3.1), -0.3}, // -0.30000000000000027
		{0, 0},
	}
	for _, tt := range tests {
		if got := RoundScore(tt.in); got != tt.want {
			t.Errorf("RoundScore(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if got := RoundScore(-0.04); got != 0 || math.Signbit(got) {
		t.Errorf("RoundScore(-0.04) = %v, want +0", got)
	}
	if got := RoundScore(math.NaN()); !math.IsNaN(got) {
		t.Errorf("RoundScore(NaN) = %v, want NaN", got)
	}
}

func TestLevelOf(t *testing.T) {
	tests := []struct {
		score  float64
		levels int
		want   int
	}{
		{2.95, 5, 3},  // rounds to 3.0
		{2.94, 5, 2},  // rounds to 2.9
		{4.999, 5, 5}, // rounds to 5.0
		{4.94, 5, 4},
		{4.999, 4, 4}, // clamped to the model's levels
		{7.2, 5, 5},   // clamped
		{1, 5, 1},
		{5, 5, 5},
		{3.5, 5, 3},
		{0.6, 5, 1}, // clamped up to 1
		{0, 5, 0},   // no score
		{0.04, 5, 0},
		{-1, 5, 0},
		{math.NaN(), 5, 0},
		{math.Inf(1), 5, 5},
		{6.3, 0, 6}, // a model without levels sets no upper bound
	}
	for _, tt := range tests {
		if got := LevelOf(tt.score, tt.levels); got != tt.want {
			t.Errorf("LevelOf(%v, %d) = %d, want %d", tt.score, tt.levels, got, tt.want)
		}
	}
}

// TestQuestionResult scores one question, "q" in dimension "d", from
// different responses.
func TestQuestionResult(t *testing.T) {
	a := tmodel(5, tdim("d", 1, tq("q", 1)))
	// twenty participants: nineteen 3s and one 2 give 59/20 = 2.95.
	var twenty []Response
	for i := int64(1); i <= 20; i++ {
		l := 3
		if i == 20 {
			l = 2
		}
		twenty = append(twenty, lv(i, "q", l))
	}
	base := QuestionResult{QuestionID: "q", DimensionID: "d"}
	with := func(f func(*QuestionResult)) QuestionResult {
		r := base
		f(&r)
		return r
	}
	tests := []struct {
		name string
		rs   []Response
		want QuestionResult
	}{
		{"no responses", nil, base},
		{"responses to other questions only", []Response{lv(1, "other", 4)}, base},
		{
			"a note without a level is no answer",
			[]Response{noted(lv(1, "q", 0), "ask finance")},
			with(func(r *QuestionResult) { r.Notes = []Response{noted(lv(1, "q", 0), "ask finance")} }),
		},
		{
			"mean of participants, spread 1 is no disagreement",
			[]Response{lv(1, "q", 3), lv(2, "q", 4), lv(3, "q", 4)}, // 11/3 = 3.67
			with(func(r *QuestionResult) { r.Score, r.HasScore, r.Answers, r.Spread = 3.7, true, 3, 1 }),
		},
		{
			"spread 2 is a disagreement",
			[]Response{lv(1, "q", 2), lv(2, "q", 3), lv(3, "q", 4)},
			with(func(r *QuestionResult) {
				r.Score, r.HasScore, r.Answers, r.Spread, r.Disagreement = 3, true, 3, 2, true
			}),
		},
		{
			"participant NA left out of the mean and the spread",
			[]Response{lv(1, "q", 2), na(2, "q"), lv(3, "q", 3)},
			with(func(r *QuestionResult) { r.Score, r.HasScore, r.Answers, r.Spread = 2.5, true, 2, 1 }),
		},
		{
			"all participants NA",
			[]Response{na(1, "q"), na(2, "q")},
			with(func(r *QuestionResult) { r.NA = true }),
		},
		{
			"NA and a note-only response: NA",
			[]Response{na(1, "q"), lv(2, "q", 0)},
			with(func(r *QuestionResult) { r.NA = true }),
		},
		{
			"NA with a level set counts as NA",
			[]Response{{ParticipantID: 1, QuestionID: "q", Level: 4, NA: true}, lv(2, "q", 2)},
			with(func(r *QuestionResult) { r.Score, r.HasScore, r.Answers = 2, true, 1 }),
		},
		{
			"consensus overrides participants",
			[]Response{lv(1, "q", 2), lv(2, "q", 2), lv(Consensus, "q", 4)},
			with(func(r *QuestionResult) {
				r.Score, r.HasScore, r.Answers, r.FromConsensus = 4, true, 2, true
			}),
		},
		{
			"consensus alone",
			[]Response{lv(Consensus, "q", 1)},
			with(func(r *QuestionResult) { r.Score, r.HasScore, r.FromConsensus = 1, true, true }),
		},
		{
			"consensus NA makes the question NA; participants' spread still shown",
			[]Response{lv(1, "q", 1), lv(2, "q", 4), na(Consensus, "q")},
			with(func(r *QuestionResult) {
				r.NA, r.FromConsensus, r.Answers, r.Spread, r.Disagreement = true, true, 2, 3, true
			}),
		},
		{
			"consensus level overrides participants' NA",
			[]Response{na(1, "q"), na(2, "q"), lv(Consensus, "q", 2)},
			with(func(r *QuestionResult) { r.Score, r.HasScore, r.FromConsensus = 2, true, true }),
		},
		{
			"consensus with a note only does not decide",
			[]Response{lv(1, "q", 2), lv(2, "q", 5), noted(lv(Consensus, "q", 0), "revisit")},
			with(func(r *QuestionResult) {
				r.Score, r.HasScore, r.Answers, r.Spread, r.Disagreement = 3.5, true, 2, 3, true
				r.Notes = []Response{noted(lv(Consensus, "q", 0), "revisit")}
			}),
		},
		{
			"notes in participant id order, consensus first, blank notes skipped",
			[]Response{
				noted(lv(3, "q", 4), "three"),
				noted(lv(2, "q", 4), "  \t"),
				noted(lv(1, "q", 3), "one"),
				noted(lv(Consensus, "q", 4), "agreed"),
			},
			with(func(r *QuestionResult) {
				r.Score, r.HasScore, r.Answers, r.Spread, r.FromConsensus = 4, true, 3, 1, true
				r.Notes = []Response{
					noted(lv(Consensus, "q", 4), "agreed"),
					noted(lv(1, "q", 3), "one"),
					noted(lv(3, "q", 4), "three"),
				}
			}),
		},
		{
			"the last of duplicate responses counts",
			[]Response{noted(lv(1, "q", 1), "first"), lv(2, "q", 4), lv(1, "q", 5)},
			with(func(r *QuestionResult) { r.Score, r.HasScore, r.Answers, r.Spread = 4.5, true, 2, 1 }),
		},
		{
			"mean of 2.95 rounds to 3.0",
			twenty,
			with(func(r *QuestionResult) { r.Score, r.HasScore, r.Answers, r.Spread = 3, true, 20, 1 }),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Score(a, tt.rs, nil)
			got := res.Questions["q"]
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
			d := res.Dimensions[0]
			if wantAnswered := b2i(tt.want.HasScore || tt.want.NA); d.Answered != wantAnswered {
				t.Errorf("dimension answered = %d, want %d", d.Answered, wantAnswered)
			}
			if d.HasScore != tt.want.HasScore || d.Score != tt.want.Score {
				t.Errorf("dimension score = %v (%v), want %v (%v)", d.Score, d.HasScore, tt.want.Score, tt.want.HasScore)
			}
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scenarioModel has four dimensions: one fully answered with weights and a
// consensus, one partly answered, one unanswered and one not applicable.
func scenarioModel() *Assessment {
	return tmodel(5,
		tdim("strategy", 2, tq("s1", 1), tq("s2", 3), tq("s3", 1)),
		tdim("culture", 1, tq("c1", 1), tq("c2", 1), tq("c3", 2)),
		tdim("processes", 3, tq("pr1", 1), tq("pr2", 1)),
		tdim("technology", 1, tq("t1", 1)),
	)
}

func scenarioResponses() []Response {
	return []Response{
		// strategy
		lv(1, "s1", 2), lv(2, "s1", 4), // 3.0, spread 2
		lv(1, "s2", 1), lv(2, "s2", 3), lv(Consensus, "s2", 4), // consensus 4, spread 2
		lv(1, "s3", 3), na(Consensus, "s3"), // NA by consensus
		// culture
		lv(1, "c1", 1), lv(2, "c1", 2), // 1.5
		noted(lv(1, "c2", 0), "unsure"),                // unanswered
		lv(1, "c3", 3), lv(2, "c3", 3), lv(3, "c3", 2), // 8/3
		// processes: nothing but a consensus note
		noted(lv(Consensus, "pr2", 0), "ask ops"),
		// technology: everyone NA
		na(1, "t1"), na(2, "t1"),
		// not in the model
		lv(1, "zz", 5),
	}
}

func TestScoreScenario(t *testing.T) {
	a := scenarioModel()
	targets := map[string]int{"strategy": 4, "culture": 1, "processes": 3, "unknown": 2}
	res := Score(a, scenarioResponses(), targets)

	wantDims := []DimensionResult{
		// (1*3.0 + 3*4.0) / (1+3) = 3.75 -> 3.8, level 3; s3 NA is left out
		// (equal question weights would give 3.5). Target 4: gap 1.
		{DimensionID: "strategy", Score: 3.8, HasScore: true, Level: 3, Answered: 3, Total: 3, Coverage: 1, NA: 1, Target: 4, Gap: 1},
		// (1*1.5 + 2*8/3) / (1+2) = 2.2778 -> 2.3, level 2; c2 unanswered.
		// Target 1: gap -1, reported as is.
		{DimensionID: "culture", Score: 2.3, HasScore: true, Level: 2, Answered: 2, Total: 3, Coverage: 2.0 / 3, Target: 1, Gap: -1},
		// No answers: no score, level 0, gap 0 despite the target.
		{DimensionID: "processes", Answered: 0, Total: 2, Coverage: 0, Target: 3},
		// NA: answered, but no score.
		{DimensionID: "technology", Answered: 1, Total: 1, Coverage: 1, NA: 1},
	}
	if !reflect.DeepEqual(res.Dimensions, wantDims) {
		t.Errorf("dimensions:\n got  %+v\n want %+v", res.Dimensions, wantDims)
	}

	// Overall: (2*3.75 + 1*2.2778) / (2+1) = 3.259 -> 3.3, level 3. The
	// processes dimension (weight 3, no score) is left out; unweighted it
	// would be 3.0.
	if !res.HasOverall || res.Overall != 3.3 || res.OverallLevel != 3 {
		t.Errorf("overall = %v (%v) level %d, want 3.3 level 3", res.Overall, res.HasOverall, res.OverallLevel)
	}
	if res.Answered != 6 || res.Total != 9 || res.Coverage != 6.0/9 {
		t.Errorf("coverage = %d/%d %v, want 6/9", res.Answered, res.Total, res.Coverage)
	}

	if len(res.Questions) != 9 {
		t.Errorf("len(Questions) = %d, want 9 (one per question)", len(res.Questions))
	}
	wantQ := map[string]struct {
		score         float64
		hasScore, na  bool
		fromConsensus bool
	}{
		"s1": {3, true, false, false}, "s2": {4, true, false, true}, "s3": {0, false, true, true},
		"c1": {1.5, true, false, false}, "c2": {0, false, false, false}, "c3": {2.7, true, false, false},
		"pr1": {0, false, false, false}, "pr2": {0, false, false, false},
		"t1": {0, false, true, false},
	}
	for id, w := range wantQ {
		q, ok := res.Questions[id]
		if !ok {
			t.Errorf("question %s missing", id)
			continue
		}
		if q.Score != w.score || q.HasScore != w.hasScore || q.NA != w.na || q.FromConsensus != w.fromConsensus {
			t.Errorf("question %s = %+v, want %+v", id, q, w)
		}
	}
	if _, ok := res.Questions["zz"]; ok {
		t.Error("a response to a question not in the model was scored")
	}

	var dis []string
	for _, q := range res.Disagreements {
		dis = append(dis, q.QuestionID)
	}
	if want := []string{"s1", "s2"}; !reflect.DeepEqual(dis, want) {
		t.Errorf("disagreements = %v, want %v (s2 has a consensus but its participants disagree)", dis, want)
	}
}

func TestScoreDoesNotModifyResponses(t *testing.T) {
	rs := scenarioResponses()
	before := fmt.Sprint(rs)
	Score(scenarioModel(), rs, nil)
	if after := fmt.Sprint(rs); after != before {
		t.Errorf("responses modified:\n%s\n%s", before, after)
	}
}

// TestDimensionScore checks question weights and rounding through a
// two-question dimension.
func TestDimensionScore(t *testing.T) {
	tests := []struct {
		name      string
		levels    int
		w1, w2    float64
		rs        []Response
		wantScore float64
		wantLevel int
	}{
		{"equal weights", 5, 1, 1, []Response{lv(1, "a", 2), lv(1, "b", 5)}, 3.5, 3},
		{"question weights", 5, 1, 3, []Response{lv(1, "a", 2), lv(1, "b", 5)}, 4.3, 4}, // 17/4 = 4.25
		{"2.95 -> 3.0, level 3", 5, 19, 1, []Response{lv(1, "a", 3), lv(1, "b", 2)}, 3.0, 3},
		{"2.94 -> 2.9, level 2", 5, 47, 3, []Response{lv(1, "a", 3), lv(1, "b", 2)}, 2.9, 2},
		{"4.999 -> 5.0, level 5", 5, 999, 1, []Response{lv(1, "a", 5), lv(1, "b", 4)}, 5.0, 5},
		{"4.999 -> 5.0, clamped to level 4", 4, 999, 1, []Response{lv(1, "a", 5), lv(1, "b", 4)}, 5.0, 4},
		{"levels above the model's clamped", 3, 1, 1, []Response{lv(1, "a", 5), lv(1, "b", 5)}, 5.0, 3},
		{"decimal weights, float noise: 2.75 -> 2.8", 5, 0.1, 0.3, []Response{lv(1, "a", 2), lv(1, "b", 3)}, 2.8, 2},
		{"zero weights count as 1", 5, 0, 0, []Response{lv(1, "a", 2), lv(1, "b", 5)}, 3.5, 3},
		{"NA question left out", 5, 1, 1, []Response{lv(1, "a", 2), na(1, "b")}, 2, 2},
		{"unanswered question left out", 5, 1, 3, []Response{lv(1, "a", 2)}, 2, 2},
		{
			// a: 2,2,2,3 = 2.25 (shown 2.3), b: 2. Unrounded: 2.125 -> 2.1;
			// from the rounded question scores it would be 2.15 -> 2.2.
			"aggregates unrounded question means", 5, 1, 1,
			[]Response{lv(1, "a", 2), lv(2, "a", 2), lv(3, "a", 2), lv(4, "a", 3), lv(1, "b", 2)},
			2.1, 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tmodel(tt.levels, tdim("d", 1, tq("a", tt.w1), tq("b", tt.w2)))
			res := Score(a, tt.rs, nil)
			d := res.Dimensions[0]
			if !d.HasScore || d.Score != tt.wantScore || d.Level != tt.wantLevel {
				t.Errorf("score %v (%v) level %d, want %v level %d", d.Score, d.HasScore, d.Level, tt.wantScore, tt.wantLevel)
			}
			// One dimension: the overall is the dimension.
			if res.Overall != d.Score || res.OverallLevel != d.Level {
				t.Errorf("overall %v level %d, want %v level %d", res.Overall, res.OverallLevel, d.Score, d.Level)
			}
		})
	}
}

// TestOverallScore checks dimension weights and the exclusion of
// dimensions without a score.
func TestOverallScore(t *testing.T) {
	tests := []struct {
		name      string
		w1, w2    float64
		rs        []Response
		want      float64
		wantLevel int
		wantHas   bool
	}{
		{"equal weights", 1, 1, []Response{lv(1, "a", 2), lv(1, "b", 5)}, 3.5, 3, true},
		{"dimension weights", 3, 1, []Response{lv(1, "a", 2), lv(1, "b", 5)}, 2.8, 2, true}, // 11/4 = 2.75
		{"2.95 -> 3.0", 19, 1, []Response{lv(1, "a", 3), lv(1, "b", 2)}, 3.0, 3, true},
		{"2.94 -> 2.9", 47, 3, []Response{lv(1, "a", 3), lv(1, "b", 2)}, 2.9, 2, true},
		{"unanswered dimension left out", 1, 5, []Response{lv(1, "a", 2)}, 2, 2, true},
		{"NA dimension left out", 1, 5, []Response{lv(1, "a", 4), na(Consensus, "b")}, 4, 4, true},
		{"nothing answered", 1, 1, nil, 0, 0, false},
		{"everything NA", 1, 1, []Response{na(1, "a"), na(1, "b")}, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tmodel(5, tdim("d1", tt.w1, tq("a", 1)), tdim("d2", tt.w2, tq("b", 1)))
			res := Score(a, tt.rs, nil)
			if res.Overall != tt.want || res.OverallLevel != tt.wantLevel || res.HasOverall != tt.wantHas {
				t.Errorf("overall %v (%v) level %d, want %v (%v) level %d",
					res.Overall, res.HasOverall, res.OverallLevel, tt.want, tt.wantHas, tt.wantLevel)
			}
		})
	}
}

func TestGaps(t *testing.T) {
	a := tmodel(5,
		tdim("below", 1, tq("a", 1)),
		tdim("at", 1, tq("b", 1)),
		tdim("above", 1, tq("c", 1)),
		tdim("none", 1, tq("d", 1)),
		tdim("unscored", 1, tq("e", 1)),
		tdim("zero", 1, tq("f", 1)),
	)
	rs := []Response{
		lv(1, "a", 2), lv(2, "a", 3), // 2.5, level 2
		lv(1, "b", 3),
		lv(1, "c", 5),
		lv(1, "d", 1),
		lv(1, "f", 2),
	}
	targets := map[string]int{"below": 4, "at": 3, "above": 3, "unscored": 4, "zero": 0}
	want := map[string][2]int{ // target, gap
		"below": {4, 2}, "at": {3, 0}, "above": {3, -2}, "none": {0, 0}, "unscored": {4, 0}, "zero": {0, 0},
	}
	for _, d := range Score(a, rs, targets).Dimensions {
		if got := [2]int{d.Target, d.Gap}; got != want[d.DimensionID] {
			t.Errorf("%s: target, gap = %v, want %v", d.DimensionID, got, want[d.DimensionID])
		}
	}
	// No targets at all.
	for _, d := range Score(a, rs, nil).Dimensions {
		if d.Target != 0 || d.Gap != 0 {
			t.Errorf("%s without targets: target %d gap %d", d.DimensionID, d.Target, d.Gap)
		}
	}
}

func TestScoreEmpty(t *testing.T) {
	if res := Score(nil, []Response{lv(1, "a", 3)}, nil); !reflect.DeepEqual(res, Results{}) {
		t.Errorf("nil assessment: %+v", res)
	}
	a := tmodel(5, tdim("empty", 1), tdim("d", 1, tq("a", 1)))
	res := Score(a, nil, nil)
	want := []DimensionResult{{DimensionID: "empty"}, {DimensionID: "d", Total: 1}}
	if !reflect.DeepEqual(res.Dimensions, want) {
		t.Errorf("dimensions = %+v, want %+v", res.Dimensions, want)
	}
	if res.HasOverall || res.OverallLevel != 0 || res.Answered != 0 || res.Total != 1 || res.Coverage != 0 {
		t.Errorf("results = %+v", res)
	}
	if len(res.Disagreements) != 0 {
		t.Errorf("disagreements = %v", res.Disagreements)
	}
}

func TestCompare(t *testing.T) {
	a := tmodel(5, tdim("strategy", 1), tdim("culture", 1), tdim("processes", 1), tdim("technology", 1), tdim("people", 1))
	before := Results{
		Dimensions: []DimensionResult{
			{DimensionID: "strategy", Score: 2.9, HasScore: true},
			{DimensionID: "culture", Score: 3.1, HasScore: true},
			{DimensionID: "processes"}, // no score before
			{DimensionID: "people", Score: 4, HasScore: true},
			{DimensionID: "retired", Score: 2, HasScore: true}, // not in the model any more
		},
		Overall: 3.0, HasOverall: true,
	}
	after := Results{
		Dimensions: []DimensionResult{
			{DimensionID: "culture", Score: 2.8, HasScore: true}, // order differs from the model
			{DimensionID: "strategy", Score: 3.1, HasScore: true},
			{DimensionID: "processes", Score: 2, HasScore: true},
			{DimensionID: "people", Score: 4, HasScore: true},
		},
		Overall: 2.6, HasOverall: true,
	}
	dims, overall := Compare(a, before, after)
	wantDims := []Change{
		{DimensionID: "strategy", Before: 2.9, After: 3.1, Delta: 0.2, Comparable: true},
		{DimensionID: "culture", Before: 3.1, After: 2.8, Delta: -0.3, Comparable: true},
		{DimensionID: "processes", After: 2},
		{DimensionID: "technology"},
		{DimensionID: "people", Before: 4, After: 4, Delta: 0, Comparable: true},
	}
	if !reflect.DeepEqual(dims, wantDims) {
		t.Errorf("dims:\n got  %+v\n want %+v", dims, wantDims)
	}
	if want := (Change{Before: 3.0, After: 2.6, Delta: -0.4, Comparable: true}); overall != want {
		t.Errorf("overall = %+v, want %+v", overall, want)
	}
	for _, c := range dims {
		if c.Delta == 0 && math.Signbit(c.Delta) {
			t.Errorf("%s: delta is -0", c.DimensionID)
		}
	}

	// No overall before: not comparable.
	_, overall = Compare(a, Results{}, after)
	if want := (Change{After: 2.6}); overall != want {
		t.Errorf("overall without before = %+v, want %+v", overall, want)
	}

	// Through Score: the scenario against itself with one answer raised.
	m := scenarioModel()
	rs := scenarioResponses()
	r1 := Score(m, rs, nil)
	rs2 := append(append([]Response(nil), rs...), lv(1, "pr1", 4), lv(Consensus, "c1", 3))
	r2 := Score(m, rs2, nil)
	dims, overall = Compare(m, r1, r2)
	// culture: (3 + 2*8/3)/3 = 2.78 -> 2.8, from 2.3: +0.5.
	// processes: newly scored 4.0, not comparable.
	// overall: (2*3.75 + 2.7778 + 3*4)/6 = 3.713 -> 3.7, from 3.3: +0.4.
	wantDims = []Change{
		{DimensionID: "strategy", Before: 3.8, After: 3.8, Comparable: true},
		{DimensionID: "culture", Before: 2.3, After: 2.8, Delta: 0.5, Comparable: true},
		{DimensionID: "processes", After: 4},
		{DimensionID: "technology"},
	}
	if !reflect.DeepEqual(dims, wantDims) {
		t.Errorf("scored dims:\n got  %+v\n want %+v", dims, wantDims)
	}
	if want := (Change{Before: 3.3, After: 3.7, Delta: 0.4, Comparable: true}); overall != want {
		t.Errorf("scored overall = %+v, want %+v", overall, want)
	}

	if dims, _ := Compare(nil, r1, r2); dims != nil {
		t.Errorf("nil assessment: dims = %+v", dims)
	}
}

// benchModel is the full-size case: 8 dimensions x 6 questions, 15
// participants plus the consensus, every question answered by everyone
// with some NAs, notes and consensus answers.
func benchModel() (*Assessment, []Response, map[string]int) {
	var dims []Dimension
	targets := map[string]int{}
	for d := range 8 {
		var qs []Question
		for q := range 6 {
			qs = append(qs, tq(fmt.Sprintf("d%dq%d", d, q), float64(1+q%3)))
		}
		id := fmt.Sprintf("d%d", d)
		dims = append(dims, tdim(id, float64(1+d%2), qs...))
		targets[id] = 4
	}
	a := tmodel(5, dims...)
	var rs []Response
	n := 0
	for _, d := range a.Dimensions {
		for _, q := range d.Questions {
			for p := int64(15); p >= 1; p-- { // not in id order, as a store might return them
				n++
				r := lv(p, q.ID, 1+n%5)
				if n%11 == 0 {
					r = na(p, q.ID)
				}
				if n%4 == 0 {
					r.Note = "a note"
				}
				rs = append(rs, r)
			}
			if n%2 == 0 {
				rs = append(rs, noted(lv(Consensus, q.ID, 1+n%5), "agreed"))
			}
		}
	}
	return a, rs, targets
}

func BenchmarkScore(b *testing.B) {
	a, rs, targets := benchModel()
	b.ReportAllocs()
	for b.Loop() {
		Score(a, rs, targets)
	}
}
