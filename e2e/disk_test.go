package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// smallDisk mounts a tmpfs of the given size (like "2m") at a new folder,
// for tests that need a full or read-only disk; it skips with a message
// where mounting is not possible (not root, no mount).
func smallDisk(t *testing.T, size string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root to mount a small tmpfs (a full or read-only disk); skipped")
	}
	dir := filepath.Join(t.TempDir(), "disk")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v: %s); skipped", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// A full disk: the write is refused with a message naming the cause, the
// screen shows what is stored, the note being typed stays in the editor,
// and once there is room again the next key stores it all.
func TestFullDisk(t *testing.T) {
	dir := smallDisk(t, "2m")
	db := filepath.Join(dir, "cx.db")
	if _, errOut, code := cli(t, []string{"CXMAP_DB=" + db}, "new", "Banco", "--assessment", "cx-quickscan", "--lang", "en"); code != 0 {
		t.Fatal(errOut)
	}
	tt := startTerm(t, 120, 30, map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"}, "open", "Banco")
	tt.waitFor("Participants (0)")
	tt.keys("Enter")
	tt.waitFor("1/16", "answered 0/16")
	fill := filepath.Join(dir, "fill")
	exec.Command("dd", "if=/dev/zero", "of="+fill, "bs=4k").Run() // until the disk is full

	tt.keys("3")
	s := tt.waitFor("Not saved: the disk is full")
	if !strings.Contains(s, "answered 0/16") {
		t.Errorf("a refused answer shows as saved:\n%s", s)
	}
	tt.keys("n")
	tt.waitFor("Note (saved as you type")
	tt.text("nota sin sitio")
	tt.waitFor("┃ nota sin sitio", "Text kept; the next key retries")

	// The stored data is unchanged.
	os.Remove(fill)
	out, _, code := cli(t, []string{"CXMAP_DB=" + db}, "list")
	if code != 0 || !strings.Contains(out, "0/16") {
		t.Errorf("list after the refused writes: %d %s", code, out)
	}
	tt.text("!")
	tt.waitFor("Saved: everything on screen is stored now")
	tt.keys("Escape")
	tt.waitFor("Note: nota sin sitio!")
	tt.keys("q")
	tt.waitFor("[exited]")
	for _, r := range exportJSON(t, db, "Banco").Responses {
		if r.QuestionID == "qs.strategy.direction" && r.Note == "nota sin sitio!" {
			return
		}
	}
	t.Error("the note typed during the full disk was not stored once there was room")
}

// A read-only disk (or folder): opening says so, never "not a cxmap
// database", and the file is left as it was.
func TestReadOnlyDisk(t *testing.T) {
	dir := smallDisk(t, "2m")
	db := filepath.Join(dir, "cx.db")
	env := []string{"CXMAP_DB=" + db}
	if _, errOut, code := cli(t, env, "new", "Banco", "--assessment", "cx-quickscan", "--lang", "en"); code != 0 {
		t.Fatal(errOut)
	}
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot remount read-only: %v %s", err, out)
	}
	for _, args := range [][]string{{"list"}, {"new", "Otro"}, {"responses", "import", "Banco", "/dev/null"}} {
		_, errOut, code := cli(t, env, args...)
		if code != 1 || !strings.Contains(errOut, "read-only") || strings.Contains(errOut, "not a cxmap database") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	tt := startTerm(t, 100, 30, map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"})
	s := tt.waitFor("[exited]")
	if !strings.Contains(s, "read-only") {
		t.Errorf("the app's message:\n%s", s)
	}
	exec.Command("mount", "-o", "remount,rw", dir).Run()
	after, _ := os.ReadFile(db)
	if string(after) != string(before) {
		t.Error("the database changed")
	}
	if out, _, code := cli(t, env, "list"); code != 0 || !strings.Contains(out, "Banco") {
		t.Errorf("list once writable again: %d %s", code, out)
	}
}

// A folder the user cannot write to (not root: permissions apply).
func TestReadOnlyFolderAsUser(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions; TestReadOnlyDisk covers this with a read-only mount")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	db := filepath.Join(dir, "cx.db")
	env := []string{"CXMAP_DB=" + db}
	if _, errOut, code := cli(t, env, "new", "Banco", "--assessment", "cx-quickscan"); code != 0 {
		t.Fatal(errOut)
	}
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	_, errOut, code := cli(t, env, "list")
	if code != 1 || !strings.Contains(errOut, "read-only") || strings.Contains(errOut, "not a cxmap database") {
		t.Errorf("list: exit %d, %q", code, errOut)
	}
}
