package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
)

func newAssessmentsCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "assessments",
		Short: "List, show and validate assessment models",
		Long: `Assessment models are YAML files: the built-in ones, and your own in
$XDG_CONFIG_HOME/cxmap/assessments (usually ~/.config/cxmap/assessments).
The format is described in assessments/README.md.`,
	}
	cmd.AddCommand(newAssessmentsListCmd(), newAssessmentsShowCmd(g), newAssessmentsValidateCmd())
	return asGroup(cmd)
}

func newAssessmentsListCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the built-in models and your own",
		Args:  args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, _ := assessments.ConfigDir()
			entries, err := assessments.List(dir)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tLEVELS\tDIMENSIONS\tQUESTIONS\tLANGUAGES\tSOURCE")
			for _, e := range entries {
				if e.Err != nil {
					fmt.Fprintf(tw, "%s\t(invalid: %s)\t\t\t\t\t%s\n", e.ID, oneLine(e.Err.Error()), e.Source)
					continue
				}
				a := e.Assessment
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%s\t%s\n", a.ID, a.Name.In(model.LangEN), len(a.Levels), len(a.Dimensions),
					a.QuestionCount(), strings.Join(a.Languages, ","), e.Source)
			}
			return tw.Flush()
		},
	}
}

func newAssessmentsShowCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "show ID|FILE",
		Short:   "Print a model's outline, or the whole parsed model as JSON",
		Example: "  cxmap assessments show cx-maturity --lang es\n  cxmap assessments show cx-quickscan --json",
		Args:    args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			dir, _ := assessments.ConfigDir()
			m, err := assessments.LoadFrom(a[0], dir)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(m)
			}
			writeOutline(cmd.OutOrStdout(), m, g.language())
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the parsed model as JSON")
	return cmd
}

// writeOutline prints a model for reading: levels, then each dimension
// with its questions.
func writeOutline(w io.Writer, a *model.Assessment, lang string) {
	cat := i18n.For(lang)
	fmt.Fprintf(w, "%s (%s %s) — %s\n", a.Name.In(lang), a.ID, a.Version, strings.Join(a.Languages, ", "))
	if d := a.Description.In(lang); d != "" {
		fmt.Fprintf(w, "%s\n", d)
	}
	fmt.Fprintf(w, "\n%s\n", cat.T("cli.levels"))
	for i, l := range a.Levels {
		fmt.Fprintf(w, "  %d  %s — %s\n", i+1, l.Name.In(lang), l.Summary.In(lang))
	}
	fmt.Fprintf(w, "\n%s\n", cat.T("cli.dimensions", len(a.Dimensions), a.QuestionCount()))
	for i, d := range a.Dimensions {
		fmt.Fprintf(w, "\n  %d. %s  [%s, %s %g]\n", i+1, d.Name.In(lang), d.ID, cat.T("cli.weight"), d.Weight)
		for _, q := range d.Questions {
			fmt.Fprintf(w, "     - %s  %s\n", q.Text.In(lang), "("+q.ID+")")
		}
	}
	fmt.Fprintf(w, "\n%s\n", cat.T("cli.recommendations", len(a.Recommendations)))
	if len(a.KPIs) > 0 {
		fmt.Fprintf(w, "\n%s\n", cat.T("cli.kpis", len(a.KPIs)))
		for _, k := range a.KPIs {
			fmt.Fprintf(w, "  %s — %s  (%s)\n", k.Name.In(lang), k.Definition.In(lang), k.ID)
		}
	}
}

func newAssessmentsValidateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE",
		Short: "Check a model file; print every problem as FILE:LINE:COL: message",
		Args:  args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			m, err := assessments.ReadFile(a[0])
			var list assessments.Errors
			if errors.As(err, &list) {
				for _, e := range list {
					fmt.Fprintln(cmd.ErrOrStderr(), e.Error())
				}
				return silentError{err}
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: ok: %q, %d levels, %d dimensions, %d questions, %d recommendations, languages %s\n",
				a[0], m.ID, len(m.Levels), len(m.Dimensions), m.QuestionCount(), len(m.Recommendations), strings.Join(m.Languages, ", "))
			return nil
		},
	}
}
