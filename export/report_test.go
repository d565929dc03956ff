package export

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/sample"
)

var sampleNow = time.Date(2025, 5, 12, 9, 30, 0, 0, time.UTC)

func sampleBundle(t testing.TB, lang string) *model.Bundle {
	t.Helper()
	b, err := sample.Bundle(lang, sampleNow)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The sample workshop's report, the one a newcomer exports first, in both
// formats and languages.
func TestSampleGolden(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		b := sampleBundle(t, lang)
		md := render(t, func(w *bytes.Buffer) error { return WriteMarkdown(w, b, lang) })
		golden(t, "sample."+lang+".md", md)
		checkMarkdown(t, "sample "+lang, string(md))
		html := render(t, func(w *bytes.Buffer) error { return WriteHTML(w, b, lang, Options{}) })
		golden(t, "sample."+lang+".html", html)
	}
}

// englishInSpanish are words of the English report that must not reach a
// Spanish one: KPI names, glossary terms, labels. Matched as whole words,
// case included.
var englishInSpanish = []string{
	"complaint rate", "Complaint rate", "churn", "Churn", "cost to serve", "Cost to serve", "time to resolve", "Time to resolve",
	"retention", "Retention rate", "conversion", "Conversion rate", "referral rate", "repeat purchase", "lifetime value",
	"Quick win", "Quick wins", "Big bet", "Big bets", "Fill-in", "Money pit",
	"proposed", "accepted", "rejected", "proposal", "Now", "Next", "Later", "months",
	"Evidence", "evidence", "Owner", "owner", "Score", "score", "Target", "target", "Level", "level", "Gap",
	"Journey", "journey", "Stage", "stage", "Roadmap", "Findings", "Summary", "Disagreements", "disagreement",
	"Customer", "Employee", "Today", "Next step", "Where to start", "Strongest", "Weakest", "Overall",
	"observed", "assumed", "Pain points", "Opportunities", "Moments of truth", "Backstage", "Actions", "Thoughts",
	"impact", "effort", "Impact", "Effort", "Glossary", "Appendix", "Backlog", "Participants", "Facilitator", "Client",
	"very negative", "negative", "neutral", "positive", "Validate", "Remove", "the", "and", "of", "with",
}

func TestSpanishReportHasNoEnglish(t *testing.T) {
	for _, name := range []string{"sample.es.md", "sample.es.html", "report.es.md"} {
		text := readGolden(t, name)
		if strings.HasSuffix(name, ".html") {
			text = visibleText(text)
		}
		// A Mermaid diagram's type is syntax, not a word the reader sees.
		text = regexp.MustCompile(`(?m)^(journey|timeline|xychart-beta)$`).ReplaceAllString(text, "")
		for _, w := range englishInSpanish {
			re := regexp.MustCompile(`(^|[^\pL\pN_-])` + regexp.QuoteMeta(w) + `($|[^\pL\pN_-])`)
			if loc := re.FindStringIndex(text); loc != nil {
				from, to := max(loc[0]-60, 0), min(loc[1]+60, len(text))
				t.Errorf("%s: English %q in the Spanish report: …%s…", name, w, text[from:to])
			}
		}
	}
}

// visibleText drops an HTML page's tags, style and SVG attributes, keeping
// what a reader sees.
func visibleText(html string) string {
	html = regexp.MustCompile(`(?s)<style>.*?</style>`).ReplaceAllString(html, " ")
	html = regexp.MustCompile(`(?s)<head>.*?</head>`).ReplaceAllString(html, " ")
	return regexp.MustCompile(`<[^>]*>`).ReplaceAllString(html, " ")
}

// The executive summary says something in about 150 words at most.
func TestExecutiveSummaryIsShort(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		md := string(render(t, func(w *bytes.Buffer) error { return WriteMarkdown(w, sampleBundle(t, lang), lang) }))
		start := strings.Index(md, "\n## ")
		end := strings.Index(md[start+4:], "\n## ")
		summary := md[start : start+4+end]
		words := len(strings.Fields(regexp.MustCompile(`[*#>|]`).ReplaceAllString(summary, " ")))
		if words > 160 {
			t.Errorf("%s: the executive summary has %d words:\n%s", lang, words, summary)
		}
		for _, want := range []string{"1. ", "2. ", "3. "} {
			if !strings.Contains(summary, "\n"+want) {
				t.Errorf("%s: the summary lacks the top three agreed initiatives:\n%s", lang, summary)
			}
		}
	}
}

