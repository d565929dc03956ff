package roadmap

import (
	"testing"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
)

// Every label built at run time from a value exists in both languages.
func TestDynamicLabels(t *testing.T) {
	var keys []string
	for _, h := range model.Horizons {
		keys = append(keys, "term.horizon."+string(h))
	}
	for _, q := range quadrants {
		keys = append(keys, "term.quadrants."+string(q), "term.quadrant_is."+string(q), "term.quadrant."+string(q))
	}
	for _, s := range []model.Status{model.StatusProposed, model.StatusAccepted, model.StatusRejected} {
		keys = append(keys, "term.status."+string(s))
	}
	keys = append(keys, "rm.mode.horizon", "rm.mode.quadrant", "rm.mode.matrix")
	for _, lang := range []string{"en", "es"} {
		for _, k := range keys {
			if got := i18n.For(lang).T(k); got == k {
				t.Errorf("%s: missing %s", lang, k)
			}
		}
	}
}
