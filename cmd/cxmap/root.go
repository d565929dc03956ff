package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui"
	"github.com/cxmap/cxmap/tui/common"
)

// globals are the flags every command shares.
type globals struct {
	db   string
	lang string
}

func newRootCmd() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "cxmap",
		Short: "CX maturity assessments, journey maps and roadmaps, in the terminal",
		Long: `cxmap runs a customer-experience workshop in the terminal: a CX maturity
assessment with the client's team, customer and employee journey maps, and a
prioritised roadmap exported as Markdown. Everything stays in one local
SQLite file.

Without a command it opens the app at the list of workshops.`,
		Args: func(c *cobra.Command, a []string) error {
			if len(a) > 0 {
				return usageError{unknownCommand(c, a[0])}
			}
			return nil
		},
		Version:       versionString(),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runApp(g, common.NavigateMsg{To: common.HomeScreen})
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.SetVersionTemplate("cxmap {{.Version}}\n")
	root.PersistentFlags().StringVar(&g.db, "db", "", "database file (default $CXMAP_DB or $XDG_DATA_HOME/cxmap/cxmap.db)")
	root.PersistentFlags().StringVar(&g.lang, "lang", "", "language: en or es (default from LC_ALL / LANG)")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if g.lang != "" && !i18n.Valid(g.lang) {
			return usageError{fmt.Errorf("--lang %q: use en or es", g.lang)}
		}
		return nil
	}
	root.AddCommand(newNewCmd(g), newOpenCmd(g), newListCmd(g), newResponsesCmd(g), newExportCmd(g), newImportCmd(g), newVersionCmd(), newAssessmentsCmd(g), newBackupCmd(g))
	return root
}

// dbPath is --db, else $CXMAP_DB, else the default location.
func (g *globals) dbPath() (string, error) {
	if g.db != "" {
		return g.db, nil
	}
	if p := os.Getenv("CXMAP_DB"); p != "" {
		return p, nil
	}
	return store.DefaultPath()
}

// open opens the database, creating it when missing: for the commands
// that add something (new, import) and the app itself.
func (g *globals) open() (*store.Store, error) {
	return g.openWith(store.Options{Create: true})
}

// openExisting opens a database that must already exist: commands that
// only read, or change a workshop that must be there, never create a
// folder or an empty database from a typo in --db or CXMAP_DB.
func (g *globals) openExisting() (*store.Store, error) {
	return g.openWith(store.Options{})
}

func (g *globals) openWith(o store.Options) (*store.Store, error) {
	path, err := g.dbPath()
	if err != nil {
		return nil, err
	}
	return store.OpenWith(path, o)
}

// openWorkshop opens the database and finds WORKSHOP (an id or a unique
// name) in it; the caller closes the store.
func (g *globals) openWorkshop(ctx context.Context, ref string) (*store.Store, model.Workshop, error) {
	st, err := g.openExisting()
	if err != nil {
		return nil, model.Workshop{}, err
	}
	w, err := st.FindWorkshop(ctx, ref)
	if err != nil {
		st.Close()
		return nil, model.Workshop{}, err
	}
	return st, w, nil
}

// store saves a whole workshop (an import, the sample) as a new one and
// returns it as stored: new ids, and a new name if its own is taken.
func (g *globals) store(ctx context.Context, b *model.Bundle) (model.Workshop, error) {
	st, err := g.open()
	if err != nil {
		return model.Workshop{}, err
	}
	defer st.Close()
	id, err := st.ImportBundle(ctx, b)
	if err != nil {
		return model.Workshop{}, err
	}
	return st.Workshop(ctx, id)
}

// language is --lang, else the environment's.
func (g *globals) language() string { return i18n.Detect(g.lang) }

func runApp(g *globals, start common.NavigateMsg) error {
	// Each keystroke's write waits only briefly for another program's
	// lock, then reports it: the screen never freezes on a lock.
	st, err := g.openWith(store.Options{Create: true, BusyTimeout: store.InteractiveBusyTimeout})
	if err != nil {
		return err
	}
	defer st.Close()
	configDir, _ := assessments.ConfigDir()
	logger, closeLog := debugLogger(st.Path())
	defer closeLog()
	app := tui.New(tui.Options{Store: st, Lang: g.language(), ConfigDir: configDir, Start: start, Log: logger})
	p := tea.NewProgram(app, tea.WithAltScreen())
	stop := quitOnHangup(p)
	defer stop()
	_, err = p.Run()
	if errors.Is(err, tea.ErrProgramPanic) {
		return errors.New("the app stopped on an internal error (printed above); your saved work is intact")
	}
	return err
}

// debugLogger logs to a file when CXMAP_DEBUG is set: to the path it
// names, or to debug.log beside the database. Never to the terminal.
func debugLogger(dbPath string) (*slog.Logger, func()) {
	v := os.Getenv("CXMAP_DEBUG")
	if v == "" || v == "0" {
		return nil, func() {}
	}
	path := v
	if v == "1" || v == "true" {
		path = filepath.Join(filepath.Dir(dbPath), "debug.log")
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return slog.New(slog.NewTextHandler(io.Discard, nil)), func() {}
	}
	return slog.New(slog.NewTextHandler(f, &slog.HandlerOptions{Level: slog.LevelDebug})), func() { f.Close() }
}
