package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/i18n"
)

// asGroup makes a command that only holds subcommands ("assessments",
// "responses") refuse a mistyped one with exit code 2 and the nearest
// names, as the root does, instead of printing its help and succeeding.
func asGroup(cat i18n.Catalog, cmd *cobra.Command) *cobra.Command {
	cmd.Args = func(c *cobra.Command, a []string) error {
		if len(a) == 0 {
			return nil
		}
		return usageError{unknownCommand(cat, c, a[0])}
	}
	cmd.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
	return cmd
}

// unknownCommand names the mistake and the commands it may have meant.
func unknownCommand(cat i18n.Catalog, c *cobra.Command, name string) error {
	msg := cat.T("cli.err.unknown_command", name)
	if c.SuggestionsMinimumDistance <= 0 {
		c.SuggestionsMinimumDistance = 2
	}
	if s := c.SuggestionsFor(name); len(s) > 0 {
		msg += cat.T("cli.err.did_you_mean", strings.Join(s, cat.T("cli.err.or")))
	}
	// main prefixes "cxmap: "; a group names itself after it.
	if c.HasParent() {
		msg = strings.TrimPrefix(c.CommandPath(), c.Root().Name()+" ") + ": " + msg
	}
	return fmt.Errorf("%s (%s --help)", msg, c.CommandPath())
}
