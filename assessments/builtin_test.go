package assessments

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
)

func TestBuiltin(t *testing.T) {
	list, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) == 0 {
		t.Fatal("no built-in models")
	}
	var ids []string
	for _, a := range list {
		ids = append(ids, a.ID)
		if err := invariants(a); err != nil {
			t.Errorf("%s: %v", a.ID, err)
		}
	}
	if !slices.IsSorted(ids) || !slices.Equal(ids, BuiltinIDs()) {
		t.Errorf("ids %v, BuiltinIDs %v", ids, BuiltinIDs())
	}
	// Copies: changing one must not change what the next caller gets.
	a, err := Get(ids[0])
	if err != nil {
		t.Fatal(err)
	}
	a.Name["en"] = "changed"
	a.Dimensions[0].Questions[0].Descriptors[0]["en"] = "changed"
	b, _ := Get(ids[0])
	if b.Name["en"] == "changed" || b.Dimensions[0].Questions[0].Descriptors[0]["en"] == "changed" {
		t.Error("Get returns shared values")
	}
	if _, err := Get("no-such-model"); err == nil || !strings.Contains(err.Error(), ids[0]) {
		t.Errorf("Get(unknown) = %v, want an error listing the built-in ids", err)
	}
}

// setModel is base with id and extra top-level lines.
func setModel(id, extra string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte(strings.Replace(base, "id: m\n", "id: "+id+"\n", 1) + extra)}
}

func TestParseSet(t *testing.T) {
	lib := "recommendations:\n" + rec
	set := fstest.MapFS{
		"a.yaml":     setModel("a", lib),
		"b.yaml":     setModel("b", "recommendations_from: c\n"),
		"c.yaml":     setModel("c", "recommendations_from: a\n"),
		"notes.txt":  {Data: []byte("not a model")},
		"x/d.yaml":   setModel("d", ""),
		"e.yaml.bak": {Data: []byte("not a model")},
	}
	list, err := parseSet(set, ".")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range list {
		got = append(got, a.ID+":"+strings.Join(recIDs(a), ","))
	}
	if want := "a:r b:r c:r"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %v", got, want)
	}

	bad := fstest.MapFS{
		"a.yaml": setModel("a", "recommendations_from: b\n"),
		"b.yaml": setModel("b", "recommendations_from: a\n"),
		"c.yaml": setModel("c", "recommendations_from: zz\n"),
		"d.yaml": setModel("a", ""),
		"e.yaml": {Data: []byte("id: [")},
	}
	_, err = parseSet(bad, ".")
	want := []string{
		`a.yaml:14:23: recommendations_from forms a cycle: a -> b -> a`,
		`c.yaml:14:23: unknown built-in model "zz" in recommendations_from`,
		`d.yaml:1:1: model id "a" is also used by a.yaml`,
		`e.yaml:1:5: YAML syntax error: sequence end token ']' not found`,
	}
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Errorf("got:\n%v\nwant:\n%s", err, strings.Join(want, "\n"))
	}
}

func recIDs(a *model.Assessment) []string {
	var out []string
	for _, r := range a.Recommendations {
		out = append(out, r.ID)
	}
	return out
}

