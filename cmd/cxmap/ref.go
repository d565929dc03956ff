package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/i18n"
)

// workshopRef is a command's WORKSHOP: a name as typed (matched
// regardless of case and accents), "#7", or --id 7. A number alone is a
// name: an id is never guessed from it.
type workshopRef struct{ id int64 }

func (r *workshopRef) addFlag(cat i18n.Catalog, cmd *cobra.Command) {
	cmd.Flags().Int64Var(&r.id, "id", 0, cat.T("cli.flag.id"))
}

// check wants WORKSHOP, or no argument with --id.
func (r *workshopRef) check(cat i18n.Catalog) cobra.PositionalArgs {
	return args(cat, func(cmd *cobra.Command, a []string) error {
		if r.id != 0 {
			return cobra.NoArgs(cmd, a)
		}
		return cobra.ExactArgs(1)(cmd, a)
	})
}

func (r *workshopRef) ref(a []string) string {
	if r.id != 0 {
		return fmt.Sprintf("#%d", r.id)
	}
	return a[0]
}
