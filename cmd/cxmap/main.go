// Command cxmap is a terminal app for customer-experience workshops: a CX
// maturity assessment, journey maps and a roadmap, kept in local SQLite.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/textsafe"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

// run executes the command line and returns the exit code: 0 ok, 1
// failure, 2 usage error. Errors are printed once, here, as one line.
func run(args []string) int {
	lang := langFlag(args)
	if !i18n.Valid(lang) {
		lang = "" // a wrong --lang is reported in the environment's language
	}
	cat := i18n.For(i18n.Detect(lang))
	root := newRootCmd(cat)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return 0
	}
	var silent silentError
	if !errors.As(err, &silent) {
		fmt.Fprintln(os.Stderr, "cxmap: "+textsafe.Line(oneLine(errorText(cat, err))))
	}
	var usage usageError
	if errors.As(err, &usage) {
		return 2
	}
	return 1
}

// langFlag finds --lang in the command line before cobra parses it: help
// lines and cobra's own errors are written in that language too.
func langFlag(args []string) string {
	for i, a := range args {
		switch {
		case a == "--":
			return ""
		case a == "--lang" && i+1 < len(args):
			return args[i+1]
		case strings.HasPrefix(a, "--lang="):
			return strings.TrimPrefix(a, "--lang=")
		}
	}
	return ""
}
