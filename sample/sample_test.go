package sample

import (
	"bytes"
	"context"
	"io"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/cxmap/cxmap/export"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
)

var testNow = time.Date(2025, 5, 12, 9, 30, 15, 123456789, time.UTC)

func langs() []string { return []string{model.LangEN, model.LangES} }

func mustBundle(t *testing.T, lang string) *model.Bundle {
	t.Helper()
	b, err := Bundle(lang, testNow)
	if err != nil {
		t.Fatalf("Bundle(%q): %v", lang, err)
	}
	return b
}

func writeJSON(t *testing.T, b *model.Bundle) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, b); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	return buf.Bytes()
}

func TestWorkshop(t *testing.T) {
	for _, lang := range langs() {
		b := mustBundle(t, lang)
		w := b.Workshop
		if w.Language != lang || w.Name != contents[lang].workshop || w.Client == "" || w.Facilitator == "" {
			t.Errorf("%s: workshop %+v", lang, w)
		}
		if w.AssessmentID != "cx-maturity" || b.Assessment == nil || b.Assessment.ID != w.AssessmentID ||
			w.AssessmentVersion != b.Assessment.Version {
			t.Errorf("%s: assessment %q %q", lang, w.AssessmentID, w.AssessmentVersion)
		}
		if !w.CreatedAt.Equal(testNow) || !w.UpdatedAt.Equal(testNow) || !b.GeneratedAt.Equal(testNow) {
			t.Errorf("%s: times %v %v %v, want %v", lang, w.CreatedAt, w.UpdatedAt, b.GeneratedAt, testNow)
		}
	}
	if b, err := Bundle("", testNow); err != nil || b.Workshop.Language != model.LangEN {
		t.Errorf(`Bundle(""): %v, want English`, err)
	}
	if _, err := Bundle("fr", testNow); err == nil {
		t.Error(`Bundle("fr"): no error`)
	}
}

func TestAnswers(t *testing.T) {
	for _, lang := range langs() {
		b := mustBundle(t, lang)
		if len(b.Participants) != 4 {
			t.Fatalf("%s: %d participants, want 4", lang, len(b.Participants))
		}
		questions := b.Assessment.QuestionCount()
		per := map[int64]int{}
		var na, dontKnow, consensus int
		var notes []string
		for _, r := range b.Responses {
			per[r.ParticipantID]++
			if r.NA {
				na++
			}
			if r.DontKnow {
				dontKnow++
				// Who cannot judge says why: that is the finding.
				if r.Note == "" {
					t.Errorf("%s: %d's don't know on %s has no note", lang, r.ParticipantID, r.QuestionID)
				}
			}
			if r.Note != "" {
				notes = append(notes, r.Note)
			}
		}
		for _, p := range b.Participants {
			if per[p.ID] != questions || p.Role == "" {
				t.Errorf("%s: %s (%q) answered %d of %d questions", lang, p.Name, p.Role, per[p.ID], questions)
			}
		}
		consensus = per[model.Consensus]
		if consensus < questions/4 || consensus > questions/2 {
			t.Errorf("%s: %d consensus answers, want about a third of %d", lang, consensus, questions)
		}
		// Every question of the model applies to a 40-store retailer: N/A
		// would teach the wrong use of the scale. Don't know is for the
		// people who cannot judge a question from where they sit.
		if na != 0 || dontKnow < 3 || dontKnow > 6 {
			t.Errorf("%s: %d answers not applicable and %d don't know, want none and 3-6", lang, na, dontKnow)
		}
		if dk := r0(b).DontKnow; dk != 0 {
			t.Errorf("%s: %d questions nobody could judge", lang, dk)
		}
		if len(notes) < 15 || len(notes) > 30 {
			t.Errorf("%s: %d notes, want 15-30", lang, len(notes))
		}
		if !slices.ContainsFunc(notes, func(n string) bool { return strings.Contains(n, "\n") }) {
			t.Errorf("%s: want a note with a line break", lang)
		}

		r := b.Results
		if r.Answered != r.Total || r.Total != questions {
			t.Errorf("%s: answered %d of %d", lang, r.Answered, r.Total)
		}
		if n := len(r.Disagreements); n < 3 || n > 5 {
			t.Errorf("%s: %d disagreements, want 3-5", lang, n)
		}
		if r.OverallLevel != 2 {
			t.Errorf("%s: overall level %d (%.1f), want 2", lang, r.OverallLevel, r.Overall)
		}
		level := map[string]int{}
		for _, d := range r.Dimensions {
			level[d.DimensionID] = d.Level
			if d.Target < 3 || d.Target > 4 || d.Gap < 0 {
				t.Errorf("%s: %s: target %d, gap %d", lang, d.DimensionID, d.Target, d.Gap)
			}
		}
		if len(b.Targets) != len(b.Assessment.Dimensions) {
			t.Errorf("%s: %d targets for %d dimensions", lang, len(b.Targets), len(b.Assessment.Dimensions))
		}
		// The answers agree with the journey maps: click & collect and the
		// store systems fail, so omnichannel and technology are not the
		// strongest dimensions; measurement and governance are the weakest.
		score := map[string]float64{}
		var best float64
		for _, d := range r.Dimensions {
			score[d.DimensionID] = d.Score
			best = max(best, d.Score)
		}
		for _, id := range []string{"omnichannel", "technology"} {
			if score[id] >= best || level[id] != 2 {
				t.Errorf("%s: %s scores %.1f (level %d), the best is %.1f", lang, id, score[id], level[id], best)
			}
		}
		for id, s := range score {
			for _, weak := range []string{"measurement", "governance"} {
				if id != "measurement" && id != "governance" && s <= score[weak] {
					t.Errorf("%s: %s (%.1f) is not above %s (%.1f)", lang, id, s, weak, score[weak])
				}
			}
		}
	}
}

