package assessments

import (
	"slices"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/model"
)

// withLib is base2 with a KPI vocabulary and one recommendation using
// every field of the library format.
const withLib = base2 + `kpis:
  - id: churn
    name: {en: Churn rate, es: Tasa de bajas}
    definition: {en: Customers who leave., es: Clientes que se van.}
recommendations:
  - id: r
    dimension: d
    level: 1
    horizon: now
    impact: 2
    effort: 4
    kpis: [churn]
    addresses: [d.q]
    owner: {en: Head of service, es: Dirección de atención}
    title: {en: T, es: T}
`

func TestLibraryFormat(t *testing.T) {
	a, err := parseWith("t.yaml", []byte(withLib), noBuiltins)
	if err != nil {
		t.Fatal(err)
	}
	if err := invariants(a); err != nil {
		t.Fatal(err)
	}
	r := a.Recommendations[0]
	if r.Impact != 2 || r.Effort != 4 || !slices.Equal(r.Addresses, []string{"d.q"}) ||
		!slices.Equal(r.KPIs, []string{"churn"}) || r.Owner.In("es") != "Dirección de atención" {
		t.Errorf("recommendation = %+v", r)
	}
	k := a.KPI("churn")
	if k == nil || k.Name.In("es") != "Tasa de bajas" || k.Definition.In("en") != "Customers who leave." {
		t.Errorf("KPI churn = %+v", k)
	}
	c := Clone(a)
	c.KPIs[0].Name["es"], c.Recommendations[0].Owner["es"], c.Recommendations[0].Addresses[0] = "x", "x", "x"
	if a.KPIs[0].Name["es"] == "x" || a.Recommendations[0].Owner["es"] == "x" || a.Recommendations[0].Addresses[0] == "x" {
		t.Error("Clone shares the vocabulary, the owner or the addresses")
	}
}

// TestOldLibraryFormat: a file written before the vocabulary, with KPIs as
// free text and no addresses or owner, still loads as it is.
func TestOldLibraryFormat(t *testing.T) {
	src := base + "recommendations:\n" + edit(rec, "effort: 1,", "effort: 1, kpis: [NPS, cost to serve],")
	a, err := parseWith("t.yaml", []byte(src), noBuiltins)
	if err != nil {
		t.Fatal(err)
	}
	r := a.Recommendations[0]
	if !slices.Equal(r.KPIs, []string{"NPS", "cost to serve"}) || r.Addresses != nil || r.Owner != nil || a.KPIs != nil {
		t.Errorf("old-format recommendation = %+v, vocabulary %v", r, a.KPIs)
	}
}

