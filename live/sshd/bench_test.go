package sshd

import (
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// What one login costs the server, client included (both run here): the
// handshake, authentication, a terminal and a program that ends at once.
// A room of 60 participants logging in at once is 60 of these.
func BenchmarkLogin(b *testing.B) {
	fac := newKey(b)
	gs := newGuestServer(b, fac.PublicKey())
	guest := newKey(b)
	var shown []string
	for _, c := range []struct {
		name, user string
		auth       gossh.AuthMethod
	}{
		{"facilitator", "ana", gossh.PublicKeys(fac)},
		{"participant-key", "K7PQ2M", gossh.PublicKeys(guest)},
		{"participant-keyless", "K7PQ2M", noAnswers(&shown)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := gs.session(b, c.user, c.auth); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
