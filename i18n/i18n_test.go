package i18n

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestLanguagesHaveTheSameKeys(t *testing.T) {
	for k := range english {
		if _, ok := spanish[k]; !ok {
			t.Errorf("missing in es: %s", k)
		}
	}
	for k := range spanish {
		if _, ok := english[k]; !ok {
			t.Errorf("missing in en: %s", k)
		}
	}
}

func TestSameVerbsInBothLanguages(t *testing.T) {
	verb := regexp.MustCompile(`%[0-9.]*[a-zA-Z]`)
	for k, en := range english {
		if a, b := verb.FindAllString(en, -1), verb.FindAllString(spanish[k], -1); strings.Join(a, "") != strings.Join(b, "") {
			t.Errorf("%s: en has %v, es has %v", k, a, b)
		}
	}
}

// Every key the code asks for exists: a forgotten key would show raw.
func TestEveryUsedKeyExists(t *testing.T) {
	call := regexp.MustCompile(`\bT\("([a-z_.]+)"`)
	filepath.Walk("..", func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, _ := os.ReadFile(path)
		for _, m := range call.FindAllStringSubmatch(string(b), -1) {
			if strings.HasSuffix(m[1], ".") {
				// A prefix completed at run time ("rm.h." + horizon).
				if !hasPrefix(m[1]) {
					t.Errorf("%s: no key starts with %q", path, m[1])
				}
				continue
			}
			if _, ok := english[m[1]]; !ok {
				t.Errorf("%s: unknown key %q", path, m[1])
			}
		}
		return nil
	})
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct{ flag, lcAll, lang, want string }{
		{"es", "", "", "es"},
		{"", "es_ES.UTF-8", "", "es"},
		{"", "", "es_MX.UTF-8", "es"},
		{"", "C", "es_ES.UTF-8", "en"},
		{"", "", "en_GB.UTF-8", "en"},
		{"", "", "", "en"},
	} {
		t.Setenv("LC_ALL", tc.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tc.lang)
		if got := Detect(tc.flag); got != tc.want {
			t.Errorf("Detect(%q) with LC_ALL=%q LANG=%q = %q, want %q", tc.flag, tc.lcAll, tc.lang, got, tc.want)
		}
	}
}

func TestT(t *testing.T) {
	if got := For("es").T("home.deleted", "Ñandú"); got != `Borrado "Ñandú".` {
		t.Errorf("got %q", got)
	}
	if For("fr").Lang() != EN {
		t.Error("unknown language should fall back to English")
	}
}

func hasPrefix(p string) bool {
	for k := range english {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

func TestScore(t *testing.T) {
	if got := For(ES).Score(2.25); got != "2,2" && got != "2,3" {
		t.Errorf("es: %q", got)
	}
	if got := For(ES).Signed(0.3); got != "+0,3" {
		t.Errorf("es signed: %q", got)
	}
	if got := For(EN).Signed(-1); got != "-1.0" {
		t.Errorf("en signed: %q", got)
	}
}

// The validator's Spanish keeps the English verbs in the same order, and
// an unknown format stays in English.
func TestValidatorSpanish(t *testing.T) {
	for en, es := range validatorES {
		if a, b := string(verbsOf(en)), string(verbsOf(es)); a != b {
			t.Errorf("%q has verbs %q, its Spanish %q has %q", en, a, es, b)
		}
	}
	es := For(ES)
	if got := es.Validator("%s must be %s, got %s", "weight", "a number", "a string"); got != "weight debe ser un número, y es un texto" {
		t.Errorf("kinds: %q", got)
	}
	if got := es.Validator("duplicate %s id %q (first at line %d)", "dimension", "dimension", 3); got != `id de dimensión "dimension" repetido (la primera vez en la línea 3)` {
		t.Errorf("id kind: %q", got)
	}
	if got := es.Validator("unknown field %q in %s%s", "a map", "the model", ""); got != `campo "a map" desconocido en el modelo` {
		t.Errorf("a %%q argument is the user's text: %q", got)
	}
	if got := es.Validator("no such message %d", 7); got != "no such message 7" {
		t.Errorf("unknown format: %q", got)
	}
	if got := For(EN).Validator("a model needs %d to %d levels, got %d", 2, 9, 1); got != "a model needs 2 to 9 levels, got 1" {
		t.Errorf("English: %q", got)
	}
}

func TestFromEnv(t *testing.T) {
	for _, c := range []struct {
		env  []string
		want string
		ok   bool
	}{
		{nil, "", false},
		{[]string{"TERM=xterm"}, "", false},
		{[]string{"LANG=es_ES.UTF-8"}, ES, true},
		{[]string{"LANG=es_AR.UTF-8"}, ES, true},
		{[]string{"LANG=en_GB.UTF-8"}, EN, true},
		{[]string{"LANG=C.UTF-8"}, EN, true},
		{[]string{"LANG=es_ES.UTF-8", "LC_ALL=en_US.UTF-8"}, EN, true},
		{[]string{"LANG=en_US.UTF-8", "LC_MESSAGES=es_MX.UTF-8"}, ES, true},
		{[]string{"LC_ALL=", "LANG=es_ES.UTF-8"}, ES, true},
	} {
		got, ok := FromEnv(c.env)
		if got != c.want || ok != c.ok {
			t.Errorf("FromEnv(%q) = %q, %v; want %q, %v", c.env, got, ok, c.want, c.ok)
		}
	}
}
