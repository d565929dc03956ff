package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/cxmap/cxmap/model"
)

// What WriteCSV writes.
const (
	CSVAnswers     = "answers"     // one row per answer (the default)
	CSVInitiatives = "initiatives" // one row per initiative of the roadmap
)

// CSVOptions choose how cells and the file are written.
type CSVOptions struct {
	// Raw writes every cell as it is, without the formula guard: for
	// scripts that read the file and never a spreadsheet.
	Raw bool
	// Excel writes what a European Excel opens in columns at once: a
	// UTF-8 byte order mark and semicolons between cells.
	Excel bool
}

// WriteCSV writes one table as CSV with the default options (the
// formula guard on, commas, no BOM); see WriteCSVWith.
func WriteCSV(w io.Writer, b *model.Bundle, lang, what string) error {
	return WriteCSVWith(w, b, lang, what, CSVOptions{})
}

// WriteCSVWith writes one table as CSV (RFC 4180, UTF-8, a header row):
// what is CSVAnswers (or "") for one row per answer, CSVInitiatives for
// one row per initiative. Headers are fixed English identifiers, for
// scripts; the content (dimension and question texts, horizons, statuses)
// is in lang. Answers come by participant (the consensus last) in
// questionnaire order; initiatives in the report's numbering, by horizon,
// the rejected ones last.
//
// A spreadsheet reads a cell that begins with =, +, -, @, a tab or a
// carriage return as a formula, so a note such as =HYPERLINK(...) would
// run when the file is opened (CSV injection). Unless opt.Raw, such a cell
// is written with a leading apostrophe, as OWASP advises.
func WriteCSVWith(w io.Writer, b *model.Bundle, lang, what string, opt CSVOptions) error {
	v, err := newView(b, lang)
	if err != nil {
		return err
	}
	if opt.Excel {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	}
	cw := &cellWriter{w: csv.NewWriter(w), raw: opt.Raw}
	if opt.Excel {
		cw.w.Comma = ';'
	}
	switch what {
	case "", CSVAnswers:
		err = v.answersCSV(cw)
	case CSVInitiatives:
		err = v.initiativesCSV(cw)
	default:
		return fmt.Errorf("export: unknown CSV table %q (want %s or %s)", what, CSVAnswers, CSVInitiatives)
	}
	if err != nil {
		return err
	}
	cw.w.Flush()
	return cw.w.Error()
}

// cellWriter writes rows, guarding every cell against formulas unless raw.
type cellWriter struct {
	w   *csv.Writer
	raw bool
}

func (c *cellWriter) Write(row []string) error {
	if !c.raw {
		for i, s := range row {
			row[i] = FormulaSafe(s)
		}
	}
	return c.w.Write(row)
}

// FormulaSafe prefixes s with an apostrophe when a spreadsheet would read
// it as a formula: when it begins with =, +, -, @, a tab or a carriage
// return. Spreadsheets show the text and hide the apostrophe. A cell that
// already begins with an apostrophe before one of those (or before another
// apostrophe) gets one more, so FormulaUnsafe gives back exactly s.
func FormulaSafe(s string) string {
	if s == "" {
		return s
	}
	if strings.ContainsRune(formulaStarts, rune(s[0])) ||
		(s[0] == '\'' && len(s) > 1 && strings.ContainsRune(formulaStarts+"'", rune(s[1]))) {
		return "'" + s
	}
	return s
}

// FormulaUnsafe undoes FormulaSafe: how an importer reads a guarded cell.
func FormulaUnsafe(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune(formulaStarts+"'", rune(s[1])) {
		return s[1:]
	}
	return s
}

const formulaStarts = "=+-@\t\r"

func (v *view) answersCSV(cw *cellWriter) error {
	if err := cw.Write([]string{"participant", "role", "dimension_id", "dimension", "question_id", "question", "level", "level_name", "note"}); err != nil {
		return err
	}
	for _, p := range v.respondents() {
		for _, d := range v.a.Dimensions {
			for _, q := range d.Questions {
				r, ok := v.answers[p.ID][q.ID]
				if !ok {
					continue
				}
				level, name := "", ""
				switch {
				case r.NA:
					level, name = "n/a", v.t("export.na")
				case r.DontKnow:
					// The word responses import reads back.
					level, name = "dont_know", v.t("q.dont_know_short")
				case r.Level > 0:
					level, name = strconv.Itoa(r.Level), v.levelName(r.Level)
				}
				row := []string{p.Name, p.Role, d.ID, d.Name.In(v.lang), q.ID, q.Text.In(v.lang), level, name, r.Note}
				if err := cw.Write(row); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (v *view) initiativesCSV(cw *cellWriter) error {
	if err := cw.Write([]string{"number", "title", "horizon", "impact", "effort", "quadrant", "status", "owner", "kpis",
		"dimension_id", "dimension", "description", "evidence"}); err != nil {
		return err
	}
	byHorizon, rejected := v.roadmap()
	var items []roadmapItem
	for _, h := range model.Horizons {
		items = append(items, byHorizon[h]...)
	}
	items = append(items, rejected...)
	for _, it := range items {
		var evidence []string
		for _, e := range it.Evidence {
			evidence = append(evidence, v.evidencePlain(e))
		}
		dim := ""
		if it.DimensionID != "" {
			dim = v.dimName(it.DimensionID)
		}
		row := []string{strconv.Itoa(it.Number), it.Title, v.horizon(it.Horizon), strconv.Itoa(it.Impact), strconv.Itoa(it.Effort),
			v.quadrant(it.Initiative), v.status(it.Status), it.Owner, strings.Join(it.KPIs, "; "),
			it.DimensionID, dim, it.Description, strings.Join(evidence, " | ")}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	return nil
}
