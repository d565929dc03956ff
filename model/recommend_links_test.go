package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// rtLinkedModel: one dimension "d" of four questions; each library item
// at level 1 addresses one or two of them.
func rtLinkedModel() *Assessment {
	a := &Assessment{ID: "linked", Levels: make([]Level, 5)}
	d := Dimension{ID: "d", Weight: 1, Name: Text{"en": "D"}}
	for _, q := range []string{"d.1", "d.2", "d.3", "d.4", "d.5"} {
		d.Questions = append(d.Questions, Question{ID: q, Weight: 1, Text: Text{"en": "Question " + q}})
	}
	a.Dimensions = []Dimension{d}
	for _, r := range []struct {
		id        string
		addresses []string
	}{
		{"fix-1", []string{"d.1"}},
		{"fix-2-3", []string{"d.2", "d.3"}},
		{"fix-4", []string{"d.4"}},
		{"fix-unknown", []string{"x.9"}}, // names no question of this model
	} {
		a.Recommendations = append(a.Recommendations, Recommendation{ID: r.id, Dimension: "d", Level: 1, Horizon: HorizonNow,
			Impact: 4, Effort: 2, Addresses: r.addresses, Title: Text{"en": r.id}, Owner: Text{"en": "Head of CX", "es": "Dirección de CX"}})
	}
	return a
}

func TestRecommendAddressedQuestionsOnly(t *testing.T) {
	a := rtLinkedModel()
	// d.1 1, d.2 3, d.3 1, d.4 3, d.5 1: mean 1.8, level 1, target 3.
	rs := []Response{
		{ParticipantID: 1, QuestionID: "d.1", Level: 1, Note: "no owner"},
		{ParticipantID: 1, QuestionID: "d.2", Level: 3},
		{ParticipantID: 1, QuestionID: "d.3", Level: 1},
		{ParticipantID: 1, QuestionID: "d.4", Level: 3}, // at target: fix-4 has nothing to fix
		{ParticipantID: 1, QuestionID: "d.5", Level: 1}, // addressed by nothing
	}
	got := rtRecommend(a, rs, map[string]int{"d": 3})
	keys := rtKeys(got)
	if !slices.Equal(keys, []string{"gap:fix-1", "gap:fix-2-3", "gap:fix-unknown"}) {
		t.Fatalf("proposed %v; want only items whose addressed questions are below target (and the unlinked fallback)", keys)
	}
	byKey := map[string]Initiative{}
	for _, in := range got {
		byKey[in.GenKey] = in
	}
	ev := func(in Initiative) string {
		var s []string
		for _, e := range in.Evidence {
			s = append(s, fmt.Sprintf("%s=%.1f", e.QuestionID, e.Score))
		}
		return strings.Join(s, " ")
	}
	if e := ev(byKey["gap:fix-1"]); e != "d.1=1.0" {
		t.Errorf("fix-1 evidence %s: its own question only", e)
	}
	if n := byKey["gap:fix-1"].Evidence[0].Notes; !slices.Equal(n, []string{"Ana: no owner"}) {
		t.Errorf("fix-1 notes %v", n)
	}
	// d.2 is at target: only d.3 is evidence.
	if e := ev(byKey["gap:fix-2-3"]); e != "d.3=1.0" {
		t.Errorf("fix-2-3 evidence %s", e)
	}
	// Links to no question of the model: the dimension's weakest, as before.
	if e := ev(byKey["gap:fix-unknown"]); e != "d.1=1.0 d.3=1.0 d.5=1.0" {
		t.Errorf("fallback evidence %s", e)
	}
	if in := byKey["gap:fix-1"]; in.Owner != "" || !strings.HasSuffix(in.Description, "Usually led by: Head of CX.") {
		t.Errorf("owner %q, description %q: the library's role is advice, the team names the owner", in.Owner, in.Description)
	}
}