func r0(b *model.Bundle) model.Results { return b.Results }

// No emoji, stray pipe or test text in anything a client reads.
func TestCleanText(t *testing.T) {
	for lang, c := range contents {
		var texts []string
		for _, n := range c.notes {
			texts = append(texts, n)
		}
		for _, j := range c.journeys {
			texts = append(texts, j.name, j.persona)
			texts = append(texts, j.stages...)
			for _, row := range j.lanes {
				texts = append(texts, row...)
			}
		}
		r := c.roadmap
		texts = append(texts, r.editedTitle, r.editedDescription, r.title, r.description)
		texts = append(texts, r.kpis...)
		for _, s := range texts {
			for _, ch := range s {
				if unicode.Is(unicode.So, ch) || ch == '|' {
					t.Errorf("%s: %q in %q", lang, ch, s)
				}
			}
			if strings.Contains(strings.ToLower(s), "test") && !strings.Contains(s, "A/B test") {
				t.Errorf("%s: test text? %q", lang, s)
			}
		}
	}
}

func TestJourneys(t *testing.T) {
	for _, lang := range langs() {
		b := mustBundle(t, lang)
		if len(b.Journeys) != 3 {
			t.Fatalf("%s: %d journeys, want 3", lang, len(b.Journeys))
		}
		cur, fut, emp := b.Journeys[0], b.Journeys[1], b.Journeys[2]
		if cur.Kind != model.CustomerJourney || cur.State != model.CurrentState || len(cur.Stages) < 6 || len(cur.Stages) > 7 {
			t.Errorf("%s: current journey %q: %s %s, %d stages", lang, cur.Name, cur.Kind, cur.State, len(cur.Stages))
		}
		if fut.State != model.FutureState || fut.SourceID != cur.ID || fut.ID == cur.ID {
			t.Errorf("%s: future journey %q: state %s, source %d (current is %d)", lang, fut.Name, fut.State, fut.SourceID, cur.ID)
		}
		if emp.Kind != model.EmployeeJourney || len(emp.Stages) != 5 {
			t.Errorf("%s: employee journey %q: %s, %d stages", lang, emp.Name, emp.Kind, len(emp.Stages))
		}
		if mean(fut) <= mean(cur) {
			t.Errorf("%s: the future emotions (%.2f) are no better than today's (%.2f)", lang, mean(fut), mean(cur))
		}
		for _, j := range b.Journeys {
			if !slices.Equal(laneKinds(j), model.DefaultLanes) || len(j.Cells) != len(j.Lanes) {
				t.Errorf("%s: %q: lanes %v", lang, j.Name, laneKinds(j))
				continue
			}
			for l, row := range j.Cells {
				if len(row) != len(j.Stages) {
					t.Fatalf("%s: %q lane %d: %d cells for %d stages", lang, j.Name, l, len(row), len(j.Stages))
				}
				for s, c := range row {
					if c.Observed && c.Empty() {
						t.Errorf("%s: %q [%d][%d]: an empty cell marked observed", lang, j.Name, l, s)
					}
				}
			}
		}
		for _, j := range []model.Journey{cur, emp} {
			var observed, assumed int
			for l, row := range j.Cells {
				if j.FilledInLane(l) == 0 {
					t.Errorf("%s: %q: lane %s is empty", lang, j.Name, j.Lanes[l].Kind)
				}
				for _, c := range row {
					if !c.Empty() && c.Observed {
						observed++
					} else if !c.Empty() {
						assumed++
					}
				}
			}
			if observed == 0 || assumed == 0 {
				t.Errorf("%s: %q: %d observed and %d assumed cells", lang, j.Name, observed, assumed)
			}
			scores := j.Emotions()
			if !slices.ContainsFunc(scores, func(p *int) bool { return p != nil && *p <= -2 }) {
				t.Errorf("%s: %q has no low of -2", lang, j.Name)
			}
		}
		if !slices.ContainsFunc(cur.Emotions(), func(p *int) bool { return p != nil && *p == 2 }) {
			t.Errorf("%s: %q has no high of +2", lang, cur.Name)
		}
		channels := contents[lang].channels
		for _, c := range cur.Cells[cur.LaneIndex(model.LaneChannel)] {
			if !slices.Contains(channels[:], c.Text) {
				t.Errorf("%s: channel %q is not one of %v", lang, c.Text, channels)
			}
		}
	}
}

