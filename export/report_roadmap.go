package export

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
)

// What the roadmap section holds.
const (
	// roadmapAgreed: the accepted initiatives and those added by hand; the
	// other proposals go to the appendix.
	roadmapAgreed = iota
	// roadmapProposals: nothing is agreed yet, so the proposals are shown,
	// marked as such.
	roadmapProposals
	// roadmapAll: everything but the rejected (--all), which are listed
	// apart.
	roadmapAll
)

// roadmapView is the roadmap as the report shows it.
type roadmapView struct {
	Mode     int
	Intro    string
	Horizons []horizonGroup
	Backlog  []item
	SetAside []item
	Empty    bool
	// Matrix[q] are the numbers of the roadmap's items in quadrant q.
	Matrix map[model.Quadrant][]item
}

type horizonGroup struct {
	Key   model.Horizon
	Name  string
	Short string
	Items []item
}

// item is one initiative, its texts ready to print.
type item struct {
	kpis               []string // as stored: ids or free text
	Number             int
	Title, Description string
	Dimension          string
	Horizon, Quadrant  string
	HorizonKey         model.Horizon
	QuadrantKey        model.Quadrant
	Impact, Effort     int
	Owner              string
	KPIs               []string
	Status             string
	Proposal           bool
	agreed             bool
	Evidence           []string
	gap                float64
}

// agreed: accepted, or added by hand and not rejected.
func agreed(in model.Initiative) bool {
	return in.Status == model.StatusAccepted || (in.GenKey == "" && in.Status != model.StatusRejected)
}

func (r *report) roadmap(opt Options) {
	v := r.v
	list := sortedInitiatives(v.b.Initiatives)
	var main, backlog, rejected []model.Initiative
	anyAgreed := slices.ContainsFunc(list, agreed)
	mode := roadmapAgreed
	switch {
	case opt.All:
		mode = roadmapAll
	case !anyAgreed:
		mode = roadmapProposals
	}
	for _, in := range list {
		switch {
		case in.Status == model.StatusRejected:
			rejected = append(rejected, in)
		case mode == roadmapAgreed && !agreed(in):
			backlog = append(backlog, in)
		default:
			main = append(main, in)
		}
	}
	rm := roadmapView{Mode: mode, Matrix: map[model.Quadrant][]item{}}
	n := 0
	for _, h := range model.Horizons {
		g := horizonGroup{Key: h, Name: v.horizon(h), Short: v.t("term.horizon_short." + string(h))}
		for _, in := range main {
			if in.Horizon == h {
				n++
				it := v.item(in, n)
				g.Items = append(g.Items, it)
				rm.Matrix[it.QuadrantKey] = append(rm.Matrix[it.QuadrantKey], it)
			}
		}
		rm.Horizons = append(rm.Horizons, g)
	}
	for _, in := range main {
		if !slices.Contains(model.Horizons, in.Horizon) {
			n++
			it := v.item(in, n)
			rm.Horizons[len(rm.Horizons)-1].Items = append(rm.Horizons[len(rm.Horizons)-1].Items, it)
		}
	}
	for _, in := range backlog {
		n++
		rm.Backlog = append(rm.Backlog, v.item(in, n))
	}
	if mode == roadmapAll {
		for _, in := range rejected {
			n++
			rm.SetAside = append(rm.SetAside, v.item(in, n))
		}
	}
	count := func(h model.Horizon) int {
		for _, g := range rm.Horizons {
			if g.Key == h {
				return len(g.Items)
			}
		}
		return 0
	}
	total := count(model.HorizonNow) + count(model.HorizonNext) + count(model.HorizonLater)
	switch {
	case total == 0 && len(rm.Backlog) == 0 && len(rm.SetAside) == 0:
		rm.Empty = true
		rm.Intro = v.t("export.no_roadmap")
	case mode == roadmapAgreed:
		rm.Intro = v.t("export.roadmap_agreed", total, count(model.HorizonNow), count(model.HorizonNext), count(model.HorizonLater), len(rm.Backlog))
	case mode == roadmapProposals:
		rm.Intro = v.t("export.roadmap_proposals", total, count(model.HorizonNow), count(model.HorizonNext), count(model.HorizonLater))
	default:
		accepted := 0
		for _, in := range main {
			if in.Status == model.StatusAccepted {
				accepted++
			}
		}
		rm.Intro = v.t("export.roadmap_all", total, count(model.HorizonNow), count(model.HorizonNext), count(model.HorizonLater), accepted)
	}
	r.Roadmap = rm
}

func (v *view) item(in model.Initiative, n int) item {
	q := model.QuadrantOf(in.Impact, in.Effort)
	it := item{
		kpis: in.KPIs, Number: n, Title: oneLine(in.Title), Description: strings.TrimSpace(in.Description), Dimension: v.dimLabel(in),
		Horizon: v.horizon(in.Horizon), HorizonKey: in.Horizon, Quadrant: v.quadrant(in), QuadrantKey: q,
		Impact: in.Impact, Effort: in.Effort, Owner: oneLine(in.Owner), Status: v.status(in.Status),
		Proposal: in.Status == model.StatusProposed && in.GenKey != "", agreed: agreed(in),
	}
	for _, k := range in.KPIs {
		if name := v.kpiName(k); name != "" {
			it.KPIs = append(it.KPIs, name)
		}
	}
	for _, e := range in.Evidence {
		it.Evidence = append(it.Evidence, v.evidenceText(e))
		if e.Kind == model.EvidenceQuestion {
			if ref, ok := v.a.Question(e.QuestionID); ok {
				if res, ok := v.res.Dimension(ref.Dimension.ID); ok && res.Target > 0 {
					it.gap = max(it.gap, float64(res.Target)-e.Score)
				}
			}
		}
	}
	return it
}

