package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// usageError is a mistake in the command line itself: exit code 2.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

// silentError has already been reported in full (e.g. the validator's
// list); main only sets the exit code.
type silentError struct{ error }

func (e silentError) Unwrap() error { return e.error }

func oneLine(s string) string {
	s = strings.TrimSpace(s)
	// cobra's suggestions come on lines of their own: keep them.
	if head, rest, ok := strings.Cut(s, "\n\nDid you mean this?\n"); ok {
		s = head + "; did you mean " + strings.Join(strings.Fields(rest), " or ") + "?"
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// args wraps cobra's argument checks so their errors count as usage errors.
func args(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		if err := check(cmd, a); err != nil {
			// main prefixes "cxmap: "; name the subcommand, not the root again.
			if !cmd.HasParent() {
				return usageError{fmt.Errorf("%w (see %s --help)", err, cmd.CommandPath())}
			}
			path := strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
			return usageError{fmt.Errorf("%s: %w (see %s --help)", path, err, cmd.CommandPath())}
		}
		return nil
	}
}
