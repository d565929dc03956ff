package assessments

import (
	"regexp"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/model"
)

// The built-in content, read as a consultant would: every question can be
// acted on, the matrix is not collapsed, KPIs are chosen per initiative,
// and everything exists in English and Spanish.

// regional words that read oddly on one side of the Atlantic; the library
// and its KPI names rephrase around them.
var regional = regexp.MustCompile(`(?i)\b(coste|costes|costo|costos|euros?|rgpd|ordenador|móvil|cuadro de mando)\b`)

func TestLibraryContentOfBuiltins(t *testing.T) {
	list, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		t.Run(a.ID, func(t *testing.T) {
			if strings.Join(a.Languages, ",") != "en,es" {
				t.Fatalf("languages %v, want en and es", a.Languages)
			}
			checkLibrary(t, a)
		})
	}
}

func checkLibrary(t *testing.T, a *model.Assessment) {
	t.Helper()
	if len(a.Recommendations) == 0 || len(a.KPIs) == 0 {
		t.Fatalf("%d recommendations, %d KPIs", len(a.Recommendations), len(a.KPIs))
	}
	bilingual := func(what string, tx model.Text) {
		t.Helper()
		for _, l := range []string{model.LangEN, model.LangES} {
			if strings.TrimSpace(tx[l]) == "" {
				t.Errorf("%s has no %q text", what, l)
			}
		}
		if m := regional.FindString(tx[model.LangES]); m != "" {
			t.Errorf("%s: Spanish uses %q, which is not neutral between Spain and Latin America", what, m)
		}
	}
	for _, k := range a.KPIs {
		bilingual("KPI "+k.ID+" name", k.Name)
		bilingual("KPI "+k.ID+" definition", k.Definition)
	}

	addressed := map[string]int{}
	kpiUse := map[string]int{}
	quadrants := map[model.Quadrant]string{}
	for _, r := range a.Recommendations {
		bilingual(r.ID+" title", r.Title)
		bilingual(r.ID+" description", r.Description)
		bilingual(r.ID+" owner", r.Owner)
		if len(r.Addresses) == 0 {
			t.Errorf("%s addresses no question", r.ID)
		}
		for _, q := range r.Addresses {
			if _, ok := a.Question(q); !ok {
				t.Errorf("%s addresses %q, not a question of %s", r.ID, q, a.ID)
			}
			addressed[q]++
		}
		if len(r.KPIs) == 0 {
			t.Errorf("%s has no KPI", r.ID)
		}
		for _, k := range r.KPIs {
			if a.KPI(k) == nil {
				t.Errorf("%s: KPI %q is not in the vocabulary", r.ID, k)
			}
			kpiUse[k]++
		}
		if _, seen := quadrants[model.QuadrantOf(r.Impact, r.Effort)]; !seen {
			quadrants[model.QuadrantOf(r.Impact, r.Effort)] = r.ID
		}
	}
	for _, d := range a.Dimensions {
		for _, q := range d.Questions {
			if addressed[q.ID] == 0 {
				t.Errorf("no recommendation addresses %s", q.ID)
			}
		}
	}
	for _, q := range []model.Quadrant{model.QuickWin, model.BigBet, model.FillIn, model.MoneyPit} {
		if quadrants[q] == "" {
			t.Errorf("no recommendation falls in the %s quadrant", q)
		}
	}
	// NPS was the KPI of 40 of 96 recommendations: a KPI on more than a
	// quarter of the library is a default, not a choice.
	for k, n := range kpiUse {
		if 4*n > len(a.Recommendations) {
			t.Errorf("KPI %q is used by %d of %d recommendations, more than a quarter", k, n, len(a.Recommendations))
		}
	}
}

// TestLibraryLevels: a recommendation at level L is proposed to a dimension
// at level L, so it must prescribe the practice the model's descriptors
// first require at level L+1: not one the organisation already has (at or
// below L), and not one several levels ahead. practiceAt names, for every
// recommendation, a question it addresses and a phrase of that question's
// descriptor at the level where its practice first appears; the test
// checks the phrase is there and in no lower descriptor, so a change to
// the descriptors that moves a practice shows up here.
func TestLibraryLevels(t *testing.T) {
	a, err := Get("cx-maturity")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range a.Recommendations {
		p, listed := practiceAt[r.ID]
		why, exception := levelExceptions[r.ID]
		switch {
		case listed && exception:
			t.Errorf("%s is both placed and an exception", r.ID)
		case exception:
			if strings.TrimSpace(why) == "" {
				t.Errorf("%s: an exception needs its reason", r.ID)
			}
			continue
		case !listed:
			t.Errorf("%s: add it to practiceAt (the question and descriptor phrase of its practice) or to levelExceptions with a reason", r.ID)
			continue
		}
		ref, ok := a.Question(p.question)
		if !ok {
			// A question the model revision adds; checked once it is there.
			continue
		}
		if !contains(r.Addresses, p.question) {
			t.Errorf("%s: practiceAt names %s, which it does not address", r.ID, p.question)
			continue
		}
		if p.phrase == "" {
			t.Errorf("%s: %s exists now; give the phrase of its descriptor at level %d that describes the practice", r.ID, p.question, r.Level+1)
			continue
		}
		first := 0
		for i, d := range ref.Question.Descriptors {
			if strings.Contains(strings.ToLower(d.In(model.LangEN)), strings.ToLower(p.phrase)) {
				first = i + 1
				break
			}
		}
		if first == 0 {
			t.Errorf("%s: %q is in no descriptor of %s; the descriptors changed, so check the recommendation's level and give a new phrase", r.ID, p.phrase, p.question)
			continue
		}
		if first != r.Level+1 {
			t.Errorf("%s (level %d): %q first appears in %s at level %d, want %d; move the recommendation to level %d or list it in levelExceptions",
				r.ID, r.Level, p.phrase, p.question, first, r.Level+1, first-1)
		}
	}
	for id := range practiceAt {
		if !hasRecommendation(a, id) {
			t.Errorf("practiceAt lists %s, which is not in the library", id)
		}
	}
	for id := range levelExceptions {
		if !hasRecommendation(a, id) {
			t.Errorf("levelExceptions lists %s, which is not in the library", id)
		}
	}
}

func hasRecommendation(a *model.Assessment, id string) bool {
	for _, r := range a.Recommendations {
		if r.ID == id {
			return true
		}
	}
	return false
}
