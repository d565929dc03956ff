package sshd

import (
	"net"
	"strings"
	"sync"
	"time"

	"github.com/gliderlabs/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Who a connection logged in as, kept in its context by the auth
// handlers. golang.org/x/crypto calls the public-key handler last with
// the key that authenticates, so the last value written is the one that
// let the client in; a keyboard-interactive login clears the key, so a
// key merely offered before it never becomes the participant's identity.
type ctxKey string

const (
	ctxRole     ctxKey = "cxmap-role"
	ctxGuestKey ctxKey = "cxmap-guest-key"
	ctxGuessed  ctxKey = "cxmap-guessed" // the last name counted as a guess
	ctxTold     ctxKey = "cxmap-told"    // the last name told it opens nothing

	roleFacilitator = "facilitator"
	roleGuest       = "guest"
)

// admitted reports whether user opens a running live session: a join
// code, and with it a rejoin code the session knows. looksLikeCode is
// true for a name in the join code's form, admitted or not.
func (s *Server) admitted(user string) (admitted, looksLikeCode bool) {
	code, rejoin, ok := parseGuest(user)
	if !ok {
		return false, false
	}
	if s.o.Guests.Running == nil || !s.o.Guests.Running(code) {
		return false, true
	}
	if rejoin != "" && (s.o.Guests.Known == nil || !s.o.Guests.Known(code, rejoinToken(s.o.Secret, code, rejoin))) {
		return false, true
	}
	return true, true
}

// publicKey admits a participant with any key (the key is who they are),
// and a facilitator only with a key in the authorized_keys file.
func (s *Server) publicKey(ctx ssh.Context, key ssh.PublicKey) bool {
	guest, looks := s.admitted(ctx.User())
	if guest {
		ctx.SetValue(ctxRole, roleGuest)
		ctx.SetValue(ctxGuestKey, key)
		return true
	}
	// Without an app for facilitators (cxmap live --ssh) nobody logs in
	// as one, whatever the authorized_keys file says.
	ok := s.o.App != nil && authorized(s.o.AuthorizedKeys, key)
	if looks && !ok {
		s.guessed(ctx)
	}
	role := ""
	if ok {
		role = roleFacilitator
	}
	ctx.SetValue(ctxRole, role)
	ctx.SetValue(ctxGuestKey, nil)
	s.o.Log.Info("ssh auth", "user", ctx.User(), "addr", ctx.RemoteAddr().String(), "key", Fingerprint(key), "ok", ok)
	return ok
}

// keyboardInteractive admits a participant whose client has no key,
// asking nothing. A name that looks like a join code but opens nothing
// is told so (OpenSSH prints the instruction), and counts as a guess.
func (s *Server) keyboardInteractive(ctx ssh.Context, challenge gossh.KeyboardInteractiveChallenge) bool {
	ok, looks := s.admitted(ctx.User())
	if ok {
		ctx.SetValue(ctxRole, roleGuest)
		ctx.SetValue(ctxGuestKey, nil)
		return true
	}
	if looks {
		s.guessed(ctx)
		// OpenSSH asks up to three times: say it once.
		if told, _ := ctx.Value(ctxTold).(string); told != ctx.User() {
			ctx.SetValue(ctxTold, ctx.User())
			s.o.Log.Info("ssh refused: no live session", "user", ctx.User(), "addr", ctx.RemoteAddr().String())
			_, _ = challenge("", s.o.Cat.T("ssh.err.no_session", strings.ToUpper(ctx.User())), nil, nil)
		}
	}
	return false
}

// guessed counts a login with a join code that opens nothing, once per
// name a connection tries (a client offering three keys guesses once; one
// trying several names in one connection, each time).
func (s *Server) guessed(ctx ssh.Context) {
	if v, _ := ctx.Value(ctxGuessed).(string); v == ctx.User() {
		return
	}
	ctx.SetValue(ctxGuessed, ctx.User())
	s.guesses.add(ctx.RemoteAddr())
}

// guesses counts, per IP address, the logins with a join code that opens
// nothing: an address that keeps guessing is refused for a while, so the
// codes (about 10^9) cannot be tried one after another.
type guesses struct {
	mu     sync.Mutex
	window time.Duration
	max    int
	now    func() time.Time
	seen   map[string][]time.Time
}

const (
	maxGuesses   = 20
	guessWindow  = 10 * time.Minute
	maxAddresses = 10000 // beyond this the oldest are forgotten first
)

func newGuesses() *guesses {
	return &guesses{window: guessWindow, max: maxGuesses, now: time.Now, seen: map[string][]time.Time{}}
}

func hostOf(a net.Addr) string {
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// recent drops the guesses older than the window; g.mu is held.
func (g *guesses) recent(host string) []time.Time {
	ts := g.seen[host]
	cut := g.now().Add(-g.window)
	i := 0
	for i < len(ts) && ts[i].Before(cut) {
		i++
	}
	ts = ts[i:]
	if len(ts) == 0 {
		delete(g.seen, host)
	} else {
		g.seen[host] = ts
	}
	return ts
}

func (g *guesses) add(a net.Addr) {
	g.mu.Lock()
	defer g.mu.Unlock()
	host := hostOf(a)
	if len(g.seen) >= maxAddresses {
		for h := range g.seen {
			g.recent(h)
		}
	}
	g.seen[host] = append(g.recent(host), g.now())
}

func (g *guesses) blocked(a net.Addr) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.recent(hostOf(a))) >= g.max
}
