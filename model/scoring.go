package model

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// DisagreementSpread is the spread of participants' levels (max - min) from
// which a question is flagged as a disagreement.
const DisagreementSpread = 2

// roundTolerance absorbs binary floating-point noise, so that a mean which is
// 2.95 in decimal arithmetic but 2.9499999999999997 in float64 rounds up.
const roundTolerance = 1e-9

// RoundScore rounds x to one decimal, half away from zero: 2.95 -> 3.0,
// 2.94 -> 2.9, -0.05 -> -0.1. Values within 1e-9 of a half are treated as
// the half. It never returns negative zero.
func RoundScore(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	r := math.Round(x*10+math.Copysign(roundTolerance, x)) / 10
	if r == 0 {
		return 0 // no -0
	}
	return r
}

// LevelOf is the maturity level of score: the whole part of the rounded
// score, clamped to 1..levels. It is 0 when there is no score, that is when
// the rounded score is not positive or score is NaN. A levels below 1 (a
// model without levels) sets no upper bound.
func LevelOf(score float64, levels int) int {
	r := RoundScore(score)
	if math.IsNaN(r) || r <= 0 {
		return 0
	}
	if math.IsInf(r, 1) {
		if levels >= 1 {
			return levels
		}
		return math.MaxInt
	}
	l := int(math.Floor(r))
	if l < 1 {
		l = 1
	}
	if levels >= 1 && l > levels {
		l = levels
	}
	return l
}

// QuestionResult is the outcome of one question.
type QuestionResult struct {
	QuestionID  string `json:"question_id"`
	DimensionID string `json:"dimension_id"`
	// Score is rounded (RoundScore); meaningful only when HasScore.
	Score    float64 `json:"score"`
	HasScore bool    `json:"has_score"`
	// NA: the question is not applicable (NA consensus, or participants
	// said NA and none gave a level).
	NA bool `json:"na"`
	// DontKnow: nobody could judge it (a don't-know consensus, or
	// participants said they don't know and none gave a level or NA).
	DontKnow bool `json:"dont_know,omitempty"`
	// DontKnows counts the participants (consensus excluded) who said they
	// don't know, whatever the others answered.
	DontKnows int `json:"dont_knows,omitempty"`
	// Answers counts the participants (consensus excluded) who gave a level:
	// the values behind the mean and the spread.
	Answers int `json:"answers"`
	// Spread is max - min of the participants' levels, consensus ignored,
	// even when a consensus decides the score.
	Spread int `json:"spread"`
	// Disagreement: Spread >= DisagreementSpread.
	Disagreement bool `json:"disagreement"`
	// FromConsensus: the consensus response decided the result.
	FromConsensus bool `json:"from_consensus"`
	// Notes are the responses with a non-blank note, in participant id
	// order (so the consensus, id 0, comes first).
	Notes []Response `json:"notes,omitempty"`
}

// Answered reports whether the question was dealt with: scored, not
// applicable or nobody knew.
func (q QuestionResult) Answered() bool { return q.HasScore || q.NA || q.DontKnow }

// DimensionResult is the outcome of one dimension.
type DimensionResult struct {
	DimensionID string `json:"dimension_id"`
	// Score is rounded (RoundScore); meaningful only when HasScore.
	Score    float64 `json:"score"`
	HasScore bool    `json:"has_score"`
	// Level is LevelOf(Score), 0 without a score.
	Level int `json:"level"`
	// Answered counts questions scored, not applicable or don't know;
	// Total all of the dimension's questions; Coverage is Answered/Total
	// (0 when Total is 0).
	Answered int     `json:"answered"`
	Total    int     `json:"total"`
	Coverage float64 `json:"coverage"`
	// NA and DontKnow count the questions left out of the score as not
	// applicable and as nobody knew (both are in Answered).
	NA       int `json:"na,omitempty"`
	DontKnow int `json:"dont_know,omitempty"`
	// Target is the level aimed for, 0 when none. Gap is Target - Level when
	// there is both a target and a score, else 0; it is negative when the
	// dimension is already above its target.
	Target int `json:"target"`
	Gap    int `json:"gap"`
}

