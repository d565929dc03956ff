package assessments

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/cxmap/cxmap/model"
)

// FuzzParse checks that no input makes the parser panic, and that every
// model it accepts keeps the invariants the rest of cxmap relies on.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.yaml")
	builtins, _ := filepath.Glob("*.yaml")
	for _, name := range append(files, builtins...) {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(base))
	f.Add([]byte(withLib))
	for _, tc := range parseErrorCases {
		f.Add([]byte(tc.src))
	}
	for _, s := range []string{
		"", "---", "- a\n- b", "id: [", "a: &x {b: *x}", "levels: !!str 3",
		"id: m\nversion: 1\nname: {en: M}\nlevels: [{name: {en: A}}, {name: {en: B}}]\ndimensions: [{id: d, name: {en: D}, questions: [{id: q, text: {en: Q}, descriptors: [{en: a}, {en: b}]}]}]\n",
		"? [a]\n: b", "<<: {id: m}", "\tid: m", "id: m\n---\nid: n", "\"\\u00", "%YAML 1.2\n---\nid: m",
	} {
		f.Add([]byte(s))
	}
	lookup := func(id string) (*model.Assessment, []string, error) {
		if id == "other" {
			return &model.Assessment{ID: "other", Levels: make([]model.Level, 2),
				Recommendations: []model.Recommendation{{ID: "x", Dimension: "d", Level: 1,
					Horizon: model.HorizonNow, Impact: 1, Effort: 1, Title: model.Text{"en": "X", "es": "X"}}}}, nil, nil
		}
		return nil, nil, nil
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := parseWith("fuzz.yaml", data, lookup)
		if err != nil {
			if a != nil {
				t.Fatal("model returned together with an error")
			}
			if _, ok := err.(Errors); !ok {
				t.Fatalf("error is %T, want Errors", err)
			}
			for _, e := range err.(Errors) {
				if e.Line < 1 || e.Col < 1 || e.Msg == "" || e.File != "fuzz.yaml" {
					t.Fatalf("bad error %+v", e)
				}
			}
			return
		}
		if a == nil {
			t.Fatal("nil model without an error")
		}
		if err := invariants(a); err != nil {
			t.Fatalf("accepted model breaks an invariant: %v\n%s", err, data)
		}
	})
}

// invariants checks what every parsed model must satisfy.
func invariants(a *model.Assessment) error {
	if !idPattern().MatchString(a.ID) || a.Version == "" {
		return fmt.Errorf("id %q, version %q", a.ID, a.Version)
	}
	if len(a.Languages) == 0 {
		return fmt.Errorf("no languages")
	}
	langs := map[string]bool{}
	for _, l := range a.Languages {
		if langs[l] || (l != model.LangEN && l != model.LangES) {
			return fmt.Errorf("languages %v", a.Languages)
		}
		langs[l] = true
	}
	text := func(what string, t model.Text, optional bool) error {
		if t == nil && optional {
			return nil
		}
		if len(t) != len(langs) {
			return fmt.Errorf("%s: languages %v, want %v", what, t, a.Languages)
		}
		for l, s := range t {
			if !langs[l] || s == "" {
				return fmt.Errorf("%s: %q text %q", what, l, s)
			}
		}
		return nil
	}
	if err := text("name", a.Name, false); err != nil {
		return err
	}
	if err := text("description", a.Description, true); err != nil {
		return err
	}
	if len(a.Levels) < MinLevels || len(a.Levels) > MaxLevels {
		return fmt.Errorf("%d levels", len(a.Levels))
	}
	for i, l := range a.Levels {
		if err := text(fmt.Sprint("level ", i+1), l.Name, false); err != nil {
			return err
		}
		if err := text(fmt.Sprint("level summary ", i+1), l.Summary, true); err != nil {
			return err
		}
	}
	if len(a.Dimensions) == 0 {
		return fmt.Errorf("no dimensions")
	}
	dims, questions := map[string]bool{}, map[string]bool{}
	positive := func(w float64) bool { return w > 0 && !math.IsInf(w, 0) && !math.IsNaN(w) }
	for _, d := range a.Dimensions {
		if dims[d.ID] || !idPattern().MatchString(d.ID) || !positive(d.Weight) || len(d.Questions) == 0 {
			return fmt.Errorf("dimension %q: weight %v, %d questions", d.ID, d.Weight, len(d.Questions))
		}
		dims[d.ID] = true
		if err := text(d.ID, d.Name, false); err != nil {
			return err
		}
		if err := text(d.ID, d.Description, true); err != nil {
			return err
		}
		for _, q := range d.Questions {
			if questions[q.ID] || !idPattern().MatchString(q.ID) || !positive(q.Weight) || len(q.Descriptors) != len(a.Levels) {
				return fmt.Errorf("question %q: weight %v, %d descriptors", q.ID, q.Weight, len(q.Descriptors))
			}
			questions[q.ID] = true
			if err := text(q.ID, q.Text, false); err != nil {
				return err
			}
			if err := text(q.ID+" hint", q.Hint, true); err != nil {
				return err
			}
			for i, t := range q.Descriptors {
				if err := text(fmt.Sprint(q.ID, " descriptor ", i+1), t, false); err != nil {
					return err
				}
			}
		}
	}
	recs := map[string]bool{}
	for _, r := range a.Recommendations {
		if recs[r.ID] || !dims[r.Dimension] || r.Level < 1 || r.Level >= len(a.Levels) ||
			!validHorizon(r.Horizon) || r.Impact < 1 || r.Impact > 5 || r.Effort < 1 || r.Effort > 5 {
			return fmt.Errorf("recommendation %+v", r)
		}
		recs[r.ID] = true
		if err := text(r.ID, r.Title, false); err != nil {
			return err
		}
		if err := text(r.ID, r.Description, true); err != nil {
			return err
		}
		for _, k := range r.KPIs {
			if k == "" {
				return fmt.Errorf("recommendation %q: empty KPI", r.ID)
			}
		}
		for _, q := range r.Addresses {
			if !questions[q] {
				return fmt.Errorf("recommendation %q addresses unknown question %q", r.ID, q)
			}
		}
		if err := text(r.ID+" owner", r.Owner, true); err != nil {
			return err
		}
	}
	kpis := map[string]bool{}
	for _, k := range a.KPIs {
		if kpis[k.ID] || !idPattern().MatchString(k.ID) {
			return fmt.Errorf("KPI %q", k.ID)
		}
		kpis[k.ID] = true
		if err := text("KPI "+k.ID, k.Name, false); err != nil {
			return err
		}
		if err := text("KPI "+k.ID+" definition", k.Definition, false); err != nil {
			return err
		}
	}
	return nil
}
