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
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.Join(strings.Fields(strings.ToLower(out)), " ")
}
