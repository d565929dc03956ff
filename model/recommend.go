package model

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// RecommendInput is everything Recommend reads. Nothing in it is modified.
type RecommendInput struct {
	Assessment *Assessment
	// Lang is the language of the generated titles and descriptions.
	Lang string
	// Results come from Score over the same responses and targets.
	Results Results
	// Targets by dimension id; a dimension without one falls back to the
	// target in Results.
	Targets   map[string]int
	Journeys  []Journey
	Responses []Response
	// Participants name the authors of notes in the evidence; optional.
	Participants []Participant
}

// Generated-key prefixes: a proposal's GenKey says where it came from, so
// regenerating after more answers finds the same initiative again.
const (
	genGap     = "gap:"
	genJourney = "journey:"
	genAlign   = "align:"
)

// GapGenKey is the key of the library recommendation recID.
func GapGenKey(recID string) string { return genGap + recID }

// AlignGenKey is the key of the alignment session for a question.
func AlignGenKey(questionID string) string { return genAlign + questionID }

// JourneyGenKey is the key of the opportunity at one stage of a journey.
func JourneyGenKey(journeyID, stageID int64) string {
	return genJourney + strconv.FormatInt(journeyID, 10) + ":" + strconv.FormatInt(stageID, 10)
}

// ParseJourneyGenKey reads a key made by JourneyGenKey.
func ParseJourneyGenKey(key string) (journeyID, stageID int64, ok bool) {
	rest, found := strings.CutPrefix(key, genJourney)
	if !found {
		return 0, 0, false
	}
	j, s, found := strings.Cut(rest, ":")
	if !found {
		return 0, 0, false
	}
	jid, err1 := strconv.ParseInt(j, 10, 64)
	sid, err2 := strconv.ParseInt(s, 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return jid, sid, true
}

// recProposal is an initiative being generated, with what orders it.
type recProposal struct {
	Initiative
	// priority orders proposals within a horizon, highest first.
	priority float64
	// last puts the alignment sessions after the substantive work of
	// their horizon: they are cheap housekeeping, not the roadmap's point.
	last bool
	// moved: the horizon caps pushed it out of an earlier horizon.
	moved bool
	seq   int
}

// Recommend proposes the roadmap from the assessment and the journeys. It
// is pure and deterministic: the same input gives the same initiatives in
// the same order, with Position 0, 1, 2... and Status proposed. Three
// sources, each initiative naming its evidence:
//
// Maturity gaps. For each dimension whose level is below its target, the
// library's recommendations for its current level, and only that level: a
// dimension at level 1 gets the practices that lead to level 2, never those
// of level 4. A recommendation that names the questions it addresses is
// proposed only when one of them scores below its dimension's target, and
// its evidence is those questions, lowest first, with their notes. One
// that names none (an older or custom model) takes as evidence the
// dimension's questions below target, lowest first, at most three. The
// dimension's weight times its gap, plus how far the addressed questions
// lie below the target, is its urgency.
//
// Journeys. Current-state maps only. Troubled stages (a pain point, or an
// emotion of -1 or lower) are grouped per journey and theme: stages whose
// pain points say the same thing make one initiative, built from their
// pain points, moments of truth, the team's Opportunities and the KPI
// lane, observed evidence first. A theme seen only in the team's
// assumptions becomes one "validate with customers" initiative per
// journey; at most three themes per journey stand alone and the rest are
// gathered in one, so a long map adds a handful of items (see
// recommend_journey.go).
//
// Disagreements. Each question where the team's levels spread by
// DisagreementSpread or more becomes a short alignment session: horizon
// now, impact 3, effort 1, no KPI (its outcome is an agreed answer), with
// every participant's level and note as evidence.
//
// Order: by horizon (now, next, later); within a horizon by impact over
// effort times urgency (the weighted gap, or the depth of a journey low,
// half as much again when observed), highest first; alignment sessions
// last in their horizon. Then the horizons are capped (CapHorizons): at
// most NowPerDimension initiatives of one dimension and NowTotal in all
// start now, the rest move to next, and next's overflow to later, so a
// company starting out is not handed sixteen projects for its first
// quarter.
func Recommend(in RecommendInput) []Initiative {
	a := in.Assessment
	if a == nil {
		return nil
	}
	g := recGenerator{in: in, text: recommendTexts(in.Lang), names: map[int64]string{}, rank: map[int64]int{Consensus: -1}}
	for i, p := range in.Participants {
		g.names[p.ID] = p.Name
		if _, dup := g.rank[p.ID]; !dup {
			g.rank[p.ID] = i
		}
	}
	g.gaps()
	g.journeys()
	g.disagreements()
	g.sort()
	capHorizons(g.out)
	g.sort()
	out := make([]Initiative, len(g.out))
	for i, p := range g.out {
		p.Position = i
		out[i] = p.Initiative
	}
	return out
}

// sort orders the proposals by horizon, then alignment sessions last,
// then priority, then the order they were made in.
func (g *recGenerator) sort() {
	hi := func(h Horizon) int {
		if i := slices.Index(Horizons, h); i >= 0 {
			return i
		}
		return len(Horizons)
	}
	slices.SortStableFunc(g.out, func(x, y recProposal) int {
		if c := cmp.Compare(hi(x.Horizon), hi(y.Horizon)); c != 0 {
			return c
		}
		if x.last != y.last {
			if x.last {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(y.priority, x.priority); c != 0 {
			return c
		}
		return cmp.Compare(x.seq, y.seq)
	})
}

type recGenerator struct {
	in    RecommendInput
	text  map[string]string
	names map[int64]string
	rank  map[int64]int // order of respondents: consensus, then participants as listed
	out   []recProposal
}

// byRespondent orders ids as the participants are listed, the consensus
// first and unknown ids last, so the evidence does not depend on ids.
func (g *recGenerator) byRespondent(x, y int64) int {
	rx, okx := g.rank[x]
	ry, oky := g.rank[y]
	switch {
	case okx && oky:
		return cmp.Compare(rx, ry)
	case okx != oky:
		if okx {
			return -1
		}
		return 1
	}
	return cmp.Compare(x, y)
}

func (g *recGenerator) add(p recProposal) {
	p.seq = len(g.out)
	p.Status = StatusProposed
	p.Impact = recClamp5(p.Impact)
	p.Effort = recClamp5(p.Effort)
	if p.Evidence == nil {
		p.Evidence = []Evidence{}
	}
	if p.KPIs == nil {
		p.KPIs = []string{}
	}
	g.out = append(g.out, p)
}

func (g *recGenerator) t(key string, args ...any) string {
	return fmt.Sprintf(g.text[key], args...)
}

// gaps adds the library recommendations that close maturity gaps.
func (g *recGenerator) gaps() {
	a := g.in.Assessment
	type gap struct {
		dim      *Dimension
		res      DimensionResult
		target   int
		weighted float64
		index    int
	}
	var gaps []gap
	for i := range a.Dimensions {
		d := &a.Dimensions[i]
		res, ok := g.in.Results.Dimension(d.ID)
		if !ok || !res.HasScore || res.Level < 1 {
			continue
		}
		target := g.in.Targets[d.ID]
		if target <= 0 {
			target = res.Target
		}
		if target <= res.Level {
			continue
		}
		gaps = append(gaps, gap{d, res, target, weightOf(d.Weight) * float64(target-res.Level), i})
	}
	slices.SortStableFunc(gaps, func(x, y gap) int {
		if c := cmp.Compare(y.weighted, x.weighted); c != 0 {
			return c
		}
		if c := cmp.Compare(x.res.Score, y.res.Score); c != 0 {
			return c
		}
		return cmp.Compare(x.index, y.index)
	})
	for _, gp := range gaps {
		fallback := g.questionEvidence(gp.dim, gp.target)
		for _, r := range a.Recommendations {
			if r.Dimension != gp.dim.ID || r.Level != gp.res.Level {
				continue
			}
			evidence, below, known := g.addressedEvidence(r)
			switch {
			case !known:
				// A model without links: the dimension's weakest questions.
				evidence, below = slices.Clone(fallback), 0
			case len(evidence) == 0:
				continue // what it addresses is already at target
			}
			h := r.Horizon
			if !slices.Contains(Horizons, h) {
				h = HorizonNext
			}
			// The library names a role; the owner is a person the team
			// names when it accepts the initiative, so the role is advice.
			desc := r.Description.In(g.in.Lang)
			if role := strings.TrimSpace(r.Owner.In(g.in.Lang)); role != "" {
				desc = strings.TrimSpace(desc + " " + g.t("owner_role", role))
			}
			in := Initiative{
				GenKey:      GapGenKey(r.ID),
				Title:       r.Title.In(g.in.Lang),
				Description: desc,
				DimensionID: gp.dim.ID,
				Evidence:    evidence,
				Horizon:     h,
				Impact:      recOrDefault(r.Impact, 3),
				Effort:      recOrDefault(r.Effort, 3),
				KPIs:        slices.Clone(r.KPIs),
			}
			g.add(recProposal{Initiative: in, priority: float64(in.Impact) / float64(in.Effort) * (gp.weighted + below)})
		}
	}
}

// target is the level aimed for in dimension d, 0 when none.
func (g *recGenerator) target(d *Dimension) int {
	if t := g.in.Targets[d.ID]; t > 0 {
		return t
	}
	res, _ := g.in.Results.Dimension(d.ID)
	return res.Target
}

// addressedEvidence is the evidence of a recommendation that names the
// questions it addresses: those scored below their dimension's target,
// lowest first, with their notes; below is how far the lowest lies under
// its target. known is false when the recommendation names no question of
// the model, so the caller falls back to the dimension's questions.
func (g *recGenerator) addressedEvidence(r Recommendation) (evidence []Evidence, below float64, known bool) {
	type scored struct {
		ref   QuestionRef
		res   QuestionResult
		under float64
	}
	var list []scored
	seen := map[string]bool{}
	for _, id := range r.Addresses {
		ref, ok := g.in.Assessment.Question(id)
		if !ok || seen[id] {
			continue
		}
		known, seen[id] = true, true
		qr, ok := g.in.Results.Questions[id]
		if !ok || !qr.HasScore {
			continue
		}
		if t := g.target(ref.Dimension); t > 0 && qr.Score < float64(t) {
			list = append(list, scored{ref, qr, float64(t) - qr.Score})
		}
	}
	slices.SortStableFunc(list, func(x, y scored) int {
		if c := cmp.Compare(x.res.Score, y.res.Score); c != 0 {
			return c
		}
		return cmp.Compare(x.ref.Index, y.ref.Index)
	})
	for _, s := range list {
		below = max(below, s.under)
		evidence = append(evidence, g.questionResultEvidence(s.ref.Question.ID, s.res))
	}
	return evidence, below, known
}

// questionEvidence is the dimension's questions scored below target,
// lowest first, at most three; the lowest scored one if none is below.
func (g *recGenerator) questionEvidence(d *Dimension, target int) []Evidence {
	type scored struct {
		q     *Question
		res   QuestionResult
		index int
	}
	var list []scored
	for i := range d.Questions {
		q := &d.Questions[i]
		if r, ok := g.in.Results.Questions[q.ID]; ok && r.HasScore {
			list = append(list, scored{q, r, i})
		}
	}
	slices.SortStableFunc(list, func(x, y scored) int {
		if c := cmp.Compare(x.res.Score, y.res.Score); c != 0 {
			return c
		}
		return cmp.Compare(x.index, y.index)
	})
	var out []Evidence
	for i, s := range list {
		if len(out) == 3 || (i > 0 && s.res.Score >= float64(target)) {
			break
		}
		out = append(out, g.questionResultEvidence(s.q.ID, s.res))
	}
	return out
}

// questionResultEvidence is a question's result as evidence, with its notes.
func (g *recGenerator) questionResultEvidence(id string, r QuestionResult) Evidence {
	return Evidence{Kind: EvidenceQuestion, QuestionID: id, Score: r.Score, Spread: r.Spread, Notes: g.notes(r.Notes)}
}

// notes renders responses' notes as "Name: note".
func (g *recGenerator) notes(rs []Response) []string {
	rs = slices.Clone(rs)
	slices.SortStableFunc(rs, func(x, y Response) int { return g.byRespondent(x.ParticipantID, y.ParticipantID) })
	var out []string
	for _, r := range rs {
		if n := strings.TrimSpace(r.Note); n != "" {
			out = append(out, g.who(r.ParticipantID)+": "+n)
		}
	}
	return out
}

func (g *recGenerator) who(id int64) string {
	if id == Consensus {
		return g.t("consensus")
	}
	if n, ok := g.names[id]; ok && n != "" {
		return n
	}
	return g.t("participant", id)
}

func (g *recGenerator) mark(observed bool) string {
	if observed {
		return g.t("observed")
	}
	return g.t("assumed")
}

// disagreements adds one alignment session per disputed question.
func (g *recGenerator) disagreements() {
	a := g.in.Assessment
	for _, qr := range g.in.Results.Disagreements {
		ref, ok := a.Question(qr.QuestionID)
		if !ok {
			continue
		}
		// The last response of each respondent to this question.
		last := map[int64]Response{}
		var order []int64
		for _, r := range g.in.Responses {
			if r.QuestionID != qr.QuestionID {
				continue
			}
			if _, seen := last[r.ParticipantID]; !seen {
				order = append(order, r.ParticipantID)
			}
			last[r.ParticipantID] = r
		}
		slices.SortFunc(order, g.byRespondent)
		lo, hi := 0, 0
		var notes []string
		for _, id := range order {
			r := last[id]
			var line string
			switch {
			case r.NA:
				line = g.who(id) + ": " + g.t("na")
			case r.DontKnow:
				line = g.who(id) + ": " + g.t("dont_know")
			case r.Level > 0:
				line = g.who(id) + ": " + strconv.Itoa(r.Level)
				if id != Consensus {
					if lo == 0 || r.Level < lo {
						lo = r.Level
					}
					hi = max(hi, r.Level)
				}
			default:
				line = g.who(id) + ": —"
			}
			if n := strings.TrimSpace(r.Note); n != "" {
				line += " — " + n
			}
			notes = append(notes, line)
		}
		e := Evidence{Kind: EvidenceDisagreement, QuestionID: qr.QuestionID, Spread: qr.Spread, Notes: notes}
		if qr.HasScore {
			e.Score = qr.Score
		}
		in := Initiative{
			GenKey:      AlignGenKey(qr.QuestionID),
			Title:       g.t("align.title", Shorten(ref.Question.Text.In(g.in.Lang), 60)),
			Description: g.t("align.description", lo, hi, qr.Spread),
			DimensionID: qr.DimensionID,
			Evidence:    []Evidence{e},
			Horizon:     HorizonNow,
			Impact:      3,
			Effort:      1,
		}
		g.add(recProposal{Initiative: in, priority: float64(qr.Spread), last: true})
	}
}

// Shorten cuts s to at most n runes at a word boundary, adding "…", and
// folds white space (new lines included) to single spaces.
func Shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:max(n-1, 1)]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.") + "…"
}

func recClamp5(v int) int { return min(max(v, 1), 5) }

func recOrDefault(v, d int) int {
	if v <= 0 {
		return d
	}
	return v
}

func recNameOr(s, fallback string) string {
	if s = strings.TrimSpace(s); s != "" {
		return s
	}
	return fallback
}
