package model

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Journey proposals are grouped, not one per stage: a 30-stage map whose
// stages all say "the order status is unclear" is one problem to solve,
// not thirty. The unit is a theme: troubled stages whose pain points share
// most of their words, or the stages that only show a low emotion.

// journeyThemesMax is how many themes of one journey become initiatives of
// their own; the others are gathered in one "remaining pain points" item.
const journeyThemesMax = 3

// journeyEvidenceMax bounds the evidence listed on one journey initiative
// (observed first); its description still names every stage.
const journeyEvidenceMax = 10

// troubledStage is one stage with a pain point or a low emotion.
type troubledStage struct {
	index    int
	stage    Stage
	name     string
	evidence []Evidence
	pains    []string
	moments  []string
	ideas    []string // the Opportunities lane
	kpis     []string // the KPI lane
	depth    int      // how far the emotion falls below zero
	feltSeen bool     // the low emotion itself was observed in research
	observed bool     // a pain point or the low emotion was observed in research
	words    map[string]bool
}

// theme is a group of troubled stages of one journey.
type theme struct {
	stages   []troubledStage
	pain     string // the first pain point, "" for low moments without one
	words    map[string]bool
	observed bool
	depth    int
}

func (t *theme) priority() float64 {
	p := float64(1+t.depth) * float64(len(t.stages))
	if t.observed {
		p *= 1.5
	}
	return p
}

// journeys adds the grouped opportunities of current-state maps.
func (g *recGenerator) journeys() {
	for _, j := range g.in.Journeys {
		if j.State == FutureState {
			continue
		}
		g.journey(j)
	}
}

func (g *recGenerator) journey(j Journey) {
	var stages []troubledStage
	for s, st := range j.Stages {
		if ts, ok := g.troubled(j, s, st); ok {
			stages = append(stages, ts)
		}
	}
	if len(stages) == 0 {
		return
	}
	// Group: a pain point joins the first theme it resembles; stages with
	// only a low emotion make one theme of their own.
	var themes []*theme
	var low *theme
	for _, ts := range stages {
		if len(ts.pains) == 0 {
			if low == nil {
				low = &theme{}
				themes = append(themes, low)
			}
			low.add(ts)
			continue
		}
		var into *theme
		for _, t := range themes {
			if t != low && similar(t.words, ts.words) {
				into = t
				break
			}
		}
		if into == nil {
			into = &theme{pain: ts.pains[0], words: ts.words}
			themes = append(themes, into)
		}
		into.add(ts)
	}

	var fix, validate []*theme
	for _, t := range themes {
		if t.observed {
			fix = append(fix, t)
		} else {
			validate = append(validate, t)
		}
	}
	slices.SortStableFunc(fix, func(x, y *theme) int { return cmp.Compare(y.priority(), x.priority()) })
	for i, t := range fix {
		if i == journeyThemesMax && len(fix) > journeyThemesMax+1 {
			rest := &theme{}
			for _, o := range fix[i:] {
				for _, ts := range o.stages {
					rest.add(ts)
				}
			}
			g.journeyItem(j, rest, "other")
			break
		}
		g.journeyItem(j, t, "fix")
	}
	if len(validate) > 0 {
		all := &theme{}
		for _, t := range validate {
			for _, ts := range t.stages {
				all.add(ts)
			}
		}
		if len(validate) == 1 {
			all.pain = validate[0].pain
		}
		g.journeyItem(j, all, "validate")
	}
}

func (t *theme) add(ts troubledStage) {
	t.stages = append(t.stages, ts)
	t.observed = t.observed || ts.observed
	t.depth = max(t.depth, ts.depth)
}

