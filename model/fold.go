package model

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold is a name as it is matched: lower case, without accents, with
// spaces collapsed, so "nandu" finds "Ñandú" and "BANCO  sur" finds
// "Banco Sur". Each letter stays one rune, so positions in a folded
// name are positions in the name.
func Fold(s string) string {
	// Plain ASCII has no accents to strip: the home list folds every name
	// at each keystroke, and the Unicode chain costs far more than the rest.
	if !isASCII(s) {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if out, _, err := transform.String(t, s); err == nil {
			s = out
		}
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
