package e2e

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sshServer is `cxmap serve` on 127.0.0.1 with a facilitator's key and a
// stranger's, and a known_hosts file holding the host key it printed.
type sshServer struct {
	dir, db, port string
	fac, wrong    string // private key files
	knownHosts    string
	hostKey       string
	fingerprint   string
}

func needSSH(t *testing.T) {
	t.Helper()
	for _, c := range []string{"ssh", "ssh-keygen"} {
		if _, err := exec.LookPath(c); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is required in CI (.ci/run installs openssh-client)", c)
			}
			t.Skip("openssh-client not installed")
		}
	}
}

func keygen(t *testing.T, path string) {
	t.Helper()
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", filepath.Base(path), "-f", path).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
}

// startServe makes a database with the sample workshop and serves it.
func startServe(t *testing.T) *sshServer {
	t.Helper()
	return startServeWith(t, "--sample", "--lang", "en")
}

// startServeWith serves a database made by `cxmap new newArgs...`, with
// the server's language set by --lang en.
func startServeWith(t *testing.T, newArgs ...string) *sshServer {
	t.Helper()
	return startServeLang(t, []string{"--lang", "en"}, newArgs...)
}

// startServeLang is startServeWith with the server's language flags
// given (none: the server's locale is C, English).
func startServeLang(t *testing.T, langFlags []string, newArgs ...string) *sshServer {
	t.Helper()
	needSSH(t)
	needTmux(t)
	s := &sshServer{dir: t.TempDir()}
	s.db = filepath.Join(s.dir, "cx.db")
	if _, errOut, code := cli(t, nil, append([]string{"--db", s.db, "new"}, newArgs...)...); code != 0 {
		t.Fatal(errOut)
	}
	s.fac, s.wrong = filepath.Join(s.dir, "fac"), filepath.Join(s.dir, "wrong")
	keygen(t, s.fac)
	keygen(t, s.wrong)
	conf := filepath.Join(s.dir, "config")
	pub, err := os.ReadFile(s.fac + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(conf, "cxmap"), 0o700); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(conf, "cxmap", "authorized_keys"), "# the team\n"+string(pub))
	s.hostKey = filepath.Join(conf, "cxmap", "ssh_host_ed25519_key")

	cmd := exec.Command(bin, append(append([]string{"--db", s.db}, langFlags...), "serve", "--ssh", "127.0.0.1:0")...)
	cmd.Env = append(baseEnv(), "XDG_CONFIG_HOME="+conf, "LANG=C.UTF-8")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	lines := make(chan string, 20)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	for s.port == "" || s.fingerprint == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("cxmap serve ended before listening")
			}
			if _, a, ok := strings.Cut(l, " over SSH on 127.0.0.1:"); ok {
				s.port = a
			}
			if _, f, ok := strings.Cut(l, "Host key fingerprint: "); ok {
				s.fingerprint = f
			}
		case <-time.After(10 * time.Second):
			t.Fatal("cxmap serve printed no address")
		}
	}
	go func() {
		for range lines {
		}
	}()
	hostPub, err := exec.Command("ssh-keygen", "-y", "-f", s.hostKey).Output()
	if err != nil {
		t.Fatal(err)
	}
	s.knownHosts = filepath.Join(s.dir, "known_hosts")
	writeFile(t, s.knownHosts, fmt.Sprintf("[127.0.0.1]:%s %s", s.port, hostPub))
	return s
}

