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
		var na, consensus int
		var notes []string
		for _, r := range b.Responses {
			per[r.ParticipantID]++
			if r.NA {
				na++
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
		if na == 0 {
			t.Errorf("%s: no answer is not applicable", lang)
		}
		if len(notes) < 10 || len(notes) > 15 {
			t.Errorf("%s: %d notes, want 10-15", lang, len(notes))
		}
		if !slices.ContainsFunc(notes, func(n string) bool { return strings.Contains(n, "|") }) ||
			!slices.ContainsFunc(notes, func(n string) bool { return strings.Contains(n, "\n") }) {
			t.Errorf("%s: want a note with a pipe and one with a line break", lang)
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
		for _, strong := range []string{"omnichannel", "technology"} {
			for _, weak := range []string{"measurement", "governance"} {
				if level[strong] <= level[weak] {
					t.Errorf("%s: %s at level %d, not above %s at %d", lang, strong, level[strong], weak, level[weak])
				}
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
		var accepted, rejected, edited, manual, owners int
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
			case in.Edited:
				edited++
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
		if accepted < 3 || accepted > 4 || rejected != 1 || edited != 1 || manual != 1 || owners < 4 {
			t.Errorf("%s: %d accepted, %d rejected, %d edited, %d manual, %d with an owner", lang, accepted, rejected, edited, manual, owners)
		}
		// The proposals named in answers.go are still proposed by Recommend.
		keys := map[string]bool{}
		for _, in := range b.Initiatives {
			keys[in.GenKey] = true
		}
		for _, k := range []string{accepted0(), rejectedKey, editedKey} {
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
