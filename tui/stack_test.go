package tui

import (
	"context"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// The root keeps a screen only while it is on the stack: going back, or
// to a screen lower in the stack, forgets the screens above, with their
// cursors and undo histories.
func TestOnlyScreensOnTheStackAreKept(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	w, err := st.CreateWorkshop(ctx, store.NewWorkshop{Name: "W", Assessment: &model.Assessment{ID: "a"}})
	if err != nil {
		t.Fatal(err)
	}
	j, err := st.CreateJourney(ctx, w.ID, store.NewJourney{Name: "J"})
	if err != nil {
		t.Fatal(err)
	}
	a := New(Options{Store: st, Lang: "en"})
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	a.start()
	for _, to := range []common.NavigateMsg{
		{To: common.WorkshopScreen, WorkshopID: w.ID},
		{To: common.JourneysScreen, WorkshopID: w.ID},
		{To: common.JourneyScreen, WorkshopID: w.ID, ItemID: j.ID},
	} {
		a.navigate(to)
	}
	if len(a.screens) != 4 || len(a.stack) != 4 {
		t.Fatalf("%d screens, %d on the stack", len(a.screens), len(a.stack))
	}
	a.back()
	if len(a.screens) != 3 {
		t.Errorf("after back: %d screens kept", len(a.screens))
	}
	a.navigate(common.NavigateMsg{To: common.HomeScreen})
	if len(a.screens) != 1 || len(a.stack) != 1 {
		t.Errorf("back at home: %d screens, %d on the stack", len(a.screens), len(a.stack))
	}
	for k := range a.screens {
		if k.id != common.HomeScreen {
			t.Errorf("kept %v", k)
		}
	}
}
