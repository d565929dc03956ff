// Command cobra is the yardstick for cxmap's command-line start-up: a
// bare cobra program with a version command.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{Use: "bare", Short: "A bare cobra program", SilenceUsage: true}
	root.PersistentFlags().String("db", "", "database file")
	root.AddCommand(&cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Run:   func(cmd *cobra.Command, _ []string) { fmt.Fprintln(cmd.OutOrStdout(), "bare devel") },
	})
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
