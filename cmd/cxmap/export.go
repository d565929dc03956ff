package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/cxmap/cxmap/export"
	"github.com/cxmap/cxmap/i18n"
)

func newExportCmd(g *globals) *cobra.Command {
	var format, out, what string
	var ref workshopRef
	cmd := &cobra.Command{
		Use:   "export WORKSHOP",
		Short: "Export a workshop as Markdown, JSON or CSV",
		Long: `Export a workshop (an id or a unique name) to standard output, or to a
file with -o (written to a temporary file and renamed, so a failed export
leaves nothing half-written).

  md    the report for the client: summary, maturity table, findings,
        disagreements, journeys (tables and Mermaid), the roadmap with its
        evidence, and every answer; renders on GitHub
  json  the whole workshop, for "cxmap import" (export, import, export
        gives the same bytes)
  csv   one row per answer, or per initiative with --what initiatives

--lang chooses the language of headings and built-in content; by default
the workshop's own language.`,
		Example: "  cxmap export \"Tienda Ñandú\" -o informe.md\n  cxmap export --id 3 --format json -o tienda.json\n  cxmap export --id 3 --format csv --what initiatives --lang en",
		Args:    ref.check(),
		RunE: func(cmd *cobra.Command, a []string) error {
			if format != "md" && format != "json" && format != "csv" {
				return usageError{fmt.Errorf("--format %q: use md, json or csv", format)}
			}
			if what != export.CSVAnswers && what != export.CSVInitiatives {
				return usageError{fmt.Errorf("--what %q: use answers or initiatives", what)}
			}
			st, w, err := g.openWorkshop(cmd.Context(), ref.ref(a))
			if err != nil {
				return err
			}
			defer st.Close()
			b, err := st.LoadReport(cmd.Context(), w.ID)
			if err != nil {
				return err
			}
			b.GeneratedAt = time.Now()
			lang := w.Language
			if g.lang != "" {
				lang = g.lang
			}
			if !i18n.Valid(lang) {
				lang = i18n.EN
			}
			write := func(dst io.Writer) error {
				switch format {
				case "json":
					return export.WriteJSON(dst, b)
				case "csv":
					return export.WriteCSV(dst, b, lang, what)
				}
				return export.WriteMarkdown(dst, b, lang)
			}
			if out == "" || out == "-" {
				return write(cmd.OutOrStdout())
			}
			if err := export.WriteFile(out, write); err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "Exported %q to %s\n", w.Name, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "md", "md, json or csv")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().StringVar(&what, "what", export.CSVAnswers, "for csv: answers or initiatives")
	ref.addFlag(cmd)
	return cmd
}

func newImportCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE.json",
		Short: "Restore a workshop exported as JSON",
		Long: `Restore a workshop from "cxmap export --format json". It gets new ids, and a
new name if its name is taken. A malformed or foreign file is refused and
nothing is imported.`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			f, err := os.Open(a[0])
			if err != nil {
				return err
			}
			defer f.Close()
			b, err := export.ReadJSON(f)
			if err != nil {
				return fmt.Errorf("%s: %w", a[0], err)
			}
			w, err := g.store(cmd.Context(), b)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Imported workshop %d %q\n", w.ID, w.Name)
			return nil
		},
	}
}