// Results is the outcome of an assessment.
type Results struct {
	// Dimensions in the model's order.
	Dimensions []DimensionResult `json:"dimensions"`
	// Questions by question id, one for every question of the model.
	Questions map[string]QuestionResult `json:"questions"`
	// Overall is rounded; meaningful only when HasOverall.
	Overall      float64 `json:"overall"`
	HasOverall   bool    `json:"has_overall"`
	OverallLevel int     `json:"overall_level"`
	// Answered, Total and Coverage over all questions.
	Answered int     `json:"answered"`
	Total    int     `json:"total"`
	Coverage float64 `json:"coverage"`
	// NA and DontKnow over all questions, as in DimensionResult.
	NA       int `json:"na,omitempty"`
	DontKnow int `json:"dont_know,omitempty"`
	// Disagreements are the questions flagged Disagreement, in
	// questionnaire order.
	Disagreements []QuestionResult `json:"disagreements,omitempty"`
}

// Dimension returns the result of dimension id, or ok=false.
func (r Results) Dimension(id string) (DimensionResult, bool) {
	for _, d := range r.Dimensions {
		if d.DimensionID == id {
			return d, true
		}
	}
	return DimensionResult{}, false
}

// Score computes the results of assessment a from responses, against
// targets (the level aimed for, by dimension id; a missing or non-positive
// target means none). It is pure: the arguments are not modified. The rules:
//
// Rounding: every score reported (question, dimension, overall, and the
// deltas of Compare) is rounded once, to one decimal, half away from zero
// (RoundScore). Aggregation works on the unrounded values: a dimension's
// score is the weighted mean of its questions' unrounded means, and the
// overall score the weighted mean of the dimensions' unrounded scores. So a
// dimension score recomputed by hand from the displayed question scores can
// differ from the reported one by 0.1; the reported one is the exact one.
//
// Level: the whole part of the rounded score, clamped to 1..len(a.Levels),
// and 0 when there is no score (LevelOf). So 2.95 rounds to 3.0, level 3;
// 2.94 rounds to 2.9, level 2.
//
// Question: a consensus response (ParticipantID == Consensus) with a level,
// NA or don't know is the answer, whatever the participants said; an NA
// consensus makes the question not applicable, a don't-know consensus
// leaves it unscored as don't know. Without one, the score is the mean of
// the participants' levels; NA and don't-know answers are left out; if
// participants said NA and none gave a level the question is not
// applicable (someone who knows it does not apply outweighs someone who
// cannot judge), and if they only said don't know it is don't know. A
// response with none of these (a note only) is no answer. The spread and
// the disagreement flag always come from the participants' levels, even
// when a consensus decides the score.
//
// Dimension: the weighted mean (question weights) of the scores of its
// questions that have a score; not applicable and unanswered questions are
// left out, and a dimension with no scored question has no score (level 0,
// gap 0). Overall: the weighted mean (dimension weights) of the scores of
// the dimensions that have a score; the others are left out. A weight of
// zero or less counts as 1, as the parser defaults a missing weight (it
// rejects others, so this only matters for models built in code).
//
// Coverage: a question counts as answered when it has a score, is not
// applicable or is don't know, since either way the team dealt with it;
// the last two are also counted apart (NA, DontKnow). Coverage is answered
// over total questions, from 0 to 1, per dimension and overall.
//
// Inputs: responses to questions not in a are ignored; if a participant has
// several responses to one question, the last one counts. Question ids
// are assumed unique (the parser rejects duplicates). Levels are taken as
// given (the store checks them); LevelOf clamps the levels reported.
func Score(a *Assessment, responses []Response, targets map[string]int) Results {
	var res Results
	if a == nil {
		return res
	}
	levels := len(a.Levels)
	total := a.QuestionCount()

	// Bucket the responses by question position (a counting sort of their
	// indices: no copies of the responses, no growing slices).
	pos := make(map[string]int, total)
	n := 0
	for _, d := range a.Dimensions {
		for _, q := range d.Questions {
			if _, dup := pos[q.ID]; !dup {
				pos[q.ID] = n
			}
			n++
		}
	}
	qpos := make([]int, len(responses))
	start := make([]int, total+1)
	for i, r := range responses {
		p, ok := pos[r.QuestionID]
		if !ok {
			p = -1
		} else {
			start[p+1]++
		}
		qpos[i] = p
	}
	for p := range total {
		start[p+1] += start[p]
	}
	order := make([]int, start[total])
	next := slices.Clone(start[:total])
	for i, p := range qpos {
		if p >= 0 {
			order[next[p]] = i
			next[p]++
		}
	}

	res.Dimensions = make([]DimensionResult, 0, len(a.Dimensions))
	res.Questions = make(map[string]QuestionResult, total)
	var overallSum, overallWeight float64
	n = 0
	for _, d := range a.Dimensions {
		dr := DimensionResult{DimensionID: d.ID, Total: len(d.Questions)}
		var sum, weight float64
		for _, q := range d.Questions {
			qr, raw := scoreQuestion(d.ID, q.ID, responses, order[start[n]:start[n+1]])
			n++
			res.Questions[q.ID] = qr
			if qr.Disagreement {
				res.Disagreements = append(res.Disagreements, qr)
			}
			if qr.Answered() {
				dr.Answered++
			}
			switch {
			case qr.NA:
				dr.NA++
			case qr.DontKnow:
				dr.DontKnow++
			}
			if qr.HasScore {
				w := weightOf(q.Weight)
				sum += w * raw
				weight += w
			}
		}
		dr.Coverage = ratio(dr.Answered, dr.Total)
		if weight > 0 {
			raw := sum / weight
			dr.Score = RoundScore(raw)
			dr.HasScore = true
			dr.Level = LevelOf(raw, levels)
			w := weightOf(d.Weight)
			overallSum += w * raw
			overallWeight += w
		}
		if t := targets[d.ID]; t > 0 {
			dr.Target = t
			if dr.HasScore {
				dr.Gap = t - dr.Level
			}
		}
		res.Answered += dr.Answered
		res.Total += dr.Total
		res.NA += dr.NA
		res.DontKnow += dr.DontKnow
		res.Dimensions = append(res.Dimensions, dr)
	}
	res.Coverage = ratio(res.Answered, res.Total)
	if overallWeight > 0 {
		raw := overallSum / overallWeight
		res.Overall = RoundScore(raw)
		res.HasOverall = true
		res.OverallLevel = LevelOf(raw, levels)
	}
	return res
}