// troubled reads one stage: ok when it has a pain point or an emotion of
// -1 or lower.
func (g *recGenerator) troubled(j Journey, s int, st Stage) (troubledStage, bool) {
	cell := func(l int) Cell {
		if l < len(j.Cells) && s < len(j.Cells[l]) {
			return j.Cells[l][s]
		}
		return Cell{}
	}
	ts := troubledStage{index: s, stage: st, name: recNameOr(st.Name, g.t("stage_n", s+1))}
	base := Evidence{Kind: EvidenceJourneyCell, JourneyID: j.ID, JourneyName: j.Name, StageName: st.Name}

	// The lowest emotion of the stage (a map normally has one emotion lane).
	var low *Evidence
	for l, lane := range j.Lanes {
		c := cell(l)
		if lane.Kind != LaneEmotion || c.Score == nil {
			continue
		}
		if low == nil || *c.Score < *low.Emotion {
			e := base
			e.LaneKind, e.Text, e.Observed = string(LaneEmotion), strings.TrimSpace(c.Text), c.Observed
			score := *c.Score
			e.Emotion = &score
			low = &e
		}
	}
	if low != nil && *low.Emotion <= -1 {
		ts.depth = -*low.Emotion
		ts.observed, ts.feltSeen = low.Observed, low.Observed
		ts.evidence = append(ts.evidence, *low)
	}
	for l, lane := range j.Lanes {
		c := cell(l)
		text := strings.TrimSpace(c.Text)
		if text == "" {
			continue
		}
		switch lane.Kind {
		case LanePain:
			e := base
			e.LaneKind, e.Text, e.Observed = string(LanePain), text, c.Observed
			ts.evidence = append(ts.evidence, e)
			ts.pains = append(ts.pains, text)
			ts.observed = ts.observed || c.Observed
		case LaneMoment:
			ts.moments = append(ts.moments, text)
		case LaneOpportunity:
			ts.ideas = append(ts.ideas, text)
		case LaneKPI:
			ts.kpis = append(ts.kpis, text)
		}
	}
	if len(ts.pains) == 0 && ts.depth == 0 {
		return ts, false
	}
	// A moment of truth is evidence only where the experience falls.
	if ts.depth > 0 {
		for _, m := range ts.moments {
			e := base
			e.LaneKind, e.Text, e.Observed = string(LaneMoment), m, false
			ts.evidence = append(ts.evidence, e)
		}
	} else {
		ts.moments = nil
	}
	ts.words = themeWords(strings.Join(ts.pains, " "))
	return ts, true
}

