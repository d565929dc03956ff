package e2e

import (
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cxmap/cxmap/assessments"
)

// participantArgs are the client's options for a participant: the host
// key checked as for facilitators, and either one key (any key: it need
// not be listed anywhere) or none at all (keyboard-interactive, nothing
// asked).
func (s *sshServer) participantArgs(key, user string, extra ...string) []string {
	a := []string{"-F", "/dev/null", "-p", s.port, "-o", "IdentityAgent=none",
		"-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + s.knownHosts, "-o", "LogLevel=ERROR"}
	if key == "" {
		a = append(a, "-o", "PubkeyAuthentication=no")
	} else {
		a = append(a, "-i", key, "-o", "IdentitiesOnly=yes")
	}
	a = append(a, extra...)
	return append(a, user+"@127.0.0.1")
}

// runSSH runs the OpenSSH client without a terminal: stderr and exit code.
func runSSH(t *testing.T, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command("ssh", args...)
	var errb strings.Builder
	cmd.Stderr = &errb
	cmd.Stdin = strings.NewReader("")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatalf("ssh %v still running after 15 s: %s", args, errb.String())
	}
	return errb.String(), cmd.ProcessState.ExitCode()
}

var (
	sshJoinLine = regexp.MustCompile(`Terminal: ssh -p (\d+) ([A-Z2-9]{6})@127\.0\.0\.1`)
	rejoinLine  = regexp.MustCompile(`ssh -p \d+ ([A-Z2-9]{6}-[A-Z2-9]{8})@127\.0\.0\.1`)
)

