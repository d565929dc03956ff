// Command cxmap is a terminal app for customer-experience workshops: a CX
// maturity assessment, journey maps and a roadmap, kept in local SQLite.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/cxmap/cxmap/textsafe"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

// run executes the command line and returns the exit code: 0 ok, 1
// failure, 2 usage error. Errors are printed once, here, as one line.
func run(args []string) int {
	root := newRootCmd()
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return 0
	}
	var silent silentError
	if !errors.As(err, &silent) {
		fmt.Fprintln(os.Stderr, "cxmap: "+textsafe.Line(oneLine(err.Error())))
	}
	var usage usageError
	if errors.As(err, &usage) {
		return 2
	}
	return 1
}
