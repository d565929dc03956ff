package model

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// rtModel has three dimensions with a library of two recommendations per
// level (1-4) and dimension.
func rtModel() *Assessment {
	a := &Assessment{ID: "rt", Levels: make([]Level, 5)}
	for _, d := range []struct {
		id     string
		weight float64
	}{{"a", 1}, {"b", 2}, {"c", 1}} {
		dim := Dimension{ID: d.id, Weight: d.weight, Name: Text{"en": strings.ToUpper(d.id)}}
		for _, q := range []string{"1", "2", "3"} {
			dim.Questions = append(dim.Questions, Question{ID: d.id + "." + q, Weight: 1,
				Text: Text{"en": "How well does " + d.id + " do thing " + q + " across every area of the company today?", "es": "¿Pregunta " + q + "?"}})
		}
		a.Dimensions = append(a.Dimensions, dim)
		for level := 1; level <= 4; level++ {
			for i, h := range []Horizon{HorizonNow, HorizonNext} {
				id := d.id + "-" + string(rune('0'+level)) + "-" + string(rune('x'+i))
				a.Recommendations = append(a.Recommendations, Recommendation{
					ID: id, Dimension: d.id, Level: level, Horizon: h, Impact: 4, Effort: 2,
					KPIs: []string{"NPS"}, Title: Text{"en": "Do " + id, "es": "Hacer " + id},
				})
			}
		}
	}
	return a
}

// rtAnswers gives every question of dim the levels, one per participant
// 1, 2, 3...
func rtAnswers(a *Assessment, dim string, levels ...int) []Response {
	var out []Response
	for _, q := range a.Dimension(dim).Questions {
		for i, l := range levels {
			out = append(out, Response{ParticipantID: int64(i + 1), QuestionID: q.ID, Level: l})
		}
	}
	return out
}

func rtRecommend(a *Assessment, rs []Response, targets map[string]int, journeys ...Journey) []Initiative {
	return Recommend(RecommendInput{
		Assessment: a, Lang: LangEN, Results: Score(a, rs, targets), Targets: targets,
		Journeys: journeys, Responses: rs,
		Participants: []Participant{{ID: 1, Name: "Ana"}, {ID: 2, Name: "Luis"}, {ID: 3, Name: "Marta"}},
	})
}

func rtKeys(list []Initiative) []string {
	out := make([]string, len(list))
	for i, in := range list {
		out[i] = in.GenKey
	}
	return out
}

func TestRecommendGaps(t *testing.T) {
	a := rtModel()
	var rs []Response
	rs = append(rs, rtAnswers(a, "a", 1)...) // level 1, target 3: weighted gap 2
	rs = append(rs, rtAnswers(a, "b", 2)...) // level 2, target 3, weight 2: weighted gap 2
	rs = append(rs, rtAnswers(a, "c", 3)...) // level 3, target 4: weighted gap 1
	tests := []struct {
		name    string
		targets map[string]int
		want    []string
	}{
		{
			name:    "weighted gaps first, lower score breaks ties, horizons grouped",
			targets: map[string]int{"a": 3, "b": 3, "c": 4},
			want: []string{
				"gap:a-1-x", "gap:b-2-x", "gap:c-3-x", // now
				"gap:a-1-y", "gap:b-2-y", "gap:c-3-y", // next
			},
		},
		{
			name:    "a larger weighted gap overtakes",
			targets: map[string]int{"a": 2, "b": 3, "c": 5},
			want:    []string{"gap:b-2-x", "gap:c-3-x", "gap:a-1-x", "gap:b-2-y", "gap:c-3-y", "gap:a-1-y"},
		},
		{
			name:    "no skipped levels: level 1 aiming at 5 gets level-1 practices only",
			targets: map[string]int{"a": 5},
			want:    []string{"gap:a-1-x", "gap:a-1-y"},
		},
		{name: "no targets, no gaps", targets: nil, want: []string{}},
		{name: "at or above target, no gap", targets: map[string]int{"a": 1, "b": 2, "c": 2}, want: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rtRecommend(a, rs, tt.targets)
			if keys := rtKeys(got); !slices.Equal(keys, tt.want) {
				t.Errorf("got  %v\nwant %v", keys, tt.want)
			}
			for i, in := range got {
				if in.Position != i || in.Status != StatusProposed || in.Edited || in.ID != 0 {
					t.Errorf("%s: position %d status %q edited %v", in.GenKey, in.Position, in.Status, in.Edited)
				}
			}
		})
	}
}