// rtWideModel: five dimensions, each with six "now" items at level 1.
func rtWideModel() *Assessment {
	a := &Assessment{ID: "wide", Levels: make([]Level, 5)}
	for d := range 5 {
		id := fmt.Sprintf("d%d", d)
		dim := Dimension{ID: id, Weight: 1, Questions: []Question{{ID: id + ".q", Weight: 1}}}
		a.Dimensions = append(a.Dimensions, dim)
		for i := range 6 {
			a.Recommendations = append(a.Recommendations, Recommendation{ID: fmt.Sprintf("%s-%d", id, i), Dimension: id, Level: 1,
				Horizon: HorizonNow, Impact: 5 - i%3, Effort: 1 + i%2, Addresses: []string{id + ".q"}, Title: Text{"en": id}})
		}
	}
	return a
}

func TestRecommendCapsNow(t *testing.T) {
	a := rtWideModel()
	var rs []Response
	targets := map[string]int{}
	for _, d := range a.Dimensions {
		rs = append(rs, Response{ParticipantID: 1, QuestionID: d.ID + ".q", Level: 1})
		targets[d.ID] = 3
	}
	got := rtRecommend(a, rs, targets)
	if len(got) != 30 {
		t.Fatalf("%d proposals, want all 30 (capped, not dropped)", len(got))
	}
	count := map[Horizon]int{}
	perDim := map[Horizon]map[string]int{HorizonNow: {}, HorizonNext: {}, HorizonLater: {}}
	for i, in := range got {
		count[in.Horizon]++
		perDim[in.Horizon][in.DimensionID]++
		if i > 0 && slices.Index(Horizons, got[i-1].Horizon) > slices.Index(Horizons, in.Horizon) {
			t.Errorf("%s at %d is out of horizon order", in.GenKey, i)
		}
	}
	if count[HorizonNow] != NowTotal || count[HorizonNext] != NextTotal || count[HorizonLater] != 30-NowTotal-NextTotal {
		t.Errorf("now %d, next %d, later %d", count[HorizonNow], count[HorizonNext], count[HorizonLater])
	}
	for d, n := range perDim[HorizonNow] {
		if n > NowPerDimension {
			t.Errorf("%s has %d initiatives now", d, n)
		}
	}
	for d, n := range perDim[HorizonNext] {
		if n > NextPerDimension {
			t.Errorf("%s has %d initiatives next", d, n)
		}
	}
	// The best of each dimension stay now: impact 5, effort 1 ("-0").
	for _, in := range got[:NowTotal] {
		if in.Impact/in.Effort < 2 {
			t.Errorf("%s (impact %d, effort %d) kept now over better ones", in.GenKey, in.Impact, in.Effort)
		}
	}
}

// rtLongJourney has n stages, each with a pain point; variants names the
// pain texts, used in turn, and observed marks them.
func rtLongJourney(n int, observed bool, variants ...string) Journey {
	var stages []string
	emotion, pain, moment, actions := make([]Cell, n), make([]Cell, n), make([]Cell, n), make([]Cell, n)
	for i := range n {
		stages = append(stages, fmt.Sprintf("Stage %02d", i+1))
		emotion[i] = Cell{Score: rtScore(-1 - i%2), Observed: observed}
		pain[i] = Cell{Text: variants[i%len(variants)], Observed: observed}
	}
	return rtJourney(3, "Long map", CurrentState, stages, emotion, pain, moment, actions)
}

