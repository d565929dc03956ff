package main

import (
	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/tui/common"
)

func newOpenCmd(g *globals) *cobra.Command {
	var ref workshopRef
	cmd := &cobra.Command{
		Use:   "open WORKSHOP | --id ID",
		Short: "Open the app inside a workshop, where it was left",
		Long: `Open the app inside a workshop, on the screen, question and respondent it
was left at. WORKSHOP is its name, matched regardless of case and accents
("nandu" finds "Ñandú"), or its id as #ID or --id ID (see "cxmap list").`,
		Example: "  cxmap open \"Tienda Ñandú\"\n  cxmap open nandu\n  cxmap open --id 7",
		Args:    ref.check(),
		RunE: func(cmd *cobra.Command, a []string) error {
			st, w, err := g.openWorkshop(cmd.Context(), ref.ref(a))
			if err != nil {
				return err
			}
			st.Close()
			return runApp(g, common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: w.ID, Resume: true})
		},
	}
	ref.addFlag(cmd)
	return cmd
}
