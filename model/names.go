package model

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/cxmap/cxmap/textsafe"
)

// NameKey is how a person's name is matched: trimmed, in Unicode NFC (a
// name typed on a Mac arrives decomposed, NFD, one typed on Windows
// composed) and regardless of case, so one person is one participant.
func NameKey(name string) string {
	return strings.ToLower(norm.NFC.String(strings.TrimSpace(name)))
}

// OneLineNames makes the bundle's single-line fields single-line: the
// names of the workshop, its client and facilitator, participants (and
// their roles), journeys (and personas), stages and lanes. A line break in
// one (from a file written by hand or by an older cxmap) becomes a space.
// It returns the fields it changed, to tell the user.
func (b *Bundle) OneLineNames() []string {
	var changed []string
	fix := func(s *string, what string) {
		if textsafe.HasLineBreak(*s) {
			*s = textsafe.OneLine(*s)
			changed = append(changed, what)
		}
	}
	fix(&b.Workshop.Name, "workshop name")
	fix(&b.Workshop.Client, "client")
	fix(&b.Workshop.Facilitator, "facilitator")
	for i := range b.Participants {
		fix(&b.Participants[i].Name, fmt.Sprintf("participant %d name", i+1))
		fix(&b.Participants[i].Role, fmt.Sprintf("participant %d role", i+1))
	}
	for i := range b.Journeys {
		j := &b.Journeys[i]
		fix(&j.Name, fmt.Sprintf("journey %d name", i+1))
		fix(&j.Persona, fmt.Sprintf("journey %d persona", i+1))
		for s := range j.Stages {
			fix(&j.Stages[s].Name, fmt.Sprintf("journey %d stage %d name", i+1, s+1))
		}
		for l := range j.Lanes {
			fix(&j.Lanes[l].Name, fmt.Sprintf("journey %d lane %d name", i+1, l+1))
		}
	}
	return changed
}
