package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui"
	"github.com/cxmap/cxmap/tui/common"
	tuilive "github.com/cxmap/cxmap/tui/live"
)

// globals are the flags every command shares.
type globals struct {
	db   string
	lang string
	// cat is the language of every message, help line and error, chosen
	// from --lang or the environment before the command line is parsed.
	cat i18n.Catalog
}

func newRootCmd(cat i18n.Catalog) *cobra.Command {
	g := &globals{cat: cat}
	root := &cobra.Command{
		Use:   "cxmap",
		Short: cat.T("cli.root.short"),
		Long:  cat.T("cli.root.long"),
		Args: func(c *cobra.Command, a []string) error {
			if len(a) > 0 {
				return usageError{unknownCommand(cat, c, a[0])}
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
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{flagError(cat, c, err)} })
	root.SetVersionTemplate("cxmap {{.Version}}\n")
	root.PersistentFlags().StringVar(&g.db, "db", "", cat.T("cli.flag.db"))
	root.PersistentFlags().StringVar(&g.lang, "lang", "", cat.T("cli.flag.lang"))
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if g.lang != "" && !i18n.Valid(g.lang) {
			return usageError{errors.New(cat.T("cli.err.lang", g.lang))}
		}
		return nil
	}
	root.AddCommand(newNewCmd(g), newOpenCmd(g), newListCmd(g), newResponsesCmd(g), newExportCmd(g), newImportCmd(g), newVersionCmd(g), newAssessmentsCmd(g), newBackupCmd(g), newLiveCmd(g), newServeCmd(g))
	localizeHelp(root, cat)
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
	st, err := store.OpenWith(path, o)
	switch {
	case errors.Is(err, store.ErrForeign):
		return nil, localError{g.cat.T("err.foreign", path), err}
	case errors.Is(err, store.ErrNewer):
		return nil, localError{g.cat.T("err.newer", path), err}
	case errors.Is(err, store.ErrMissing):
		return nil, localError{g.cat.T("err.missing_db", path), err}
	}
	return st, err
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
		err = g.findError(ref, err)
		return nil, model.Workshop{}, err
	}
	return st, w, nil
}

// findError tells why WORKSHOP found no single workshop, in the user's
// language: the candidates of an ambiguous name with their ids, the #ID
// form for a number that names nothing.
func (g *globals) findError(ref string, err error) error {
	var amb *store.AmbiguousError
	switch {
	case errors.As(err, &amb):
		parts := make([]string, len(amb.Candidates))
		for i, c := range amb.Candidates {
			parts[i] = fmt.Sprintf("#%d %q", c.ID, c.Name)
		}
		return localError{g.cat.T("cli.err.ambiguous", ref, strings.Join(parts, ", ")), err}
	case errors.Is(err, store.ErrBadID):
		return localError{g.cat.T("cli.err.bad_id", ref), err}
	case errors.Is(err, store.ErrNotFound):
		if _, e := strconv.ParseInt(strings.TrimSpace(ref), 10, 64); e == nil {
			return localError{g.cat.T("err.not_found_workshop_num", ref, ref, ref), err}
		}
		return localError{g.cat.T("err.not_found_workshop", ref), err}
	}
	return err
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
	// Closing the app ends its live sessions; phones are told.
	defer tuilive.Shutdown()
	configDir, _ := assessments.ConfigDir()
	logger, closeLog := debugLogger(st.Path())
	defer closeLog()
	app := tui.New(tui.Options{Store: st, Lang: g.language(), ConfigDir: configDir, Start: start, Log: logger})
	p := tea.NewProgram(app, tea.WithAltScreen())
	stop := quitOnHangup(p)
	defer stop()
	_, err = p.Run()
	if errors.Is(err, tea.ErrProgramPanic) {
		return errors.New(g.cat.T("cli.err.app_panic"))
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
