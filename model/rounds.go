package model

// Rounds: a re-assessment is a new round of a workshop, answered from
// scratch. The change since the previous round is measured only on the
// questions both rounds scored, so a question nobody answered again (or
// answered for the first time) never moves a dimension.

// ComparableResults scores both rounds on the questions both scored and
// returns those results with how many questions that is.
func ComparableResults(a *Assessment, prev, cur []Response, prevTargets, curTargets map[string]int) (before, after Results, n int) {
	pr, cr := Score(a, prev, prevTargets), Score(a, cur, curTargets)
	both := map[string]bool{}
	for id, q := range cr.Questions {
		if q.HasScore && pr.Questions[id].HasScore {
			both[id] = true
		}
	}
	keep := func(rs []Response) []Response {
		out := make([]Response, 0, len(rs))
		for _, r := range rs {
			if both[r.QuestionID] {
				out = append(out, r)
			}
		}
		return out
	}
	return Score(a, keep(prev), prevTargets), Score(a, keep(cur), curTargets), len(both)
}

// Change is the change since the previous round, per dimension and
// overall, on the questions both rounds scored.
func (b *Bundle) Change() (dims []Change, overall Change) {
	if b.Previous == nil {
		return nil, Change{}
	}
	base := b.Results
	if b.PreviousBase != nil {
		base = *b.PreviousBase
	}
	return Compare(b.Assessment, *b.Previous, base)
}
