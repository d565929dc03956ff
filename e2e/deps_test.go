package e2e

// The tests drive a binary built in TestMain, which go test's cache does
// not see; importing what the binary is made of makes a change to any of
// it re-run these tests. (cmd/cxmap itself is a main package: CI clears
// the test cache first.)
import (
	_ "github.com/cxmap/cxmap/assessments"
	_ "github.com/cxmap/cxmap/export"
	_ "github.com/cxmap/cxmap/responses"
	_ "github.com/cxmap/cxmap/sample"
	_ "github.com/cxmap/cxmap/store"
	_ "github.com/cxmap/cxmap/tui"
)