func TestRecommendGroupsJourneyPainPoints(t *testing.T) {
	a := rtModel()
	for _, tt := range []struct {
		name     string
		journey  Journey
		max      int
		validate int
	}{
		{"30 near-identical pain points: one theme", rtLongJourney(30, true,
			"No status update on the order", "No status update about the order", "the order has no status update"), 1, 0},
		{"30 stages, 10 different pain points: a handful", rtLongJourney(30, true,
			"Queue at the till", "Website down at night", "Wrong size delivered", "Invoice never arrives", "Parking is full",
			"Courier leaves no note", "App crashes at payment", "Staff cannot see online orders", "Refund takes weeks", "Chat bot loops"),
			journeyThemesMax + 1, 0},
		{"30 assumed pain points: one item to validate", rtLongJourney(30, false, "Queue at the till", "Website down", "Refund slow"), 1, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := rtRecommend(a, nil, nil, tt.journey)
			if len(got) == 0 || len(got) > tt.max {
				t.Fatalf("%d initiatives from a 30-stage map, want 1..%d: %s", len(got), tt.max, rtTitles(got))
			}
			stages := 0
			validate := 0
			for _, in := range got {
				if strings.HasPrefix(in.Title, "Validate with customers") {
					validate++
				}
				n := strings.Count(in.Description, "“Stage ")
				if n == 0 && strings.Contains(in.Description, "Stage “Stage") {
					n = 1
				}
				stages += n
				if len(in.Evidence) > journeyEvidenceMax {
					t.Errorf("%q lists %d pieces of evidence", in.Title, len(in.Evidence))
				}
			}
			if stages != 30 {
				t.Errorf("the items name %d of the 30 troubled stages", stages)
			}
			if validate != tt.validate {
				t.Errorf("%d validate items, want %d: %s", validate, tt.validate, rtTitles(got))
			}
		})
	}
}

func TestRecommendJourneyUsesOpportunitiesAndKPIs(t *testing.T) {
	a := rtModel()
	j := rtJourney(5, "Click and collect", CurrentState, []string{"Order", "Pick up"},
		[]Cell{{Score: rtScore(0)}, {Score: rtScore(-2), Observed: true}},
		[]Cell{{Text: "Unsure when ready"}, {Text: "Order not ready at the desk", Observed: true}},
		[]Cell{{}, {}}, []Cell{{}, {}})
	j.Lanes = append(j.Lanes, Lane{ID: 590, Kind: LaneOpportunity}, Lane{ID: 591, Kind: LaneKPI})
	j.Cells = append(j.Cells, []Cell{{}, {Text: "SMS when the order is ready"}}, []Cell{{}, {Text: "Pick-up wait time"}})
	got := rtRecommend(a, nil, nil, j)
	if len(got) != 2 {
		t.Fatalf("got %s", rtTitles(got))
	}
	fix := got[0]
	if !strings.Contains(fix.Description, "The team's ideas: SMS when the order is ready.") || !slices.Equal(fix.KPIs, []string{"Pick-up wait time"}) {
		t.Errorf("fix %q, KPIs %v: the Opportunities and KPI lanes feed it", fix.Description, fix.KPIs)
	}
	if !fix.Evidence[0].Observed {
		t.Errorf("observed evidence first: %+v", fix.Evidence)
	}
	if v := got[1]; !strings.HasPrefix(v.Title, "Validate with customers the assumed pain point at stage “Order”") || v.Effort != 2 {
		t.Errorf("validate %q effort %d", v.Title, v.Effort)
	}
}

// BenchmarkRecommendLongJourneys: the grouping of pain points over five
// 30-stage maps (similar words compared pairwise within a journey).
func BenchmarkRecommendLongJourneys(b *testing.B) {
	a := rtModel()
	var js []Journey
	for i := range 5 {
		j := rtLongJourney(30, i%2 == 0, "Queue at the till", "Website down at night", "Wrong size delivered", "Invoice never arrives",
			"Parking is full", "Courier leaves no note", "App crashes at payment", "Staff cannot see online orders")
		j.ID = int64(i + 1)
		js = append(js, j)
	}
	in := RecommendInput{Assessment: a, Lang: LangEN, Journeys: js}
	b.ReportAllocs()
	for b.Loop() {
		Recommend(in)
	}
}

// The emotion's own mark is reported, not the pain point's.
func TestRecommendJourneyEmotionMark(t *testing.T) {
	j := rtJourney(6, "Returns", CurrentState, []string{"Return"},
		[]Cell{{Score: rtScore(-2)}}, []Cell{{Text: "Returns only in store", Observed: true}}, []Cell{{}}, []Cell{{}})
	got := rtRecommend(rtModel(), nil, nil, j)
	if len(got) != 1 || !strings.Contains(got[0].Description, "falls to −2 (assumed)") || got[0].Horizon != HorizonNow {
		t.Errorf("got %+v", got)
	}
}
