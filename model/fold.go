package model

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold is a name as it is matched: lower case, without accents, with
// spaces collapsed, so "nandu" finds "Ñandú" and "BANCO  sur" finds
// "Banco Sur". Each letter stays one rune, so positions in a folded
// name are positions in the name.
func Fold(s string) string {
	// Plain ASCII has no accents to strip. The home list folds every name
	// at each keystroke: decompose, drop the marks, recompose, without a
	// transform chain's buffers.
	if !isASCII(s) {
		s = norm.NFC.String(strings.Map(dropMark, norm.NFD.String(s)))
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// dropMark drops combining marks (the accents of a decomposed letter).
func dropMark(r rune) rune {
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	return r
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