func TestLoad(t *testing.T) {
	id := BuiltinIDs()[0]
	if a, err := Load(id); err != nil || a.ID != id {
		t.Errorf("Load(%q) = %v, %v", id, a, err)
	}
	if a, err := Load("testdata/custom-4-levels.yaml"); err != nil || a.ID != "ex-pulse" {
		t.Errorf("Load(file) = %v, %v", a, err)
	}
	if _, err := Load("no-such-model"); err == nil || !strings.Contains(err.Error(), `unknown assessment "no-such-model"`) {
		t.Errorf("Load(unknown id) = %v", err)
	}
	if _, err := Load("testdata/missing.yaml"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(missing file) = %v, want not exist", err)
	}
	broken := filepath.Join(t.TempDir(), "broken.yaml")
	writeFile(t, broken, replace("name: {en: D}", "nam: {en: D}"))
	var es Errors
	if _, err := Load(broken); !errors.As(err, &es) || es[0].File != broken {
		t.Errorf("Load(broken) = %v, want Errors naming the file", err)
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestListAndLoadFrom(t *testing.T) {
	dir := t.TempDir()
	custom, err := os.ReadFile("testdata/custom-4-levels.yaml")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "pulse.yaml"), string(custom))
	writeFile(t, filepath.Join(dir, "broken.yml"), "id: [")
	writeFile(t, filepath.Join(dir, "copy.yaml"), strings.Replace(base, "id: m\n", "id: "+BuiltinIDs()[0]+"\n", 1))
	writeFile(t, filepath.Join(dir, "again.yaml"), string(custom))
	writeFile(t, filepath.Join(dir, "notes.txt"), "not a model")

	list, err := List(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range list {
		s := e.ID + " " + e.Source
		if e.Builtin() {
			s = e.ID + " built-in"
		}
		if e.Err != nil {
			s += " ERR"
		}
		if (e.Err == nil) != (e.Assessment != nil) {
			t.Errorf("%s: Assessment and Err both set or both nil", s)
		}
		got = append(got, strings.ReplaceAll(s, dir+string(filepath.Separator), ""))
	}
	var want []string
	for _, id := range BuiltinIDs() {
		want = append(want, id+" built-in")
	}
	// Sorted by file name; again.yaml comes first, so pulse.yaml is the
	// one whose id is taken.
	want = append(want, "ex-pulse again.yaml", "broken broken.yml ERR", BuiltinIDs()[0]+" copy.yaml ERR", "ex-pulse pulse.yaml ERR")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("List:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// A taken id is a model-file problem like any other: told in the
	// reader's language, at FILE:LINE:COL.
	for _, e := range list {
		if strings.HasSuffix(e.Source, "pulse.yaml") && !strings.HasSuffix(e.Source, "again.yaml") {
			var es Errors
			if !errors.As(e.Err, &es) {
				t.Fatalf("pulse.yaml: %T %v, want Errors", e.Err, e.Err)
			}
			if got := es.In(i18n.For("es").Validator); !strings.HasSuffix(got, `pulse.yaml:1:1: el id de modelo "ex-pulse" también lo usa `+filepath.Join(dir, "again.yaml")) {
				t.Errorf("in Spanish: %s", got)
			}
		}
		if strings.HasSuffix(e.Source, "copy.yaml") {
			var es Errors
			if !errors.As(e.Err, &es) || !strings.HasSuffix(es.In(i18n.For("es").Validator), "también lo usa un modelo integrado") {
				t.Errorf("copy.yaml in Spanish: %v", e.Err)
			}
		}
	}

	if list, err := List(filepath.Join(dir, "missing")); err != nil || len(list) != len(BuiltinIDs()) {
		t.Errorf("List(missing dir) = %d entries, %v", len(list), err)
	}
	if a, err := LoadFrom("ex-pulse", dir); err != nil || len(a.Levels) != 4 {
		t.Errorf("LoadFrom(config id) = %v, %v", a, err)
	}
	if _, err := LoadFrom("ex-pulse", ""); err == nil {
		t.Error("LoadFrom without a config dir found a config model")
	}
}

func TestConfigDir(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/x/config")
	if d, err := ConfigDir(); err != nil || d != filepath.Join("/x/config", "cxmap", "assessments") {
		t.Errorf("ConfigDir = %q, %v", d, err)
	}
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "/home/u")
	if d, err := ConfigDir(); err != nil || d != filepath.Join("/home/u", ".config", "cxmap", "assessments") {
		t.Errorf("ConfigDir without XDG_CONFIG_HOME = %q, %v", d, err)
	}
}

func TestParseRecommendationsFromBuiltin(t *testing.T) {
	src := `id: mine
version: "1"
name: {en: Mine}
levels: [{name: {en: A}}, {name: {en: B}}, {name: {en: C}}, {name: {en: D}}, {name: {en: E}}]
dimensions:
  - id: strategy
    name: {en: Strategy}
    questions:
      - id: s.q
        text: {en: Q}
        descriptors: [{en: a}, {en: b}, {en: c}, {en: d}, {en: e}]
recommendations_from: cx-maturity
`
	a, err := Parse("mine.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Recommendations) == 0 {
		t.Fatal("no recommendations taken from cx-maturity")
	}
	for _, r := range a.Recommendations {
		if r.Dimension != "strategy" {
			t.Errorf("%s: dimension %q is not in the model", r.ID, r.Dimension)
		}
	}
	if err := invariants(a); err != nil {
		t.Error(err)
	}
	_, err = Parse("mine.yaml", []byte(strings.Replace(src, "from: cx-maturity", "from: cx-nothing", 1)))
	want := `mine.yaml:12:23: unknown built-in model "cx-nothing" in recommendations_from (built-in: ` +
		strings.Join(BuiltinIDs(), ", ") + ")"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}
