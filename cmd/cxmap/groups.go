package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// asGroup makes a command that only holds subcommands ("assessments",
// "responses") refuse a mistyped one with exit code 2 and the nearest
// names, as the root does, instead of printing its help and succeeding.
func asGroup(cmd *cobra.Command) *cobra.Command {
	cmd.Args = func(c *cobra.Command, a []string) error {
		if len(a) == 0 {
			return nil
		}
		return usageError{unknownCommand(c, a[0])}
	}
	cmd.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
	return cmd
}

// unknownCommand names the mistake and the commands it may have meant.
func unknownCommand(c *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q for %q", name, c.CommandPath())
	if c.SuggestionsMinimumDistance <= 0 {
		c.SuggestionsMinimumDistance = 2
	}
	if s := c.SuggestionsFor(name); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return fmt.Errorf("%s (see %s --help)", msg, c.CommandPath())
}