func TestLibraryFormatErrors(t *testing.T) {
	lib := func(old, new string) string { return edit(withLib, old, new) }
	for _, tc := range []struct {
		name string
		src  string
		want []string
	}{
		{"addresses an unknown question", lib("addresses: [d.q]", "addresses: [d.q, d.x]"), []string{
			`t.yaml:27:22: unknown question "d.x" in addresses; did you mean "d.q"?`}},
		{"addresses twice", lib("addresses: [d.q]", "addresses: [d.q, d.q]"), []string{
			`t.yaml:27:22: question "d.q" is listed twice in addresses`}},
		{"addresses nothing", lib("addresses: [d.q]", "addresses: []"), []string{
			`t.yaml:27:16: addresses must list at least one question id; leave the field out if the recommendation fixes no particular question`}},
		{"addresses only another dimension", edit(lib("dimension: d\n", "dimension: e\n"), "kpis:\n", "  - id: e\n    name: {en: E, es: E}\n    questions:\n      - id: e.q\n        text: {en: Q, es: P}\n        descriptors: [{en: a, es: a}, {en: b, es: b}]\nkpis:\n"), []string{
			`t.yaml:33:16: addresses names no question of dimension "e"; a recommendation is proposed by its dimension's level, so at least one question it fixes must be there`}},
		{"unknown KPI id", lib("kpis: [churn]", "kpis: [churm, nps]"), []string{
			`t.yaml:26:12: unknown KPI "churm": it is not an id in the model's kpis; did you mean "churn"?`,
			`t.yaml:26:19: unknown KPI "nps": it is not an id in the model's kpis`}},
		{"KPI listed twice", lib("kpis: [churn]", "kpis: [churn, churn]"), []string{
			`t.yaml:26:19: KPI "churn" is listed twice`}},
		{"KPI without a Spanish name", lib("name: {en: Churn rate, es: Tasa de bajas}", "name: {en: Churn rate}"), []string{
			`t.yaml:17:5: missing "es" translation in "name"`}},
		{"KPI without a definition", lib("    definition: {en: Customers who leave., es: Clientes que se van.}\n", ""), []string{
			`t.yaml:16:5: missing field "definition" in KPI "churn"`}},
		{"duplicate KPI id", lib("recommendations:", "  - {id: churn, name: {en: C, es: C}, definition: {en: D, es: D}}\nrecommendations:"), []string{
			`t.yaml:19:10: duplicate KPI id "churn" (first at line 16)`}},
		{"empty vocabulary", lib("kpis:\n  - id: churn\n    name: {en: Churn rate, es: Tasa de bajas}\n    definition: {en: Customers who leave., es: Clientes que se van.}\n", "kpis: []\n"), []string{
			`t.yaml:15:7: kpis must list at least one KPI; leave the field out to write KPIs as free text`,
			`t.yaml:23:12: unknown KPI "churn": it is not an id in the model's kpis`}},
		{"impact below 1", lib("impact: 2", "impact: 0"), []string{
			`t.yaml:24:13: "impact" must be from 1 to 5, got 0`}},
		{"effort above 5", lib("effort: 4", "effort: 6"), []string{
			`t.yaml:25:13: "effort" must be from 1 to 5, got 6`}},
		{"owner without Spanish", lib("owner: {en: Head of service, es: Dirección de atención}", "owner: {en: Head of service}"), []string{
			`t.yaml:28:5: missing "es" translation in "owner"`}},
		{"covers without recommendations_from", edit(withLib, "        text: {en: Q, es: P}\n", "        text: {en: Q, es: P}\n        covers: [x.y]\n"), []string{
			`t.yaml:14:9: covers names questions of the model in recommendations_from, and this model has no recommendations_from`}},
		{"covers an unknown question", edit(withLib, "        text: {en: Q, es: P}\n", "        text: {en: Q, es: P}\n        covers: [x.y, x.y]\n") + "recommendations_from: other\n", []string{
			`t.yaml:14:18: unknown question "x.y" in covers: model "other" has no such question`,
			`t.yaml:14:23: question "x.y" is listed twice in covers`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := errLines(t, tc.src)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

// TestSharedLibraryThroughCovers: a short model takes a library whose
// recommendations address the full model's questions; covers maps them.
func TestSharedLibraryThroughCovers(t *testing.T) {
	full, err := parseWith("full.yaml", []byte(edit(edit(withLib,
		"        descriptors: [{en: a, es: a}, {en: b, es: b}]\n",
		"        descriptors: [{en: a, es: a}, {en: b, es: b}]\n      - id: d.p\n        text: {en: P, es: P}\n        descriptors: [{en: a, es: a}, {en: b, es: b}]\n      - id: d.z\n        text: {en: Z, es: Z}\n        descriptors: [{en: a, es: a}, {en: b, es: b}]\n"),
		"recommendations:\n", "recommendations:\n"+
			"  - {id: p, dimension: d, level: 1, horizon: now, impact: 1, effort: 1, addresses: [d.p], kpis: [churn], title: {en: P, es: P}}\n"+
			"  - {id: z, dimension: d, level: 1, horizon: now, impact: 1, effort: 1, addresses: [d.z], title: {en: Z, es: Z}}\n"+
			"  - {id: both, dimension: d, level: 1, horizon: now, impact: 1, effort: 1, addresses: [d.z, d.q], title: {en: B, es: B}}\n")), noBuiltins)
	if err != nil {
		t.Fatal(err)
	}
	lookup := func(id string) (*model.Assessment, []string, error) {
		if id == full.ID {
			return full, []string{full.ID}, nil
		}
		return nil, []string{full.ID}, nil
	}
	short := `id: short
version: "1"
languages: [es]
name: {es: Corto}
levels: [{name: {es: A}}, {name: {es: B}}]
dimensions:
  - id: d
    name: {es: D}
    questions:
      - id: s.one
        covers: [d.q, d.p]
        text: {es: Uno}
        descriptors: [{es: a}, {es: b}]
      - id: s.two
        covers: [d.q]
        text: {es: Dos}
        descriptors: [{es: a}, {es: b}]
recommendations_from: m
`
	a, err := parseWith("short.yaml", []byte(short), lookup)
	if err != nil {
		t.Fatal(err)
	}
	if err := invariants(a); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range a.Recommendations {
		got = append(got, r.ID+":"+strings.Join(r.Addresses, ","))
		if _, ok := r.Owner["en"]; ok {
			t.Errorf("%s keeps an English owner in a Spanish-only model", r.ID)
		}
	}
	// z addresses only d.z, which the short model never asks: left out.
	if want := "p:s.one both:s.one,s.two r:s.one,s.two"; strings.Join(got, " ") != want {
		t.Errorf("merged = %v, want %s", got, want)
	}
	if len(a.KPIs) != 1 || a.KPIs[0].ID != "churn" || a.KPIs[0].Name.In("es") != "Tasa de bajas" || len(a.KPIs[0].Name) != 1 {
		t.Errorf("vocabulary = %+v, want churn in Spanish only", a.KPIs)
	}
	if len(full.KPIs[0].Name) != 2 || full.Recommendations[3].Addresses[0] != "d.q" {
		t.Error("merging changed the source model")
	}

	// A model that maps nothing (written before addresses) keeps taking
	// every recommendation of its dimensions, addressing nothing.
	old := strings.NewReplacer("        covers: [d.q, d.p]\n", "", "        covers: [d.q]\n", "").Replace(short)
	a, err = parseWith("old.yaml", []byte(old), lookup)
	if err != nil {
		t.Fatal(err)
	}
	got = nil
	for _, r := range a.Recommendations {
		got = append(got, r.ID+":"+strings.Join(r.Addresses, ","))
	}
	if want := "p: z: both: r:"; strings.Join(got, " ") != want {
		t.Errorf("merged without covers = %v, want %s", got, want)
	}
}
