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
		Short: g.cat.T("cli.responses.short"),
	}
	cmd.AddCommand(&cobra.Command{
		Use:     "import WORKSHOP FILE.csv",
		Short:   g.cat.T("cli.responses.import.short"),
		Long:    g.cat.T("cli.responses.import.long"),
		Example: "  cxmap responses import \"Tienda Ñandú\" encuesta.csv",
		Args:    args(g.cat, cobra.ExactArgs(2)),
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
			rows, err := responses.ParseCSVIn(a[1], f, m, g.cat)
			var list responses.Errors
			if errors.As(err, &list) {
				for _, e := range list {
					fmt.Fprintln(cmd.ErrOrStderr(), "cxmap: "+textsafe.Line(e.Error()))
				}
				fmt.Fprint(cmd.ErrOrStderr(), "cxmap: "+g.cat.T("cli.responses.nothing", a[1], g.cat.N("n.bad_rows", len(list))))
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
			fmt.Fprint(cmd.OutOrStdout(), g.cat.T("cli.responses.done", g.cat.N("n.answers", len(rows)), w.Name, g.cat.N("n.new_participants", created)))
			return nil
		},
	})
	return asGroup(g.cat, cmd)
}
