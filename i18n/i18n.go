// Package i18n is cxmap's one small catalog of interface strings in
// English and Spanish, and the rule for choosing the language.
package i18n

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Lang codes the catalog knows.
const (
	EN = "en"
	ES = "es"
)

// Catalog looks up strings in one language.
type Catalog struct{ lang string }

// For returns the catalog for lang; anything unknown falls back to English.
func For(lang string) Catalog {
	if lang == ES {
		return Catalog{ES}
	}
	return Catalog{EN}
}

// Lang is the catalog's language code.
func (c Catalog) Lang() string { return c.lang }

// T returns the string for key, formatted with args when given. A missing
// key shows itself, so a gap is visible in tests rather than blank.
func (c Catalog) T(key string, args ...any) string {
	s, ok := c.lookup(key)
	if !ok {
		return key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Valid reports whether lang is a language cxmap speaks.
func Valid(lang string) bool { return lang == EN || lang == ES }

// Detect chooses the language: the flag if given, else LC_ALL, LC_MESSAGES
// and LANG in the order POSIX gives them; Spanish for any es_* locale.
func Detect(flag string) string {
	if flag != "" {
		return flag
	}
	if lang, ok := fromLocale(os.Getenv); ok {
		return lang
	}
	return EN
}

// FromEnv is the language of a locale in env (KEY=VALUE pairs, such as
// an SSH client sends with SendEnv LANG LC_*); ok is false when env names
// no locale.
func FromEnv(env []string) (lang string, ok bool) {
	return fromLocale(func(k string) string {
		for _, kv := range env {
			if v, found := strings.CutPrefix(kv, k+"="); found {
				return v
			}
		}
		return ""
	})
}

// fromLocale reads LC_ALL, LC_MESSAGES and LANG in the order POSIX gives
// them: Spanish for any es_* locale, else English.
func fromLocale(get func(string) string) (string, bool) {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := get(v); s != "" {
			if strings.HasPrefix(strings.ToLower(s), "es") {
				return ES, true
			}
			return EN, true
		}
	}
	return "", false
}

// Score formats a score with one decimal, with a decimal comma in
// Spanish, as the exported report does.
func (c Catalog) Score(f float64) string {
	s := strconv.FormatFloat(f, 'f', 1, 64)
	if c.lang == ES {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Signed is Score with a sign: +0,3 or -1,0.
func (c Catalog) Signed(f float64) string {
	if f > 0 {
		return "+" + c.Score(f)
	}
	return c.Score(f)
}

// merge adds a screen's or writer's own strings to the catalog; each
// table lives in its own file and calls this from init.
func merge(en, es map[string]string) {
	for k, v := range en {
		english[k] = v
	}
	for k, v := range es {
		spanish[k] = v
	}
}
