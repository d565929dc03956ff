package tui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/sample"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// BenchmarkIdlePoll is the whole cost of one change-detection turn while
// nothing changes, as the app pays it twice a second: reading
// data_version, the root's Update and the frame bubbletea draws after
// every message (the sample's first journey map at 200x60).
func BenchmarkIdlePoll(b *testing.B) {
	st, err := store.Open(filepath.Join(b.TempDir(), "cx.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	bundle, err := sample.Bundle("en", time.Now())
	if err != nil {
		b.Skip("no sample bundle:", err)
	}
	wid, err := st.ImportBundle(context.Background(), bundle)
	if err != nil {
		b.Fatal(err)
	}
	js, _ := st.Journeys(context.Background(), wid)
	a := New(Options{Store: st, Lang: "en", Start: common.NavigateMsg{To: common.JourneyScreen, WorkshopID: wid, ItemID: js[0].ID}})
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	execute(a, a.start(), 0) // the screens and their loads, without the poll
	if v := a.View(); !strings.Contains(v, js[0].Name) {
		b.Fatalf("the map is not drawn:\n%s", v)
	}
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, err := st.DataVersion(ctx)
		a.changed(versionMsg{v, err})
		_ = a.View()
	}
}

// execute runs a command and what its messages lead to, as the program
// would, a few levels deep.
func execute(a *App, cmd tea.Cmd, depth int) {
	if cmd == nil || depth > 4 {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			execute(a, c, depth+1)
		}
	default:
		_, next := a.Update(msg)
		execute(a, next, depth+1)
	}
}
