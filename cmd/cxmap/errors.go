package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// usageError is a mistake in the command line itself: exit code 2.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

// silentError has already been reported in full (e.g. the validator's
// list); main only sets the exit code.
type silentError struct{ error }

func (e silentError) Unwrap() error { return e.error }

// localError is an error told in the user's language; it still matches
// the error it stands for with errors.Is.
type localError struct {
	msg string
	err error
}

func (e localError) Error() string { return e.msg }
func (e localError) Unwrap() error { return e.err }

func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// errorText is the message main prints for err: the database's failures
// in the user's language (never SQLite's own text), others as they are.
func errorText(cat i18n.Catalog, err error) string {
	var local localError
	if errors.As(err, &local) {
		return local.msg
	}
	var list assessments.Errors
	if errors.As(err, &list) {
		return list.In(cat.Validator) // a model file's problems, FILE:LINE:COL: message
	}
	if store.Kind(err) != nil && !errors.Is(err, store.ErrNotFound) {
		return common.ErrorText(cat, err)
	}
	return err.Error()
}

// args wraps cobra's argument checks so their errors count as usage errors
// and are told in the user's language. Every check is cobra.NoArgs
// ("unknown command ...") or cobra.ExactArgs ("accepts N arg(s), ...");
// the root and the groups, which hold subcommands, check their own.
func args(cat i18n.Catalog, check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		err := check(cmd, a)
		if err == nil {
			return nil
		}
		why := cat.T("cli.err.args_none")
		if !strings.Contains(err.Error(), "unknown command") {
			var want, got int
			fmt.Sscanf(err.Error(), "accepts %d arg(s), received %d", &want, &got)
			why = cat.T("cli.err.args_n", cat.N("n.args", want), len(a))
		}
		// main prefixes "cxmap: "; name the subcommand, not the root again.
		path := strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
		return usageError{errors.New(cat.T("cli.err.args", path, why, cmd.CommandPath()))}
	}
}

// flagError tells pflag's complaints in the user's language.
func flagError(cat i18n.Catalog, cmd *cobra.Command, err error) error {
	msg := err.Error()
	var why string
	switch {
	case strings.HasPrefix(msg, "unknown flag: "), strings.HasPrefix(msg, "unknown shorthand flag: "):
		name := msg[strings.LastIndex(msg, ": ")+2:]
		if i := strings.Index(msg, "'"); strings.HasPrefix(msg, "unknown shorthand") && i >= 0 && i+1 < len(msg) {
			name = "-" + string(msg[i+1])
		}
		why = cat.T("cli.err.unknown_flag", name)
	case strings.HasPrefix(msg, "flag needs an argument: "):
		name := strings.TrimPrefix(msg, "flag needs an argument: ")
		name = strings.Trim(strings.TrimPrefix(name, "'"), "' ")
		if i := strings.Index(name, " in -"); i >= 0 {
			name = name[i+4:]
		}
		why = cat.T("cli.err.flag_value", name)
	case strings.HasPrefix(msg, "invalid argument "):
		name := msg
		if i := strings.Index(msg, " for \""); i >= 0 {
			name = strings.SplitN(msg[i+6:], "\"", 2)[0]
		}
		why = cat.T("cli.err.flag_invalid", name)
	default:
		why = msg
	}
	return localError{cat.T("cli.err.flag", why, cmd.CommandPath()), err}
}

// localizeHelp puts cobra's own words (headings, the help flag and
// command, completion) in the user's language.
func localizeHelp(root *cobra.Command, cat i18n.Catalog) {
	root.SetUsageTemplate(`{{T "cli.usage"}}{{if .Runnable}}
  {{words .UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} {{T "cli.command_word"}}{{end}}{{if gt (len .Aliases) 0}}

{{T "cli.aliases"}}
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

{{T "cli.examples"}}
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

{{T "cli.commands"}}{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

{{T "cli.flags"}}
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

{{T "cli.global_flags"}}
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

{{printf (T "cli.more") .CommandPath}}{{end}}
`)
	cobra.AddTemplateFunc("T", func(key string) string { return cat.T(key) })
	cobra.AddTemplateFunc("words", func(use string) string {
		return strings.Replace(use, "[flags]", cat.T("cli.flags_word"), 1)
	})
	root.PersistentFlags().BoolP("help", "h", false, cat.T("cli.flag.help"))
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Short = cat.T("cli.help.short")
		case "completion":
			c.Short = cat.T("cli.completion.short")
		}
	}
}
