package tui_test

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui"
)

// frameWatcher is a program's output that signals when a frame shows want.
type frameWatcher struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	want string
	done chan struct{}
	once sync.Once
}

func (f *frameWatcher) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.buf.Write(p)
	if strings.Contains(f.buf.String(), f.want) {
		f.once.Do(func() { close(f.done) })
	}
	return len(p), nil
}

// timeToFrame runs m until its output shows want, then quits it.
func timeToFrame(b *testing.B, newModel func() tea.Model, want string) time.Duration {
	w := &frameWatcher{want: want, done: make(chan struct{})}
	start := time.Now()
	p := tea.NewProgram(newModel(), tea.WithInput(bytes.NewReader(nil)), tea.WithOutput(w))
	go p.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	go func() {
		<-w.done
		p.Quit()
	}()
	if _, err := p.Run(); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}

type bare struct{}

func (bare) Init() tea.Cmd                       { return nil }
func (bare) Update(tea.Msg) (tea.Model, tea.Cmd) { return bare{}, nil }
func (bare) View() string                        { return "hello, first frame" }

// BenchmarkStartup compares the time to the first drawn frame of the home
// screen with 1,000 workshops (opening the database included) against a
// bare bubbletea program, measured in the same run.
func BenchmarkStartup(b *testing.B) {
	st := newStore(b)
	path := st.Path()
	for i := range 1000 {
		addWorkshop(b, st, fmt.Sprintf("Taller %04d", i), "Cliente")
	}
	st.Close()
	b.Run("bare-bubbletea", func(b *testing.B) {
		for b.Loop() {
			timeToFrame(b, func() tea.Model { return bare{} }, "first frame")
		}
	})
	b.Run("home-1000-workshops", func(b *testing.B) {
		for b.Loop() {
			var s *store.Store
			timeToFrame(b, func() tea.Model {
				var err error
				if s, err = store.Open(path); err != nil {
					b.Fatal(err)
				}
				return tui.New(tui.Options{Store: s, Lang: "en", ConfigDir: b.TempDir()})
			}, "Saved workshops: 1000")
			s.Close()
		}
	})
}
