package e2e

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// killApp sends SIGKILL to the cxmap process in the pane: no chance to
// clean up, as when a laptop dies or a terminal is closed hard.
func (tt *term) killApp() {
	tt.t.Helper()
	shell := strings.TrimSpace(tt.tmux("display", "-p", "-t", "main", "#{pane_pid}"))
	out, err := exec.Command("pgrep", "-P", shell, "-f", bin).Output()
	if err != nil {
		tt.t.Fatalf("cxmap process not found under %s: %v", shell, err)
	}
	pid, _ := strconv.Atoi(strings.Fields(string(out))[0])
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		tt.t.Fatal(err)
	}
	tt.waitFor("[exited]")
}

// Answer three questions and a note, kill the app, start again and open
// the workshop: it resumes at the fourth question with everything there.
func TestQuestionnaireSurvivesSIGKILL(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cx.db")
	env := map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"}
	if _, errOut, code := cli(t, []string{"CXMAP_DB=" + db}, "new", "Tienda Ñandú", "--client", "Ñandú S.A.", "--lang", "en"); code != 0 {
		t.Fatal(errOut)
	}

	tt := startTerm(t, 100, 30, env)
	tt.waitFor("Tienda Ñandú")
	tt.keys("Enter")
	tt.waitFor("Progress by dimension")
	tt.keys("Enter")
	tt.waitFor("1/53", "How far does a written CX vision")
	tt.keys("3")
	tt.waitFor("answered 1/53")
	tt.keys("n")
	tt.waitFor("Note (saved as you type")
	tt.text("Solo marketing la conoce | según Ana")
	tt.keys("Escape")
	tt.waitFor("Note: Solo marketing la conoce | según Ana")
	tt.keys("Right")
	tt.waitFor("2/53")
	tt.keys("2")
	tt.waitFor("answered 2/53")
	tt.keys("Right")
	tt.waitFor("3/53")
	tt.keys("4")
	tt.waitFor("answered 3/53")
	tt.keys("Right")
	tt.waitFor("4/53")
	tt.killApp()

	tt2 := startTerm(t, 100, 30, env, "open", "Tienda Ñandú")
	tt2.waitFor("4/53", "answered 3/53")
	tt2.keys("Left", "Left", "Left")
	s := tt2.waitFor("1/53", "Note: Solo marketing la conoce | según Ana")
	if !strings.Contains(s, "● 3 Defined") {
		t.Errorf("first answer lost:\n%s", s)
	}
	tt2.keys("q")
	tt2.waitFor("[exited]")

	out, _, _ := cli(t, []string{"CXMAP_DB=" + db}, "list")
	if !strings.Contains(out, "3/53") {
		t.Errorf("list after the kill: %s", out)
	}
}

func TestResponsesImport(t *testing.T) {
	dir := t.TempDir()
	env := []string{"CXMAP_DB=" + filepath.Join(dir, "cx.db")}
	cli(t, env, "new", "Banco", "--assessment", "cx-quickscan")
	good := filepath.Join(dir, "good.csv")
	writeFile(t, good, "\ufeffparticipant;question_id;level;note\nAna;qs.strategy.direction;3;ok\nLuis;qs.strategy.direction;na;\n")
	out, errOut, code := cli(t, env, "responses", "import", "Banco", good)
	if code != 0 || !strings.Contains(out, "Imported 2 answers") || !strings.Contains(out, "2 new participants") {
		t.Fatalf("good import: %d %q %q", code, out, errOut)
	}
	bad := filepath.Join(dir, "bad.csv")
	writeFile(t, bad, "participant,question_id,level\nEva,qs.strategy.direction,7\nEva,nope,2\n")
	_, errOut, code = cli(t, env, "responses", "import", "Banco", bad)
	if code != 1 || !strings.Contains(errOut, "row 2: level") || !strings.Contains(errOut, "row 3: unknown question") || !strings.Contains(errOut, "nothing imported") {
		t.Errorf("bad import: %d %q", code, errOut)
	}
	out, _, _ = cli(t, env, "list")
	if !strings.Contains(out, "1/16") {
		t.Errorf("after imports: %s", out)
	}
}

// "Don't know" in a real terminal, in Spanish: x marks it, the workshop
// counts it as answered, and the answers CSV and the report carry it.
func TestQuestionnaireDontKnowInTerminal(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cx.db")
	env := map[string]string{"CXMAP_DB": db, "LANG": "es_ES.UTF-8"}
	if _, errOut, code := cli(t, []string{"CXMAP_DB=" + db}, "new", "Escaneo", "--assessment", "cx-quickscan", "--lang", "es"); code != 0 {
		t.Fatal(errOut)
	}
	tt := startTerm(t, 80, 24, env, "open", "Escaneo")
	tt.waitFor("Escaneo")
	tt.keys("Enter")
	tt.waitFor("1/16", "respondidas 0/16")
	tt.keys("x")
	// The choice sits below the levels: the view scrolls to show it.
	tt.waitFor("respondidas 1/16", "● x No sabe")
	tt.keys("q")
	tt.waitFor("[exited]")

	env2 := []string{"CXMAP_DB=" + db}
	out, _, _ := cli(t, env2, "list")
	if !strings.Contains(out, "1/16") {
		t.Errorf("list: %s", out)
	}
	out, _, _ = cli(t, env2, "export", "Escaneo", "--format", "csv")
	if !strings.Contains(out, ",dont_know,No sabe,") {
		t.Errorf("answers CSV:\n%s", out)
	}
	out, _, _ = cli(t, env2, "export", "Escaneo")
	if !strings.Contains(out, "| No sabe |") {
		t.Errorf("report lacks the don't-know answer:\n%s", out)
	}
}
