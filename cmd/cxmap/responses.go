package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/responses"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/textsafe"
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
naming the columns participant, question_id, level and (optionally) note and
role, in any order, in English or Spanish (participante, pregunta, nivel,
nota, rol); other columns are ignored, so the answers CSV of "cxmap export"
reads back. level is 1 to the model's number of levels, or na. UTF-8 with
or without a BOM, separated by commas or semicolons; empty rows are skipped.
A participant named "consensus" (or left empty) gives the team's agreed
answer; unknown participants are created, and names match whatever their
case and Unicode form. Only what the file holds is written: without a note
column the notes already stored are kept, and a row with no level keeps
the stored level. If any row is wrong, nothing is imported and every wrong
row is listed with its number.`,
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
					fmt.Fprintln(cmd.ErrOrStderr(), "cxmap: "+textsafe.Line(e.Error()))
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "cxmap: %s: nothing imported (%d bad rows)\n", a[1], len(list))
				return silentError{err}
			}
			if err != nil {
				return err
			}
			answers := make([]store.ImportedAnswer, len(rows))
			for i, r := range rows {
				answers[i] = store.ImportedAnswer{Participant: r.Participant, Role: r.Role, Response: r.Response, HasLevel: r.HasLevel, HasNote: r.HasNote}
			}
			created, err := st.ImportAnswers(cmd.Context(), w.ID, answers)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Imported %d answers into %q (%d new participants)\n", len(rows), w.Name, created)
			return nil
		},
	})
	return cmd
}
