// Package startup measures cxmap's start-up as a whole process, the way a
// user meets it: package initialisation, opening the database, the first
// frame. An in-process benchmark cannot see package init, which is where
// most of a Go program's start-up cost hides.
//
// Run it with
//
//	go test ./bench/startup -run '^$' -bench . -rounds 25
//
// It builds cxmap and two yardsticks (a bare bubbletea + lipgloss program
// and a bare cobra program), then in interleaved rounds starts each in a
// pseudo-terminal and takes the CPU time (user + system) each used until
// its first frame was drawn. The figure is the median, over rounds, of the
// ratio cxmap / yardstick within each round, so that the machine's drift
// cancels out; min and max are logged beside it.
package startup

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"

	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/store/storetest"
)

var rounds = flag.Int("rounds", 25, "interleaved rounds of the start-up benchmark")

// build compiles a main package (relative to this folder) into dir;
// static as the release builds are (CGO_ENABLED=0), or as go test's own
// builds are, which shares their cache.
func build(t testing.TB, dir, pkg, name string, static bool) string {
	t.Helper()
	out := filepath.Join(dir, name)
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Env = os.Environ()
	if static {
		cmd.Env = append(cmd.Env, "CGO_ENABLED=0")
	}
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, b)
	}
	return out
}

// env is the terminal every program starts in.
func env(extra ...string) []string {
	e := []string{"TERM=xterm-256color", "LANG=C.UTF-8", "HOME=" + os.TempDir(), "PATH=" + os.Getenv("PATH")}
	return append(e, extra...)
}

// firstFrame starts bin in an 80x24 pseudo-terminal, answers the
// terminal queries a real terminal would (background colour, cursor
// position), and returns the CPU time the process had used when marker
// appeared on its screen. The process is killed right then: it is idle,
// waiting for a key, so what it uses between the frame and the kill is
// noise of a few microseconds.
func firstFrame(bin string, args []string, environ []string, marker string) (time.Duration, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = environ
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
	if err != nil {
		return 0, err
	}
	defer f.Close()
	found := make(chan error, 1)
	go func() {
		var seen bytes.Buffer
		buf := make([]byte, 32<<10)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				chunk := buf[:n]
				seen.Write(chunk)
				if bytes.Contains(chunk, []byte("\x1b]11;?")) {
					f.WriteString("\x1b]11;rgb:1c1c/1c1c/1c1c\x1b\\")
				}
				if bytes.Contains(chunk, []byte("\x1b[6n")) {
					f.WriteString("\x1b[1;1R")
				}
				if strings.Contains(ansi.Strip(seen.String()), marker) {
					found <- nil
					return
				}
			}
			if err != nil {
				found <- fmt.Errorf("%s exited before %q appeared: %v\n%s", filepath.Base(bin), marker, err, ansi.Strip(seen.String()))
				return
			}
		}
	}()
	var ferr error
	select {
	case ferr = <-found:
	case <-time.After(20 * time.Second):
		ferr = fmt.Errorf("%s: no %q after 20 s", filepath.Base(bin), marker)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if ferr != nil {
		return 0, ferr
	}
	return cpu(cmd.ProcessState), nil
}

func cpu(ps *os.ProcessState) time.Duration { return ps.UserTime() + ps.SystemTime() }

// oneShot runs a command to its end and returns its CPU time.
func oneShot(bin string, args []string, environ []string) (time.Duration, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = environ
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("%s %v: %v\n%s", filepath.Base(bin), args, err, out.String())
	}
	return cpu(cmd.ProcessState), nil
}

// subject is one program start measured in every round.
type subject struct {
	name string
	run  func() (time.Duration, error)
}

// fixtures builds the binaries and the databases: an empty one and one
// with n workshops of 52 answers each (1,000 and 52,000 in the benchmark).
func fixtures(t testing.TB, n int, static bool) []subject {
	dir := t.TempDir()
	bin := build(t, dir, "../../cmd/cxmap", "cxmap", static)
	bareTea := build(t, dir, "./bare/bubbletea", "bare-bubbletea", static)
	bareCobra := build(t, dir, "./bare/cobra", "bare-cobra", static)
	empty := filepath.Join(dir, "empty.db")
	big := filepath.Join(dir, "big.db")
	for _, p := range []string{empty, big} {
		st, err := store.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		if p == big {
			if err := storetest.Populate(context.Background(), st, n, 52); err != nil {
				t.Fatal(err)
			}
		}
		st.Close()
	}
	e := env()
	return []subject{
		{"bare-bubbletea", func() (time.Duration, error) { return firstFrame(bareTea, nil, e, "press q to quit") }},
		{"cxmap-empty", func() (time.Duration, error) {
			return firstFrame(bin, []string{"--db", empty, "--lang", "en"}, e, "No workshops yet")
		}},
		{"cxmap-many", func() (time.Duration, error) {
			return firstFrame(bin, []string{"--db", big, "--lang", "en"}, e, fmt.Sprintf("Saved workshops: %d", n))
		}},
		{"bare-cobra-version", func() (time.Duration, error) { return oneShot(bareCobra, []string{"version"}, e) }},
		{"cxmap-version", func() (time.Duration, error) { return oneShot(bin, []string{"version"}, e) }},
	}
}

