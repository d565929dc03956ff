package assessments

import (
	"fmt"
	"sort"
	"strings"
)

// Error is one problem in an assessment file, at a 1-based line and column.
type Error struct {
	File string
	Line int
	Col  int
	Msg  string // in English

	// Format and Args are what Msg was made from, so a caller can tell
	// the message in another language (see In).
	Format string
	Args   []any
}

// In is Error with the message told by tr, which gets Format and Args
// and returns the text in the reader's language (i18n.Catalog.Validator).
func (e Error) In(tr func(format string, args ...any) string) string {
	msg := e.Msg
	if tr != nil && e.Format != "" {
		msg = tr(e.Format, e.Args...)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, msg)
}

// Text is a piece of a message (a hint such as "; did you mean ...")
// that is translated with the message it goes into.
type Text struct {
	Format string
	Args   []any
}

func (t Text) String() string { return fmt.Sprintf(t.Format, t.Args...) }

// Parts lets a translator find the format inside an argument.
func (t Text) Parts() (string, []any) { return t.Format, t.Args }

func (e Error) Error() string { return e.In(nil) }

// Errors are all the problems found in one file, sorted by position.
type Errors []Error

func (es Errors) Error() string { return es.In(nil) }

// In is Errors with every message told by tr, one per line.
func (es Errors) In(tr func(format string, args ...any) string) string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.In(tr)
	}
	return strings.Join(lines, "\n")
}

// sort orders errors by file, line, column and then message, and drops
// exact duplicates.
func (es Errors) sort() Errors {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Msg < b.Msg
	})
	out := es[:0]
	for _, e := range es {
		if n := len(out); n > 0 && e.File == out[n-1].File && e.Line == out[n-1].Line && e.Col == out[n-1].Col && e.Msg == out[n-1].Msg {
			continue
		}
		out = append(out, e)
	}
	return out
}

// pos is a position in the source.
type pos struct{ line, col int }

// errs collects errors for one file.
type errs struct {
	file  string
	found Errors
}

func (c *errs) add(p pos, format string, args ...any) {
	if p.line < 1 {
		p = pos{1, 1}
	}
	c.found = append(c.found, Error{File: c.file, Line: p.line, Col: p.col, Msg: fmt.Sprintf(format, args...), Format: format, Args: args})
}

// err returns the collected errors, sorted, or nil when there are none.
func (c *errs) err() error {
	if len(c.found) == 0 {
		return nil
	}
	return c.found.sort()
}