// dimLabel is the initiative's dimension, "Journey" for a journey's, or "—".
func (v *view) dimLabel(in model.Initiative) string {
	if in.DimensionID == "" {
		for _, e := range in.Evidence {
			if e.Kind == model.EvidenceJourneyCell {
				return v.t("export.journey")
			}
		}
		return "—"
	}
	return oneLine(v.dimName(in.DimensionID))
}

// KPIName is the name of the KPI k in lang, as the report prints it: the
// screens call it too, so that both show the same words.
func KPIName(a *model.Assessment, lang, k string) string {
	if a == nil {
		return oneLine(k)
	}
	v := &view{a: a, lang: lang, c: i18n.For(lang)}
	return v.kpiName(k)
}

// kpiName is a KPI in the report's language: the model's vocabulary, else
// the glossary's common indicators (matched by id or by their English
// name, as older models wrote them), else the text as the consultant
// typed it.
func (v *view) kpiName(k string) string {
	k = oneLine(k)
	if k == "" {
		return ""
	}
	if x := v.a.KPI(k); x != nil {
		if n := oneLine(x.Name.In(v.lang)); n != "" {
			return n
		}
	}
	if id := builtinKPI(k); id != "" {
		return v.t("term.kpi." + id)
	}
	return k
}

// kpiDefinition is the one-line definition of a KPI, "" when none is known.
func (v *view) kpiDefinition(k string) string {
	if x := v.a.KPI(oneLine(k)); x != nil {
		return oneLine(x.Definition.In(v.lang))
	}
	if id := builtinKPI(k); id != "" {
		return v.t("term.kpi_def." + id)
	}
	return ""
}

// builtinKPI is the glossary id of a KPI written as an id ("time-to-resolve"),
// an English name ("time to resolve") or an acronym ("eNPS"); "" when none.
func builtinKPI(k string) string {
	key := strings.ReplaceAll(strings.ToLower(oneLine(k)), " ", "-")
	if slices.Contains(i18n.KPIIDs, key) {
		return key
	}
	return ""
}

// evidenceText is one piece of evidence in the questions' own words
// (their ids are in the appendix): "“Is there a CX vision…?” 1.5 — Ana:
// note", "Journey “Online purchase”, stage “Payment”, pain point
// (observed): …".
func (v *view) evidenceText(e model.Evidence) string {
	var s string
	switch e.Kind {
	case model.EvidenceQuestion, model.EvidenceDisagreement:
		q := model.Shorten(v.questionText(e.QuestionID), 90)
		if e.Kind == model.EvidenceQuestion {
			s = v.t("export.ev.question", q, v.score(e.Score))
		} else {
			s = v.t("export.ev.disagreement", q, e.Spread)
		}
		s = withNotes(s, e.Notes)
	case model.EvidenceJourneyCell:
		var what string
		switch {
		case e.LaneKind == string(model.LaneEmotion) && e.Emotion != nil:
			what = v.t("export.ev.emotion", signed(*e.Emotion), v.t("term.emotion."+emotionKey(*e.Emotion)))
		case e.LaneKind == string(model.LanePain):
			what = v.t("export.ev.pain")
		case e.LaneKind == string(model.LaneMoment):
			what = v.t("export.ev.moment")
		default:
			what = v.laneName(model.Lane{Kind: model.LaneKind(e.LaneKind)})
		}
		mark := v.t("export.assumed")
		if e.Observed {
			mark = v.t("export.observed")
		}
		s = v.t("export.ev.journey", oneLine(e.JourneyName), oneLine(e.StageName), what, mark)
		t := oneLine(e.Text)
		if e.Emotion != nil {
			t = withoutPictographs(t) // the score says how it feels
		}
		if t != "" {
			s += ": " + t
		}
	default:
		s = oneLine(e.Text)
	}
	return s
}

// emotionKey is the glossary key suffix of an emotion score, clamped to
// the scale.
func emotionKey(score int) string {
	return strconv.Itoa(min(max(score, -2), 2))
}

// startItems are "where to start": agreed items only, quick wins first,
// then by the gap they close, at most three. With nothing agreed there is
// no place to start yet.
func (r *report) startItems() []item {
	var list []item
	for _, g := range r.Roadmap.Horizons {
		for _, it := range g.Items {
			if it.agreed {
				list = append(list, it)
			}
		}
	}
	hi := func(h model.Horizon) int { return slices.Index(model.Horizons, h) }
	slices.SortStableFunc(list, func(x, y item) int {
		qx, qy := x.QuadrantKey == model.QuickWin, y.QuadrantKey == model.QuickWin
		if qx != qy {
			if qx {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(y.gap, x.gap); c != 0 {
			return c
		}
		if c := cmp.Compare(hi(x.HorizonKey), hi(y.HorizonKey)); c != 0 {
			return c
		}
		return cmp.Compare(x.Number, y.Number)
	})
	if len(list) > 3 {
		list = list[:3]
	}
	return list
}
