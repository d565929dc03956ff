package e2e

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The command line tried as a newcomer would, and the app opened by a
// name typed without accents.

// TestCmdSourcesTracked reads the sources of cmd/cxmap, which the binary
// under test is built from: go test's cache records files a test opens,
// so a change under cmd/ re-runs these tests instead of serving a stale
// pass. (The other packages are imported in deps_test.go.)
func TestCmdSourcesTracked(t *testing.T) {
	n := 0
	err := filepath.WalkDir("../cmd", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if _, err := os.ReadFile(path); err != nil {
			return err
		}
		n++
		return nil
	})
	if err != nil || n == 0 {
		t.Fatalf("reading cmd sources: %d files, %v", n, err)
	}
}

func TestCommandLineAsANewcomer(t *testing.T) {
	env := []string{"CXMAP_DB=" + filepath.Join(t.TempDir(), "cx.db")}
	for _, name := range []string{"Tienda Ñandú", "007", "1"} {
		if _, errOut, code := cli(t, env, "new", name); code != 0 {
			t.Fatalf("new %q: %s", name, errOut)
		}
	}
	for _, c := range []struct {
		args []string
		code int
		out  string // in stdout (code 0) or stderr
	}{
		{[]string{"export", "007", "--format", "json"}, 0, `"name": "007"`},
		{[]string{"export", "1", "--format", "json"}, 0, `"name": "1"`},             // the name, not id 1
		{[]string{"export", "#1", "--format", "json"}, 0, `"name": "Tienda Ñandú"`}, // the id
		{[]string{"export", "--id", "2", "--format", "json"}, 0, `"name": "007"`},
		{[]string{"export", "tienda nandu", "--format", "json"}, 0, `"name": "Tienda Ñandú"`},
		{[]string{"export", "7"}, 1, "use #7 or --id 7"},
		{[]string{"assessments", "lst"}, 2, "did you mean list?"},
		{[]string{"responses", "imprt"}, 2, "did you mean import?"},
		{[]string{"opne"}, 2, "did you mean open?"},
		{[]string{"export"}, 2, "export: it takes 1 argument"},
		{[]string{"--version"}, 0, "cxmap "},
	} {
		out, errOut, code := cli(t, env, c.args...)
		got := out
		if c.code != 0 {
			got = errOut
		}
		if code != c.code || !strings.Contains(got, c.out) {
			t.Errorf("%v: exit %d, want %d with %q\nstdout: %s\nstderr: %s", c.args, code, c.code, c.out, out, errOut)
		}
		if strings.Count(errOut, "cxmap:") > 1 || (errOut != "" && !strings.HasPrefix(errOut, "cxmap: ")) {
			t.Errorf("%v: stderr %q: want one line with one cxmap: prefix", c.args, errOut)
		}
	}
}

// cxmap open finds a workshop typed without accents or capitals, and the
// interface keeps the language of the environment.
func TestOpenIgnoresAccents(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cx.db")
	if _, errOut, code := cli(t, []string{"CXMAP_DB=" + db}, "new", "Tienda Ñandú", "--lang", "es"); code != 0 {
		t.Fatal(errOut)
	}
	tt := startTerm(t, 100, 30, map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"}, "open", "TIENDA nandu")
	tt.waitFor("Tienda Ñandú", "Participants (0)")
}
