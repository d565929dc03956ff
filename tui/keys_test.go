package tui_test

import (
	"testing"

	"github.com/cxmap/cxmap/tui/common"
)

// No two bindings shown on one screen (the root's global keys included)
// share a key.
func TestNoKeyClashes(t *testing.T) {
	st := newStore(t)
	w := addWorkshop(t, st, "Banco", "")
	for to, title := range map[common.ScreenID]string{
		common.HomeScreen: "Workshops", common.WorkshopScreen: "The work",
		common.QuestionnaireScreen: "Answering:", common.ResultsScreen: "DIMENSION",
	} {
		tm := start(t, st, 100, 30, common.NavigateMsg{To: to, WorkshopID: w.ID})
		waitFor(t, tm, title)
		app := finalModel(t, tm)
		seen := map[string]string{}
		for _, group := range app.FullHelp() {
			for _, b := range group {
				if !b.Enabled() {
					continue
				}
				for _, k := range b.Keys() {
					if prev, dup := seen[k]; dup && prev != b.Help().Desc {
						t.Errorf("%s: %q is both %q and %q", to, k, prev, b.Help().Desc)
					}
					seen[k] = b.Help().Desc
				}
			}
		}
	}
}
