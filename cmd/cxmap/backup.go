package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
)

func newBackupCmd(g *globals) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "backup [-o FILE]",
		Short: "Write a consistent copy of the whole database, safe while the app runs",
		Long: `Write a consistent copy of the whole database (every workshop) to FILE, by
default cxmap-backup-YYYYMMDD-HHMMSS.db beside the database. The copy is taken
in one read transaction, so it is whole even while the app or a command is
writing. To restore, quit cxmap and use the copy as the database (--db COPY,
or copy it over cxmap.db after removing cxmap.db-wal and cxmap.db-shm).`,
		Args: args(cobra.NoArgs),
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
			if err := st.Backup(cmd.Context(), dest); err != nil {
				return fmt.Errorf("backup to %s: %w", dest, err)
			}
			if abs, err := filepath.Abs(dest); err == nil {
				dest = abs
			}
			fmt.Fprintln(cmd.OutOrStdout(), dest)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "file to write (must not exist)")
	return cmd
}
