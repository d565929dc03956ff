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

// WriteCSV writes one table as CSV (RFC 4180, UTF-8, a header row):
// what is CSVAnswers (or "") for one row per answer, CSVInitiatives for
// one row per initiative. Headers are fixed English identifiers, for
// scripts; the content (dimension and question texts, horizons, statuses)
// is in lang. Answers come by participant (the consensus last) in
// questionnaire order; initiatives in the report's numbering, by horizon,
// the rejected ones last. Cells are written as they are: a spreadsheet
// may read a note starting with "=" as a formula.
func WriteCSV(w io.Writer, b *model.Bundle, lang, what string) error {
	v, err := newView(b, lang)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
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
	cw.Flush()
	return cw.Error()
}

func (v *view) answersCSV(cw *csv.Writer) error {
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

func (v *view) initiativesCSV(cw *csv.Writer) error {
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
