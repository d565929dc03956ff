package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func dirEntries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.md")
	if err := WriteFile(path, writeString("# one\n")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "# one\n" {
		t.Errorf("content %q", b)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("a new file has mode %v, want 0600", info.Mode().Perm())
	}
	// Replacing keeps the file's mode.
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, writeString("# two\n")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "# two\n" {
		t.Errorf("content %q", b)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644 kept", info.Mode().Perm())
	}
	if names := dirEntries(t, dir); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}

	// A writer that fails half-way leaves the old file and no temporary.
	boom := errors.New("boom")
	err := WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("error %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "# two\n" {
		t.Errorf("a failed write changed the file: %q", b)
	}
	if names := dirEntries(t, dir); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
}

func TestWriteFileUnwritable(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain.txt")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"parent is a file":   filepath.Join(file, "report.md"),
		"missing folder":     filepath.Join(dir, "no", "such", "report.md"),
		"path is a folder":   dir,
		"folder name, slash": dir + "/",
	}
	if os.Geteuid() != 0 { // root writes anywhere
		ro := filepath.Join(dir, "readonly")
		if err := os.Mkdir(ro, 0o500); err != nil {
			t.Fatal(err)
		}
		cases["read-only folder"] = filepath.Join(ro, "report.md")
	}
	for name, path := range cases {
		err := WriteFile(path, writeString("data"))
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if strings.Contains(err.Error(), ".tmp-") {
			t.Errorf("%s: the error names the temporary file: %v", name, err)
		}
	}
	if names := dirEntries(t, dir); strings.Join(names, ",") != "plain.txt" && strings.Join(names, ",") != "plain.txt,readonly" {
		t.Errorf("left behind: %v", names)
	}
}
