package export

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/cxmap/cxmap/model"
)

// summary is the executive summary: what a board member reads, in about
// 150 words at most.
type summary struct {
	Overall string // "Overall maturity 2.3 of 5: level 2, Aware."
	Meaning string // the model's summary of that level
	Facts   []labelled
	Start   []startLine
	NoStart string // why there is no "where to start" yet
}

type startLine struct{ Title, Detail string }

func (r *report) summary() {
	v := r.v
	s := &r.Summary
	res := v.res
	if !res.HasOverall {
		s.Overall = v.t("export.no_score", res.Answered, res.Total)
	} else {
		s.Overall = v.t("export.overall", v.score(res.Overall), len(v.a.Levels), res.OverallLevel, v.levelName(res.OverallLevel))
		if o := r.change; o.Comparable {
			s.Overall += " " + v.t("export.overall_change", v.delta(o.Delta), v.score(o.Before))
		}
		if l := res.OverallLevel; l >= 1 && l <= len(v.a.Levels) {
			s.Meaning = oneLine(v.a.Levels[l-1].Summary.In(v.lang))
		}
	}
	var scored []dimRow
	for _, d := range r.Dims {
		if d.HasScore {
			scored = append(scored, d)
		}
	}
	if len(scored) > 0 {
		hi, lo := scored[0], scored[0]
		for _, d := range scored[1:] {
			if d.Score > hi.Score {
				hi = d
			}
			if d.Score < lo.Score {
				lo = d
			}
		}
		s.Facts = append(s.Facts, labelled{v.t("export.strongest"), v.dimFact(hi)})
		if lo.ID != hi.ID {
			s.Facts = append(s.Facts, labelled{v.t("export.weakest"), v.dimFact(lo)})
		}
	}
	if len(res.Disagreements) > 0 {
		main := res.Disagreements[0]
		for _, d := range res.Disagreements[1:] {
			if d.Spread > main.Spread {
				main = d
			}
		}
		lo, hi := v.spreadRange(main.QuestionID)
		text := v.t("export.main_disagreement", model.Shorten(v.questionText(main.QuestionID), 90), lo, hi)
		if n := len(res.Disagreements); n > 1 {
			text += " " + v.t("export.more_disagreements", n-1)
		}
		s.Facts = append(s.Facts, labelled{v.t("export.main_disagreement_label"), text})
	}
	for _, it := range r.startItems() {
		var parts []string
		if it.Owner != "" {
			parts = append(parts, it.Owner)
		}
		parts = append(parts, strings.ToLower(v.t("term.horizon_short."+string(it.HorizonKey))), strings.ToLower(it.Quadrant))
		s.Start = append(s.Start, startLine{Title: model.Shorten(it.Title, 110), Detail: strings.Join(parts, ", ")})
	}
	if len(s.Start) == 0 {
		switch {
		case r.Roadmap.Empty:
			s.NoStart = v.t("export.no_roadmap")
		default:
			s.NoStart = v.t("export.nothing_agreed")
		}
	}
}

// dimFact is "Technology, 2.8 (level 2; target 3, 1 level to go)".
func (v *view) dimFact(d dimRow) string {
	s := v.t("export.dim_fact", d.Name, d.ScoreText, d.Level)
	switch {
	case d.Target > 0 && d.Gap == 1:
		s += v.t("export.dim_fact_gap1", d.Target)
	case d.Target > 0 && d.Gap > 0:
		s += v.t("export.dim_fact_gap", d.Target, d.Gap)
	case d.Target > 0:
		s += v.t("export.dim_fact_met", d.Target)
	}
	return s + "."
}

