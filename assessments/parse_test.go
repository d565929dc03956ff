package assessments

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/model"
)

// base is the smallest valid model; cases below change one thing in it.
const base = `id: m
version: "1"
name: {en: M}
levels:
  - name: {en: Low}
  - name: {en: High}
dimensions:
  - id: d
    name: {en: D}
    questions:
      - id: d.q
        text: {en: Q}
        descriptors: [{en: a}, {en: b}]
`

// noBuiltins is a lookup with one model, "other", that has no dimension
// in common with the test models.
func noBuiltins(id string) (*model.Assessment, []string, error) {
	if id == "other" {
		return &model.Assessment{ID: "other"}, []string{"other"}, nil
	}
	return nil, []string{"other"}, nil
}

// errLines parses src as t.yaml and returns its error lines.
func errLines(t *testing.T, src string) []string {
	t.Helper()
	a, err := parseWith("t.yaml", []byte(src), noBuiltins)
	if err == nil {
		if a == nil {
			t.Fatal("nil model without error")
		}
		return nil
	}
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("error is %T, want Errors: %v", err, err)
	}
	if a != nil {
		t.Errorf("got a model together with errors")
	}
	return strings.Split(err.Error(), "\n")
}

func TestBaseIsValid(t *testing.T) {
	a, err := parseWith("t.yaml", []byte(base), noBuiltins)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "m" || a.Version != "1" || len(a.Levels) != 2 || a.QuestionCount() != 1 {
		t.Fatalf("unexpected model: %+v", a)
	}
	if a.Dimensions[0].Weight != 1 || a.Dimensions[0].Questions[0].Weight != 1 {
		t.Errorf("default weights are not 1: %+v", a.Dimensions[0])
	}
	if len(a.Languages) != 1 || a.Languages[0] != "en" {
		t.Errorf("default languages = %v, want [en]", a.Languages)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range parseErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			got := errLines(t, tc.src)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("source:\n%s\ngot:\n  %s\nwant:\n  %s", tc.src,
					strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestCustomFourLevels(t *testing.T) {
	data, err := os.ReadFile("testdata/custom-4-levels.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, err := parseWith("testdata/custom-4-levels.yaml", data, noBuiltins)
	if err != nil {
		t.Fatal(err)
	}
	if err := invariants(a); err != nil {
		t.Fatal(err)
	}
	if len(a.Levels) != 4 || len(a.Dimensions) != 2 || a.QuestionCount() != 3 || len(a.Recommendations) != 3 {
		t.Fatalf("shape: %d levels, %d dimensions, %d questions, %d recommendations",
			len(a.Levels), len(a.Dimensions), a.QuestionCount(), len(a.Recommendations))
	}
	if got := a.Levels[3].Name.In("es"); got != "Referente" {
		t.Errorf("level 4 in es = %q", got)
	}
	q, ok := a.Question("onboarding.buddy")
	if !ok || q.Question.Weight != 0.5 || q.Dimension.Weight != 2 || q.Index != 1 {
		t.Errorf("onboarding.buddy: %+v", q)
	}
	r := a.Recommendations[2]
	if r.Level != 3 || r.Horizon != model.HorizonLater || r.Impact != 3 || r.Effort != 4 || len(r.KPIs) != 1 {
		t.Errorf("recommendation 3: %+v", r)
	}
}

func TestAllErrorsTogether(t *testing.T) {
	src := `id: Bad Id
version: "1"
languages: [en, es]
name: {en: M}
colour: blue
levels:
  - name: {en: Low, es: Bajo}
  - name: {en: High, es: Alto}
dimensions:
  - id: d
    weight: 0
    name: {en: D, es: D}
    questions:
      - id: d.q
        text: {en: Q, es: P}
        descriptors: [{en: a, es: a}]
  - id: d
    name: {en: E, es: E}
    questions:
      - id: d.q
        text: {en: Q, es: P, fr: Q}
        descriptors: [{en: a, es: a}, {en: b, es: b}]
recommendations:
  - id: r
    dimension: nowhere
    level: 2
    horizon: soon
    impact: "high"
    effort: 9
    title: {en: T}
`
	want := []string{
		`t.yaml:1:5: model id "Bad Id" must use only lowercase letters a-z, digits, "-", "_" and "."`,
		`t.yaml:4:1: missing "es" translation in "name"`,
		`t.yaml:5:1: unknown field "colour" in the model`,
		`t.yaml:11:13: weight must be greater than 0, got 0`,
		`t.yaml:16:9: question "d.q" has 1 descriptor, want 2 (one per level)`,
		`t.yaml:17:9: duplicate dimension id "d" (first at line 10)`,
		`t.yaml:20:13: duplicate question id "d.q" (first at line 14)`,
		`t.yaml:21:30: unsupported language "fr" in "text" (supported: en, es)`,
		`t.yaml:25:16: unknown dimension "nowhere"`,
		`t.yaml:26:12: "level" must be from 1 to 1, got 2`,
		`t.yaml:27:14: horizon must be one of now, next, later, got "soon"`,
		`t.yaml:28:13: "impact" must be a whole number, got a string`,
		`t.yaml:29:13: "effort" must be from 1 to 5, got 9`,
		`t.yaml:30:5: missing "es" translation in "title"`,
	}
	got := errLines(t, src)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestRecommendationsFrom(t *testing.T) {
	data, err := os.ReadFile("testdata/custom-4-levels.yaml")
	if err != nil {
		t.Fatal(err)
	}
	pulse, err := parseWith("pulse.yaml", data, noBuiltins)
	if err != nil {
		t.Fatal(err)
	}
	lookup := func(id string) (*model.Assessment, []string, error) {
		if id == pulse.ID {
			return pulse, []string{pulse.ID}, nil
		}
		return nil, []string{pulse.ID}, nil
	}
	// Only the onboarding dimension, and a recommendation with an id the
	// library also has: the model's own one wins. recognition-2-channel
	// has no dimension here; onboarding-3-codesign fits only 4 levels.
	src := `id: mine
version: "1"
languages: [en]
name: {en: Mine}
levels: [{name: {en: A}}, {name: {en: B}}, {name: {en: C}}, {name: {en: D}}]
dimensions:
  - id: onboarding
    name: {en: On}
    questions:
      - id: on.q
        text: {en: Q}
        descriptors: [{en: a}, {en: b}, {en: c}, {en: d}]
recommendations_from: ex-pulse
recommendations:
  - {id: onboarding-1-checklist, dimension: onboarding, level: 2, horizon: now, impact: 1, effort: 1, title: {en: Mine}}
`
	three := strings.NewReplacer(", {name: {en: D}}", "", ", {en: d}", "").Replace(src)
	for _, tc := range []struct{ src, want string }{
		{src, "onboarding-1-checklist:Mine,onboarding-3-codesign:Co-design onboarding with recent hires"},
		{three, "onboarding-1-checklist:Mine"},
	} {
		a, err := parseWith("mine.yaml", []byte(tc.src), lookup)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range a.Recommendations {
			got = append(got, r.ID+":"+r.Title.In("en"))
			if _, ok := r.Title["es"]; ok {
				t.Errorf("%s keeps a Spanish title in an English-only model", r.ID)
			}
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%d levels: recommendations = %v, want %v", len(a.Levels), got, tc.want)
		}
		if err := invariants(a); err != nil {
			t.Error(err)
		}
	}
	if pulse.Recommendations[0].Title.In("en") == "Mine" || len(pulse.Recommendations[0].Title) != 2 {
		t.Error("merging changed the source model")
	}
}