// journeyItem turns a theme into one initiative: kind is "fix" (observed),
// "other" (the remaining observed themes) or "validate" (assumptions only).
func (g *recGenerator) journeyItem(j Journey, t *theme, kind string) {
	journey := recNameOr(j.Name, g.t("journey_n", j.ID))
	slices.SortStableFunc(t.stages, func(x, y troubledStage) int { return cmp.Compare(x.index, y.index) })
	first := t.stages[0]
	n := len(t.stages)
	var title string
	switch {
	case kind == "validate" && n == 1:
		title = g.t("journey.validate1", g.t("who."+string(j.Kind)), first.name, journey)
	case kind == "validate":
		title = g.t("journey.validateN", g.t("who."+string(j.Kind)), n, journey)
	case kind == "other":
		title = g.t("journey.other", n, journey)
	case t.pain == "" && n == 1:
		title = g.t("journey.low1", first.name, journey)
	case t.pain == "":
		title = g.t("journey.lowN", n, journey)
	case n == 1:
		title = g.t("journey.fix1", first.name, journey)
	default:
		title = g.t("journey.fixN", Shorten(t.pain, 50), n, journey)
	}

	var names, pains, moments, ideas, kpis []string
	var evidence []Evidence
	low := 0
	lowObserved := false
	for _, ts := range t.stages {
		names = append(names, g.t("quote", ts.name))
		pains = recAppendNew(pains, ts.pains...)
		moments = recAppendNew(moments, ts.moments...)
		ideas = recAppendNew(ideas, ts.ideas...)
		kpis = recAppendNew(kpis, ts.kpis...)
		evidence = append(evidence, ts.evidence...)
		if ts.depth > low || ts.depth == low && ts.feltSeen {
			low, lowObserved = ts.depth, ts.feltSeen
		}
	}
	// Observed evidence first; within each, stage order.
	slices.SortStableFunc(evidence, func(x, y Evidence) int {
		switch {
		case x.Observed == y.Observed:
			return 0
		case x.Observed:
			return -1
		}
		return 1
	})
	if len(evidence) > journeyEvidenceMax {
		evidence = evidence[:journeyEvidenceMax]
	}

	var desc []string
	if n == 1 {
		desc = append(desc, g.t("journey.where", first.name, journey))
	} else {
		desc = append(desc, g.t("journey.whereN", journey, g.list(names)))
	}
	if low > 0 {
		desc = append(desc, g.t("journey.emotion", recSigned(-low), g.mark(lowObserved)))
	}
	if len(pains) > 0 {
		desc = append(desc, g.t("journey.pains", strings.Join(pains, "; ")))
	}
	if len(moments) > 0 {
		desc = append(desc, g.t("journey.moments", strings.Join(moments, "; ")))
	}
	if len(ideas) > 0 {
		desc = append(desc, g.t("journey.ideas", strings.Join(ideas, "; ")))
	}
	if kind == "validate" {
		desc = append(desc, g.t("journey.validate_action", g.t("who."+string(j.Kind))))
	} else {
		desc = append(desc, g.t("journey.action"))
	}

	impact := 3
	switch {
	case low >= 2:
		impact = 5
	case low == 1:
		impact = 4
	}
	if n >= 3 && impact < 5 {
		impact++ // a pain felt at several stages weighs more
	}
	effort, h := 3, HorizonNext
	if kind == "validate" {
		// Research before investment: cheap, and it decides what to fix.
		impact, effort = 3, 2
		if low >= 2 {
			h = HorizonNow
		}
	} else if low >= 2 && t.observed {
		h = HorizonNow
	}
	if len(kpis) == 0 {
		kpis = []string{"csat", "ces"}
		if j.Kind == EmployeeJourney {
			kpis = []string{"enps", "ces"}
		}
	}
	urgency := float64(1+low) * (1 + float64(n-1)/4)
	if t.observed {
		urgency *= 1.5
	}
	in := Initiative{
		GenKey:      JourneyGenKey(j.ID, first.stage.ID),
		Title:       title,
		Description: strings.Join(desc, " "),
		Evidence:    evidence,
		Horizon:     h,
		Impact:      impact,
		Effort:      effort,
		KPIs:        kpis,
	}
	g.add(recProposal{Initiative: in, priority: float64(impact) / float64(effort) * urgency})
}

// list joins names as "“A”, “B” and “C”" in the proposal's language.
func (g *recGenerator) list(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + g.t("and") + names[len(names)-1]
}

// themeWords are the significant words of a text: folded as names are
// (Fold: lower case, no accents), words of three letters or more.
func themeWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) >= 3 && !themeStop[w] {
			out[w] = true
		}
	}
	return out
}

// themeStop are words too common to tell two pain points apart.
var themeStop = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "not": true, "are": true, "has": true, "have": true,
	"los": true, "las": true, "del": true, "con": true, "por": true, "para": true, "que": true, "una": true, "sin": true,
}

// similar: two pain points share at least half of their words (Jaccard).
func similar(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	common := 0
	for w := range a {
		if b[w] {
			common++
		}
	}
	return 2*common >= len(a)+len(b)-common
}

// recAppendNew appends the values not already in list.
func recAppendNew(list []string, values ...string) []string {
	for _, v := range values {
		if !slices.Contains(list, v) {
			list = append(list, v)
		}
	}
	return list
}

// recSigned writes a level with a typographic minus, as the report does.
func recSigned(n int) string {
	switch {
	case n > 0:
		return "+" + strconv.Itoa(n)
	case n < 0:
		return "−" + strconv.Itoa(-n)
	}
	return "0"
}
