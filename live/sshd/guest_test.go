package sshd

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	gossh "golang.org/x/crypto/ssh"

	"github.com/cxmap/cxmap/i18n"
)

// quitNow is a program that ends at once, so the session closes.
type quitNow struct{}

func (quitNow) Init() tea.Cmd                       { return tea.Quit }
func (quitNow) Update(tea.Msg) (tea.Model, tea.Cmd) { return quitNow{}, nil }
func (quitNow) View() string                        { return "" }

func TestParseGuest(t *testing.T) {
	for _, c := range []struct {
		user, code, rejoin string
		ok                 bool
	}{
		{"K7PQ2M", "K7PQ2M", "", true},
		{"k7pq2m", "K7PQ2M", "", true},
		{"K7PQ2M-ABCD2345", "K7PQ2M", "ABCD2345", true},
		{"k7pq2m-abcd2345", "K7PQ2M", "ABCD2345", true},
		{"K7PQ2", "", "", false},           // too short
		{"K7PQ2MX", "", "", false},         // too long
		{"K7PQ0M", "", "", false},          // 0 is not in the alphabet
		{"K7PQ2M-ABC", "", "", false},      // rejoin too short
		{"K7PQ2M-ABCD234O", "", "", false}, // O is not in the alphabet
		{"ana", "", "", false},
		{"", "", "", false},
	} {
		code, rejoin, ok := parseGuest(c.user)
		if code != c.code || rejoin != c.rejoin || ok != c.ok {
			t.Errorf("parseGuest(%q) = %q, %q, %v; want %q, %q, %v", c.user, code, rejoin, ok, c.code, c.rejoin, c.ok)
		}
	}
	for range 100 {
		r := newRejoin()
		if _, got, ok := parseGuest("K7PQ2M-" + r); !ok || got != r {
			t.Fatalf("a new rejoin code %q does not parse back", r)
		}
	}
}

// guestServer runs a server with one live session, code K7PQ2M, whose
// participants are the tokens in known; every guest program the server
// starts is recorded.
type guestServer struct {
	srv    *Server
	mu     sync.Mutex
	known  map[string]bool
	guests []Guest
	facs   int
}

func newGuestServer(t testing.TB, facilitator gossh.PublicKey) *guestServer {
	t.Helper()
	dir := t.TempDir()
	keys := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(keys, gossh.MarshalAuthorizedKey(facilitator), 0o600); err != nil {
		t.Fatal(err)
	}
	gs := &guestServer{known: map[string]bool{}}
	gs.srv = New(Options{
		Addr: "127.0.0.1:0", HostKey: newKey(t), AuthorizedKeys: keys, Cat: i18n.For("en"), Secret: []byte("test secret"),
		App: func(context.Context, *lipgloss.Renderer, Client) (tea.Model, func(), error) {
			gs.mu.Lock()
			gs.facs++
			gs.mu.Unlock()
			return quitNow{}, func() {}, nil
		},
		Guests: Guests{
			Running: func(code string) bool { return code == "K7PQ2M" },
			Known: func(code, token string) bool {
				gs.mu.Lock()
				defer gs.mu.Unlock()
				return code == "K7PQ2M" && gs.known[token]
			},
			App: func(_ context.Context, _ *lipgloss.Renderer, g Guest) (tea.Model, func(), error) {
				gs.mu.Lock()
				gs.guests = append(gs.guests, g)
				gs.mu.Unlock()
				return quitNow{}, func() {}, nil
			},
		},
	})
	if err := gs.srv.Listen(); err != nil {
		t.Fatal(err)
	}
	go gs.srv.Serve()
	t.Cleanup(func() { gs.srv.Close() })
	return gs
}

