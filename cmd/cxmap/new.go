package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/sample"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/textsafe"
)

func newNewCmd(g *globals) *cobra.Command {
	var client, facilitator, model string
	var withSample bool
	cmd := &cobra.Command{
		Use:   "new NAME | --sample",
		Short: g.cat.T("cli.new.short"),
		Long:  g.cat.T("cli.new.long"),
		Example: `  cxmap new "Tienda Ñandú" --client "Ñandú S.A." --facilitator "Ana Pérez" --lang es
  cxmap new "Quick scan" --assessment cx-quickscan
  cxmap new "Banco" --assessment ./banco-model.yaml`,
		Args: args(g.cat, func(cmd *cobra.Command, a []string) error {
			if withSample {
				return cobra.NoArgs(cmd, a)
			}
			return cobra.ExactArgs(1)(cmd, a)
		}),
		RunE: func(cmd *cobra.Command, a []string) error {
			if withSample {
				return newSample(cmd, g)
			}
			for _, f := range []struct{ flag, value string }{{"NAME", a[0]}, {"--client", client}, {"--facilitator", facilitator}} {
				if textsafe.HasLineBreak(f.value) {
					return usageError{errors.New(g.cat.T("cli.new.one_line", f.flag))}
				}
			}
			configDir, _ := assessments.ConfigDir()
			m, err := assessments.LoadFrom(model, configDir)
			if err != nil {
				return err
			}
			st, err := g.open()
			if err != nil {
				return err
			}
			defer st.Close()
			w, err := st.CreateWorkshop(cmd.Context(), store.NewWorkshop{
				Name: a[0], Client: client, Facilitator: facilitator, Language: g.language(), Assessment: m})
			if err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), g.cat.T("cli.new.created", w.ID, w.Name, m.ID, g.cat.N("n.questions", m.QuestionCount()), w.Language))
			return nil
		},
	}
	cmd.Flags().StringVar(&client, "client", "", g.cat.T("cli.new.flag.client"))
	cmd.Flags().StringVar(&facilitator, "facilitator", "", g.cat.T("cli.new.flag.facilitator"))
	cmd.Flags().StringVar(&model, "assessment", "cx-maturity", g.cat.T("cli.new.flag.assessment"))
	cmd.Flags().BoolVar(&withSample, "sample", false, g.cat.T("cli.new.flag.sample"))
	return cmd
}

// newSample stores the example workshop: a retail client with four
// participants, answers and notes, three journeys and a roadmap.
func newSample(cmd *cobra.Command, g *globals) error {
	b, err := sample.Bundle(g.language(), time.Now())
	if err != nil {
		return err
	}
	w, err := g.store(cmd.Context(), b)
	if err != nil {
		return err
	}
	fmt.Fprint(cmd.OutOrStdout(), g.cat.T("cli.new.sample", w.ID, w.Name, w.ID))
	return nil
}