// measure runs n interleaved rounds (the order rotates each round) and
// returns each subject's CPU times, round by round.
func measure(t testing.TB, subjects []subject, n int) map[string][]time.Duration {
	times := map[string][]time.Duration{}
	for _, s := range subjects { // one warm-up each: page cache, the database's WAL
		if _, err := s.run(); err != nil {
			t.Fatal(err)
		}
	}
	for r := range n {
		for k := range subjects {
			s := subjects[(k+r)%len(subjects)]
			d, err := s.run()
			if err != nil {
				t.Fatal(err)
			}
			times[s.name] = append(times[s.name], d)
		}
	}
	return times
}

// spread is the min, median and max of a series.
func spread(xs []float64) (lo, med, hi float64) {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	med = s[n/2]
	if n%2 == 0 {
		med = (s[n/2-1] + s[n/2]) / 2
	}
	return s[0], med, s[n-1]
}

func ratios(a, b []time.Duration) []float64 {
	out := make([]float64, len(a))
	for i := range a {
		out[i] = float64(a[i]) / float64(b[i])
	}
	return out
}

func ms(ds []time.Duration) []float64 {
	out := make([]float64, len(ds))
	for i, d := range ds {
		out[i] = float64(d) / float64(time.Millisecond)
	}
	return out
}

// comparisons are the acceptance figures: cxmap against its yardstick.
var comparisons = []struct{ name, subject, yardstick string }{
	{"empty/bare", "cxmap-empty", "bare-bubbletea"},
	{"1000/bare", "cxmap-many", "bare-bubbletea"},
	{"version/cobra", "cxmap-version", "bare-cobra-version"},
}

// BenchmarkWholeProcessStartup reports the median per-round CPU ratios as
// metrics (x-empty/bare, x-1000/bare, x-version/cobra), each to be within
// 1.5; the log has every subject's min/median/max in milliseconds.
func BenchmarkWholeProcessStartup(b *testing.B) {
	if testing.Short() {
		b.Skip("builds three programs and starts them hundreds of times")
	}
	subjects := fixtures(b, 1000, true)
	b.ResetTimer()
	var times map[string][]time.Duration
	for range b.N {
		times = measure(b, subjects, *rounds)
	}
	b.StopTimer()
	for _, s := range subjects {
		lo, med, hi := spread(ms(times[s.name]))
		b.Logf("%-20s CPU to first frame: min %6.1f ms  median %6.1f ms  max %6.1f ms", s.name, lo, med, hi)
	}
	for _, c := range comparisons {
		lo, med, hi := spread(ratios(times[c.subject], times[c.yardstick]))
		b.Logf("%-20s per-round ratio:     min %6.2fx    median %6.2fx    max %6.2fx  (%d rounds)", c.name, lo, med, hi, *rounds)
		b.ReportMetric(med, "x-"+c.name)
	}
}

// TestStartupHarness runs two rounds, so that the benchmark is known to
// work (the binaries build, every first frame appears) without costing CI
// the full measurement.
func TestStartupHarness(t *testing.T) {
	if testing.Short() {
		t.Skip("builds three programs")
	}
	times := measure(t, fixtures(t, 20, false), 2)
	for _, c := range comparisons {
		if len(times[c.subject]) != 2 || len(times[c.yardstick]) != 2 {
			t.Fatalf("%s: missing rounds: %v", c.name, times)
		}
	}
	if _, err := firstFrame("/bin/true", nil, env(), "never"); err == nil || !strings.Contains(err.Error(), "exited before") {
		t.Fatalf("a program that exits without drawing must fail the measurement, got %v", err)
	}
	if _, err := oneShot("/bin/false", nil, env()); err == nil {
		t.Fatal("a failing command must fail the measurement")
	}
}