// A facilitator starts a live session over SSH; two participants join it
// from their terminals with the join code (one with a key nobody listed,
// one with no key at all), vote blind, see the reveal and the team's
// answer, drop and come back as themselves. Their votes are the
// workshop's answers. They reach nothing else: no command, no forwarding,
// and a code that opens nothing is refused with a message.
func TestSSHParticipants(t *testing.T) {
	s := startServeWith(t, "Room", "--lang", "en")
	anaKey := filepath.Join(s.dir, "ana")
	keygen(t, anaKey)

	fac := s.sshTerm(t, 100, 30, s.fac)
	fac.waitFor("Saved workshops: 1", "Room")
	fac.keys("Enter")
	fac.waitFor("Participants (0)")
	fac.keys("5")
	m := sshJoinLine.FindStringSubmatch(fac.waitFor("Live session", "Terminal: ssh -p "))
	if m == nil || m[1] != s.port {
		t.Fatalf("no ssh join command on the facilitator's screen:\n%s", fac.screen())
	}
	code := m[2]

	ana := s.sshTermArgs(t, 80, 24, s.participantArgs(anaKey, code))
	ana.waitFor("Join the workshop", "Room")
	ana.text("Ana")
	ana.keys("Enter")
	ana.waitFor("Waiting for the facilitator")
	// No key, and the code typed in lower case.
	luis := s.sshTermArgs(t, 80, 24, s.participantArgs("", strings.ToLower(code)))
	luis.waitFor("Join the workshop")
	luis.text("Luis")
	luis.keys("Enter")
	rj := rejoinLine.FindStringSubmatch(luis.waitFor("Waiting for the facilitator", "To come back as Luis"))
	if rj == nil || !strings.HasPrefix(rj[1], code+"-") {
		t.Fatalf("no rejoin command for a keyless participant:\n%s", luis.screen())
	}
	if strings.Contains(ana.screen(), "To come back") {
		t.Error("a participant whose key identifies them is given a rejoin code")
	}
	fac.waitFor("2 joined, 2 online", "● Ana", "● Luis")

	fac.keys("v") // opens the first question everywhere
	ana.waitFor("Question 1 of 53", "How far does a written CX vision guide")
	luis.waitFor("Question 1 of 53")
	ana.keys("2")
	ana.waitFor("Saved ✓")
	luis.keys("4")
	luis.waitFor("Saved ✓")
	fac.waitFor("2 of 2 voted")
	for _, c := range []struct {
		who   *term
		other string
	}{{ana, "Luis"}, {luis, "Ana"}} {
		if scr := c.who.screen(); strings.Contains(scr, c.other) {
			t.Fatalf("a participant sees %s before the reveal:\n%s", c.other, scr)
		}
	}

	fac.keys("v")
	ana.waitFor("Votes: 2", "2 Aware", "Ana", "4 Managed", "Luis", "spread 2", "disagreement", "Your vote: 2 Aware", "Votes are closed")
	luis.waitFor("Votes: 2", "Your vote: 4 Managed")
	fac.keys("3")
	ana.waitFor("Consensus: 3 Defined")
	if shots := os.Getenv("CXMAP_SHOTS"); shots != "" {
		os.WriteFile(filepath.Join(shots, "ssh-participant.txt"), []byte(ana.tmux("capture-pane", "-e", "-p", "-t", "main")), 0o644)
	}

	// Both connections drop; both come back as themselves, on the reveal.
	exec.Command("tmux", "-L", ana.socket, "kill-server").Run()
	exec.Command("tmux", "-L", luis.socket, "kill-server").Run()
	fac.waitFor("2 joined, 0 online")
	ana = s.sshTermArgs(t, 80, 24, s.participantArgs(anaKey, code))
	ana.waitFor("Your vote: 2 Aware", "Consensus: 3 Defined")
	luis = s.sshTermArgs(t, 80, 24, s.participantArgs("", rj[1]))
	luis.waitFor("Your vote: 4 Managed")
	fac.waitFor("2 joined, 2 online")
	if scr := luis.screen(); strings.Contains(scr, "Join the workshop") {
		t.Fatalf("the rejoin code asked for a name again:\n%s", scr)
	}

	// Self-paced: each goes on alone, and the answers land in the file.
	fac.keys("m")
	fac.waitFor("Self-paced")
	ana.keys("Right")
	ana.waitFor("Question 2 of 53")
	ana.keys("5")
	ana.waitFor("Saved ✓", "2 of 53 answered")
	// Resizing the client's window re-lays the questionnaire out: at
	// 80x24 the levels are condensed, in a larger window every level's
	// descriptor is drawn whole.
	a, err := assessments.Get("cx-maturity")
	if err != nil {
		t.Fatal(err)
	}
	first := strings.Join(strings.Fields(a.Dimensions[0].Questions[1].Descriptors[0].In("en"))[:3], " ")
	if strings.Contains(ana.screen(), first) {
		t.Fatalf("level 1's descriptor drawn at 80x24 with level 5 chosen:\n%s", ana.screen())
	}
	ana.tmux("resize-window", "-t", "main", "-x", "150", "-y", "50")
	ana.waitFor(first, "5 Customer-led")
	ana.waitForGone("reads each level")

	// Nothing else is reachable with the code.
	if msg, c := runSSH(t, s.participantArgs(anaKey, code, "-T")...); c != 1 || !strings.Contains(msg, "needs a terminal") {
		t.Errorf("a participant without a terminal: exit %d, %q", c, msg)
	}
	if msg, c := runSSH(t, append(s.participantArgs(anaKey, code), "ls")...); c != 1 || !strings.Contains(msg, "no shell, no commands") {
		t.Errorf("a participant's command: exit %d, %q", c, msg)
	}
	if msg, c := runSSH(t, s.participantArgs(anaKey, code, "-N", "-o", "ExitOnForwardFailure=yes", "-R", "127.0.0.1:0:127.0.0.1:"+s.port)...); c != 255 || !strings.Contains(msg, "forwarding failed") {
		t.Errorf("a participant's remote forward (-R): exit %d, %q", c, msg)
	}
	// -L: the tunnel opens, but nothing passes through it.
	fwdPort := freePort(t)
	fwd := exec.Command("ssh", verbose(s.participantArgs(anaKey, code, "-N", "-L", "127.0.0.1:"+fwdPort+":127.0.0.1:"+s.port))...)
	var fwdErr strings.Builder
	fwd.Stderr = &fwdErr
	if err := fwd.Start(); err != nil {
		t.Fatal(err)
	}
	defer fwd.Process.Kill()
	var got []byte
	for i := 0; i < 100; i++ {
		c, err := net.Dial("tcp", "127.0.0.1:"+fwdPort)
		if err != nil {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		c.SetDeadline(time.Now().Add(3 * time.Second))
		buf := make([]byte, 64)
		n, _ := c.Read(buf)
		got = buf[:n]
		c.Close()
		break
	}
	if len(got) > 0 {
		t.Errorf("a participant's -L tunnel reached the server: %q", got)
	}
	fwd.Process.Kill()
	fwd.Wait()
	if !strings.Contains(fwdErr.String(), "open failed") {
		t.Errorf("the -L channel was not refused: %q", fwdErr.String())
	}
	if msg, c := runSSH(t, verbose(s.participantArgs("", "ZZZZZZ"))...); c != 255 || !strings.Contains(msg, "No live session here has the join code ZZZZZZ") {
		t.Errorf("a code with no session: exit %d, %q", c, msg)
	}

	// The facilitator ends the session: the participants are told.
	fac.keys("E")
	ana.waitFor("The session has ended")

	out, errOut, c := cli(t, []string{"CXMAP_DB=" + s.db}, "export", "Room", "--format", "json", "-o", "-")
	if c != 0 {
		t.Fatal(errOut)
	}
	var e struct {
		Participants []struct {
			ID   int64  `json:"id"`
			Name string `json:"name"`
		} `json:"participants"`
		Responses []struct {
			Participant int64  `json:"participant"`
			Question    string `json:"question"`
			Level       int    `json:"level"`
		} `json:"responses"`
	}
	if err := json.Unmarshal([]byte(out), &e); err != nil {
		t.Fatal(err)
	}
	names := map[int64]string{0: "consensus"}
	for _, p := range e.Participants {
		names[p.ID] = p.Name
	}
	var answers []string
	for _, r := range e.Responses {
		answers = append(answers, names[r.Participant]+"="+strconv.Itoa(r.Level))
	}
	want := "Ana=2 Luis=4 consensus=3 Ana=5"
	if got := strings.Join(answers, " "); !sameWords(got, want) {
		t.Errorf("answers in the file: %s, want %s", got, want)
	}
}

// sameWords reports whether a and b hold the same words in any order.
func sameWords(a, b string) bool {
	x, y := strings.Fields(a), strings.Fields(b)
	if len(x) != len(y) {
		return false
	}
	seen := map[string]int{}
	for _, w := range x {
		seen[w]++
	}
	for _, w := range y {
		if seen[w]--; seen[w] < 0 {
			return false
		}
	}
	return true
}

// verbose is args with OpenSSH's default log level, at which it prints
// what a server says when refusing (as a user's client does).
func verbose(args []string) []string {
	out := append([]string(nil), args...)
	for i, a := range out {
		if a == "LogLevel=ERROR" {
			out[i] = "LogLevel=INFO"
		}
	}
	return out
}

func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	_, port, _ := net.SplitHostPort(l.Addr().String())
	return port
}