// rmBundle: a small workshop with one initiative of each kind.
func rmBundle(t testing.TB, statuses ...model.Status) *model.Bundle {
	b := richBundle(t)
	b.Initiatives = nil
	for i, s := range statuses {
		in := model.Initiative{ID: int64(i + 1), GenKey: "gap:x" + string(rune('a'+i)), Title: "Initiative " + string(rune('A'+i)),
			Horizon: model.HorizonNow, Impact: 4, Effort: 2 + i%3, Status: s, Position: i, DimensionID: "strategy", Evidence: []model.Evidence{}}
		b.Initiatives = append(b.Initiatives, in)
	}
	return b
}

func section(md, heading string) string {
	i := strings.Index(md, "\n## "+heading+"\n")
	if i < 0 {
		return ""
	}
	rest := md[i+1:]
	if j := strings.Index(rest[3:], "\n## "); j >= 0 {
		return rest[:j+3]
	}
	return rest
}

func TestRoadmapHoldsWhatWasAgreed(t *testing.T) {
	b := rmBundle(t, model.StatusAccepted, model.StatusProposed, model.StatusRejected, model.StatusAccepted)
	manual := model.Initiative{ID: 9, Title: "Initiative by hand", Horizon: model.HorizonNext, Impact: 3, Effort: 1,
		Status: model.StatusProposed, Position: 9, Evidence: []model.Evidence{}}
	b.Initiatives = append(b.Initiatives, manual)
	md := string(render(t, func(w *bytes.Buffer) error { return WriteMarkdown(w, b, "en") }))
	rm, appendix := section(md, "Roadmap"), section(md, "Appendix")
	for _, in := range []string{"Initiative A", "Initiative D", "Initiative by hand"} {
		if !strings.Contains(rm, in) {
			t.Errorf("the roadmap lacks the agreed %q", in)
		}
	}
	if strings.Contains(rm, "Initiative B") || !strings.Contains(appendix, "Initiative B") {
		t.Error("a proposal belongs in the appendix's backlog, not the roadmap")
	}
	if strings.Contains(md, "Initiative C") {
		t.Error("a rejected initiative is left out")
	}
	all := string(render(t, func(w *bytes.Buffer) error { return WriteMarkdownWith(w, b, "en", Options{All: true}) }))
	rm = section(all, "Roadmap")
	for _, in := range []string{"Initiative A", "Initiative B", "Initiative D", "Initiative by hand", "### Set aside"} {
		if !strings.Contains(rm, in) {
			t.Errorf("--all: the roadmap lacks %q", in)
		}
	}

	// Nothing agreed yet: the proposals, marked as such.
	none := rmBundle(t, model.StatusProposed, model.StatusProposed)
	md = string(render(t, func(w *bytes.Buffer) error { return WriteMarkdown(w, none, "en") }))
	if rm := section(md, "Roadmap"); !strings.Contains(rm, "Nothing has been agreed yet") || !strings.Contains(rm, "Initiative A") || !strings.Contains(rm, "| proposed |") {
		t.Errorf("with nothing agreed the roadmap shows the proposals as proposals:\n%s", rm)
	}
	if s := section(md, "Executive summary"); !strings.Contains(s, "Nothing has been agreed yet") || strings.Contains(s, "Where to start") {
		t.Errorf("summary with nothing agreed:\n%s", s)
	}
}

