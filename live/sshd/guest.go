package sshd

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	gossh "golang.org/x/crypto/ssh"

	"github.com/cxmap/cxmap/live"
)

// A participant of a live session logs in with the session's join code as
// the user name (`ssh -p PORT K7PQ2M@HOST`): no key needs to be listed
// anywhere. Who they are across dropped connections comes from what their
// client proves: the key it signed with, or, for a client with no key,
// a rejoin code given to them on screen and typed after the join code
// (`K7PQ2M-ABCD2345@HOST`). Either becomes the participant's token through
// an HMAC with the server's secret, so nobody can compute another's token
// from a public key or read it from the database.

// Guest is one participant connection, as the guest app needs it.
type Guest struct {
	Client
	Code  string // the join code, upper case
	Token string // the participant's secret in the live session
	// Rejoin is the command that brings a keyless client back as the
	// same person; "" when its key does.
	Rejoin string
}

// Guests are the live sessions this process runs, as SSH reaches them.
type Guests struct {
	// Running reports whether a live session with this join code runs.
	Running func(code string) bool
	// Known reports whether token already belongs to a participant of the
	// session with this join code.
	Known func(code, token string) bool
	// App builds the participant's program, like Options.App.
	App func(ctx context.Context, r *lipgloss.Renderer, g Guest) (tea.Model, func(), error)
}

// rejoinLen is the rejoin code's length: 31^8 (about 10^12) codes, each
// valid only with its session's join code, against a capped guesser.
const rejoinLen = 8

// parseGuest splits a user name CODE or CODE-REJOIN, any case, into its
// upper-case parts; ok is false for a name that cannot be one.
func parseGuest(user string) (code, rejoin string, ok bool) {
	user = strings.ToUpper(user)
	code, rejoin, _ = strings.Cut(user, "-")
	if len(code) != live.JoinCodeLen || !inAlphabet(code) {
		return "", "", false
	}
	if rejoin != "" && (len(rejoin) != rejoinLen || !inAlphabet(rejoin)) {
		return "", "", false
	}
	return code, rejoin, true
}

func inAlphabet(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune(live.JoinAlphabet, r) {
			return false
		}
	}
	return true
}

// newRejoin returns a fresh rejoin code.
func newRejoin() string { return live.NewCode(rejoinLen) }

// guestToken is the participant's token for what identifies the client:
// kind "key" with the key's wire form, or "rejoin" with the code.
func guestToken(secret []byte, code, kind string, id []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("cxmap ssh participant\x00" + code + "\x00" + kind + "\x00"))
	m.Write(id)
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// keyToken and rejoinToken are guestToken for the two kinds.
func keyToken(secret []byte, code string, k gossh.PublicKey) string {
	return guestToken(secret, code, "key", k.Marshal())
}

func rejoinToken(secret []byte, code, rejoin string) string {
	return guestToken(secret, code, "rejoin", []byte(rejoin))
}

// Command is the ssh command that logs user in at reached (host:port),
// the address a client reached, so it works from where they are; "" when
// reached is no such address.
func Command(reached, user string) string {
	host, port, err := net.SplitHostPort(reached)
	if err != nil {
		return ""
	}
	cmd := "ssh "
	if port != "22" {
		cmd += "-p " + port + " "
	}
	return cmd + user + "@" + host
}