// session logs in as user with auth and opens a terminal; it returns
// what the server wrote to stderr (a refusal) and the login error.
func (gs *guestServer) session(t testing.TB, user string, auth ...gossh.AuthMethod) (string, error) {
	t.Helper()
	c, err := gossh.Dial("tcp", gs.srv.Addr(), &gossh.ClientConfig{User: user, Auth: auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
	if err != nil {
		return "", err
	}
	defer c.Close()
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var errb strings.Builder
	s.Stderr = &errb
	if err := s.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := s.Shell(); err != nil {
		t.Fatal(err)
	}
	_ = s.Wait()
	return errb.String(), nil
}

func (gs *guestServer) last(t *testing.T) Guest {
	t.Helper()
	gs.mu.Lock()
	defer gs.mu.Unlock()
	if len(gs.guests) == 0 {
		t.Fatal("no participant program started")
	}
	return gs.guests[len(gs.guests)-1]
}

// noAnswers is a keyboard-interactive client that answers nothing and
// records the instructions it was shown.
func noAnswers(shown *[]string) gossh.AuthMethod {
	return gossh.KeyboardInteractive(func(name, instruction string, questions []string, echos []bool) ([]string, error) {
		*shown = append(*shown, instruction)
		return make([]string, len(questions)), nil
	})
}

// A participant is who their key says, whatever key it is; a client
// without a key gets a rejoin code, and with it finds itself again.
func TestGuestIdentity(t *testing.T) {
	fac := newKey(t)
	gs := newGuestServer(t, fac.PublicKey())
	ana, bea := newKey(t), newKey(t)

	if _, err := gs.session(t, "K7PQ2M", gossh.PublicKeys(ana)); err != nil {
		t.Fatalf("a participant's unlisted key was refused: %v", err)
	}
	g1 := gs.last(t)
	if g1.Code != "K7PQ2M" || g1.Token == "" || g1.Rejoin != "" {
		t.Errorf("key participant: %+v", g1)
	}
	if _, err := gs.session(t, "k7pq2m", gossh.PublicKeys(ana)); err != nil {
		t.Fatal(err)
	}
	if g2 := gs.last(t); g2.Token != g1.Token {
		t.Error("the same key, typed in lower case, is not the same participant")
	}
	if _, err := gs.session(t, "K7PQ2M", gossh.PublicKeys(bea)); err != nil {
		t.Fatal(err)
	}
	if g3 := gs.last(t); g3.Token == g1.Token {
		t.Error("two keys got one token")
	}

	var shown []string
	if _, err := gs.session(t, "K7PQ2M", noAnswers(&shown)); err != nil {
		t.Fatalf("a keyless participant was refused: %v", err)
	}
	k := gs.last(t)
	prefix := "ssh -p " + strings.Split(gs.srv.Addr(), ":")[1] + " K7PQ2M-"
	if !strings.HasPrefix(k.Rejoin, prefix) || !strings.HasSuffix(k.Rejoin, "@127.0.0.1") {
		t.Fatalf("rejoin command %q, want %s…@127.0.0.1", k.Rejoin, prefix)
	}
	user := strings.TrimSuffix(strings.TrimPrefix(k.Rejoin, prefix[:len(prefix)-len("K7PQ2M-")]), "@127.0.0.1")
	// Until the participant joined, the rejoin code opens nothing.
	if _, err := gs.session(t, user, noAnswers(&shown)); err == nil {
		t.Error("a rejoin code nobody joined with let a client in")
	}
	gs.mu.Lock()
	gs.known[k.Token] = true
	gs.mu.Unlock()
	if _, err := gs.session(t, user, noAnswers(&shown)); err != nil {
		t.Fatalf("rejoin refused: %v", err)
	}
	if r := gs.last(t); r.Token != k.Token || r.Rejoin != "" {
		t.Errorf("rejoin: token %q rejoin %q; want %q and no new code", r.Token, r.Rejoin, k.Token)
	}
	// With a key, the rejoin code still decides who they are.
	if _, err := gs.session(t, user, gossh.PublicKeys(bea)); err != nil {
		t.Fatal(err)
	}
	if r := gs.last(t); r.Token != k.Token {
		t.Error("a key overrode the rejoin code typed")
	}
	gs.mu.Lock()
	facs := gs.facs
	gs.mu.Unlock()
	if facs != 0 {
		t.Errorf("%d participant logins got the facilitator's app", facs)
	}
}

// A code that opens nothing is refused with a message; the facilitator's
// key still works with any name; an address that keeps guessing is
// refused before the handshake.
func TestGuestRefusalsAndGuessing(t *testing.T) {
	fac := newKey(t)
	gs := newGuestServer(t, fac.PublicKey())
	gs.srv.guesses.max = 3
	var shown []string
	if _, err := gs.session(t, "ZZZZZZ", noAnswers(&shown)); err == nil {
		t.Fatal("a code with no session let a client in")
	}
	if len(shown) != 1 || !strings.Contains(shown[0], "No live session here has the join code ZZZZZZ") {
		t.Errorf("instructions shown: %q", shown)
	}
	if _, err := gs.session(t, "ana", noAnswers(&shown)); err == nil {
		t.Error("keyboard-interactive let a facilitator name in without a key")
	}
	if _, err := gs.session(t, "ANDRES", gossh.PublicKeys(fac)); err != nil {
		t.Errorf("a facilitator whose name looks like a code was refused: %v", err)
	}
	gs.mu.Lock()
	facs := gs.facs
	gs.mu.Unlock()
	if facs != 1 {
		t.Errorf("facilitator programs: %d, want 1", facs)
	}
	for _, code := range []string{"ZZZZZY", "ZZZZZX"} {
		if _, err := gs.session(t, code, noAnswers(&shown)); err == nil {
			t.Fatal("a wrong code let a client in")
		}
	}
	if _, err := gs.session(t, "K7PQ2M", noAnswers(&shown)); err == nil {
		t.Error("after 3 wrong codes the address may still try")
	}
}

// A connection whose program panics ends alone: the server serves on.
func TestPanicEndsOnlyItsConnection(t *testing.T) {
	fac := newKey(t)
	dir := t.TempDir()
	keys := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(keys, gossh.MarshalAuthorizedKey(fac.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	calls := 0
	gs := &guestServer{known: map[string]bool{}}
	gs.srv = New(Options{
		Addr: "127.0.0.1:0", HostKey: newKey(t), AuthorizedKeys: keys, Cat: i18n.For("en"),
		App: func(context.Context, *lipgloss.Renderer, Client) (tea.Model, func(), error) {
			calls++
			if calls == 1 {
				panic("a bug in one connection")
			}
			return quitNow{}, func() {}, nil
		},
	})
	if err := gs.srv.Listen(); err != nil {
		t.Fatal(err)
	}
	go gs.srv.Serve()
	t.Cleanup(func() { gs.srv.Close() })
	if _, err := gs.session(t, "ana", gossh.PublicKeys(fac)); err != nil {
		t.Fatal(err)
	}
	if _, err := gs.session(t, "ana", gossh.PublicKeys(fac)); err != nil {
		t.Fatalf("after a panic the server no longer serves: %v", err)
	}
	if calls != 2 {
		t.Errorf("programs built: %d, want 2", calls)
	}
}
