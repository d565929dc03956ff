package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = ""

func versionString() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		v := info.Main.Version
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 && (v == "" || v == "(devel)") {
				v = "devel-" + s.Value[:12]
			}
		}
		if v != "" && v != "(devel)" {
			return v
		}
	}
	return "devel"
}

func newVersionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: g.cat.T("cli.version.short"),
		Args:  args(g.cat, cobra.NoArgs),
		Run: func(cmd *cobra.Command, _ []string) {
			// The root's, worked out once for --version.
			fmt.Fprintf(cmd.OutOrStdout(), "cxmap %s\n", cmd.Root().Version)
		},
	}
}