func TestRecommendGapEvidence(t *testing.T) {
	a := rtModel()
	rs := []Response{
		{ParticipantID: 1, QuestionID: "a.1", Level: 1, Note: "nobody owns it"},
		{ParticipantID: 2, QuestionID: "a.1", Level: 2},
		{ParticipantID: 1, QuestionID: "a.2", Level: 3},
		{ParticipantID: 1, QuestionID: "a.3", Level: 1},
		{ParticipantID: Consensus, QuestionID: "a.3", Level: 1, Note: "agreed: weak"},
	}
	got := rtRecommend(a, rs, map[string]int{"a": 3})
	if len(got) != 2 {
		t.Fatalf("got %v", rtKeys(got))
	}
	in := got[0]
	if in.DimensionID != "a" || in.Title != "Do a-1-x" || in.Impact != 4 || in.Effort != 2 || !slices.Equal(in.KPIs, []string{"NPS"}) {
		t.Errorf("initiative %+v", in)
	}
	// Lowest first: a.3 (1.0), a.1 (1.5); a.2 (3.0) is at the target.
	want := []Evidence{
		{Kind: EvidenceQuestion, QuestionID: "a.3", Score: 1, Notes: []string{"Consensus: agreed: weak"}},
		{Kind: EvidenceQuestion, QuestionID: "a.1", Score: 1.5, Spread: 1, Notes: []string{"Ana: nobody owns it"}},
	}
	if !reflect.DeepEqual(in.Evidence, want) {
		t.Errorf("evidence\n got %+v\nwant %+v", in.Evidence, want)
	}
}

func rtScore(v int) *int { return &v }

// rtJourney: stages x lanes (emotion, pain, moment, actions).
func rtJourney(id int64, name string, state JourneyState, stages []string, cells ...[]Cell) Journey {
	j := Journey{ID: id, Name: name, Kind: CustomerJourney, State: state}
	for i, s := range stages {
		j.Stages = append(j.Stages, Stage{ID: id*100 + int64(i), Name: s})
	}
	for i, k := range []LaneKind{LaneEmotion, LanePain, LaneMoment, LaneActions} {
		j.Lanes = append(j.Lanes, Lane{ID: id*100 + 50 + int64(i), Kind: k})
	}
	j.Cells = cells
	return j
}

