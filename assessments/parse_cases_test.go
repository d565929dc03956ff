package assessments

import "strings"

// base2 is base in English and Spanish.
const base2 = `id: m
version: "1"
languages: [en, es]
name: {en: M, es: M}
levels:
  - name: {en: Low, es: Bajo}
  - name: {en: High, es: Alto}
dimensions:
  - id: d
    name: {en: D, es: D}
    questions:
      - id: d.q
        text: {en: Q, es: P}
        descriptors: [{en: a, es: a}, {en: b, es: b}]
`

// edit returns src with old replaced by new, which must be there.
func edit(src, old, new string) string {
	if !strings.Contains(src, old) {
		panic("no " + old + " in " + src)
	}
	return strings.Replace(src, old, new, 1)
}

func replace(old, new string) string { return edit(base, old, new) }

const rec = "  - {id: r, dimension: d, level: 1, horizon: now, impact: 1, effort: 1, title: {en: T}}\n"

// parseErrorCases: one kind of error each, with the exact lines expected.
var parseErrorCases = []struct {
	name string
	src  string
	want []string
}{
	// YAML itself
	{"syntax error", "id: m\nversion: \"1\nname: x\n", []string{
		`t.yaml:2:10: YAML syntax error: could not find end character of double-quoted text`}},
	{"tab indentation", replace("  - name: {en: High}", "\t- name: {en: High}"), []string{
		`t.yaml:6:1: YAML syntax error: found character '\t' that cannot start any token`}},
	{"empty file", "# nothing here\n", []string{
		`t.yaml:1:1: the file is empty`}},
	{"two documents", base + "---\nid: n\n", []string{
		`t.yaml:15:1: a model file holds one YAML document; remove this one or the "---" line before it`}},
	{"alias", edit(replace("name: {en: D}", "name: &n {en: D}"), "text: {en: Q}", "text: *n"), []string{
		`t.yaml:12:15: aliases (*name) are not supported; write the value out`}},
	{"merge key", replace("    name: {en: D}", "    <<: {id: e}\n    name: {en: D}"), []string{
		`t.yaml:9:5: merge keys (<<) are not supported`}},

	// fields
	{"not a map", "- id: m\n", []string{
		`t.yaml:1:1: the model must be a map, got a list`}},
	{"unknown top-level field", replace("name: {en: M}", "nmae: {en: M}"), []string{
		`t.yaml:1:1: missing field "name" in the model`,
		`t.yaml:3:1: unknown field "nmae" in the model; did you mean "name"?`}},
	{"unknown question field", replace("        text: {en: Q}", "        text: {en: Q}\n        colour: red"), []string{
		`t.yaml:13:9: unknown field "colour" in question "d.q"`}},
	{"unknown level field", replace("  - name: {en: Low}", "  - name: {en: Low}\n    sumary: {en: S}"), []string{
		`t.yaml:6:5: unknown field "sumary" in level 1; did you mean "summary"?`}},
	{"repeated field", replace("version: \"1\"", "version: \"1\"\nversion: \"2\""), []string{
		`t.yaml:3:1: duplicate field "version" (first at line 2)`}},
	{"missing top-level fields", "name: {en: M}\n", []string{
		`t.yaml:1:1: missing field "dimensions" in the model`,
		`t.yaml:1:1: missing field "id" in the model`,
		`t.yaml:1:1: missing field "levels" in the model`,
		`t.yaml:1:1: missing field "version" in the model`}},
	{"field without value", replace(`version: "1"`, "version:"), []string{
		`t.yaml:2:1: field "version" has no value`}},
	{"missing question fields", replace("        text: {en: Q}\n        descriptors: [{en: a}, {en: b}]\n", ""), []string{
		`t.yaml:11:9: missing field "descriptors" in question "d.q"`,
		`t.yaml:11:9: missing field "text" in question "d.q"`}},
	{"one level", replace("  - name: {en: High}\n", ""), []string{
		`t.yaml:5:3: a model needs 2 to 9 levels, got 1`}},
	{"no dimensions", base[:strings.Index(base, "dimensions:")] + "dimensions: []\n", []string{
		`t.yaml:7:13: a model needs at least one dimension`}},
	{"dimension without questions", base[:strings.Index(base, "    questions:")] + "    questions: []\n", []string{
		`t.yaml:10:16: dimension "d" needs at least one question`}},

	// ids
	{"duplicate dimension id", base + "  - id: d\n    name: {en: E}\n    questions:\n      - id: e.q\n        text: {en: Q}\n        descriptors: [{en: a}, {en: b}]\n", []string{
		`t.yaml:14:9: duplicate dimension id "d" (first at line 8)`}},
	{"duplicate question id across dimensions", base + "  - id: e\n    name: {en: E}\n    questions:\n      - id: d.q\n        text: {en: Q}\n        descriptors: [{en: a}, {en: b}]\n", []string{
		`t.yaml:17:13: duplicate question id "d.q" (first at line 11)`}},
	{"duplicate recommendation id", base + "recommendations:\n" + rec + rec, []string{
		`t.yaml:16:10: duplicate recommendation id "r" (first at line 15)`}},
	{"bad id", replace("id: d.q", "id: D Q"), []string{
		`t.yaml:11:13: question id "D Q" must use only lowercase letters a-z, digits, "-", "_" and "."`}},

	// descriptors
	{"too few descriptors", replace("[{en: a}, {en: b}]", "[{en: a}]"), []string{
		`t.yaml:13:9: question "d.q" has 1 descriptor, want 2 (one per level)`}},
	{"too many descriptors", replace("[{en: a}, {en: b}]", "[{en: a}, {en: b}, {en: c}]"), []string{
		`t.yaml:13:9: question "d.q" has 3 descriptors, want 2 (one per level)`}},

	// languages
	{"missing translation", edit(base2, "text: {en: Q, es: P}", "text: {en: Q}"), []string{
		`t.yaml:13:9: missing "es" translation in "text"`}},
	{"missing descriptor translation", edit(base2, "[{en: a, es: a}", "[{en: a}"), []string{
		`t.yaml:14:23: missing "es" translation in descriptor 1`}},
	{"missing hint translation", edit(base2, "        text:", "        hint: {es: Pista}\n        text:"), []string{
		`t.yaml:13:9: missing "en" translation in "hint"`}},
	{"missing level summary translation", edit(base2, "  - name: {en: Low, es: Bajo}", "  - name: {en: Low, es: Bajo}\n    summary:\n      en: S"), []string{
		`t.yaml:7:5: missing "es" translation in "summary"`}},
	{"missing recommendation translations", edit(base2+"recommendations:\n"+rec, "effort: 1,", "effort: 1, description: {es: D},"), []string{
		`t.yaml:16:73: missing "en" translation in "description"`,
		`t.yaml:16:95: missing "es" translation in "title"`}},
	{"undeclared language", replace("name: {en: M}", "name: {en: M, es: M}"), []string{
		`t.yaml:3:15: language "es" in "name" is not declared in languages`}},
	{"unsupported language", edit(base2, "languages: [en, es]", "languages: [en, es, fr]"), []string{
		`t.yaml:3:21: unsupported language "fr" (supported: en, es)`}},
	{"unsupported text language", replace("text: {en: Q}", "text: {en: Q, de: Q}"), []string{
		`t.yaml:12:23: unsupported language "de" in "text" (supported: en, es)`}},
	{"empty text", replace("text: {en: Q}", `text: {en: ""}`), []string{
		`t.yaml:12:20: the "en" text in "text" is empty`}},
	{"text not a map", replace("text: {en: Q}", `text: "Q"`), []string{
		`t.yaml:12:15: "text" must be a map of translations (en: ..., es: ...), got a string`}},

	// numbers
	{"zero weight", replace("  - id: d\n", "  - id: d\n    weight: 0\n"), []string{
		`t.yaml:9:13: weight must be greater than 0, got 0`}},
	{"negative weight", replace("      - id: d.q\n", "      - id: d.q\n        weight: -1.5\n"), []string{
		`t.yaml:12:17: weight must be greater than 0, got -1.5`}},
	{"weight as string", replace("  - id: d\n", "  - id: d\n    weight: \"2\"\n"), []string{
		`t.yaml:9:13: "weight" must be a number, got a string`}},
	{"weight infinite", replace("  - id: d\n", "  - id: d\n    weight: .inf\n"), []string{
		`t.yaml:9:13: "weight" must be a finite number`}},
	{"levels not a list", replace("levels:\n  - name: {en: Low}\n  - name: {en: High}\n", "levels: 2\n"), []string{
		`t.yaml:4:9: "levels" must be a list, got a number`}},

	// recommendations
	{"unknown dimension", base + "recommendations:\n" + edit(rec, "dimension: d", "dimension: e"), []string{
		`t.yaml:15:24: unknown dimension "e"`}},
	{"level out of range", base + "recommendations:\n" + edit(rec, "level: 1", "level: 2"), []string{
		`t.yaml:15:34: "level" must be from 1 to 1, got 2`}},
	{"bad horizon", base + "recommendations:\n" + edit(rec, "horizon: now", "horizon: soon"), []string{
		`t.yaml:15:46: horizon must be one of now, next, later, got "soon"`}},
	{"impact and effort out of range", base + "recommendations:\n" + edit(edit(rec, "impact: 1", "impact: 6"), "effort: 1", "effort: 0"), []string{
		`t.yaml:15:59: "impact" must be from 1 to 5, got 6`,
		`t.yaml:15:70: "effort" must be from 1 to 5, got 0`}},
	{"impact as string", base + "recommendations:\n" + edit(rec, "impact: 1", `impact: "4"`), []string{
		`t.yaml:15:59: "impact" must be a whole number, got a string`}},
	{"missing recommendation fields", base + "recommendations:\n  - id: r\n", []string{
		`t.yaml:15:5: missing field "dimension" in recommendation "r"`,
		`t.yaml:15:5: missing field "effort" in recommendation "r"`,
		`t.yaml:15:5: missing field "horizon" in recommendation "r"`,
		`t.yaml:15:5: missing field "impact" in recommendation "r"`,
		`t.yaml:15:5: missing field "level" in recommendation "r"`,
		`t.yaml:15:5: missing field "title" in recommendation "r"`}},
	{"unknown recommendations_from", base + "recommendations_from: nope\n", []string{
		`t.yaml:14:23: unknown built-in model "nope" in recommendations_from (built-in: other)`}},
}
