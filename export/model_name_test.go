package export

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/model"
)

// A report on another model (an employee-experience one) is named after
// it, never "CX maturity"; levels without a summary print no empty label.
func TestReportNamesItsOwnModel(t *testing.T) {
	b := richBundle(t)
	a := *b.Assessment
	a.Name = model.Text{"en": "Employee experience", "es": "Experiencia de empleado"}
	a.Levels = append([]model.Level(nil), a.Levels...)
	for i := range a.Levels {
		a.Levels[i].Summary = nil
	}
	b.Assessment = &a
	b.Compute()
	emptyLabel := regexp.MustCompile(`(?m)^\*\*(Today|Hoy|Target|Nivel)[^\n]*:\*\* *$|\(\)`)
	for lang, title := range map[string]string{"en": "Employee experience report", "es": "informe de Experiencia de empleado"} {
		var buf bytes.Buffer
		if err := WriteMarkdown(&buf, b, lang); err != nil {
			t.Fatal(err)
		}
		md := buf.String()
		first, _, _ := strings.Cut(md, "\n")
		if !strings.Contains(first, title) {
			t.Errorf("%s: title %q lacks %q", lang, first, title)
		}
		for _, wrong := range []string{"CX maturity", "madurez CX"} {
			if strings.Contains(md, wrong) {
				t.Errorf("%s: the report names %q", lang, wrong)
			}
		}
		if loc := emptyLabel.FindStringIndex(md); loc != nil {
			t.Errorf("%s: an empty label: %q", lang, md[max(loc[0]-60, 0):loc[1]])
		}
		// The findings still say where each weak question stands today.
		if !strings.Contains(md, "*Today (") && !strings.Contains(md, "*Hoy (") {
			t.Errorf("%s: no level line without summary", lang)
		}
	}
}