// scoreQuestion computes one question's result from its responses,
// responses[idx[0]], responses[idx[1]]... in input order (it reorders idx),
// and returns the unrounded score too.
func scoreQuestion(dimID, qID string, responses []Response, idx []int) (QuestionResult, float64) {
	qr := QuestionResult{QuestionID: qID, DimensionID: dimID}
	slices.SortStableFunc(idx, func(x, y int) int {
		return cmp.Compare(responses[x].ParticipantID, responses[y].ParticipantID)
	})
	var (
		consensus    *Response
		sum          int
		lo, hi, nas  int
		dks          int
		participants int
	)
	notes := 0
	for _, i := range idx {
		if responses[i].Note != "" {
			notes++
		}
	}
	if notes > 0 {
		qr.Notes = make([]Response, 0, notes)
	}
	for k, i := range idx {
		r := &responses[i]
		if k+1 < len(idx) && responses[idx[k+1]].ParticipantID == r.ParticipantID {
			continue // a later response of the same participant wins
		}
		if strings.TrimSpace(r.Note) != "" {
			qr.Notes = append(qr.Notes, *r)
		}
		switch {
		case r.ParticipantID == Consensus:
			consensus = r
		case r.NA:
			nas++
		case r.DontKnow:
			dks++
		case r.Level > 0:
			if participants == 0 || r.Level < lo {
				lo = r.Level
			}
			if participants == 0 || r.Level > hi {
				hi = r.Level
			}
			sum += r.Level
			participants++
		}
	}
	if len(qr.Notes) == 0 {
		qr.Notes = nil // blank or overridden notes only
	}
	qr.Answers = participants
	qr.DontKnows = dks
	if participants > 0 {
		qr.Spread = hi - lo
		qr.Disagreement = qr.Spread >= DisagreementSpread
	}

	var raw float64
	switch {
	case consensus != nil && consensus.NA:
		qr.FromConsensus = true
		qr.NA = true
	case consensus != nil && consensus.DontKnow:
		qr.FromConsensus = true
		qr.DontKnow = true
	case consensus != nil && consensus.Level > 0:
		qr.FromConsensus = true
		raw = float64(consensus.Level)
		qr.HasScore = true
	case participants > 0:
		raw = float64(sum) / float64(participants)
		qr.HasScore = true
	case nas > 0:
		qr.NA = true
	case dks > 0:
		qr.DontKnow = true
	}
	if qr.HasScore {
		qr.Score = RoundScore(raw)
	}
	return qr, raw
}

// weightOf is w, or 1 when w is not positive (as the parser defaults it).
func weightOf(w float64) float64 {
	if w > 0 {
		return w
	}
	return 1
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
