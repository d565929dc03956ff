package e2e

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNewThenListJSON(t *testing.T) {
	env := []string{"CXMAP_DB=" + filepath.Join(t.TempDir(), "cx.db")}
	out, errOut, code := cli(t, env, "new", "Tienda Ñandú", "--client", "Ñandú S.A.", "--facilitator", "Ana Pérez", "--lang", "es")
	if code != 0 {
		t.Fatalf("new: %d %s", code, errOut)
	}
	if !strings.Contains(out, `"Tienda Ñandú"`) {
		t.Errorf("new said %q", out)
	}
	out, _, code = cli(t, env, "list", "--json")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || code != 0 {
		t.Fatalf("list --json: %v %d\n%s", err, code, out)
	}
	r := rows[0]
	for k, want := range map[string]any{"id": 1.0, "name": "Tienda Ñandú", "client": "Ñandú S.A.", "facilitator": "Ana Pérez", "language": "es"} {
		if r[k] != want {
			t.Errorf("%s = %v, want %v", k, r[k], want)
		}
	}
	for _, k := range []string{"created", "updated"} {
		if s, _ := r[k].(string); len(s) < 20 {
			t.Errorf("%s = %v", k, r[k])
		}
	}
}

func TestForeignDatabaseRefused(t *testing.T) {
	dir := t.TempDir()
	random := filepath.Join(dir, "random.db")
	b := make([]byte, 4096)
	rand.Read(b)
	os.WriteFile(random, b, 0o644)
	for _, path := range []string{random, dir} {
		before, _ := os.ReadFile(path)
		_, errOut, code := cli(t, nil, "--db", path, "list")
		if code != 1 {
			t.Errorf("%s: exit %d", path, code)
		}
		if lines := strings.Split(strings.TrimSpace(errOut), "\n"); len(lines) != 1 || !strings.HasPrefix(errOut, "cxmap: ") || !strings.Contains(errOut, "is not a cxmap database") {
			t.Errorf("%s: stderr %q", path, errOut)
		}
		after, _ := os.ReadFile(path)
		if !bytes.Equal(before, after) {
			t.Errorf("%s changed", path)
		}
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{{"new"}, {"list", "--nope"}, {"bogus"}, {"--lang", "fr", "list"}} {
		_, errOut, code := cli(t, []string{"CXMAP_DB=" + filepath.Join(t.TempDir(), "x.db")}, args...)
		if code != 2 || !strings.HasPrefix(errOut, "cxmap: ") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

func TestVersion(t *testing.T) {
	out, _, code := cli(t, nil, "version")
	if code != 0 || !strings.HasPrefix(out, "cxmap ") {
		t.Errorf("version: %d %q", code, out)
	}
}
