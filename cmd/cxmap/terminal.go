package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"

	"github.com/charmbracelet/x/term"

	"github.com/cxmap/cxmap/textsafe"
)

// isTerminal reports whether w is a terminal: what is written to it is
// drawn, not stored.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// toTerminal runs write into w. When w is a terminal, the output (a report,
// a CSV, JSON) quotes names and notes from people, so it is buffered and
// made safe first: JSON keeps its meaning with its odd characters escaped,
// any other text has its controls neutralised. To a file or a pipe the
// bytes go unchanged.
func toTerminal(w io.Writer, json bool, write func(io.Writer) error) error {
	if !isTerminal(w) {
		return write(w)
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	var out []byte
	if json {
		out = textsafe.JSON(buf.Bytes())
	} else {
		out = []byte(textsafe.Text(buf.String()))
	}
	_, err := w.Write(out)
	return err
}

// writeJSON writes v as indented JSON, always with what a terminal would
// obey (raw C1 or bidi characters) escaped: the same data, safe to print.
func writeJSON(w io.Writer, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(textsafe.JSON(data), '\n'))
	return err
}
