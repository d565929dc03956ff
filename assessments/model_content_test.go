package assessments

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/model"
)

// modelTexts lists every text of a model's levels and dimensions (the part
// a workshop answers; the recommendation library has tests of its own),
// each with where it is.
func modelTexts(a *model.Assessment) map[string]model.Text {
	out := map[string]model.Text{"name": a.Name, "description": a.Description}
	for i, l := range a.Levels {
		out[fmt.Sprintf("level %d name", i+1)] = l.Name
		out[fmt.Sprintf("level %d summary", i+1)] = l.Summary
	}
	for _, d := range a.Dimensions {
		out[d.ID+" name"] = d.Name
		out[d.ID+" description"] = d.Description
		for _, q := range d.Questions {
			out[q.ID+" text"] = q.Text
			out[q.ID+" hint"] = q.Hint
			for i, t := range q.Descriptors {
				out[fmt.Sprintf("%s level %d", q.ID, i+1)] = t
			}
		}
	}
	return out
}

// Every text of the built-in models exists in English and in Spanish, and
// the Spanish is not the English left untranslated.
func TestModelTextsInEnglishAndSpanish(t *testing.T) {
	for _, id := range BuiltinIDs() {
		a, err := Get(id)
		if err != nil {
			t.Fatal(err)
		}
		for where, text := range modelTexts(a) {
			en, es := strings.TrimSpace(text["en"]), strings.TrimSpace(text["es"])
			switch {
			case en == "" || es == "":
				t.Errorf("%s: %s: en %q, es %q", id, where, en, es)
			case en == es && len(en) > 12:
				t.Errorf("%s: %s: the Spanish is the English text", id, where)
			}
		}
		for _, d := range a.Dimensions {
			for _, q := range d.Questions {
				if len(q.Hint) == 0 {
					t.Errorf("%s: %s has no hint for the facilitator", id, q.ID)
				}
			}
		}
	}
}

// The revision of issue 15: the new questions exist where part B's
// recommendations expect them, measurement.data-quality is now
// measurement.survey-rigour, no other id changed, and the closed loop now
// outweighs the influencers question.
func TestModelRevision(t *testing.T) {
	a, err := Get("cx-maturity")
	if err != nil {
		t.Fatal(err)
	}
	if a.Version == "1.0" {
		t.Error("cx-maturity changed, its version must too (workshops on 1.0 keep their frozen copy)")
	}
	want := map[string][]string{
		"strategy":               {"vision", "sponsorship", "plan-budget", "differentiation", "whole-company", "adaptation"},
		"customer-understanding": {"listening", "needs", "emotions", "public-voice", "first-opinions", "recovery", "closing-loop"},
		"experience-design":      {"journey-maps", "co-creation", "memorable-moments", "pain-points", "employee-input", "test-and-learn", "personalisation", "innovation"},
		"omnichannel":            {"consistency", "handoffs", "phygital", "channel-choice", "shared-goals", "self-service", "accessibility"},
		"measurement":            {"core-metrics", "survey-rigour", "business-link", "cost-of-failure", "business-case", "management-use"},
		"culture":                {"employee-experience", "line-of-sight", "empowerment", "recognition", "hiring-training", "internal-service"},
		"governance":             {"journey-ownership", "cx-function", "decision-forum", "portfolio", "agility", "risk", "partners"},
		"technology":             {"single-view", "data-quality", "automation", "analytics-ai", "experience-first", "responsible-use"},
	}
	n := 0
	for _, d := range a.Dimensions {
		var got []string
		for _, q := range d.Questions {
			got = append(got, strings.TrimPrefix(q.ID, d.ID+"."))
		}
		if strings.Join(got, " ") != strings.Join(want[d.ID], " ") {
			t.Errorf("%s questions:\n got  %v\n want %v", d.ID, got, want[d.ID])
		}
		n += len(d.Questions)
	}
	if n != 53 || len(a.Dimensions) != len(want) {
		t.Errorf("%d questions in %d dimensions, want 53 in %d", n, len(a.Dimensions), len(want))
	}
	weight := func(id string) float64 {
		ref, ok := a.Question(id)
		if !ok {
			t.Fatalf("no question %s", id)
		}
		return ref.Question.Weight
	}
	if weight("customer-understanding.closing-loop") < 1.5 || weight("customer-understanding.first-opinions") >= 1 {
		t.Errorf("closing-loop weighs %v, first-opinions %v: the closed loop must weigh more", weight("customer-understanding.closing-loop"), weight("customer-understanding.first-opinions"))
	}
}

