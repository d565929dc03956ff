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
	Msg  string
}

func (e Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// Errors are all the problems found in one file, sorted by position.
type Errors []Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
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
		if len(out) > 0 && e == out[len(out)-1] {
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
	c.found = append(c.found, Error{File: c.file, Line: p.line, Col: p.col, Msg: fmt.Sprintf(format, args...)})
}

// err returns the collected errors, sorted, or nil when there are none.
func (c *errs) err() error {
	if len(c.found) == 0 {
		return nil
	}
	return c.found.sort()
}
