package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// bin is the cxmap binary built once for all tests.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "cxmap-e2e")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "cxmap")
	build := exec.Command("go", "build", "-o", bin, "../cmd/cxmap")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building cxmap:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// term is cxmap running in a real terminal: a tmux session on a private
// server socket, so tests never touch the user's tmux.
type term struct {
	t      *testing.T
	socket string
}

func needTmux(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is required in CI (.ci/run installs it)")
		}
		t.Skip("tmux not installed")
	}
}

// startTerm runs cxmap with args in a width x height terminal.
func startTerm(t *testing.T, width, height int, env map[string]string, args ...string) *term {
	t.Helper()
	needTmux(t)
	tt := &term{t: t, socket: fmt.Sprintf("cxmap-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())}
	cmdline := bin
	if env["CXMAP_E2E_WAIT"] != "" {
		cmdline = "read _; " + bin // starts on the test's first Enter
	}
	for _, a := range args {
		cmdline += " " + shellQuote(a)
	}
	tmuxArgs := []string{"new-session", "-d", "-s", "main", "-x", fmt.Sprint(width), "-y", fmt.Sprint(height)}
	for k, v := range env {
		tmuxArgs = append(tmuxArgs, "-e", k+"="+v)
	}
	// Keep the pane after cxmap exits, so its last screen can be read.
	tt.tmux(append(tmuxArgs, cmdline+"; echo '[exited]'; sleep 60")...)
	t.Cleanup(func() {
		exec.Command("tmux", "-L", tt.socket, "kill-server").Run()
		os.Remove(socketPath(tt.socket)) // kill-server leaves the file
	})
	return tt
}

func (tt *term) tmux(args ...string) string {
	tt.t.Helper()
	cmd := exec.Command("tmux", append([]string{"-u", "-L", tt.socket, "-f", "/dev/null"}, args...)...)
	cmd.Env = append(baseEnv(), "LANG=C.UTF-8", "TERM=xterm-256color")
	out, err := cmd.CombinedOutput()
	if err != nil {
		tt.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// keys sends tmux key names ("Enter", "Escape", "C-c") or literal text.
func (tt *term) keys(keys ...string) {
	tt.t.Helper()
	tt.tmux(append([]string{"send-keys", "-t", "main"}, keys...)...)
}

// text types s literally.
func (tt *term) text(s string) {
	tt.t.Helper()
	tt.tmux("send-keys", "-t", "main", "-l", s)
}

func (tt *term) screen() string {
	tt.t.Helper()
	return tt.tmux("capture-pane", "-p", "-t", "main")
}

// waitFor polls the screen until it shows every one of wants.
func (tt *term) waitFor(wants ...string) string {
	tt.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		s := tt.screen()
		ok := true
		for _, w := range wants {
			ok = ok && strings.Contains(s, w)
		}
		if ok {
			return s
		}
		if time.Now().After(deadline) {
			tt.t.Fatalf("screen never showed %q:\n%s", wants, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// baseEnv is the environment without the language settings of the
// machine running the tests: the suite passes under LC_ALL=es_ES.UTF-8 or
// any LANG, and a test that wants a language sets LANG itself.
func baseEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		switch k, _, _ := strings.Cut(kv, "="); k {
		case "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "CXMAP_DB":
			continue
		}
		env = append(env, kv)
	}
	return env
}

// socketPath is where tmux keeps a -L socket.
func socketPath(name string) string {
	dir := os.Getenv("TMUX_TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return filepath.Join(dir, fmt.Sprintf("tmux-%d", os.Getuid()), name)
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// cli runs the binary and returns stdout, stderr and the exit code.
func cli(t *testing.T, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(baseEnv(), env...)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
