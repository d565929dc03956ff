package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/sample"
	"github.com/cxmap/cxmap/store"
)

func newNewCmd(g *globals) *cobra.Command {
	var client, facilitator, model string
	var withSample bool
	cmd := &cobra.Command{
		Use:   "new NAME | --sample",
		Short: "Create a workshop",
		Long: `Create a workshop. --assessment takes a built-in model id (see
"cxmap assessments list"), the id of a model in $XDG_CONFIG_HOME/cxmap/assessments,
or the path of a model file; the workshop keeps a frozen copy of it.
--lang sets the workshop's language (default from the environment).`,
		Example: `  cxmap new "Tienda Ñandú" --client "Ñandú S.A." --facilitator "Ana Pérez" --lang es
  cxmap new "Quick scan" --assessment cx-quickscan
  cxmap new "Banco" --assessment ./banco-model.yaml`,
		Args: args(func(cmd *cobra.Command, a []string) error {
			if withSample {
				return cobra.NoArgs(cmd, a)
			}
			return cobra.ExactArgs(1)(cmd, a)
		}),
		RunE: func(cmd *cobra.Command, a []string) error {
			if withSample {
				return newSample(cmd, g)
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
			fmt.Fprintf(cmd.OutOrStdout(), "Created workshop %d %q (%s, %d questions, %s)\n", w.ID, w.Name, m.ID, m.QuestionCount(), w.Language)
			return nil
		},
	}
	cmd.Flags().StringVar(&client, "client", "", "the client organisation")
	cmd.Flags().StringVar(&facilitator, "facilitator", "", "who runs the workshop")
	cmd.Flags().StringVar(&model, "assessment", "cx-maturity", "assessment model: a built-in id or a YAML file")
	cmd.Flags().BoolVar(&withSample, "sample", false, "create a complete example workshop (no NAME)")
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
	fmt.Fprintf(cmd.OutOrStdout(), "Created sample workshop %d %q: open it with  cxmap open --id %d\n", w.ID, w.Name, w.ID)
	return nil
}