func mean(j model.Journey) float64 {
	var sum, n float64
	for _, p := range j.Emotions() {
		if p != nil {
			sum, n = sum+float64(*p), n+1
		}
	}
	return sum / n
}

func laneKinds(j model.Journey) []model.LaneKind {
	var out []model.LaneKind
	for _, l := range j.Lanes {
		out = append(out, l.Kind)
	}
	return out
}

func TestRoadmap(t *testing.T) {
	for _, lang := range langs() {
		b := mustBundle(t, lang)
		var accepted, rejected, edited, manual, owners, now int
		for i, in := range b.Initiatives {
			if in.Position != i {
				t.Errorf("%s: initiative %d has position %d", lang, i, in.Position)
			}
			switch {
			case in.GenKey == "":
				manual++
				if in.Description == "" || in.Owner == "" || len(in.Evidence) == 0 {
					t.Errorf("%s: manual initiative %+v", lang, in)
				}
			case in.Edited && in.Title == contents[lang].roadmap.editedTitle:
				edited++
				if in.Description != contents[lang].roadmap.editedDescription {
					t.Errorf("%s: the reworded proposal kept its generated description", lang)
				}
			}
			if in.Status != model.StatusRejected && len(in.KPIs) == 0 {
				t.Errorf("%s: %q has no KPI", lang, in.Title)
			}
			if in.Horizon == model.HorizonNow && in.Status != model.StatusRejected {
				now++
			}
			switch in.Status {
			case model.StatusAccepted:
				accepted++
				if in.Owner == "" {
					t.Errorf("%s: accepted %q has no owner", lang, in.Title)
				}
			case model.StatusRejected:
				rejected++
			}
			if in.Owner != "" {
				owners++
				if !slices.ContainsFunc(b.Participants, func(p model.Participant) bool { return p.Name == in.Owner }) {
					t.Errorf("%s: owner %q is not a participant", lang, in.Owner)
				}
			}
		}
		if accepted < 3 || accepted > 4 || rejected != len(rejectedKeys) || edited != 1 || manual != 1 || owners < 6 {
			t.Errorf("%s: %d accepted, %d rejected, %d edited, %d manual, %d with an owner", lang, accepted, rejected, edited, manual, owners)
		}
		// A 90-day plan a company without a CX team can carry.
		if now < 5 || now > 8 {
			t.Errorf("%s: %d initiatives due now, want 5-8", lang, now)
		}
		// The proposals named in answers.go are still proposed by Recommend.
		keys := map[string]bool{}
		for _, in := range b.Initiatives {
			keys[in.GenKey] = true
		}
		for _, k := range append([]string{accepted0(), editedKey}, rejectedKeys...) {
			if !keys[k] {
				t.Errorf("%s: Recommend no longer proposes %q", lang, k)
			}
		}
	}
}

