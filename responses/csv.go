// Package responses reads answers collected before a workshop (an online
// survey, a spreadsheet) from CSV, checking every row against the
// workshop's assessment model.
package responses

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
)

// Row is one answer read from the file. An empty Participant is the
// team's consensus answer. Only what the file gives is to be written:
// HasLevel is false when the file has no level for the row (the stored
// level stays), HasNote when it has no note column (stored notes stay).
type Row struct {
	Line        int
	Participant string // in Unicode NFC, so one person is one participant
	Role        string // for a participant the import creates; may be empty
	Response    model.Response
	HasLevel    bool
	HasNote     bool
}

// Error is a problem with one row (Row 1 is the header).
type Error struct {
	File string
	Row  int
	Msg  string
	Lang string // of "row"; Msg is already in it
}

func (e Error) Error() string { return i18n.For(e.Lang).T("resp.row", e.File, e.Row, e.Msg) }

// Errors are every problem found in a file; none of its rows may be used.
type Errors []Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

var columns = []string{"participant", "question_id", "level", "note"}

// headerNames are the header names each column is known by: ours in
// English (as our own answers export writes them) and in Spanish. Any
// other column (our export's question text, dimension, level name) is
// ignored.
var headerNames = map[string]string{
	"participant": "participant", "participante": "participant", "nombre": "participant",
	"question_id": "question_id", "question id": "question_id", "pregunta": "question_id", "id_pregunta": "question_id", "id pregunta": "question_id",
	"level": "level", "nivel": "level",
	"note": "note", "notes": "note", "nota": "note", "notas": "note",
	"role": "role", "rol": "role",
}

// consensusNames mark a row as the team's agreed answer.
var consensusNames = map[string]bool{"": true, "consensus": true, "consenso": true, "team consensus": true, "consenso del equipo": true}

// ParseCSV reads rows of participant, question_id, level (1..N, "na" or
// "dont_know")
// and an optional note, after a header row naming those columns in any
// order. UTF-8 with or without a BOM; comma or semicolon separated (as
// Spanish spreadsheets export). Any bad row makes the whole file fail.
func ParseCSV(name string, r io.Reader, a *model.Assessment) ([]Row, error) {
	return ParseCSVIn(name, r, a, i18n.For(i18n.EN))
}

// ParseCSVIn is ParseCSV with its messages in cat's language.
func ParseCSVIn(name string, r io.Reader, a *model.Assessment, cat i18n.Catalog) ([]Row, error) {
	lang := cat.Lang()
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, errors.New(cat.T("resp.not_utf8", name))
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = separator(data)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.LazyQuotes = true // survey tools export stray quotes inside fields
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New(cat.T("resp.empty", name))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	idx, err := headerIndex(name, header, cat)
	if err != nil {
		return nil, err
	}
	var rows []Row
	var errs Errors
	seen := map[[2]string]int{}
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				errs = append(errs, Error{name, pe.StartLine, pe.Err.Error(), lang})
				break // the quoting is broken: later rows cannot be trusted
			}
			return nil, err
		}
		if blank(rec) {
			continue // a blank line, or a spreadsheet's empty ";;;" row
		}
		row, msg := parseRow(rec, idx, len(header), a, cat)
		if msg != "" {
			errs = append(errs, Error{name, line, msg, lang})
			continue
		}
		row.Line = line
		k := [2]string{model.NameKey(row.Participant), row.Response.QuestionID}
		if first, dup := seen[k]; dup {
			errs = append(errs, Error{name, line, cat.T("resp.twice", row.Response.QuestionID, first), lang})
			continue
		}
		seen[k] = line
		rows = append(rows, row)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return rows, nil
}

// separator is ';' when the header line has more semicolons than commas.
func separator(data []byte) rune {
	first, _, _ := bufio.NewReader(bytes.NewReader(data)).ReadLine()
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		return ';'
	}
	return ','
}

// blank is a row whose every cell is empty.
func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func headerIndex(name string, header []string, cat i18n.Catalog) (map[string]int, error) {
	idx := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		c, known := headerNames[h]
		if !known {
			continue // another column (our export's question text, a survey's timestamp)
		}
		if _, dup := idx[c]; dup {
			return nil, Error{name, 1, cat.T("resp.column_twice", c), cat.Lang()}
		}
		idx[c] = i
	}
	for _, c := range columns[:3] {
		if _, ok := idx[c]; !ok {
			return nil, Error{name, 1, cat.T("resp.missing_column", c), cat.Lang()}
		}
	}
	return idx, nil
}

func parseRow(rec []string, idx map[string]int, width int, a *model.Assessment, cat i18n.Catalog) (Row, string) {
	if len(rec) != width {
		return Row{}, cat.T("resp.width", len(rec), width)
	}
	get := func(c string) string {
		if i, ok := idx[c]; ok {
			// Our own export guards formula-like cells with a leading '.
			return strings.TrimSpace(formulaUnsafe(rec[i]))
		}
		return ""
	}
	row := Row{Participant: norm.NFC.String(get("participant")), Role: norm.NFC.String(get("role"))}
	if textsafe.HasLineBreak(row.Participant) {
		return Row{}, cat.T("resp.one_line", textsafe.Line(row.Participant))
	}
	row.Role = textsafe.OneLine(row.Role)
	if consensusNames[model.NameKey(row.Participant)] {
		row.Participant = ""
	}
	_, row.HasNote = idx["note"]
	q := get("question_id")
	if _, ok := a.Question(q); !ok {
		return Row{}, cat.T("resp.unknown_question", textsafe.Line(q), a.ID)
	}
	row.Response = model.Response{QuestionID: q, Note: get("note")}
	level := strings.ToLower(get("level"))
	row.HasLevel = level != ""
	switch level {
	case "na", "n/a", "n.a.", "no aplica":
		row.Response.NA = true
	case "dont_know", "don't know", "dont know", "dk", "no sabe", "ns", "ns/nc", "?":
		// dont_know is what the answers CSV export writes; the others are
		// what people type in a spreadsheet, in either language.
		row.Response.DontKnow = true
	case "":
		if row.Response.Note == "" {
			return Row{}, cat.T("resp.nothing")
		}
	default:
		n, err := strconv.Atoi(level)
		if err != nil || n < 1 || n > len(a.Levels) {
			return Row{}, cat.T("resp.level", textsafe.Line(get("level")), len(a.Levels))
		}
		row.Response.Level = n
	}
	return row, ""
}

// formulaUnsafe undoes the export's formula guard (export.FormulaUnsafe,
// repeated here so that reading a survey does not pull in the writers).
func formulaUnsafe(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r'", rune(s[1])) {
		return s[1:]
	}
	return s
}
