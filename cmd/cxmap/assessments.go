package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
)

func newAssessmentsCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "assessments",
		Short: g.cat.T("cli.assessments.short"),
		Long:  g.cat.T("cli.assessments.long"),
	}
	cmd.AddCommand(newAssessmentsListCmd(g), newAssessmentsShowCmd(g), newAssessmentsValidateCmd(g))
	return asGroup(g.cat, cmd)
}

func newAssessmentsListCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: g.cat.T("cli.assessments.list.short"),
		Args:  args(g.cat, cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, _ := assessments.ConfigDir()
			entries, err := assessments.List(dir)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, g.cat.T("cli.assessments.list.header"))
			for _, e := range entries {
				if e.Err != nil {
					fmt.Fprintf(tw, "%s\t%s\t\t\t\t\t%s\n", textsafe.Line(e.ID), g.cat.T("cli.assessments.invalid", textsafe.Line(oneLine(errorText(g.cat, e.Err)))), source(g, e))
					continue
				}
				a := e.Assessment
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%s\t%s\n", textsafe.Line(a.ID), textsafe.Line(a.Name.In(g.language())), len(a.Levels), len(a.Dimensions),
					a.QuestionCount(), textsafe.Line(strings.Join(a.Languages, ",")), source(g, e))
			}
			return tw.Flush()
		},
	}
}

func newAssessmentsShowCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "show ID|FILE",
		Short:   g.cat.T("cli.assessments.show.short"),
		Example: "  cxmap assessments show cx-maturity --lang es\n  cxmap assessments show cx-quickscan --json",
		Args:    args(g.cat, cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			dir, _ := assessments.ConfigDir()
			m, err := assessments.LoadFrom(a[0], dir)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), m)
			}
			writeOutline(cmd.OutOrStdout(), m, g.language())
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, g.cat.T("cli.assessments.show.flag.json"))
	return cmd
}

// writeOutline prints a model for reading: levels, then each dimension
// with its questions.
func writeOutline(w io.Writer, a *model.Assessment, lang string) {
	cat := i18n.For(lang)
	// A model file may say anything: every text of it is drawn safe.
	line, text := textsafe.Line, textsafe.Text
	fmt.Fprintf(w, "%s (%s %s) — %s\n", line(a.Name.In(lang)), line(a.ID), line(a.Version), line(strings.Join(a.Languages, ", ")))
	if d := a.Description.In(lang); d != "" {
		fmt.Fprintf(w, "%s\n", text(d))
	}
	fmt.Fprintf(w, "\n%s\n", cat.T("cli.levels"))
	for i, l := range a.Levels {
		if s := l.Summary.In(lang); s != "" {
			fmt.Fprintf(w, "  %d  %s — %s\n", i+1, line(l.Name.In(lang)), line(s))
		} else {
			fmt.Fprintf(w, "  %d  %s\n", i+1, line(l.Name.In(lang)))
		}
	}
	fmt.Fprintf(w, "\n%s\n", cat.T("cli.dimensions", len(a.Dimensions), a.QuestionCount()))
	for i, d := range a.Dimensions {
		fmt.Fprintf(w, "\n  %d. %s  [%s, %s %g]\n", i+1, line(d.Name.In(lang)), line(d.ID), cat.T("cli.weight"), d.Weight)
		for _, q := range d.Questions {
			fmt.Fprintf(w, "     - %s  %s\n", line(q.Text.In(lang)), "("+line(q.ID)+")")
		}
	}
	fmt.Fprintf(w, "\n%s\n", cat.T("cli.recommendations", cat.N("n.initiatives", len(a.Recommendations))))
	if len(a.KPIs) > 0 {
		fmt.Fprintf(w, "\n%s\n", cat.T("cli.kpis", len(a.KPIs)))
		for _, k := range a.KPIs {
			fmt.Fprintf(w, "  %s — %s  (%s)\n", line(k.Name.In(lang)), line(k.Definition.In(lang)), line(k.ID))
		}
	}
}

func newAssessmentsValidateCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE",
		Short: g.cat.T("cli.assessments.validate.short"),
		Args:  args(g.cat, cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			m, err := assessments.ReadFile(a[0])
			var list assessments.Errors
			if errors.As(err, &list) {
				for _, e := range list {
					fmt.Fprintln(cmd.ErrOrStderr(), textsafe.Line(e.In(g.cat.Validator)))
				}
				return silentError{err}
			}
			if err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), g.cat.T("cli.assessments.validate.ok", a[0], m.ID, len(m.Levels), g.cat.N("n.dimensions", len(m.Dimensions)),
				g.cat.N("n.questions", m.QuestionCount()), g.cat.N("n.recommendations", len(m.Recommendations)), strings.Join(m.Languages, ", ")))
			return nil
		},
	}
}

// source is where a model comes from: "built-in" in the user's language,
// or the path of the user's file.
func source(g *globals, e assessments.Entry) string {
	if e.Builtin() {
		return g.cat.T("cli.assessments.builtin")
	}
	return textsafe.Line(e.Source)
}