// sshArgs are the client's options: the host key must be the printed
// one (StrictHostKeyChecking against our known_hosts), only key's
// identity is offered, and nothing is asked.
func (s *sshServer) sshArgs(key string, extra ...string) []string {
	a := []string{"-F", "/dev/null", "-p", s.port, "-i", key, "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
		"-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + s.knownHosts, "-o", "BatchMode=yes", "-o", "LogLevel=ERROR"}
	return append(a, extra...)
}

// sshTerm is the OpenSSH client in a tmux terminal of width x height.
func (s *sshServer) sshTerm(t *testing.T, width, height int, key string) *term {
	t.Helper()
	return s.sshTermArgs(t, width, height, s.sshArgs(key, "ana@127.0.0.1"))
}

// sshTermArgs is the OpenSSH client with these arguments in a terminal.
func (s *sshServer) sshTermArgs(t *testing.T, width, height int, args []string) *term {
	t.Helper()
	return s.sshTermEnv(t, width, height, "", args)
}

// sshTermEnv is sshTermArgs with the client's environment starting with
// env ("LANG=es_ES.UTF-8 ", or "").
func (s *sshServer) sshTermEnv(t *testing.T, width, height int, env string, args []string) *term {
	t.Helper()
	tt := &term{t: t, socket: fmt.Sprintf("cxmap-e2e-ssh-%d-%d", os.Getpid(), time.Now().UnixNano())}
	cmdline := env + "ssh -t"
	for _, a := range args {
		cmdline += " " + shellQuote(a)
	}
	tt.tmux("new-session", "-d", "-s", "main", "-x", fmt.Sprint(width), "-y", fmt.Sprint(height), cmdline+"; echo '[exited]'; sleep 60")
	t.Cleanup(func() { exec.Command("tmux", "-L", tt.socket, "kill-server").Run() })
	return tt
}

// sshRun runs the client without a terminal; stderr and the exit code.
func (s *sshServer) sshRun(t *testing.T, key string, extra ...string) (string, int) {
	t.Helper()
	return runSSH(t, s.sshArgs(key, extra...)...)
}

// A facilitator's key gets the whole app at 80x24, in colour, sized to the
// client and resized with it; the answer given over SSH is in the file.
func TestSSHFacilitator(t *testing.T) {
	s := startServe(t)
	fi, err := os.Stat(s.hostKey)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %v, want 0600", fi.Mode().Perm())
	}
	if out, _ := exec.Command("ssh-keygen", "-l", "-f", s.hostKey).Output(); !strings.Contains(string(out), s.fingerprint) {
		t.Errorf("printed fingerprint %q is not the key's: %s", s.fingerprint, out)
	}

	tt := s.sshTerm(t, 80, 24, s.fac)
	scr := tt.waitFor("Saved workshops: 1", "Sample: Ñandú Home r…", "q quit")
	if lines := strings.Split(strings.TrimRight(scr, "\n"), "\n"); len(lines) != 24 {
		t.Errorf("the app drew %d lines in a 24-line terminal:\n%s", len(lines), scr)
	}
	// The same screen as the app run locally in an 80x24 terminal.
	local := startTerm(t, 80, 24, map[string]string{"CXMAP_DB": s.db, "LANG": "en_US.UTF-8"})
	if l := local.waitFor("Saved workshops: 1", "q quit"); l != scr {
		t.Errorf("over SSH:\n%s\nlocally:\n%s", scr, l)
	}
	local.keys("q")
	local.waitFor("[exited]")
	if col := tt.tmux("capture-pane", "-e", "-p", "-t", "main"); !strings.Contains(col, "\x1b[38;5;") {
		t.Errorf("no 256-colour styles for TERM=xterm-256color:\n%q", col[:min(len(col), 400)])
	}
	tt.tmux("resize-window", "-t", "main", "-x", "120", "-y", "30")
	tt.waitFor("Sample: Ñandú Home retail ") // no longer cut at 80 columns

	tt.keys("Enter")
	tt.waitFor("Participants (4)", "Progress by dimension")
	tt.keys("Enter")
	tt.waitFor("1/53")
	tt.keys("1")
	tt.waitFor("● 1 ")
	tt.keys("q")
	tt.waitFor("[exited]")

	e := exportJSON(t, s.db, "#1")
	if len(e.Responses) == 0 || e.Responses[0].Level != 1 {
		t.Errorf("the answer given over SSH is not saved: %+v", e.Responses[:min(len(e.Responses), 1)])
	}
}

// Keys not in authorized_keys, commands, subsystems and forwarding are
// all refused; the server keeps serving.
func TestSSHRefusals(t *testing.T) {
	s := startServe(t)
	if msg, code := s.sshRun(t, s.wrong, "ana@127.0.0.1"); code != 255 || !strings.Contains(msg, "Permission denied (publickey") {
		t.Errorf("wrong key: exit %d, %q", code, msg)
	}
	if msg, code := s.sshRun(t, s.fac, "ana@127.0.0.1", "ls"); code != 1 || !strings.Contains(msg, "no shell, no commands") {
		t.Errorf("command: exit %d, %q", code, msg)
	}
	if msg, code := s.sshRun(t, s.fac, "-s", "ana@127.0.0.1", "sftp"); code == 0 {
		t.Errorf("sftp subsystem: exit %d, %q", code, msg)
	}
	if msg, code := s.sshRun(t, s.fac, "-T", "ana@127.0.0.1"); code != 1 || !strings.Contains(msg, "needs a terminal") {
		t.Errorf("no terminal: exit %d, %q", code, msg)
	}
	if msg, code := s.sshRun(t, s.fac, "-W", "127.0.0.1:"+s.port, "ana@127.0.0.1"); code != 255 || !strings.Contains(msg, "forwarding failed") {
		t.Errorf("stdio forward (-W): exit %d, %q", code, msg)
	}
	if msg, code := s.sshRun(t, s.fac, "-N", "-o", "ExitOnForwardFailure=yes", "-R", "127.0.0.1:0:127.0.0.1:"+s.port, "ana@127.0.0.1"); code != 255 || !strings.Contains(msg, "forwarding failed") {
		t.Errorf("remote forward (-R): exit %d, %q", code, msg)
	}
	tt := s.sshTerm(t, 80, 24, s.fac)
	tt.waitFor("Saved workshops: 1")
	tt.keys("q")
	tt.waitFor("[exited]")
}

