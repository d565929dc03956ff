package model

// Change is how one score moved between two assessments.
type Change struct {
	// DimensionID is empty for the overall change.
	DimensionID string `json:"dimension_id"`
	// Before and After are the rounded scores, 0 on a side without one.
	Before float64 `json:"before"`
	After  float64 `json:"after"`
	// Delta is RoundScore(After - Before), only when Comparable, else 0.
	Delta float64 `json:"delta"`
	// Comparable: both sides have a score.
	Comparable bool `json:"comparable"`
}

// Compare reports how the scores moved from before to after: one Change per
// dimension of a, in the model's order, and one for the overall score. A
// change is Comparable only when both sides have a score; otherwise Delta is
// 0 and Before or After is 0 on the side without one. Dimensions of before
// or after that a does not have are left out.
//
// The deltas are between the reported (rounded) scores, so they match what
// the two results show. The overall scores are compared as they are: if the
// two results have scores in different dimensions, their overall scores
// average different things.
func Compare(a *Assessment, before, after Results) (dims []Change, overall Change) {
	if a != nil {
		dims = make([]Change, 0, len(a.Dimensions))
		for _, d := range a.Dimensions {
			b, _ := before.Dimension(d.ID)
			f, _ := after.Dimension(d.ID)
			c := change(b.Score, b.HasScore, f.Score, f.HasScore)
			c.DimensionID = d.ID
			dims = append(dims, c)
		}
	}
	overall = change(before.Overall, before.HasOverall, after.Overall, after.HasOverall)
	return dims, overall
}

func change(before float64, hasBefore bool, after float64, hasAfter bool) Change {
	var c Change
	if hasBefore {
		c.Before = before
	}
	if hasAfter {
		c.After = after
	}
	if hasBefore && hasAfter {
		c.Comparable = true
		c.Delta = RoundScore(after - before)
	}
	return c
}
