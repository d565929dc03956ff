package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/store"
)

func newNewCmd(g *globals) *cobra.Command {
	var client, facilitator, model string
	cmd := &cobra.Command{
		Use:   "new NAME",
		Short: "Create a workshop",
		Long: `Create a workshop. --assessment takes a built-in model id (see
"cxmap assessments list"), the id of a model in $XDG_CONFIG_HOME/cxmap/assessments,
or the path of a model file; the workshop keeps a frozen copy of it.
--lang sets the workshop's language (default from the environment).`,
		Example: `  cxmap new "Tienda Ñandú" --client "Ñandú S.A." --facilitator "Ana Pérez" --lang es
  cxmap new "Quick scan" --assessment cx-quickscan
  cxmap new "Banco" --assessment ./banco-model.yaml`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
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
	return cmd
}
