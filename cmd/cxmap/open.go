package main

import (
	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/tui/common"
)

func newOpenCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "open WORKSHOP",
		Short: g.cat.T("cli.open.short"),
		Long:  g.cat.T("cli.open.long"),
		Args:  args(g.cat, cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			st, w, err := g.openWorkshop(cmd.Context(), a[0])
			if err != nil {
				return err
			}
			st.Close()
			return runApp(g, common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: w.ID, Resume: true})
		},
	}
}
