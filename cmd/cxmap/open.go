package main

import (
	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/tui/common"
)

func newOpenCmd(g *globals) *cobra.Command {
	var ref workshopRef
	cmd := &cobra.Command{
		Use:     "open WORKSHOP | --id ID",
		Short:   g.cat.T("cli.open.short"),
		Long:    g.cat.T("cli.open.long"),
		Example: "  cxmap open \"Tienda Ñandú\"\n  cxmap open nandu\n  cxmap open --id 7",
		Args:    ref.check(g.cat),
		RunE: func(cmd *cobra.Command, a []string) error {
			st, w, err := g.openWorkshop(cmd.Context(), ref.ref(a))
			if err != nil {
				return err
			}
			st.Close()
			return runApp(g, common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: w.ID, Resume: true})
		},
	}
	ref.addFlag(g.cat, cmd)
	return cmd
}
