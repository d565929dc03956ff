package export

import (
	_ "embed"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/cxmap/cxmap/model"
)

//go:embed html/report.tmpl
var reportTemplate string

//go:embed html/report.css
var reportCSS string

// WriteHTML writes the report as one self-contained HTML page (inline CSS
// and SVG, no script, no external resource: a Content-Security-Policy
// forbids any) that prints to A4 from a browser: a cover, the executive
// summary with a radar chart, the maturity table with a bar chart and the
// levels' legend, the findings, the disagreements, the journeys as
// coloured grids with their emotion curves, the roadmap as a now/next/later
// timeline with an impact-effort matrix and each initiative's evidence,
// the method note, the glossary and the appendix. It says what the
// Markdown says (both come from one report), and html/template escapes
// every user text.
func WriteHTML(w io.Writer, b *model.Bundle, lang string, opt Options) error {
	r, err := buildReport(b, lang, opt)
	if err != nil {
		return err
	}
	t, err := htmlTemplate(r)
	if err != nil {
		return err
	}
	return t.Execute(w, r)
}

var (
	parsedOnce sync.Once
	parsed     *template.Template
	parseErr   error
)

// htmlTemplate is the report template with the functions bound to r.
// Parsing happens once; each report gets a clone with its own functions.
func htmlTemplate(r *report) (*template.Template, error) {
	parsedOnce.Do(func() {
		parsed, parseErr = template.New("report").Funcs(htmlFuncs(nil)).Parse(reportTemplate)
	})
	if parseErr != nil {
		return nil, parseErr
	}
	t, err := parsed.Clone()
	if err != nil {
		return nil, err
	}
	return t.Funcs(htmlFuncs(r)), nil
}

func htmlFuncs(r *report) template.FuncMap {
	t := func(key string, args ...any) string { return key }
	if r != nil {
		t = r.v.t
	}
	return template.FuncMap{
		"t":   t,
		"css": func() template.CSS { return template.CSS(reportCSS) },
		"spread": func() int {
			return model.DisagreementSpread
		},
		"join":   func(s []string) string { return strings.Join(s, ", ") },
		"signed": func(p *int) string { return signed(*p) },
		"cellClass": func(row journeyRow, c journeyCell) string {
			switch {
			case c.Score != nil:
				return "e" + emotionKey(*c.Score)
			case row.Kind == model.LanePain && c.Text != "":
				return "pain"
			}
			return ""
		},
		"radar":  func(r *report) template.HTML { return radarSVG(r) },
		"bars":   func(r *report) template.HTML { return barsSVG(r) },
		"matrix": func(r *report) template.HTML { return matrixSVG(r) },
		"curve":  func(j journeyView, p journeyPart) template.HTML { return curveSVG(r, j, p) },
	}
}
