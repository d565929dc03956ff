package live

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

// hasControl reports control and bidirectional-override characters: a
// name shown on the projector must not rearrange it.
func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			return true
		}
	}
	return false
}

// NewToken returns 192 random bits, URL-safe: a phone's or the
// facilitator's secret.
func NewToken() string {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("crypto/rand: %v", err)) // never happens on supported systems
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// JoinAlphabet has no 0/O or 1/I/L, so codes read aloud are typed right.
const JoinAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// JoinCodeLen is a join code's length: short enough to read off a
// projector, with 31^6 (about 10^9) possibilities against a rate-limited
// guesser.
const JoinCodeLen = 6

// NewJoinCode returns JoinCodeLen characters from JoinAlphabet.
func NewJoinCode() string { return NewCode(JoinCodeLen) }

// NewCode returns n random characters from JoinAlphabet.
func NewCode(n int) string {
	out := make([]byte, 0, n)
	b := make([]byte, 1)
	for len(out) < n {
		if _, err := rand.Read(b); err != nil {
			panic(fmt.Sprintf("crypto/rand: %v", err))
		}
		// Rejecting the top bytes keeps every character equally likely.
		if int(b[0]) < 256/len(JoinAlphabet)*len(JoinAlphabet) {
			out = append(out, JoinAlphabet[int(b[0])%len(JoinAlphabet)])
		}
	}
	return string(out)
}

// Hash is the stored form of a token.
func Hash(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}