// method is the note on how the report was made.
func (r *report) method() {
	v := r.v
	b := v.b
	res := v.res
	who := v.t("export.m.who", v.c.N("n.participants", len(b.Participants)))
	if d := v.date(b.Workshop.CreatedAt); d != "" {
		who += " " + v.t("export.m.when", d)
	}
	if f := oneLine(b.Workshop.Facilitator); f != "" {
		who += " " + v.t("export.m.facilitated", f)
	}
	who += " " + v.t("export.m.model", v.a.Name.In(v.lang), v.a.Version)
	r.Method = append(r.Method, labelled{v.t("export.m.who_label"), who})

	var names []string
	for i, l := range v.a.Levels {
		names = append(names, strconv.Itoa(i+1)+" "+oneLine(l.Name.In(v.lang)))
	}
	r.Method = append(r.Method, labelled{v.t("export.m.scale_label"), v.t("export.m.scale", len(v.a.Levels), strings.Join(names, ", "))})
	r.Method = append(r.Method, labelled{v.t("export.m.score_label"), v.t("export.m.score")})
	r.Method = append(r.Method, labelled{v.t("export.m.disagreement_label"), v.t("export.m.disagreement", model.DisagreementSpread)})

	coverage := v.t("export.m.coverage", res.Answered, res.Total, int(res.Coverage*100+0.5))
	if res.NA > 0 {
		coverage += " " + v.t("export.m.na", res.NA)
	}
	// Don't know is counted apart from not applicable: both leave a
	// question out of the score, but only one says the team lacks the facts.
	if r.dontKnow > 0 {
		coverage += " " + v.t("export.m.dont_know", r.dontKnow)
	}
	r.Method = append(r.Method, labelled{v.t("export.m.coverage_label"), coverage})

	roadmap := v.t("export.m.roadmap", model.NowPerDimension, model.NowTotal)
	switch r.Roadmap.Mode {
	case roadmapAgreed:
		roadmap += " " + v.t("export.m.roadmap_agreed")
	case roadmapProposals:
		roadmap += " " + v.t("export.m.roadmap_proposals")
	}
	r.Method = append(r.Method, labelled{v.t("export.m.roadmap_label"), roadmap})
}

// glossary lists the KPIs of the roadmap's initiatives, and the acronyms
// among those of the further proposals, with one line each; then the
// report's own terms. A long list of self-explanatory indicator names
// from a backlog would bury the acronyms a reader needs explained.
func (r *report) glossary() {
	v := r.v
	seen := map[string]bool{}
	var kpis []labelled
	add := func(k string, acronymsOnly bool) {
		name, def := v.kpiName(k), v.kpiDefinition(k)
		if name == "" || def == "" || seen[name] || (acronymsOnly && !hasAcronym(name)) {
			return
		}
		seen[name] = true
		kpis = append(kpis, labelled{name, def})
	}
	for _, g := range r.Roadmap.Horizons {
		for _, it := range g.Items {
			for _, k := range it.kpis {
				add(k, false)
			}
		}
	}
	for _, list := range [][]item{r.Roadmap.SetAside, r.Roadmap.Backlog} {
		for _, it := range list {
			for _, k := range it.kpis {
				add(k, true)
			}
		}
	}
	slices.SortStableFunc(kpis, func(x, y labelled) int { return strings.Compare(strings.ToLower(x.Label), strings.ToLower(y.Label)) })
	r.Glossary = append(r.Glossary, kpis...)
	for _, q := range []model.Quadrant{model.QuickWin, model.BigBet, model.FillIn, model.MoneyPit} {
		r.Glossary = append(r.Glossary, labelled{v.t("term.quadrant." + string(q)), v.t("export.g.quadrant", v.t("term.quadrant_is."+string(q)))})
	}
	r.Glossary = append(r.Glossary,
		labelled{v.t("export.g.horizons_label"), v.t("export.g.horizons", v.horizon(model.HorizonNow), v.horizon(model.HorizonNext), v.horizon(model.HorizonLater))},
		labelled{v.t("term.evidence"), v.t("export.g.evidence")},
	)
}

// hasAcronym: a name with two capitals in a row (NPS, eNPS, CSAT, CLV).
func hasAcronym(s string) bool {
	prev := false
	for _, r := range s {
		up := unicode.IsUpper(r)
		if up && prev {
			return true
		}
		prev = up
	}
	return false
}
