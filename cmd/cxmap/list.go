package main

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/textsafe"
)

// listedWorkshop is the JSON shape of `cxmap list --json`, a contract for
// scripts: fields are only ever added.
type listedWorkshop struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Client       string `json:"client"`
	Facilitator  string `json:"facilitator"`
	Language     string `json:"language"`
	Assessment   string `json:"assessment"`
	Participants int    `json:"participants"`
	Answered     int    `json:"answered"`
	Questions    int    `json:"questions"`
	Created      string `json:"created"`
	Updated      string `json:"updated"`
}

func newListCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: g.cat.T("cli.list.short"),
		Args:  args(g.cat, cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := g.openExisting()
			if err != nil {
				return err
			}
			defer st.Close()
			list, err := st.Workshops(cmd.Context())
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				rows := make([]listedWorkshop, 0, len(list))
				for _, w := range list {
					rows = append(rows, listedWorkshop{
						ID: w.ID, Name: w.Name, Client: w.Client, Facilitator: w.Facilitator, Language: w.Language,
						Assessment: w.AssessmentID, Participants: w.Participants, Answered: w.Answered, Questions: w.Questions,
						Created: w.CreatedAt.Format(time.RFC3339), Updated: w.UpdatedAt.Format(time.RFC3339),
					})
				}
				return writeJSON(out, rows)
			}
			if len(list) == 0 {
				fmt.Fprintln(out, g.cat.T("cli.list.empty"))
				return nil
			}
			tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, g.cat.T("cli.list.header"))
			for _, w := range list {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d/%d\t%s\n", w.ID, textsafe.Line(w.Name), textsafe.Line(w.Client), textsafe.Line(w.Language), w.Answered, w.Questions,
					w.UpdatedAt.Local().Format("2006-01-02 15:04"))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, g.cat.T("cli.list.flag.json"))
	return cmd
}
