package e2e

import (
	"database/sql"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// exported is the part of a JSON export these tests read.
type exported struct {
	Workshop struct {
		ID       int64  `json:"id"`
		Language string `json:"language"`
	} `json:"workshop"`
	Responses []struct {
		QuestionID string `json:"question"`
		Level      int    `json:"level"`
		Note       string `json:"note"`
	} `json:"responses"`
	Journeys []struct {
		ID     int64  `json:"id"`
		Name   string `json:"name"`
		Stages []struct {
			Name string `json:"name"`
		} `json:"stages"`
		Cells [][]struct {
			Text string `json:"text"`
		} `json:"cells"`
	} `json:"journeys"`
}

func exportJSON(t *testing.T, db, workshop string) exported {
	t.Helper()
	out, errOut, code := cli(t, []string{"CXMAP_DB=" + db}, "export", workshop, "--format", "json", "-o", "-")
	if code != 0 {
		t.Fatalf("export: %s", errOut)
	}
	var e exported
	if err := json.Unmarshal([]byte(out), &e); err != nil {
		t.Fatalf("export is not JSON: %v\n%s", err, out)
	}
	return e
}

// toFirstJourney goes from an opened sample workshop to its first map.
func (tt *term) toFirstJourney() {
	tt.t.Helper()
	s := tt.waitForAny("Participants (", `"Get inspired"`)
	if !strings.Contains(s, `"Get inspired"`) {
		tt.keys("3")
		tt.waitFor("Buy a sofa online")
		tt.keys("Enter")
	}
	tt.waitFor(`Stage 1/7 "Get inspired"`)
}

// Two windows on one map: B types into a cell and adds a stage; A renames
// a stage, moves it, adds one and undoes. Nothing of B's is lost, and A
// sees B's work without being told.
func TestTwoWindowsOnOneJourney(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cx.db")
	env := map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"}
	if _, errOut, code := cli(t, []string{"CXMAP_DB=" + db}, "new", "--sample", "--lang", "en"); code != 0 {
		t.Fatal(errOut)
	}
	a := startTerm(t, 120, 40, env, "open", "#1")
	a.toFirstJourney()
	b := startTerm(t, 120, 40, env, "open", "#1")
	b.toFirstJourney()

	b.keys("l")
	b.waitFor(`Stage 2/7 "Compare models"`)
	b.keys("l")
	b.waitFor(`Stage 3/7 "Check availability"`)
	b.keys("Enter")
	b.waitFor("Editing Check availability")
	b.text(" | escrito por B")
	b.waitFor("escrito por B")
	b.keys("Escape")
	b.waitForGone("Editing") // else the next key reads as alt+key
	b.keys("a")
	b.waitFor(`New stage after "Check availability":`)
	b.text("Etapa de B")
	b.keys("Enter")
	b.waitFor(`Stage 4/8 "Etapa de B"`)

	a.waitFor(`Stage 1/8 "Get inspired"`) // B's stage, noticed by A
	a.keys("r")
	a.waitFor("Rename stage")
	a.keys("C-u")
	a.text("Inspirarse")
	a.keys("Enter")
	a.waitFor(`Stage 1/8 "Inspirarse"`)
	a.keys(">")
	a.waitFor(`Stage 2/8 "Inspirarse"`)
	a.keys("a")
	a.waitFor(`New stage after "Inspirarse":`)
	a.text("Etapa de A")
	a.keys("Enter")
	a.waitFor(`Stage 3/9 "Etapa de A"`)
	a.keys("u")
	a.waitFor(`/8 "Inspirarse"`)

	e := exportJSON(t, db, "#1")
	var names []string
	for _, s := range e.Journeys[0].Stages {
		names = append(names, s.Name)
	}
	if got := strings.Join(names, ","); got != "Compare models,Inspirarse,Check availability,Etapa de B,Pay online,Wait for the notice,Pick up at the store,Assemble and after-sales" {
		t.Errorf("stages: %s", got)
	}
	if cell := e.Journeys[0].Cells[0][2].Text; !strings.HasSuffix(cell, " | escrito por B") {
		t.Errorf("B's cell: %q", cell)
	}
	a.keys("q")
	b.keys("q")
	a.waitFor("[exited]")
	b.waitFor("[exited]")
}

// A responses import while the questionnaire is open shows at once; a
// note added in the app afterwards keeps the imported levels.
func TestImportWhileTheAppIsOpen(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cx.db")
	env := []string{"CXMAP_DB=" + db}
	if _, errOut, code := cli(t, env, "new", "Banco", "--assessment", "cx-quickscan", "--lang", "en"); code != 0 {
		t.Fatal(errOut)
	}
	tt := startTerm(t, 100, 30, map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"}, "open", "Banco")
	tt.waitFor("Participants (0)")
	tt.keys("Enter")
	tt.waitFor("1/16", "answered 0/16")
	csv := filepath.Join(dir, "survey.csv")
	writeFile(t, csv, "participant;question_id;level;note\n;qs.strategy.direction;4;\n;qs.strategy.commitment;2;\n")
	if out, errOut, code := cli(t, env, "responses", "import", "Banco", csv); code != 0 {
		t.Fatalf("import: %s %s", out, errOut)
	}
	tt.waitFor("answered 2/16", "● 4")
	tt.keys("n")
	tt.waitFor("Note (saved as you type")
	tt.text("según la encuesta")
	tt.keys("Escape")
	tt.waitFor("Note: según la encuesta")
	tt.keys("q")
	tt.waitFor("[exited]")
	got := map[string]int{}
	for _, r := range exportJSON(t, db, "Banco").Responses {
		got[r.QuestionID] = r.Level
	}
	if got["qs.strategy.direction"] != 4 || got["qs.strategy.commitment"] != 2 {
		t.Errorf("imported levels after the note: %v", got)
	}
}

// Delete the newest journey map, create another, press u: nothing of the
// deleted map comes back. Then the same for a workshop: the new one opens
// at its first question.
func TestDeletedThingsLeaveNothingBehind(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cx.db")
	envList := []string{"CXMAP_DB=" + db}
	env := map[string]string{"CXMAP_DB": db, "LANG": "es_ES.UTF-8"} // a Spanish interface
	if _, errOut, code := cli(t, envList, "new", "Vieja", "--assessment", "cx-quickscan", "--lang", "es"); code != 0 {
		t.Fatal(errOut)
	}
	tt := startTerm(t, 100, 30, env, "open", "Vieja")
	tt.waitFor("Participantes (0)")
	tt.keys("3")
	tt.waitFor("Aún no hay mapas")
	newMap := func(name string) {
		tt.keys("n")
		tt.waitFor("Nuevo mapa")
		tt.text(name)
		tt.keys("Tab")
		tt.waitForGone("┃ Nombre") // the focus moved on to the persona
		tt.keys("Tab")
		tt.keys("Enter")
		tt.keys("Enter")
		tt.waitFor(`Etapa 1/3`)
	}
	newMap("Mapa viejo")
	tt.keys("Enter")
	tt.text("texto del mapa borrado")
	tt.waitFor("texto del mapa borrado")
	tt.keys("Escape")
	tt.waitForGone("Editando") // else the next key reads as alt+key
	tt.keys("a")
	tt.text("Etapa borrada")
	tt.keys("Enter")
	tt.waitFor(`"Etapa borrada"`)
	tt.keys("Escape")
	tt.waitFor("Mapa viejo")
	tt.keys("d")
	tt.waitFor("Borrar")
	tt.keys("Left", "Enter")
	tt.waitFor("Aún no hay mapas")
	newMap("Mapa nuevo")
	tt.keys("u")
	s := tt.waitFor("Nada que deshacer")
	if strings.Contains(s, "texto del mapa borrado") || strings.Contains(s, "Etapa borrada") {
		t.Errorf("the deleted map came back:\n%s", s)
	}
	e := exportJSON(t, db, "Vieja")
	if len(e.Journeys) != 1 || len(e.Journeys[0].Stages) != 3 {
		t.Errorf("journeys after undo: %+v", e.Journeys)
	}

	// The workshop: answer and move on in Spanish, delete it, create one.
	tt.keys("Escape")
	tt.waitFor("Mapa nuevo")
	tt.keys("Escape")
	tt.waitFor("Participantes (0)")
	tt.keys("Enter")
	tt.waitFor("1/16")
	tt.keys("3")
	tt.keys("l")
	tt.waitFor("2/16")
	tt.keys("l")
	tt.waitFor("3/16")
	tt.keys("Escape")
	tt.waitFor("Participantes (0)")
	tt.keys("Escape")
	tt.waitFor("Vieja")
	tt.keys("d")
	tt.waitFor("Borrar")
	tt.keys("Left", "Enter")
	tt.waitFor("Aún no hay talleres")
	if _, errOut, code := cli(t, envList, "new", "Nueva", "--assessment", "cx-quickscan", "--lang", "en"); code != 0 {
		t.Fatal(errOut)
	}
	tt.waitFor("Nueva") // noticed without a key: another program wrote the file
	tt.keys("Enter")
	tt.waitFor("Participantes (0)") // the interface keeps its language
	tt.keys("Enter")
	s = tt.waitFor("1/16", "respondidas 0/16") // its own first question
	if strings.Contains(s, "3/16") {
		t.Errorf("the new workshop opened at the old one's question:\n%s", s)
	}
	tt.keys("q")
	tt.waitFor("[exited]")
}

// waitForGone polls until the screen no longer shows s.
func (tt *term) waitForGone(s string) {
	tt.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for strings.Contains(tt.screen(), s) {
		if time.Now().After(deadline) {
			tt.t.Fatalf("screen still shows %q:\n%s", s, tt.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// A note typed and the process killed right after (within 100 ms of the
// note showing): the whole note is stored.
func TestNoteSurvivesKillRightAfterTyping(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cx.db")
	if _, errOut, code := cli(t, []string{"CXMAP_DB=" + db}, "new", "Banco", "--assessment", "cx-quickscan", "--lang", "en"); code != 0 {
		t.Fatal(errOut)
	}
	tt := startTerm(t, 140, 30, map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"}, "open", "Banco")
	tt.waitFor("Participants (0)")
	tt.keys("Enter")
	tt.waitFor("1/16")
	tt.keys("n")
	tt.waitFor("Note (saved as you type")
	note := "Solo marketing conoce la visión; ventas y tiendas no la han visto nunca, según Ana y Luis (CX)."
	tt.text(note)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(tt.screen(), "según Ana y Luis (CX).") {
		if time.Now().After(deadline) {
			t.Fatalf("note never shown:\n%s", tt.screen())
		}
		time.Sleep(10 * time.Millisecond)
	}
	tt.kill9()
	tt.waitFor("[exited]")
	for _, r := range exportJSON(t, db, "Banco").Responses {
		if r.QuestionID == "qs.strategy.direction" {
			if r.Note != note {
				t.Errorf("stored note %q, want %q", r.Note, note)
			}
			return
		}
	}
	t.Error("no note stored")
}

// A database path with a typo fails, names the path, and creates nothing.
func TestMissingDatabaseIsAnError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "no", "such", "dir", "w.db")
	for _, args := range [][]string{{"list"}, {"export", "X"}, {"open", "X"}, {"backup"}} {
		_, errOut, code := cli(t, nil, append([]string{"--db", path}, args...)...)
		if code != 1 || !strings.Contains(errOut, path) || !strings.Contains(errOut, "cxmap new") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	_, errOut, code := cli(t, []string{"CXMAP_DB=" + path}, "list")
	if code != 1 || !strings.Contains(errOut, path) {
		t.Errorf("CXMAP_DB: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); err == nil {
		t.Error("a folder was created")
	}
	if _, errOut, code := cli(t, nil, "--db", "/no/such/dir/w.db", "list"); code != 1 || !strings.Contains(errOut, "/no/such/dir/w.db") {
		t.Errorf("/no/such/dir: exit %d %q", code, errOut)
	}
	if _, err := os.Stat("/no"); err == nil {
		t.Error("/no was created")
	}
}

// A backup taken while the app writes is a whole, readable database.
func TestBackupWhileTheAppWrites(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cx.db")
	env := []string{"CXMAP_DB=" + db}
	if _, errOut, code := cli(t, env, "new", "--sample", "--lang", "en"); code != 0 {
		t.Fatal(errOut)
	}
	tt := startTerm(t, 120, 40, map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"}, "open", "#1")
	tt.toFirstJourney()
	tt.keys("Enter")
	tt.waitFor("Editing Get inspired")

	var typed atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			cmd := exec.Command("tmux", "-L", tt.socket, "send-keys", "-t", "main", "-l", "x")
			if cmd.Run() == nil {
				typed.Add(1)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	var copies []string
	for i := range 5 {
		out := filepath.Join(dir, "copy"+string(rune('a'+i))+".db")
		if _, errOut, code := cli(t, env, "backup", "-o", out); code != 0 {
			t.Errorf("backup %d: %s", i, errOut)
		}
		copies = append(copies, out)
		time.Sleep(30 * time.Millisecond)
	}
	close(stop)
	wg.Wait()
	if typed.Load() < 10 {
		t.Fatalf("only %d keys typed during the backups", typed.Load())
	}
	for _, c := range copies {
		conn, err := sql.Open("sqlite", "file:"+c+"?mode=ro")
		if err != nil {
			t.Fatal(err)
		}
		var ok string
		if err := conn.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
			t.Errorf("%s: integrity_check %q %v", c, ok, err)
		}
		conn.Close()
		if out, errOut, code := cli(t, nil, "--db", c, "list"); code != 0 || !strings.Contains(out, "Sample") {
			t.Errorf("%s: list: %d %s %s", c, code, out, errOut)
		}
	}
	tt.keys("Escape")
	tt.waitForGone("Editing")
	tt.keys("q")
	tt.waitFor("[exited]")
}

// SIGTERM and SIGHUP (a closed terminal) while a note is being typed:
// the app ends in order and the whole note is stored.
func TestSignalsLoseNothing(t *testing.T) {
	for _, sig := range []string{"TERM", "HUP"} {
		t.Run(sig, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "cx.db")
			if _, errOut, code := cli(t, []string{"CXMAP_DB=" + db}, "new", "Banco", "--assessment", "cx-quickscan", "--lang", "en"); code != 0 {
				t.Fatal(errOut)
			}
			tt := startTerm(t, 120, 30, map[string]string{"CXMAP_DB": db, "LANG": "en_US.UTF-8"}, "open", "Banco")
			tt.waitFor("Participants (0)")
			tt.keys("Enter")
			tt.waitFor("1/16")
			tt.keys("n")
			tt.waitFor("Note (saved as you type")
			note := "cerrado con SIG" + sig + " a mitad de frase"
			tt.text(note)
			tt.waitFor(note)
			shell := strings.TrimSpace(tt.tmux("display", "-p", "-t", "main", "#{pane_pid}"))
			out, err := exec.Command("pgrep", "-P", shell).Output()
			if err != nil {
				t.Fatal(err)
			}
			if err := exec.Command("kill", "-"+sig, strings.Fields(string(out))[0]).Run(); err != nil {
				t.Fatal(err)
			}
			tt.waitFor("[exited]")
			for _, r := range exportJSON(t, db, "Banco").Responses {
				if r.QuestionID == "qs.strategy.direction" && r.Note == note {
					return
				}
			}
			t.Errorf("the note typed before SIG%s is not stored", sig)
		})
	}
}
