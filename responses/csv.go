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

	"github.com/cxmap/cxmap/model"
)

// Row is one answer read from the file. An empty Participant is the
// team's consensus answer.
type Row struct {
	Line        int
	Participant string
	Response    model.Response
}

// Error is a problem with one row (Row 1 is the header).
type Error struct {
	File string
	Row  int
	Msg  string
}

func (e Error) Error() string { return fmt.Sprintf("%s: row %d: %s", e.File, e.Row, e.Msg) }

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

// consensusNames mark a row as the team's agreed answer.
var consensusNames = map[string]bool{"": true, "consensus": true, "consenso": true, "team consensus": true, "consenso del equipo": true}

// ParseCSV reads rows of participant, question_id, level (1..N, "na" or
// "dont_know")
// and an optional note, after a header row naming those columns in any
// order. UTF-8 with or without a BOM; comma or semicolon separated (as
// Spanish spreadsheets export). Any bad row makes the whole file fail.
func ParseCSV(name string, r io.Reader, a *model.Assessment) ([]Row, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8 text: save the file as CSV UTF-8", name)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = separator(data)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.LazyQuotes = true // survey tools export stray quotes inside fields
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: the file is empty", name)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	idx, err := headerIndex(name, header)
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
				errs = append(errs, Error{name, pe.StartLine, pe.Err.Error()})
				break // the quoting is broken: later rows cannot be trusted
			}
			return nil, err
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		row, msg := parseRow(rec, idx, len(header), a)
		if msg != "" {
			errs = append(errs, Error{name, line, msg})
			continue
		}
		row.Line = line
		k := [2]string{strings.ToLower(row.Participant), row.Response.QuestionID}
		if first, dup := seen[k]; dup {
			errs = append(errs, Error{name, line, fmt.Sprintf("a second answer to %s by the same person (first on row %d)", row.Response.QuestionID, first)})
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

func headerIndex(name string, header []string) (map[string]int, error) {
	idx := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		known := false
		for _, c := range columns {
			known = known || c == h
		}
		if !known {
			return nil, Error{name, 1, fmt.Sprintf("unknown column %q: the columns are %s (note optional)", h, strings.Join(columns, ", "))}
		}
		if _, dup := idx[h]; dup {
			return nil, Error{name, 1, fmt.Sprintf("column %q appears twice", h)}
		}
		idx[h] = i
	}
	for _, c := range columns[:3] {
		if _, ok := idx[c]; !ok {
			return nil, Error{name, 1, fmt.Sprintf("missing column %q: the header must name %s (note optional)", c, strings.Join(columns, ", "))}
		}
	}
	return idx, nil
}

func parseRow(rec []string, idx map[string]int, width int, a *model.Assessment) (Row, string) {
	if len(rec) != width {
		return Row{}, fmt.Sprintf("%d columns, the header has %d", len(rec), width)
	}
	get := func(c string) string {
		if i, ok := idx[c]; ok {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	row := Row{Participant: get("participant")}
	if consensusNames[strings.ToLower(row.Participant)] {
		row.Participant = ""
	}
	q := get("question_id")
	if _, ok := a.Question(q); !ok {
		return Row{}, fmt.Sprintf("unknown question %q in model %s", q, a.ID)
	}
	row.Response = model.Response{QuestionID: q, Note: get("note")}
	level := strings.ToLower(get("level"))
	switch level {
	case "na", "n/a", "n.a.":
		row.Response.NA = true
	case "dont_know", "don't know", "dont know", "dk", "no sabe", "ns", "ns/nc", "?":
		// dont_know is what the answers CSV export writes; the others are
		// what people type in a spreadsheet, in either language.
		row.Response.DontKnow = true
	case "":
		if row.Response.Note == "" {
			return Row{}, "no level and no note"
		}
	default:
		n, err := strconv.Atoi(level)
		if err != nil || n < 1 || n > len(a.Levels) {
			return Row{}, fmt.Sprintf("level %q: use 1 to %d, na or dont_know", get("level"), len(a.Levels))
		}
		row.Response.Level = n
	}
	return row, ""
}
