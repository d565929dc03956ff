package main

import (
	"errors"
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
	var raw, excel, all bool
	var ref workshopRef
	cmd := &cobra.Command{
		Use:     "export WORKSHOP | --id ID",
		Short:   g.cat.T("cli.export.short"),
		Long:    g.cat.T("cli.export.long"),
		Example: "  cxmap export \"Tienda Ñandú\" -o informe.md\n  cxmap export \"Tienda Ñandú\" --format html -o informe.html\n  cxmap export --id 3 --format json -o tienda.json\n  cxmap export --id 3 --format csv --what initiatives --lang en",
		Args:    ref.check(g.cat),
		RunE: func(cmd *cobra.Command, a []string) error {
			if format != "md" && format != "html" && format != "json" && format != "csv" {
				return usageError{errors.New(g.cat.T("cli.export.err.format", format))}
			}
			if what != export.CSVAnswers && what != export.CSVInitiatives {
				return usageError{errors.New(g.cat.T("cli.export.err.what", what))}
			}
			if (raw || excel) && format != "csv" {
				return usageError{errors.New(g.cat.T("cli.export.err.csv_only"))}
			}
			if all && format != "md" && format != "html" {
				return usageError{errors.New(g.cat.T("cli.export.err.all"))}
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
					return export.WriteCSVWith(dst, b, lang, what, export.CSVOptions{Raw: raw, Excel: excel})
				case "html":
					return export.WriteHTML(dst, b, lang, export.Options{All: all})
				}
				return export.WriteMarkdownWith(dst, b, lang, export.Options{All: all})
			}
			if out == "" || out == "-" {
				return toTerminal(cmd.OutOrStdout(), format == "json", write)
			}
			if err := export.WriteFile(out, write); err != nil {
				return err
			}
			fmt.Fprint(cmd.ErrOrStderr(), g.cat.T("cli.export.done", w.Name, out))
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "md", g.cat.T("cli.export.flag.format"))
	cmd.Flags().StringVarP(&out, "output", "o", "", g.cat.T("cli.export.flag.output"))
	cmd.Flags().StringVar(&what, "what", export.CSVAnswers, g.cat.T("cli.export.flag.what"))
	cmd.Flags().BoolVar(&raw, "raw", false, g.cat.T("cli.export.flag.raw"))
	cmd.Flags().BoolVar(&excel, "excel", false, g.cat.T("cli.export.flag.excel"))
	cmd.Flags().BoolVar(&all, "all", false, g.cat.T("cli.export.flag.all"))
	ref.addFlag(g.cat, cmd)
	return cmd
}

func newImportCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE.json",
		Short: g.cat.T("cli.import.short"),
		Long:  g.cat.T("cli.import.long"),
		Args:  args(g.cat, cobra.ExactArgs(1)),
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
			// Names are one line; a file may still hold line breaks in them.
			for _, field := range b.OneLineNames() {
				fmt.Fprint(cmd.ErrOrStderr(), "cxmap: "+g.cat.T("cli.import.one_line", a[0], field))
			}
			w, err := g.store(cmd.Context(), b)
			if err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), g.cat.T("cli.import.done", w.ID, w.Name))
			return nil
		},
	}
}
