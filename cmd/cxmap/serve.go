package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/live/sshd"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui"
	"github.com/cxmap/cxmap/tui/common"
	tuilive "github.com/cxmap/cxmap/tui/live"
)

// DefaultSSHAddr is where `cxmap serve` listens without --ssh.
const DefaultSSHAddr = ":23234"

func newServeCmd(g *globals) *cobra.Command {
	var (
		addr, keys string
		idle       time.Duration
		perAddr    int
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: g.cat.T("cli.serve.short"),
		Long:  g.cat.T("cli.serve.long"),
		Args:  args(g.cat, cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, _, err := net.SplitHostPort(addr); err != nil {
				return usageError{errors.New(g.cat.T("cli.serve.err.addr", addr))}
			}
			if idle < time.Second {
				return usageError{errors.New(g.cat.T("cli.serve.err.idle"))}
			}
			if perAddr < 1 {
				return usageError{errors.New(g.cat.T("cli.serve.err.per_addr"))}
			}
			return runServe(cmd, g, sshd.Options{Addr: addr, AuthorizedKeys: keys, IdleTimeout: idle, MaxPerAddr: perAddr})
		},
	}
	cmd.Flags().StringVar(&addr, "ssh", DefaultSSHAddr, g.cat.T("cli.serve.flag.ssh"))
	cmd.Flags().StringVar(&keys, "authorized-keys", "", g.cat.T("cli.serve.flag.keys"))
	cmd.Flags().DurationVar(&idle, "idle-timeout", sshd.DefaultIdleTimeout, g.cat.T("cli.serve.flag.idle"))
	cmd.Flags().IntVar(&perAddr, "max-per-address", sshd.DefaultMaxPerAddr, g.cat.T("cli.serve.flag.per_addr"))
	return cmd
}

// withHostKey gives o the server's host key, kept in cxmap's configuration
// folder (~/.config/cxmap, beside the default authorized_keys; made there
// on first use), the token secret derived from it and the user's
// language; keyPath is where the key is.
func withHostKey(g *globals, o *sshd.Options) (keyPath string, created bool, err error) {
	models, err := assessments.ConfigDir()
	if err != nil {
		return "", false, err
	}
	keyPath = filepath.Join(filepath.Dir(models), "ssh_host_ed25519_key")
	if o.HostKey, created, err = sshd.LoadHostKey(keyPath); err == nil {
		o.Secret, err = sshd.TokenSecret(keyPath)
	}
	if err != nil {
		return "", false, localError{g.cat.T("cli.serve.err.hostkey", keyPath, err), err}
	}
	o.Cat = g.cat
	return keyPath, created, nil
}

func runServe(cmd *cobra.Command, g *globals, o sshd.Options) error {
	// The database must open (or be made) before anyone connects; each
	// connection then opens its own, as separate programs on one file do,
	// so the data-trust guarantees between them hold unchanged.
	st, err := g.open()
	if err != nil {
		return err
	}
	dbPath := st.Path()
	st.Close()
	keyPath, created, err := withHostKey(g, &o)
	if err != nil {
		return err
	}
	conf := filepath.Dir(keyPath)
	if o.AuthorizedKeys == "" {
		o.AuthorizedKeys = filepath.Join(conf, "authorized_keys")
	}
	logger, closeLog := debugLogger(dbPath)
	defer closeLog()
	o.Log = logger
	// Pieces drawn outside the theme (forms, the QR code) use lipgloss's
	// default renderer, which would otherwise follow the server's own
	// output (often no terminal at all): draw them in colour.
	lipgloss.SetColorProfile(termenv.ANSI256)
	lipgloss.SetHasDarkBackground(true)
	o.App = serveApp(g, dbPath, conf)
	o.Guests = serveGuests(g.cat, tuilive.Running)

	srv := sshd.New(o)
	if err := srv.Listen(); err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	fmt.Fprintln(out, g.cat.T("cli.serve.listening", dbPath, srv.Addr()))
	if created {
		fmt.Fprintln(out, g.cat.T("cli.serve.hostkey_new", keyPath))
	}
	fmt.Fprintln(out, g.cat.T("cli.serve.fingerprint", sshd.Fingerprint(o.HostKey.PublicKey())))
	if _, err := os.Stat(o.AuthorizedKeys); err != nil {
		fmt.Fprintln(out, g.cat.T("cli.serve.no_keys", o.AuthorizedKeys))
	} else {
		fmt.Fprintln(out, g.cat.T("cli.serve.keys", o.AuthorizedKeys))
	}
	_, port, _ := net.SplitHostPort(srv.Addr())
	fmt.Fprintln(out, g.cat.T("cli.serve.connect", port))
	fmt.Fprintln(out, g.cat.T("cli.serve.participants", port))
	fmt.Fprintln(out, g.cat.T("cli.serve.stop"))

	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve() }()
	select {
	case <-ctx.Done():
		srv.Close()
		<-errc
	case err = <-errc:
	}
	// Live sessions started by facilitators end with the server.
	tuilive.Shutdown()
	return err
}

// serveApp builds one connection's app on its own connection to the file.
func serveApp(g *globals, dbPath, conf string) sshd.App {
	return func(ctx context.Context, r *lipgloss.Renderer, c sshd.Client) (tea.Model, func(), error) {
		st, err := store.OpenWith(dbPath, store.Options{BusyTimeout: store.InteractiveBusyTimeout})
		if err != nil {
			return nil, nil, err
		}
		// The facilitator's own locale, when their ssh sends it (Debian's
		// and macOS's clients send LANG and LC_* by default); else the
		// server's.
		lang := g.language()
		if l, ok := i18n.FromEnv(c.Env); ok && g.lang == "" {
			lang = l
		}
		app := tui.New(tui.Options{
			Store: st, Lang: lang, ConfigDir: filepath.Join(conf, "assessments"),
			Start: common.NavigateMsg{To: common.HomeScreen}, Renderer: r, Reached: c.Reached,
		})
		return app, func() {
			// A live session started on this connection ends with it (its
			// phones are told), never left writing through a closed file.
			tuilive.ShutdownStore(st)
			st.Close()
		}, nil
	}
}
