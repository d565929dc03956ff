// Package sshd serves cxmap over SSH for a team: each facilitator whose
// public key is in an authorized_keys file gets the whole app, one
// bubbletea program per connection, drawn for that client's terminal.
// Nothing else is offered: no shell, no commands, no subsystems, no port
// or agent forwarding (gliderlabs/ssh refuses what has no handler).
package sshd

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/gliderlabs/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/cxmap/cxmap/i18n"
)

// Defaults for the limits a zero Options leaves open.
const (
	DefaultIdleTimeout = 30 * time.Minute
	DefaultMaxPerAddr  = 8
)

// App builds the model of one connection's program, drawn with r; done
// runs once the program has ended (closing what the model holds open).
type App func(ctx context.Context, r *lipgloss.Renderer) (m tea.Model, done func(), err error)

// Options configure a Server.
type Options struct {
	Addr           string // host:port to listen on
	HostKey        gossh.Signer
	AuthorizedKeys string        // path of the facilitators' authorized_keys file
	IdleTimeout    time.Duration // a connection with no traffic this long is closed
	MaxPerAddr     int           // connections open at once from one IP address
	App            App
	Cat            i18n.Catalog // the language of the messages to refused clients
	Log            *slog.Logger // nil: none
}

// Server is the SSH server; Listen, then Serve until Close.
type Server struct {
	o   Options
	srv *ssh.Server
	ln  net.Listener
}

// New prepares a server with o's limits (defaults where zero).
func New(o Options) *Server {
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = DefaultIdleTimeout
	}
	if o.MaxPerAddr <= 0 {
		o.MaxPerAddr = DefaultMaxPerAddr
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	s := &Server{o: o}
	limit := newPerAddr(o.MaxPerAddr)
	s.srv = &ssh.Server{
		Handler:     s.handle,
		IdleTimeout: o.IdleTimeout,
		PublicKeyHandler: func(ctx ssh.Context, key ssh.PublicKey) bool {
			ok := authorized(o.AuthorizedKeys, key)
			o.Log.Info("ssh auth", "user", ctx.User(), "addr", ctx.RemoteAddr().String(), "key", Fingerprint(key), "ok", ok)
			return ok
		},
		ConnCallback: func(ctx ssh.Context, conn net.Conn) net.Conn {
			c := limit.wrap(conn)
			if c == nil {
				o.Log.Info("ssh refused: too many connections", "addr", conn.RemoteAddr().String())
			}
			return c
		},
	}
	s.srv.AddHostKey(o.HostKey)
	return s
}

// Listen opens the listening socket, so the address is known (and a busy
// port reported) before serving.
func (s *Server) Listen() error {
	ln, err := net.Listen("tcp", s.o.Addr)
	if err != nil {
		return err
	}
	s.ln = ln
	return nil
}

// Addr is the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Serve accepts connections until Close; it then returns nil.
func (s *Server) Serve() error {
	err := s.srv.Serve(s.ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Close stops listening and drops every connection: each program ends as
// when its client hangs up, and every edit it showed is already saved.
func (s *Server) Close() error { return s.srv.Close() }

// handle runs one session: the app when the client asked for a terminal,
// a refusal for anything else (a command, a subsystem, no terminal).
func (s *Server) handle(sess ssh.Session) {
	log := s.o.Log.With("user", sess.User(), "addr", sess.RemoteAddr().String())
	if len(sess.RawCommand()) > 0 || sess.Subsystem() != "" {
		log.Info("ssh refused: command", "command", sess.RawCommand(), "subsystem", sess.Subsystem())
		refuse(sess, s.o.Cat.T("ssh.err.command"))
		return
	}
	pty, winCh, ok := sess.Pty()
	if !ok {
		log.Info("ssh refused: no terminal")
		refuse(sess, s.o.Cat.T("ssh.err.pty"))
		return
	}
	r := newRenderer(sess, pty.Term, sess.Environ())
	m, done, err := s.o.App(sess.Context(), r)
	if err != nil {
		log.Error("ssh app", "err", err)
		refuse(sess, err.Error())
		return
	}
	defer done()
	p := tea.NewProgram(m,
		tea.WithInput(sess), tea.WithOutput(sess), tea.WithAltScreen(),
		tea.WithContext(sess.Context()),
		// The server's own signals are not this client's.
		tea.WithoutSignalHandler(),
		tea.WithEnvironment(append(sess.Environ(), "TERM="+pty.Term)),
	)
	go func() {
		// The first size is the PTY's own; then one per window change.
		for w := range winCh {
			p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
		}
	}()
	log.Info("ssh session start", "term", pty.Term, "width", pty.Window.Width, "height", pty.Window.Height)
	_, err = p.Run()
	log.Info("ssh session end", "err", err)
	_ = sess.Exit(0)
}

func refuse(sess ssh.Session, msg string) {
	fmt.Fprintln(sess.Stderr(), msg)
	_ = sess.Exit(1)
}
