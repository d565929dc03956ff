package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/responses"
	"github.com/cxmap/cxmap/store"
)

func newResponsesCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "responses",
		Short: "Bring in answers collected elsewhere",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "import WORKSHOP FILE.csv",
		Short: "Import answers from a CSV file (a survey or a spreadsheet)",
		Long: `Import answers collected before the workshop. The file has a header row
naming the columns participant, question_id, level and (optionally) note, in
any order; level is 1 to the model's number of levels, na (not applicable)
or dont_know (the person cannot judge it; "no sabe" and "?" also work;
neither counts in the score). UTF-8 with or
without a BOM, separated by commas or semicolons. A participant named
"consensus" (or left empty) gives the team's agreed answer; unknown
participants are created. If any row is wrong, nothing is imported and every
wrong row is listed with its number.`,
		Example: "  cxmap responses import \"Tienda Ñandú\" encuesta.csv",
		Args:    args(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, a []string) error {
			st, w, err := g.openWorkshop(cmd.Context(), a[0])
			if err != nil {
				return err
			}
			defer st.Close()
			m, err := st.Assessment(cmd.Context(), w.ID)
			if err != nil {
				return err
			}
			f, err := os.Open(a[1])
			if err != nil {
				return err
			}
			defer f.Close()
			rows, err := responses.ParseCSV(a[1], f, m)
			var list responses.Errors
			if errors.As(err, &list) {
				for _, e := range list {
					fmt.Fprintln(cmd.ErrOrStderr(), "cxmap: "+e.Error())
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "cxmap: %s: nothing imported (%d bad rows)\n", a[1], len(list))
				return silentError{err}
			}
			if err != nil {
				return err
			}
			named := make([]store.NamedResponse, len(rows))
			for i, r := range rows {
				named[i] = store.NamedResponse{Participant: r.Participant, Response: r.Response}
			}
			created, err := st.ImportResponses(cmd.Context(), w.ID, named)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Imported %d answers into %q (%d new participants)\n", len(rows), w.Name, created)
			return nil
		},
	})
	return asGroup(cmd)
}
