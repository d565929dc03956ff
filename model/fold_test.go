package model

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold gives ASCII names (its fast path) exactly what the Unicode chain
// gives, and strips accents from the others.
func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Tienda Ñandú", "tienda nandu"},
		{"  BANCO   sur ", "banco sur"},
		{"Workshop 0123\tClient 17", "workshop 0123 client 17"},
		{"Cafe\u0301 São Paulo", "cafe sao paulo"},
		{"", ""},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// The Unicode chain alone, as Fold did before its ASCII fast path.
	slow := func(s string) string {
		out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
		if err != nil {
			out = s
		}
		return strings.Join(strings.Fields(strings.ToLower(out)), " ")
	}
	for _, s := range []string{"Workshop 0123", "A-b_C (2)", "x\x00y", "#7 ~ok", " Tab\there ", "Ñandú",
		"Cafe\u0301", "ÅNGSTRÖM Ærø", "bad \xff\xfe utf8 é", "Ǆemal ﬁ ½", "e\u0301\u0301\u0323", "İstanbul ß", "日本語 テスト"} {
		if Fold(s) != slow(s) {
			t.Errorf("Fold(%q) = %q, the Unicode chain gives %q", s, Fold(s), slow(s))
		}
	}
}

// BenchmarkFoldASCII and BenchmarkFoldAccents are the home filter's work
// per name and keystroke.
func BenchmarkFoldASCII(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Fold("Workshop 0123 Client 17")
	}
}

func BenchmarkFoldAccents(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Fold("Taller 0123 Cliente Ñandú")
	}
}
