package model

import "slices"

// DontKnowCount is how often the questions of one dimension were answered
// "don't know". Who cannot judge what is a finding of its own (a front
// line that cannot judge the strategy, leaders who cannot judge the
// systems), so the report shows these counts beside the scores.
type DontKnowCount struct {
	DimensionID string
	// Answers counts the don't-know responses, consensus included.
	Answers int
	// Questions counts the questions with at least one of them.
	Questions int
	// Participants who said it at least once, by id (consensus excluded).
	Participants []int64
}

// DontKnowByDimension counts the don't-know answers of each dimension of a,
// in the model's order, one entry per dimension (zero counts included).
// Responses to questions not in a are ignored; when a respondent answered
// a question more than once, the last answer counts, as in Score.
func DontKnowByDimension(a *Assessment, responses []Response) []DontKnowCount {
	if a == nil {
		return nil
	}
	type key struct {
		who int64
		q   string
	}
	last := make(map[key]Response, len(responses))
	for _, r := range responses {
		last[key{r.ParticipantID, r.QuestionID}] = r
	}
	dimOf := make(map[string]int, a.QuestionCount())
	for i, d := range a.Dimensions {
		for _, q := range d.Questions {
			dimOf[q.ID] = i
		}
	}
	out := make([]DontKnowCount, len(a.Dimensions))
	questions := make([]map[string]bool, len(a.Dimensions))
	for i, d := range a.Dimensions {
		out[i].DimensionID = d.ID
		questions[i] = map[string]bool{}
	}
	for k, r := range last {
		i, ok := dimOf[k.q]
		if !ok || !r.DontKnow {
			continue
		}
		out[i].Answers++
		questions[i][k.q] = true
		if k.who != Consensus && !slices.Contains(out[i].Participants, k.who) {
			out[i].Participants = append(out[i].Participants, k.who)
		}
	}
	for i := range out {
		out[i].Questions = len(questions[i])
		slices.Sort(out[i].Participants)
	}
	return out
}