// A consultant with only a laptop: `cxmap live --ssh` lets participants
// join from a terminal beside the phones, and nobody log in as a
// facilitator, whatever key they hold.
func TestLiveWithSSHParticipants(t *testing.T) {
	needSSH(t)
	s := &sshServer{dir: t.TempDir()}
	s.db = filepath.Join(s.dir, "cx.db")
	if _, errOut, code := cli(t, nil, "--db", s.db, "new", "Room", "--lang", "es"); code != 0 {
		t.Fatal(errOut)
	}
	conf := filepath.Join(s.dir, "config")
	fac := startTerm(t, 100, 30, map[string]string{"LANG": "en_US.UTF-8", "XDG_CONFIG_HOME": conf},
		"--db", s.db, "live", "Room", "--addr", "127.0.0.1:0", "--ssh", "127.0.0.1:0")
	m := sshJoinLine.FindStringSubmatch(fac.waitFor("Live session", "Terminal: ssh -p "))
	if m == nil {
		t.Fatalf("no terminal command on the screen:\n%s", fac.screen())
	}
	code := m[2]
	s.port = m[1]
	hostKey := filepath.Join(conf, "cxmap", "ssh_host_ed25519_key")
	if fi, err := os.Stat(hostKey); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("host key: %v %v", fi, err)
	}
	hostPub, err := exec.Command("ssh-keygen", "-y", "-f", hostKey).Output()
	if err != nil {
		t.Fatal(err)
	}
	s.knownHosts = filepath.Join(s.dir, "known_hosts")
	writeFile(t, s.knownHosts, "[127.0.0.1]:"+s.port+" "+string(hostPub))

	p := s.sshTermArgs(t, 80, 24, s.participantArgs("", code))
	p.waitFor("Únete al taller", "Room") // the workshop's language
	p.text("Rosa")
	p.keys("Enter")
	p.waitFor("Esperando")
	fac.waitFor("1 joined, 1 online", "● Rosa")
	fac.keys("v")
	p.waitFor("Pregunta 1 de 53")
	p.keys("3")
	p.waitFor("Guardado ✓")
	fac.waitFor("1 of 1 voted")
	fac.keys("v")
	p.waitFor("Votos: 1", "Tu voto: 3 Definido")

	// A key, even one in the user's authorized_keys, gets no facilitator.
	key := filepath.Join(s.dir, "k")
	keygen(t, key)
	if msg, c := runSSH(t, verbose(s.participantArgs(key, "ana"))...); c != 255 || !strings.Contains(msg, "Permission denied") {
		t.Errorf("a facilitator login on cxmap live --ssh: exit %d, %q", c, msg)
	}
	fac.keys("q")
	fac.waitFor("[exited]")
	// The session ends with the app; the participant is told, or the
	// connection closes with it.
	p.waitForAny("La sesión ha terminado", "[exited]")
}