// Two facilitators on one journey map over SSH: B types into a cell and
// adds a stage, then B's connection drops mid-edit; A renames a stage and
// adds one. Nothing of either is lost.
func TestSSHTwoFacilitatorsOneJourney(t *testing.T) {
	s := startServe(t)
	a := s.sshTerm(t, 120, 40, s.fac)
	a.waitFor("Saved workshops: 1")
	a.keys("Enter")
	a.toFirstJourney()
	b := s.sshTerm(t, 120, 40, s.fac)
	b.waitFor("Saved workshops: 1")
	b.keys("Enter")
	b.toFirstJourney()

	b.keys("l")
	b.waitFor(`Stage 2/7 "Compare models"`)
	b.keys("a")
	b.waitFor(`New stage after "Compare models":`)
	b.text("Etapa de B")
	b.keys("Enter")
	b.waitFor(`Stage 3/8 "Etapa de B"`)
	b.keys("h")
	b.waitFor(`Stage 2/8 "Compare models"`)
	b.keys("Enter")
	b.waitFor("Editing Compare models")
	b.text(" | escrito por B")
	b.waitFor("escrito por B")
	// The connection drops while B is still in the cell.
	exec.Command("tmux", "-L", b.socket, "kill-server").Run()

	a.waitFor(`Stage 1/8 "Get inspired"`) // B's stage, noticed by A
	a.keys("r")
	a.waitFor("Rename stage")
	a.keys("C-u")
	a.text("Inspirarse")
	a.keys("Enter")
	a.waitFor(`Stage 1/8 "Inspirarse"`)
	a.keys("q")
	a.waitFor("[exited]")

	e := exportJSON(t, s.db, "#1")
	var names []string
	for _, st := range e.Journeys[0].Stages {
		names = append(names, st.Name)
	}
	if got := strings.Join(names, ","); !strings.HasPrefix(got, "Inspirarse,Compare models,Etapa de B,Check availability,") {
		t.Errorf("stages: %s", got)
	}
	if cell := e.Journeys[0].Cells[0][1].Text; !strings.HasSuffix(cell, " | escrito por B") {
		t.Errorf("B's cell, typed just before the drop: %q", cell)
	}
}

// A facilitator whose ssh sends their locale (SendEnv LANG, the default
// of Debian's and macOS's clients) gets the app in their language; an
// explicit --lang on the server is for everyone.
func TestSSHFacilitatorLanguageFromClient(t *testing.T) {
	s := startServeLang(t, nil, "--sample", "--lang", "en")
	es := s.sshTermEnv(t, 80, 24, "LANG=es_ES.UTF-8 ", s.sshArgs(s.fac, "-o", "SendEnv=LANG", "ana@127.0.0.1"))
	es.waitFor("Talleres guardados: 1", "q salir")
	es.keys("q")
	es.waitFor("[exited]")
	en := s.sshTermEnv(t, 80, 24, "LANG=en_GB.UTF-8 ", s.sshArgs(s.fac, "-o", "SendEnv=LANG", "ana@127.0.0.1"))
	en.waitFor("Saved workshops: 1", "q quit")
	// Sending nothing: the server's own (C: English).
	none := s.sshTerm(t, 80, 24, s.fac)
	none.waitFor("Saved workshops: 1")

	fixed := startServeLang(t, []string{"--lang", "en"}, "--sample", "--lang", "en")
	tt := fixed.sshTermEnv(t, 80, 24, "LANG=es_ES.UTF-8 ", fixed.sshArgs(fixed.fac, "-o", "SendEnv=LANG", "ana@127.0.0.1"))
	tt.waitFor("Saved workshops: 1")
}

func TestServeUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cx.db")
	env := []string{"XDG_CONFIG_HOME=" + t.TempDir()}
	for _, args := range [][]string{
		{"serve", "extra"},
		{"serve", "--ssh", "nonsense"},
		{"serve", "--idle-timeout", "0s"},
		{"serve", "--max-per-address", "0"},
	} {
		if _, errOut, code := cli(t, env, append([]string{"--db", db, "--lang", "es"}, args...)...); code != 2 || !strings.HasPrefix(errOut, "cxmap: ") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	out, _, code := cli(t, env, "--lang", "es", "serve", "--help")
	if code != 0 || !strings.Contains(out, "Sirve la aplicación completa por SSH") || !strings.Contains(out, "--authorized-keys") {
		t.Errorf("Spanish help: %d\n%s", code, out)
	}
}