// Both models describe the same five levels with the same words, so a
// quick scan and a full assessment read alike in a report.
func TestModelsShareLevelTexts(t *testing.T) {
	full, err := Get("cx-maturity")
	if err != nil {
		t.Fatal(err)
	}
	quick, err := Get("cx-quickscan")
	if err != nil {
		t.Fatal(err)
	}
	if quick.Version == "1.0" {
		t.Error("cx-quickscan changed, its version must too")
	}
	if fmt.Sprint(full.Levels) != fmt.Sprint(quick.Levels) {
		t.Errorf("the level texts differ:\n%v\n%v", full.Levels, quick.Levels)
	}
	if got := full.Levels[4].Name["es"]; got != "Centrado en el cliente" {
		t.Errorf("level 5 in Spanish is %q", got)
	}
}

// A question answered on five anchored levels asks "how far", "how" or
// "which picture", never yes or no, and does not hint at the answer it
// wants: the descriptors carry the grading.
func TestQuestionStemsAreOpen(t *testing.T) {
	closed := regexp.MustCompile(`^(Is|Are|Does|Do|Can|Has|Have|Did|Was|Were) `)
	closedES := regexp.MustCompile(`^¿(Existe|Hay|Se |Está|Están|Tiene|Tienen|Puede|Pueden|Es |Son |Ha |Han |Participan|Reciben|Sigue|Cuantifica|Entiende|Diseña|Saben|Parten|Aparece|Conoce|Tiene)`)
	leading := regexp.MustCompile(`(?i)rather than|not only|instead of|y no solo|en lugar de|y no según`)
	for _, id := range BuiltinIDs() {
		a, _ := Get(id)
		for _, d := range a.Dimensions {
			for _, q := range d.Questions {
				en, es := q.Text["en"], q.Text["es"]
				if closed.MatchString(en) || closedES.MatchString(es) {
					t.Errorf("%s: a yes/no stem: %q / %q", q.ID, en, es)
				}
				if leading.MatchString(en) || leading.MatchString(es) {
					t.Errorf("%s: a leading stem: %q / %q", q.ID, en, es)
				}
				if !strings.HasSuffix(en, "?") || !strings.Contains(es, "¿") || !strings.HasSuffix(es, "?") {
					t.Errorf("%s: not a question: %q / %q", q.ID, en, es)
				}
			}
		}
	}
}

// The Spanish of the models reads naturally in Spain and in Latin America
// and names each concept one way: no Spain-only words or EU-only law, the
// prefix co- joined (cocreación), «figital» as on the journey screens.
func TestSpanishIsNeutralAndConsistent(t *testing.T) {
	banned := []struct{ re, why string }{
		{`\bRGPD\b`, "EU law: say «la normativa de protección de datos aplicable»"},
		{`(?i)\beuros?\b|€`, "a currency: say «dinero» or «importe»"},
		{`(?i)\bcost[eo]s?\b`, "coste (Spain) or costo (Latin America): rephrase with «gasto» or «lo que cuesta»"},
		{`(?i)\bordenador`, "Spain only: «equipo»"},
		{`(?i)\bm[oó]vil(es)?\b`, "Spain only: «teléfono» or rephrase"},
		{`(?i)cuadro de mando`, "Spain only: «panel de indicadores»"},
		{`(?i)consejero delegado`, "Spain only: «dirección general»"},
		{`(?i)\bco-(crea|dise)`, "the prefix is joined: cocreación, codiseño"},
		{`(?i)phygital`, "«figital», as the journey screens say"},
		{`(?i)liderado por el cliente`, "a calque: «Centrado en el cliente»"},
		{`(?i)\breporta`, "an anglicism: «depende de»"},
		{`(?i)influencers?\b`, "«voces influyentes»"},
		{`(?i)\bperfiles\b`, "personas are «arquetipos»"},
		{`(?i)embajadores`, "CX champions are «referentes de CX»"},
		{`(?i)\bpilot(a|an|ar)\b`, "«probar en piloto»"},
		{`\bSistemas\b`, "IT is «TI» (a capital S names the department)"},
		{`(?i)\bonline\b`, "«en línea»"},
		{`(?i)test A/B`, "«pruebas A/B»"},
	}
	// Churn is «bajas de clientes», as the KPI vocabulary names it; a task
	// given up is «abandono de la gestión»: «abandono» alone would be either.
	abandono := regexp.MustCompile(`(?i)abandono(\s+\S+){0,3}`)
	for _, id := range BuiltinIDs() {
		a, _ := Get(id)
		for where, text := range modelTexts(a) {
			es := text["es"]
			for _, b := range banned {
				if m := regexp.MustCompile(b.re).FindString(es); m != "" {
					t.Errorf("%s: %s: %q: %s", id, where, m, b.why)
				}
			}
			for _, m := range abandono.FindAllString(es, -1) {
				if !strings.HasPrefix(m, "abandono de la gestión") {
					t.Errorf("%s: %s: %q: say «bajas de clientes» (churn) or «abandono de la gestión»", id, where, m)
				}
			}
		}
	}
}
