package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
)

func newBackupCmd(g *globals) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "backup [-o FILE]",
		Short: g.cat.T("cli.backup.short"),
		Long:  g.cat.T("cli.backup.long"),
		Args:  args(g.cat, cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := g.openExisting()
			if err != nil {
				return err
			}
			defer st.Close()
			dest := out
			if dest == "" {
				dest = filepath.Join(filepath.Dir(st.Path()), "cxmap-backup-"+time.Now().Format("20060102-150405")+".db")
			}
			if _, err := os.Stat(dest); err == nil {
				why := g.cat.T("cli.backup.err.exists", dest)
				return localError{g.cat.T("cli.backup.err", dest, why), errors.New(why)}
			}
			if err := st.Backup(cmd.Context(), dest); err != nil {
				return localError{g.cat.T("cli.backup.err", dest, errorText(g.cat, err)), err}
			}
			if abs, err := filepath.Abs(dest); err == nil {
				dest = abs
			}
			fmt.Fprintln(cmd.OutOrStdout(), dest)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", g.cat.T("cli.backup.flag.output"))
	return cmd
}
