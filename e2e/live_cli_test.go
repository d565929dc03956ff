package e2e

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// `cxmap live --headless` prints the addresses and the facilitator token,
// serves the API, and stops when the facilitator ends the session.
func TestLiveHeadless(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cx.db")
	if _, errOut, code := cli(t, nil, "--db", db, "new", "Room", "--lang", "es"); code != 0 {
		t.Fatal(errOut)
	}
	cmd := exec.Command(bin, "--db", db, "live", "Room", "--headless", "--addr", "127.0.0.1:0")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Every line the command prints; closed when it closes its output.
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill() // no-op once it has exited
		cmd.Wait()
	})
	next := func() (string, bool) {
		select {
		case l, ok := <-lines:
			return l, ok
		case <-time.After(10 * time.Second):
			t.Fatal("cxmap live --headless printed nothing for 10 s")
		}
		return "", false
	}
	got := map[string]string{}
	for len(got) < 4 {
		l, ok := next()
		if !ok {
			t.Fatalf("output ended early: %v", got)
		}
		if k, v, ok := strings.Cut(l, ": "); ok {
			got[k] = v
		}
	}
	url, code, fac := got["participant address"], got["join code"], got["facilitator token"]
	if !strings.HasPrefix(url, "http://127.0.0.1:") || !strings.HasSuffix(url, "/j/"+code) || len(fac) < 22 {
		t.Fatalf("headless output %v", got)
	}
	base := strings.TrimSuffix(url, "/j/"+code)
	post := func(path, token, body string) (int, string) {
		req, _ := http.NewRequest("POST", base+path, strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if c, body := post("/api/join", "", `{"code":"`+code+`","name":"Ana"}`); c != 200 || !strings.Contains(body, `"token"`) {
		t.Fatalf("join: %d %s", c, body)
	}
	if c, body := post("/api/facilitator/open", fac, `{"question":"strategy.vision"}`); c != 200 || !strings.Contains(body, `"current":"strategy.vision"`) {
		t.Fatalf("open: %d %s", c, body)
	}
	if c, _ := post("/api/facilitator/end", fac, ""); c != 200 {
		t.Fatalf("end: %d", c)
	}
	// Ended through the API, it says goodbye and exits with success.
	var rest []string
	for {
		l, ok := next()
		if !ok {
			break
		}
		rest = append(rest, l)
	}
	if !strings.Contains(strings.Join(rest, "\n"), "session ended") {
		t.Fatalf("no goodbye: %q", rest)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit: %v", err)
	}
}

func TestLiveUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cx.db")
	cli(t, nil, "--db", db, "new", "Room")
	for _, args := range [][]string{
		{"live"},
		{"live", "Room", "--addr", "nonsense"},
		{"live", "Room", "--max-participants", "0"},
		{"live", "Room", "--ssh", "nonsense"},
	} {
		if _, errOut, code := cli(t, nil, append([]string{"--db", db}, args...)...); code != 2 || !strings.HasPrefix(errOut, "cxmap: ") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	// A port already taken: one line naming it, nothing started.
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	env := []string{"XDG_CONFIG_HOME=" + t.TempDir()}
	if _, errOut, code := cli(t, env, "--db", db, "live", "Room", "--headless", "--addr", "127.0.0.1:0", "--ssh", busy.Addr().String()); code != 1 || !strings.HasPrefix(errOut, "cxmap: ") || !strings.Contains(errOut, busy.Addr().String()) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Errorf("--ssh on a busy port: exit %d, %q", code, errOut)
	}
	if _, errOut, code := cli(t, nil, "--db", db, "live", "Nope", "--headless", "--addr", "127.0.0.1:0"); code != 1 || !strings.HasPrefix(errOut, "cxmap: ") || !strings.Contains(errOut, "Nope") {
		t.Errorf("unknown workshop: %d %q", code, errOut)
	}
}