func accepted0() string { return accepted[0].key }

// The content is the same in both languages, only the words differ.
func TestLanguagesMatch(t *testing.T) {
	en, es := contents[model.LangEN], contents[model.LangES]
	if !slices.Equal(slices.Sorted(maps.Keys(en.notes)), slices.Sorted(maps.Keys(es.notes))) {
		t.Error("the notes are not on the same answers")
	}
	for id, je := range en.journeys {
		js := es.journeys[id]
		if len(je.stages) != len(js.stages) {
			t.Errorf("journey %d: %d and %d stages", id, len(je.stages), len(js.stages))
		}
		for kind, row := range je.lanes {
			for s, text := range row {
				if s >= len(js.lanes[kind]) || (text == "") != (js.lanes[kind][s] == "") {
					t.Errorf("journey %d, lane %s, stage %d: filled in one language only", id, kind, s)
				}
			}
		}
	}
	for i := range en.people {
		if en.people[i].name != es.people[i].name {
			t.Errorf("participant %d: %q and %q", i+1, en.people[i].name, es.people[i].name)
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, lang := range langs() {
		a, b := mustBundle(t, lang), mustBundle(t, lang)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: two calls differ", lang)
		}
		a.Initiatives[0].Title = "changed"
		if b.Initiatives[0].Title == "changed" {
			t.Errorf("%s: bundles share memory", lang)
		}
	}
}

// The JSON export reads back as a valid workshop, and writes the same.
func TestJSONRoundTrip(t *testing.T) {
	for _, lang := range langs() {
		b := mustBundle(t, lang)
		out := writeJSON(t, b)
		back, err := export.ReadJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("%s: ReadJSON: %v", lang, err)
		}
		back.Compute()
		if len(back.Participants) != 4 || len(back.Journeys) != 3 || len(back.Initiatives) != len(b.Initiatives) ||
			len(back.Results.Disagreements) != len(b.Results.Disagreements) {
			t.Errorf("%s: read back %d participants, %d journeys, %d initiatives", lang,
				len(back.Participants), len(back.Journeys), len(back.Initiatives))
		}
		if again := writeJSON(t, back); !bytes.Equal(out, again) {
			t.Errorf("%s: export, read, export differ", lang)
		}
		writers := map[string]func() error{
			"md":              func() error { return export.WriteMarkdown(io.Discard, b, lang) },
			"csv answers":     func() error { return export.WriteCSV(io.Discard, b, lang, export.CSVAnswers) },
			"csv initiatives": func() error { return export.WriteCSV(io.Discard, b, lang, export.CSVInitiatives) },
		}
		for what, write := range writers {
			if err := write(); err != nil {
				t.Errorf("%s: %s export: %v", lang, what, err)
			}
		}
	}
}

// The sample imports into a real database and exports the same from there.
func TestImport(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(filepath.Join(t.TempDir(), "cxmap.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, lang := range langs() {
		b := mustBundle(t, lang)
		id, err := s.ImportBundle(ctx, b)
		if err != nil {
			t.Fatalf("%s: ImportBundle: %v", lang, err)
		}
		loaded, err := s.LoadBundle(ctx, id)
		if err != nil {
			t.Fatalf("%s: LoadBundle: %v", lang, err)
		}
		if loaded.Workshop.Name != b.Workshop.Name || len(loaded.Responses) != len(b.Responses) ||
			len(loaded.Journeys) != 3 || loaded.Journeys[1].SourceID != loaded.Journeys[0].ID ||
			len(loaded.Initiatives) != len(b.Initiatives) {
			t.Errorf("%s: loaded %q: %d responses, %d journeys, %d initiatives", lang, loaded.Workshop.Name,
				len(loaded.Responses), len(loaded.Journeys), len(loaded.Initiatives))
		}
		if !bytes.Equal(writeJSON(t, b), writeJSON(t, loaded)) {
			t.Errorf("%s: the imported workshop exports differently", lang)
		}
	}
	// A second sample in the same language gets a free name.
	b := mustBundle(t, model.LangEN)
	id, err := s.ImportBundle(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	w, err := s.Workshop(ctx, id)
	if err != nil || w.Name != b.Workshop.Name+" (2)" {
		t.Errorf("second sample: %q, %v", w.Name, err)
	}
}