func TestRecommendJourneys(t *testing.T) {
	a := rtModel()
	j := rtJourney(7, "Compra online", CurrentState,
		[]string{"Descubrir", "Pago", "Entrega", "Uso", "Soporte", "Renovar"},
		[]Cell{ // emotion
			{Score: rtScore(1)}, {Score: rtScore(-2), Observed: true, Text: "frustración"}, {Score: rtScore(-1)},
			{Score: rtScore(0)}, {Score: rtScore(-2)}, {Score: rtScore(1)},
		},
		[]Cell{ // pain
			{}, {Text: "El TPV rechaza tarjetas", Observed: true}, {}, {Text: "Manual confuso"}, {}, {Text: "  "},
		},
		[]Cell{ // moment of truth
			{Text: "Primera impresión"}, {}, {Text: "Llega a tiempo"}, {Text: "Primer uso"}, {}, {Text: "Renueva"},
		},
		[]Cell{{Text: "Busca"}, {Text: "Paga"}, {}, {}, {}, {}},
	)
	future := rtJourney(8, "Futuro", FutureState, []string{"X"}, []Cell{{Score: rtScore(-2)}}, []Cell{{Text: "dolor"}}, []Cell{{}}, []Cell{{}})
	got := rtRecommend(a, nil, nil, j, future)

	type row struct {
		key     string
		title   string
		horizon Horizon
		impact  int
		lanes   string
	}
	var rows []row
	for _, in := range got {
		var lanes []string
		for _, e := range in.Evidence {
			if e.Kind != EvidenceJourneyCell || e.JourneyID != 7 || e.JourneyName != "Compra online" {
				t.Errorf("%s: evidence %+v", in.GenKey, e)
			}
			mark := "a"
			if e.Observed {
				mark = "o"
			}
			lanes = append(lanes, e.LaneKind+":"+mark)
		}
		if !slices.Equal(in.KPIs, []string{"csat", "ces"}) {
			t.Errorf("%s: kpis %v", in.GenKey, in.KPIs)
		}
		rows = append(rows, row{in.GenKey, in.Title, in.Horizon, in.Impact, strings.Join(lanes, " ")})
	}
	// The observed pain is fixed; the assumed lows and pain are gathered
	// in one item to check with customers first.
	want := []row{
		{"journey:7:701", "Remove the pain point at stage “Pago” (journey “Compra online”)", HorizonNow, 5, "emotion:o pain:o"},
		{"journey:7:702", "Validate with customers the assumed pain points at 3 stages (journey “Compra online”)", HorizonNow, 3, "emotion:a moment:a pain:a emotion:a"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("got\n%v\nwant\n%v", rows, want)
	}
	if d := got[0].Description; !strings.Contains(d, "“Pago”") || !strings.Contains(d, "−2 (observed)") || !strings.Contains(d, "El TPV rechaza tarjetas") {
		t.Errorf("description %q", d)
	}
	if d := got[1].Description; !strings.Contains(d, "“Entrega”, “Uso” and “Soporte”") || !strings.Contains(d, "Interview or observe customers") {
		t.Errorf("validate description %q", d)
	}
	if got[0].Effort != 3 || got[1].Effort != 2 {
		t.Errorf("efforts %d %d", got[0].Effort, got[1].Effort)
	}
	if e := got[0].Evidence[0]; e.Emotion == nil || *e.Emotion != -2 || e.Text != "frustración" || e.StageName != "Pago" {
		t.Errorf("emotion evidence %+v", e)
	}

	es := Recommend(RecommendInput{Assessment: a, Lang: LangES, Journeys: []Journey{j}})
	if es[0].Title != "Eliminar el punto de dolor en la etapa «Pago» (recorrido «Compra online»)" || !strings.Contains(es[0].Description, "(observado)") ||
		!strings.HasPrefix(es[1].Title, "Validar con clientes") {
		t.Errorf("es: %q %q %q", es[0].Title, es[0].Description, es[1].Title)
	}
	j.Kind = EmployeeJourney
	if emp := Recommend(RecommendInput{Assessment: a, Journeys: []Journey{j}}); !slices.Equal(emp[0].KPIs, []string{"enps", "ces"}) ||
		!strings.HasPrefix(emp[1].Title, "Validate with employees") {
		t.Errorf("employee KPIs %v, %q", emp[0].KPIs, emp[1].Title)
	}
}

func TestRecommendDisagreements(t *testing.T) {
	a := rtModel()
	rs := []Response{
		{ParticipantID: 3, QuestionID: "b.2", Level: 3},
		{ParticipantID: 1, QuestionID: "b.2", Level: 1, Note: "we have no data"},
		{ParticipantID: 2, QuestionID: "b.2", Level: 4},
		{ParticipantID: 1, QuestionID: "a.1", Level: 2},
		{ParticipantID: 2, QuestionID: "a.1", Level: 3},
	}
	rs = append(rs, rtAnswers(a, "c", 1)...)
	got := rtRecommend(a, rs, map[string]int{"c": 2})
	if keys := rtKeys(got); !slices.Equal(keys, []string{"gap:c-1-x", "align:b.2", "gap:c-1-y"}) {
		t.Fatalf("order %v: alignment goes last in now", keys)
	}
	in := got[1]
	if in.Horizon != HorizonNow || in.Impact != 3 || in.Effort != 1 || in.DimensionID != "b" || len(in.KPIs) != 0 {
		t.Errorf("initiative %+v", in)
	}
	if in.Title != "Align the team on “How well does b do thing 2 across every area of the…”" {
		t.Errorf("title %q", in.Title)
	}
	want := []Evidence{{Kind: EvidenceDisagreement, QuestionID: "b.2", Score: 2.7, Spread: 3,
		Notes: []string{"Ana: 1 — we have no data", "Luis: 4", "Marta: 3"}}}
	if !reflect.DeepEqual(in.Evidence, want) {
		t.Errorf("evidence %+v", in.Evidence)
	}
	if !strings.Contains(in.Description, "from level 1 to level 4 (spread 3)") {
		t.Errorf("description %q", in.Description)
	}
}

func TestRecommendIsDeterministic(t *testing.T) {
	a := rtModel()
	rs := append(rtAnswers(a, "a", 1, 3), rtAnswers(a, "b", 1, 4)...)
	j := rtJourney(1, "J", CurrentState, []string{"S1", "S2"}, []Cell{{Score: rtScore(-2)}, {Score: rtScore(-1)}}, []Cell{{Text: "p"}, {}}, []Cell{{}, {}}, []Cell{{}, {}})
	first := rtRecommend(a, rs, map[string]int{"a": 4, "b": 4}, j)
	for range 20 {
		if again := rtRecommend(a, rs, map[string]int{"a": 4, "b": 4}, j); !reflect.DeepEqual(first, again) {
			t.Fatal("Recommend is not deterministic")
		}
	}
	if len(first) == 0 {
		t.Fatal("nothing recommended")
	}
}

func TestJourneyGenKey(t *testing.T) {
	k := JourneyGenKey(12, 345)
	if j, s, ok := ParseJourneyGenKey(k); !ok || j != 12 || s != 345 || k != "journey:12:345" {
		t.Errorf("%q -> %d %d %v", k, j, s, ok)
	}
	for _, bad := range []string{"", "gap:x", "journey:", "journey:1", "journey:a:2", "journey:1:2:3"} {
		if _, _, ok := ParseJourneyGenKey(bad); ok {
			t.Errorf("%q parsed", bad)
		}
	}
}

func TestShorten(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"  many   spaces\nand lines ", 40, "many spaces and lines"},
		{"Is there a written CX vision that leaders refer to?", 30, "Is there a written CX vision…"},
		{"¿Existe una visión de experiencia?", 20, "¿Existe una visión…"},
		{"abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…"},
	} {
		if got := Shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestRecommendTextsMatch(t *testing.T) {
	verb := regexp.MustCompile(`%[0-9.+]*[a-zA-Z]`)
	en, es := recommendText[LangEN], recommendText[LangES]
	if len(en) != len(es) {
		t.Errorf("en has %d texts, es %d", len(en), len(es))
	}
	for k, v := range en {
		w, ok := es[k]
		if !ok {
			t.Errorf("es lacks %s", k)
			continue
		}
		if a, b := verb.FindAllString(v, -1), verb.FindAllString(w, -1); !slices.Equal(a, b) {
			t.Errorf("%s: en %v, es %v", k, a, b)
		}
	}
}

// Merge.

func rtIn(key, title string, h Horizon) Initiative {
	return Initiative{GenKey: key, Title: title, Horizon: h, Impact: 3, Effort: 3, Status: StatusProposed}
}

func rtPositions(t *testing.T, list []Initiative) {
	t.Helper()
	for i, in := range list {
		if in.Position != i {
			t.Errorf("%s at %d has position %d", in.Title, i, in.Position)
		}
	}
}

func rtTitles(list []Initiative) string {
	var s []string
	for _, in := range list {
		s = append(s, in.Title)
	}
	return strings.Join(s, ", ")
}

func TestMerge(t *testing.T) {
	edited := rtIn("gap:e", "edited by hand", HorizonNow)
	edited.Edited, edited.Owner, edited.ID = true, "Ana", 1
	accepted := rtIn("gap:acc", "accepted", HorizonNow)
	accepted.Status, accepted.ID = StatusAccepted, 2
	rejected := rtIn("gap:rej", "rejected", HorizonNext)
	rejected.Status, rejected.ID = StatusRejected, 3
	manual := rtIn("", "manual", HorizonNext)
	manual.ID = 4
	stale := rtIn("gap:stale", "stale proposal", HorizonNow)
	stale.ID = 5
	old := rtIn("gap:upd", "old title", HorizonLater)
	old.ID, old.Evidence = 6, []Evidence{{Kind: EvidenceQuestion, QuestionID: "q", Score: 1}}
	existing := []Initiative{edited, accepted, stale, rejected, manual, old}
	for i := range existing {
		existing[i].Position = i
	}
	proposed := []Initiative{
		rtIn("gap:e", "regenerated e", HorizonNext),
		rtIn("gap:acc", "regenerated acc", HorizonNow),
		rtIn("gap:rej", "regenerated rej", HorizonNext),
		rtIn("gap:new-now", "new now", HorizonNow),
		rtIn("gap:upd", "new title", HorizonLater),
		rtIn("gap:new-later", "new later", HorizonLater),
		rtIn("gap:new-next", "new next", HorizonNext),
	}
	proposed[4].Evidence = []Evidence{{Kind: EvidenceQuestion, QuestionID: "q", Score: 2}}

	got := Merge(existing, proposed)
	if s := rtTitles(got); s != "edited by hand, accepted, new now, rejected, manual, new next, new title, new later" {
		t.Errorf("merged: %s", s)
	}
	rtPositions(t, got)
	byTitle := map[string]Initiative{}
	for _, in := range got {
		byTitle[in.Title] = in
	}
	if e := byTitle["edited by hand"]; e.ID != 1 || e.Owner != "Ana" || e.Horizon != HorizonNow || !e.Edited {
		t.Errorf("edited changed: %+v", e)
	}
	if u := byTitle["new title"]; u.ID != 6 || u.Evidence[0].Score != 2 {
		t.Errorf("untouched proposal not updated in place: %+v", u)
	}
	if n := byTitle["new now"]; n.ID != 0 || n.Status != StatusProposed {
		t.Errorf("new: %+v", n)
	}
	if !reflect.DeepEqual(existing[5].Evidence, []Evidence{{Kind: EvidenceQuestion, QuestionID: "q", Score: 1}}) {
		t.Error("Merge modified its input")
	}

	// Idempotent, and stable when run again over further edits.
	if again := Merge(got, proposed); !reflect.DeepEqual(again, got) {
		t.Errorf("not idempotent:\n%s\n%s", rtTitles(got), rtTitles(again))
	}
	got[2].Edited, got[2].Title = true, "new now, reworded"
	got[5].Status = StatusAccepted
	third := Merge(got, proposed)
	if s := rtTitles(third); s != "edited by hand, accepted, new now, reworded, rejected, manual, new next, new title, new later" {
		t.Errorf("after edits: %s", s)
	}
	if !reflect.DeepEqual(Merge(third, proposed), third) {
		t.Error("not idempotent after edits")
	}

	// Nothing proposed any more: only untouched proposals go.
	if s := rtTitles(Merge(third, nil)); s != "edited by hand, accepted, new now, reworded, rejected, manual, new next" {
		t.Errorf("empty proposal: %s", s)
	}
	// Into an empty roadmap: grouped by horizon, in proposed order.
	if s := rtTitles(Merge(nil, proposed)); s != "regenerated acc, new now, regenerated e, regenerated rej, new next, new title, new later" {
		t.Errorf("fresh: %s", s)
	}
}

func TestMergeInsertsByHorizon(t *testing.T) {
	existing := []Initiative{rtIn("", "later one", HorizonLater)}
	got := Merge(existing, []Initiative{rtIn("k:now", "now one", HorizonNow), rtIn("k:next", "next one", HorizonNext)})
	if s := rtTitles(got); s != "now one, next one, later one" {
		t.Errorf("got %s", s)
	}
}

func TestRecommendThenMergeOverEdits(t *testing.T) {
	a := rtModel()
	rs := rtAnswers(a, "a", 1)
	first := rtRecommend(a, rs, map[string]int{"a": 3})
	if !reflect.DeepEqual(Merge(nil, first), first) {
		t.Error("merging a recommendation into an empty roadmap changed it")
	}
	first[0].Status = StatusAccepted
	first[1].Title, first[1].Edited = "mine now", true
	// More answers: a reaches level 2, a new disagreement appears.
	rs = append(rtAnswers(a, "a", 2, 2), Response{ParticipantID: 1, QuestionID: "c.1", Level: 1}, Response{ParticipantID: 2, QuestionID: "c.1", Level: 5})
	second := rtRecommend(a, rs, map[string]int{"a": 3})
	merged := Merge(first, second)
	if keys := rtKeys(merged); !slices.Equal(keys, []string{"gap:a-1-x", "gap:a-2-x", "align:c.1", "gap:a-1-y", "gap:a-2-y"}) {
		t.Errorf("merged %v", keys)
	}
	if merged[3].Title != "mine now" || merged[0].Status != StatusAccepted {
		t.Errorf("edits lost: %+v", merged)
	}
	if !reflect.DeepEqual(Merge(merged, second), merged) {
		t.Error("not idempotent")
	}
}
