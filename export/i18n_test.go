package export

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
)

// Every export string the writers ask for exists in both languages: the
// catalog would otherwise show the bare key in the client's report.
func TestExportStringsExist(t *testing.T) {
	keys := map[string]bool{}
	literal := regexp.MustCompile(`\bt\("(export\.[a-z_.]+)"`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(b), -1) {
			if !strings.HasSuffix(m[1], ".") {
				keys[m[1]] = true
			}
		}
	}
	for _, h := range model.Horizons {
		keys["term.horizon."+string(h)] = true
		keys["term.horizon_short."+string(h)] = true
	}
	for _, q := range []model.Quadrant{model.QuickWin, model.BigBet, model.FillIn, model.MoneyPit} {
		keys["term.quadrant."+string(q)] = true
		keys["term.quadrants."+string(q)] = true
		keys["term.quadrant_is."+string(q)] = true
	}
	for _, s := range []model.Status{model.StatusProposed, model.StatusAccepted, model.StatusRejected} {
		keys["term.status."+string(s)] = true
	}
	for _, k := range append(model.DefaultLanes, model.LaneText) {
		keys["export.lane."+string(k)] = true
	}
	for _, k := range []model.JourneyKind{model.CustomerJourney, model.EmployeeJourney} {
		keys["export.kind."+string(k)] = true
		keys["export.actor."+string(k)] = true
	}
	for _, s := range []model.JourneyState{model.CurrentState, model.FutureState} {
		keys["export.state."+string(s)] = true
	}
	if len(keys) < 80 {
		t.Fatalf("found only %d keys: is the pattern still right?", len(keys))
	}
	for _, lang := range []string{i18n.EN, i18n.ES} {
		c := i18n.For(lang)
		for k := range keys {
			if c.T(k) == k {
				t.Errorf("%s: missing %s", lang, k)
			}
		}
	}
	if n := len(strings.Split(i18n.For(i18n.ES).T("export.months"), ",")); n != 12 {
		t.Errorf("es has %d month names", n)
	}
}
