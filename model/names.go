package model

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// NameKey is how a person's name is matched: trimmed, in Unicode NFC (a
// name typed on a Mac arrives decomposed, NFD, one typed on Windows
// composed) and regardless of case, so one person is one participant.
func NameKey(name string) string {
	return strings.ToLower(norm.NFC.String(strings.TrimSpace(name)))
}
