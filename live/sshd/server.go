// Package sshd serves cxmap over SSH for a team: each facilitator whose
// public key is in an authorized_keys file gets the whole app, one
// bubbletea program per connection, drawn for that client's terminal.
// Participants of a live session running in this process log in with its
// join code as their user name and get only their own questionnaire
// (guest.go). Nothing else is offered: no shell, no commands, no
// subsystems, no port or agent forwarding (gliderlabs/ssh refuses what
// has no handler).
package sshd

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"runtime/debug"
	"strings"
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

// Client is what a program may know of its SSH client.
type Client struct {
	User string
	// Reached is the server address (host:port) the client connected to:
	// the one to tell others in the same room.
	Reached string
	// Env is what the client sent with SendEnv (its LANG, for one).
	Env []string
}

// App builds the model of one facilitator's program, drawn with r; done
// runs once the program has ended (closing what the model holds open).
type App func(ctx context.Context, r *lipgloss.Renderer, c Client) (m tea.Model, done func(), err error)

// Options configure a Server.
type Options struct {
	Addr           string // host:port to listen on
	HostKey        gossh.Signer
	AuthorizedKeys string        // path of the facilitators' authorized_keys file
	IdleTimeout    time.Duration // a connection with no traffic this long is closed
	MaxPerAddr     int           // connections open at once from one IP address
	App            App           // nil: no facilitator logs in (participants only)
	// Guests lets participants of live sessions in (nil fields: nobody).
	Guests Guests
	// Secret keys the participants' tokens; it must stay the same across
	// restarts (TokenSecret derives it from the host key).
	Secret []byte
	Cat    i18n.Catalog // the language of the messages to refused clients
	Log    *slog.Logger // nil: none
}

// Server is the SSH server; Listen, then Serve until Close.
type Server struct {
	o       Options
	srv     *ssh.Server
	ln      net.Listener
	guesses *guesses
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
	s := &Server{o: o, guesses: newGuesses()}
	limit := newPerAddr(o.MaxPerAddr)
	s.srv = &ssh.Server{
		Handler:                    s.handle,
		IdleTimeout:                o.IdleTimeout,
		PublicKeyHandler:           s.publicKey,
		KeyboardInteractiveHandler: s.keyboardInteractive,
		ConnCallback: func(ctx ssh.Context, conn net.Conn) net.Conn {
			if s.guesses.blocked(conn.RemoteAddr()) {
				o.Log.Info("ssh refused: too many wrong join codes", "addr", conn.RemoteAddr().String())
				return nil
			}
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
	defer func() {
		// One connection's bug must not take the server, and every other
		// facilitator's and participant's session, down with it.
		if r := recover(); r != nil {
			log.Error("ssh session panic", "panic", r, "stack", string(debug.Stack()))
			_ = sess.Exit(1)
		}
	}()
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
	c := Client{User: sess.User(), Reached: sess.LocalAddr().String(), Env: sess.Environ()}
	r := newRenderer(sess, pty.Term, sess.Environ())
	var (
		m    tea.Model
		done func()
		err  error
	)
	switch sess.Context().Value(ctxRole) {
	case roleFacilitator:
		if s.o.App == nil {
			refuse(sess, s.o.Cat.T("ssh.err.command"))
			return
		}
		m, done, err = s.o.App(sess.Context(), r, c)
	case roleGuest:
		g, gerr := s.guest(sess, c)
		if gerr != nil {
			log.Info("ssh refused: participant", "err", gerr)
			refuse(sess, gerr.Error())
			return
		}
		log = log.With("role", "participant")
		m, done, err = s.o.Guests.App(sess.Context(), r, g)
	default:
		refuse(sess, s.o.Cat.T("ssh.err.command"))
		return
	}
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

// guest is the participant a session's client is: the rejoin code it
// typed, else the key it signed with, else a new rejoin code to show.
func (s *Server) guest(sess ssh.Session, c Client) (Guest, error) {
	code, rejoin, ok := parseGuest(sess.User())
	if !ok || !s.o.Guests.Running(code) {
		// The session ended between the login and now.
		return Guest{}, errors.New(s.o.Cat.T("ssh.err.no_session", strings.ToUpper(sess.User())))
	}
	g := Guest{Client: c, Code: code}
	key, _ := sess.Context().Value(ctxGuestKey).(ssh.PublicKey)
	switch {
	case rejoin != "":
		g.Token = rejoinToken(s.o.Secret, code, rejoin)
	case key != nil:
		g.Token = keyToken(s.o.Secret, code, key)
	default:
		rejoin = newRejoin()
		g.Token = rejoinToken(s.o.Secret, code, rejoin)
		g.Rejoin = Command(c.Reached, code+"-"+rejoin)
	}
	return g, nil
}

func refuse(sess ssh.Session, msg string) {
	fmt.Fprintln(sess.Stderr(), msg)
	_ = sess.Exit(1)
}
