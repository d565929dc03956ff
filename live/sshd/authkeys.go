package sshd

import (
	"bytes"
	"os"

	gossh "golang.org/x/crypto/ssh"
)

// authorized reports whether key is listed in the authorized_keys file at
// path. The file is read on every attempt, so adding or removing a
// facilitator's key needs no restart; a missing or unreadable file lets
// nobody in. Lines that do not parse are skipped, as OpenSSH does.
func authorized(path string, key gossh.PublicKey) bool {
	if path == "" {
		return false
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	want := key.Marshal()
	for len(b) > 0 {
		k, _, _, rest, err := gossh.ParseAuthorizedKey(b)
		if err != nil {
			return false // nothing more parses
		}
		if bytes.Equal(k.Marshal(), want) {
			return true
		}
		b = rest
	}
	return false
}
