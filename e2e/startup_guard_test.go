package e2e

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// heavyInit are packages whose initialisation alone costs milliseconds on
// every start of the binary (`cxmap version` included): Go runs the init
// of every linked package, so the only cure is not linking them. chroma
// decodes all its lexers and styles at init (30 ms, more than a bare
// bubbletea program's whole start); glamour imports it unconditionally.
var heavyInit = []string{
	"github.com/charmbracelet/glamour",
	"github.com/alecthomas/chroma",
	"github.com/yuin/goldmark",
	"github.com/microcosm-cc/bluemonday",
	"github.com/dlclark/regexp2",
	"github.com/gorilla/css",
}

func TestNoHeavyInitPackagesLinked(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "../cmd/cxmap").Output()
	if err != nil {
		t.Fatal(err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 {
		t.Fatalf("go list -deps gave %d packages: %v", len(deps), deps)
	}
	for _, d := range deps {
		for _, h := range heavyInit {
			if d == h || strings.HasPrefix(d, h+"/") {
				t.Errorf("cmd/cxmap links %s, which is slow to initialise (see bench/startup)", d)
			}
		}
	}
}

// Our own packages compile no regular expression at package level: each
// costs a tenth of a millisecond of every start. Compile them on first
// use (sync.OnceValue) instead.
func TestNoRegexpCompiledAtInit(t *testing.T) {
	atInit := regexp.MustCompile(`^var\s+\w+\s*=\s*regexp\.(Must)?Compile`)
	err := filepath.Walk("..", func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() && (info.Name() == ".git" || info.Name() == "testdata" || info.Name() == "bench") {
			return filepath.SkipDir
		}
		if info.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			if atInit.MatchString(sc.Text()) {
				t.Errorf("%s:%d compiles a regular expression at start-up: %s", path, n, sc.Text())
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
}
