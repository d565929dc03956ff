package sshd

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"

	"github.com/cxmap/cxmap/i18n"
)

func TestColorProfile(t *testing.T) {
	for _, c := range []struct {
		term string
		env  []string
		want termenv.Profile
	}{
		{"xterm-256color", nil, termenv.ANSI256},
		{"tmux-256color", nil, termenv.ANSI256},
		{"xterm", nil, termenv.ANSI},
		{"screen", nil, termenv.ANSI},
		{"xterm", []string{"COLORTERM=truecolor"}, termenv.TrueColor},
		{"xterm-direct", nil, termenv.TrueColor},
		{"dumb", nil, termenv.Ascii},
		{"", nil, termenv.Ascii},
		{"xterm-256color", []string{"NO_COLOR=1"}, termenv.Ascii},
	} {
		if got := colorProfile(c.term, c.env); got != c.want {
			t.Errorf("colorProfile(%q, %v) = %v, want %v", c.term, c.env, got, c.want)
		}
	}
}

func TestHostKeyMadeOnceWithMode0600(t *testing.T) {
	path := filepath.Join(t.TempDir(), "conf", "ssh_host_ed25519_key")
	k1, created, err := LoadHostKey(path)
	if err != nil || !created {
		t.Fatalf("first start: created %v, %v", created, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	k2, created, err := LoadHostKey(path)
	if err != nil || created {
		t.Fatalf("second start: created %v, %v", created, err)
	}
	if Fingerprint(k1.PublicKey()) != Fingerprint(k2.PublicKey()) {
		t.Error("the host key changed between starts")
	}
	if !strings.HasPrefix(Fingerprint(k1.PublicKey()), "SHA256:") {
		t.Errorf("fingerprint %q", Fingerprint(k1.PublicKey()))
	}
}

func newKey(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAuthorized(t *testing.T) {
	dir := t.TempDir()
	in, out := newKey(t), newKey(t)
	path := filepath.Join(dir, "authorized_keys")
	content := "# team\n\nnot a key\n" + string(gossh.MarshalAuthorizedKey(in.PublicKey()))
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	if !authorized(path, in.PublicKey()) {
		t.Error("listed key refused")
	}
	if authorized(path, out.PublicKey()) {
		t.Error("unlisted key let in")
	}
	if authorized(filepath.Join(dir, "missing"), in.PublicKey()) || authorized("", in.PublicKey()) {
		t.Error("no file must let nobody in")
	}
}

type quitModel struct{}

func (quitModel) Init() tea.Cmd                       { return nil }
func (quitModel) Update(tea.Msg) (tea.Model, tea.Cmd) { return quitModel{}, nil }
func (quitModel) View() string                        { return "" }

// One address may hold MaxPerAddr connections; the next is dropped before
// the handshake, and a closed one gives its place back.
func TestConnectionsPerAddressCapped(t *testing.T) {
	dir := t.TempDir()
	user := newKey(t)
	keys := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(keys, gossh.MarshalAuthorizedKey(user.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	srv := New(Options{
		Addr: "127.0.0.1:0", HostKey: newKey(t), AuthorizedKeys: keys, MaxPerAddr: 2, Cat: i18n.For("en"),
		App: func(context.Context, *lipgloss.Renderer, Client) (tea.Model, func(), error) {
			return quitModel{}, func() {}, nil
		},
	})
	if err := srv.Listen(); err != nil {
		t.Fatal(err)
	}
	go srv.Serve()
	t.Cleanup(func() { srv.Close() })
	cfg := &gossh.ClientConfig{User: "ana", Auth: []gossh.AuthMethod{gossh.PublicKeys(user)}, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second}
	dial := func() (*gossh.Client, error) { return gossh.Dial("tcp", srv.Addr(), cfg) }
	c1, err := dial()
	if err != nil {
		t.Fatal(err)
	}
	c2, err := dial()
	if err != nil {
		t.Fatal(err)
	}
	if c3, err := dial(); err == nil {
		c3.Close()
		t.Fatal("a third connection from one address was let in")
	}
	c1.Close()
	var c4 *gossh.Client
	for i := 0; i < 50; i++ { // the server sees the close a moment later
		if c4, err = dial(); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("a closed connection did not give its place back: %v", err)
	}
	c4.Close()
	c2.Close()
}

// A connection that sends nothing for IdleTimeout is closed.
func TestIdleConnectionClosed(t *testing.T) {
	dir := t.TempDir()
	user := newKey(t)
	keys := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(keys, gossh.MarshalAuthorizedKey(user.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	srv := New(Options{
		Addr: "127.0.0.1:0", HostKey: newKey(t), AuthorizedKeys: keys, IdleTimeout: 300 * time.Millisecond, Cat: i18n.For("en"),
		App: func(context.Context, *lipgloss.Renderer, Client) (tea.Model, func(), error) {
			return quitModel{}, func() {}, nil
		},
	})
	if err := srv.Listen(); err != nil {
		t.Fatal(err)
	}
	go srv.Serve()
	t.Cleanup(func() { srv.Close() })
	c, err := gossh.Dial("tcp", srv.Addr(), &gossh.ClientConfig{User: "ana", Auth: []gossh.AuthMethod{gossh.PublicKeys(user)}, HostKeyCallback: gossh.InsecureIgnoreHostKey()})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		c.Close()
		t.Fatal("an idle connection stayed open")
	}
}

var _ net.Conn = (*countedConn)(nil)
