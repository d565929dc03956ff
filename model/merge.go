package model

import (
	"cmp"
	"slices"
)

// Untouched reports whether an initiative is a generated proposal nobody
// has worked on: regeneration may update or remove it. The consultant's
// own initiatives (no GenKey), edited ones and decided ones (accepted or
// rejected) are never touched.
func (in Initiative) Untouched() bool {
	return in.GenKey != "" && !in.Edited && (in.Status == StatusProposed || in.Status == "")
}

// Merge folds a fresh Recommend into the current roadmap, so the roadmap
// can be regenerated after more answers without losing any work:
//
//   - the consultant's own, edited, accepted and rejected initiatives stay
//     exactly as they are, where they are (a rejected proposal is not
//     proposed again);
//   - an untouched proposal whose GenKey is proposed again takes the new
//     content (title, description, dimension, evidence, horizon, impact,
//     effort, KPIs) and keeps its ID and place;
//   - an untouched proposal whose GenKey is no longer proposed is dropped;
//   - a new proposal goes after the last initiative of its horizon (or of
//     the closest earlier horizon), new ones keeping their proposed order.
//
// The result is in roadmap order with Position 0, 1, 2...; existing is
// read in Position order. Merge is pure, deterministic and idempotent:
// Merge(Merge(e, p), p) equals Merge(e, p).
func Merge(existing, proposed []Initiative) []Initiative {
	cur := slices.Clone(existing)
	slices.SortStableFunc(cur, func(x, y Initiative) int { return cmp.Compare(x.Position, y.Position) })

	fresh := make(map[string]Initiative, len(proposed))
	for _, p := range proposed {
		if _, dup := fresh[p.GenKey]; p.GenKey != "" && !dup {
			fresh[p.GenKey] = p
		}
	}
	taken := map[string]bool{}
	out := make([]Initiative, 0, len(cur)+len(proposed))
	for _, e := range cur {
		if !e.Untouched() {
			out = append(out, e)
			if e.GenKey != "" {
				taken[e.GenKey] = true
			}
			continue
		}
		p, ok := fresh[e.GenKey]
		if !ok || taken[e.GenKey] {
			continue
		}
		e.Title, e.Description, e.DimensionID = p.Title, p.Description, p.DimensionID
		e.Evidence = slices.Clone(p.Evidence)
		e.Horizon, e.Impact, e.Effort = p.Horizon, p.Impact, p.Effort
		e.KPIs = slices.Clone(p.KPIs)
		e.Status = StatusProposed
		out = append(out, e)
		taken[e.GenKey] = true
	}
	for _, p := range proposed {
		if p.GenKey == "" || taken[p.GenKey] {
			continue
		}
		taken[p.GenKey] = true
		p.ID, p.Edited, p.Status = 0, false, StatusProposed
		p.Evidence, p.KPIs = slices.Clone(p.Evidence), slices.Clone(p.KPIs)
		out = slices.Insert(out, horizonInsertIndex(out, p.Horizon), p)
	}
	for i := range out {
		out[i].Position = i
	}
	return out
}

// horizonInsertIndex is the index just after the last initiative of horizon h, or
// of the latest earlier horizon; 0 when there is none.
func horizonInsertIndex(list []Initiative, h Horizon) int {
	rank := func(h Horizon) int {
		if i := slices.Index(Horizons, h); i >= 0 {
			return i
		}
		return len(Horizons)
	}
	r := rank(h)
	at, best := 0, -1
	for i, in := range list {
		if x := rank(in.Horizon); x <= r && x >= best {
			at, best = i+1, x
		}
	}
	return at
}