func TestWhereToStart(t *testing.T) {
	b := rmBundle(t, model.StatusAccepted, model.StatusAccepted, model.StatusAccepted, model.StatusAccepted, model.StatusProposed)
	// A (effort 2) and D (effort 2) are quick wins, B (3) and C (4) big bets;
	// E, a proposed quick win, is not agreed.
	b.Initiatives[1].Evidence = []model.Evidence{{Kind: model.EvidenceQuestion, QuestionID: "qs.strategy.direction", Score: 1}}
	r, err := buildReport(b, "en", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range r.startItems() {
		got = append(got, it.Title)
	}
	if strings.Join(got, ", ") != "Initiative A, Initiative D, Initiative B" {
		t.Errorf("where to start: %v; want quick wins first, then the largest gap, three at most, agreed only", got)
	}
}

func TestFindingsQuoteTheirOwnDescriptors(t *testing.T) {
	b := sampleBundle(t, "en")
	r, err := buildReport(b, "en", Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, f := range r.Findings {
		if len(f.Weak) < 2 {
			t.Errorf("%s: %d weak questions quoted", f.ID, len(f.Weak))
		}
		for _, w := range f.Weak {
			if w.Today == "" || w.Next == "" {
				t.Errorf("%s: %q lacks today's or the next descriptor", f.ID, w.Text)
			}
			if other, dup := seen[w.Today]; dup {
				t.Errorf("%s and %s read the same: %q", f.ID, other, w.Today)
			}
			seen[w.Today] = f.ID
		}
	}
	md := string(render(t, func(w *bytes.Buffer) error { return WriteMarkdown(w, b, "en") }))
	main := md[:strings.Index(md, "\n## Appendix")]
	for _, d := range b.Assessment.Dimensions {
		for _, q := range d.Questions {
			if strings.Contains(main, q.ID) {
				t.Errorf("question id %s in the main text (ids belong to the appendix)", q.ID)
			}
		}
	}
}

func TestKPIsInTheReportsLanguage(t *testing.T) {
	b := rmBundle(t, model.StatusAccepted)
	b.Assessment.KPIs = []model.KPI{{ID: "close-loop-48h", Name: model.Text{"en": "Loop closed within 48 h", "es": "Bucle cerrado en 48 h"},
		Definition: model.Text{"en": "Share of detractors called back within two days.", "es": "Porcentaje de detractores a los que se llama en dos días."}}}
	b.Initiatives[0].KPIs = []string{"close-loop-48h", "complaint rate", "nps", "Pedidos por tienda"}
	md := string(render(t, func(w *bytes.Buffer) error { return WriteMarkdown(w, b, "es") }))
	if !strings.Contains(md, "Bucle cerrado en 48 h, Tasa de reclamaciones, NPS, Pedidos por tienda") {
		t.Errorf("KPIs not resolved: %s", section(md, "Hoja de ruta"))
	}
	g := section(md, "Glosario")
	for _, want := range []string{"**Bucle cerrado en 48 h:** Porcentaje de detractores", "**Tasa de reclamaciones:**", "**NPS:** Índice de recomendación neta"} {
		if !strings.Contains(g, want) {
			t.Errorf("glossary lacks %q:\n%s", want, g)
		}
	}
}

// A journey's charts: parts of a readable size, the persona's name as the
// actor, a face that matches the score.
func TestJourneyChartsAreReadable(t *testing.T) {
	b := richBundle(t)
	var stages []string
	var emotion, actions []string
	for i := range 30 {
		stages = append(stages, "Step "+string(rune('A'+i%26))+string(rune('a'+i/26)))
		emotion = append(emotion, []string{"-2|Furious 😤", "2|Happy", "0|"}[i%3])
		actions = append(actions, "Does thing")
	}
	long := model.Journey{ID: 50, Name: "Long", Persona: "Marta, 38, furnishing her first flat", Kind: model.CustomerJourney,
		State: model.CurrentState, Stages: fxStages(500, stages...), Lanes: fxLanes(model.LaneActions, model.LaneEmotion)}
	fxGrid(&long, actions, emotion)
	b.Journeys = []model.Journey{long}
	md := string(render(t, func(w *bytes.Buffer) error { return WriteMarkdown(w, b, "en") }))
	blocks := 0
	for _, d := range mermaidBlocks(md) {
		if !strings.HasPrefix(d, "journey") {
			continue
		}
		blocks++
		if n := strings.Count(d, "section "); n > journeyPartMax {
			t.Errorf("a journey chart of %d stages", n)
		}
		if !strings.Contains(d, ": 1: Marta\n") {
			t.Errorf("the actor is the persona's name:\n%s", d)
		}
	}
	if blocks != 5 {
		t.Errorf("30 stages in %d charts, want 5 of 6", blocks)
	}
	if strings.Contains(md, "😤") || !strings.Contains(md, "😠 −2 Furious") || !strings.Contains(md, "😀 +2 Happy") {
		t.Error("one face per emotion, the score's")
	}
}
