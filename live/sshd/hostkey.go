package sshd

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// LoadHostKey reads the server's host key at path, generating an Ed25519
// key there (mode 0600) when there is none yet, so clients see the same
// fingerprint on every start. created says this start made it.
func LoadHostKey(path string) (signer gossh.Signer, created bool, err error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err := generateHostKey(path); err != nil {
			return nil, false, err
		}
		created = true
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, false, err
	}
	signer, err = gossh.ParsePrivateKey(b)
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", path, err)
	}
	return signer, created, nil
}

func generateHostKey(path string) error {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	block, err := gossh.MarshalPrivateKey(priv, "cxmap host key")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	// O_EXCL: two servers starting at once never overwrite each other's key.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if err := pem.Encode(f, block); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	return f.Close()
}

// Fingerprint is the key's SHA256 fingerprint as OpenSSH prints it.
func Fingerprint(k gossh.PublicKey) string { return gossh.FingerprintSHA256(k) }

// TokenSecret is the secret participants' tokens are keyed with (see
// guest.go), derived from the host key file so that it stays the same
// across restarts, is as private as the host key, and needs no file of
// its own. Replacing the host key makes every participant join again.
func TokenSecret(hostKeyPath string) ([]byte, error) {
	b, err := os.ReadFile(hostKeyPath)
	if err != nil {
		return nil, err
	}
	h := sha256.Sum256(append([]byte("cxmap participant tokens\x00"), b...))
	return h[:], nil
}
