package assessments

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cxmap/cxmap/model"
)

var recommendationFields = []string{"id", "dimension", "level", "horizon",
	"impact", "effort", "kpis", "title", "description"}

// recommendations reads the recommendation library; the levels and
// dimensions must already be read.
func (p *parser) recommendations(f field) []model.Recommendation {
	items, ok := p.list(f)
	if !ok {
		return nil
	}
	out := make([]model.Recommendation, 0, len(items))
	for i, it := range items {
		fs, ok := p.mapping(it, describe(it, "recommendation", fmt.Sprintf("recommendation %d", i+1)), recommendationFields...)
		if !ok {
			continue
		}
		var r model.Recommendation
		if g, ok := fs.get("id"); ok {
			r.ID = p.id(g, "recommendation", p.recAt)
		}
		p.need(fs, "id", "dimension", "level", "horizon", "impact", "effort", "title")
		if g, ok := fs.get("dimension"); ok {
			if s, ok := p.str(g); ok {
				r.Dimension = s
				if _, known := p.dimAt[s]; !known {
					p.add(g.pos(), "unknown dimension %q", s)
				}
			}
		}
		if g, ok := fs.get("level"); ok {
			hi := MaxLevels - 1
			if p.nLevels > 0 {
				hi = p.nLevels - 1
			}
			r.Level, _ = p.whole(g, 1, hi)
		}
		if g, ok := fs.get("horizon"); ok {
			if s, ok := p.str(g); ok {
				r.Horizon = model.Horizon(s)
				if !validHorizon(r.Horizon) {
					p.add(g.pos(), "horizon must be one of now, next, later, got %q", s)
				}
			}
		}
		if g, ok := fs.get("impact"); ok {
			r.Impact, _ = p.whole(g, 1, 5)
		}
		if g, ok := fs.get("effort"); ok {
			r.Effort, _ = p.whole(g, 1, 5)
		}
		if g, ok := fs.get("kpis"); ok {
			r.KPIs = p.strings(g)
		}
		r.Title = p.optText(fs, "title")
		r.Description = p.optText(fs, "description")
		out = append(out, r)
	}
	return out
}

func validHorizon(h model.Horizon) bool {
	for _, x := range model.Horizons {
		if h == x {
			return true
		}
	}
	return false
}

// mergeRecommendations appends to dst the recommendations of src that fit
// it: their dimension exists in dst, their level is below dst's top level
// and dst has no recommendation with the same id (dst's own ones win).
// Texts keep only dst's languages.
func mergeRecommendations(dst, src *model.Assessment) {
	have := map[string]bool{}
	for _, r := range dst.Recommendations {
		have[r.ID] = true
	}
	for _, r := range src.Recommendations {
		if have[r.ID] || dst.Dimension(r.Dimension) == nil || r.Level < 1 || r.Level >= len(dst.Levels) {
			continue
		}
		have[r.ID] = true
		r.KPIs = slices.Clone(r.KPIs)
		r.Title = onlyLangs(r.Title, dst.Languages)
		r.Description = onlyLangs(r.Description, dst.Languages)
		dst.Recommendations = append(dst.Recommendations, r)
	}
}

func onlyLangs(t model.Text, langs []string) model.Text {
	if t == nil {
		return nil
	}
	out := model.Text{}
	for _, l := range langs {
		if s, ok := t[l]; ok {
			out[l] = s
		}
	}
	return out
}

// resolveFrom merges recommendations_from references among a set of models
// parsed together (the built-ins), following chains and refusing cycles.
// byID holds every model that parsed without errors.
func resolveFrom(byID map[string]*model.Assessment, refs map[string]*fromRef, parsers map[string]*parser) {
	done := map[string]bool{}
	var visit func(id string, stack []string)
	visit = func(id string, stack []string) {
		ref := refs[id]
		if done[id] || ref == nil {
			return
		}
		p := parsers[id]
		if contains(stack, id) {
			p.add(ref.at, "recommendations_from forms a cycle: %s", strings.Join(append(stack, id), " -> "))
			done[id] = true
			return
		}
		src, ok := byID[ref.id]
		if !ok {
			p.add(ref.at, "unknown built-in model %q in recommendations_from", ref.id)
			done[id] = true
			return
		}
		visit(ref.id, append(stack, id))
		if dst := byID[id]; dst != nil && len(p.found) == 0 {
			mergeRecommendations(dst, src)
		}
		done[id] = true
	}
	ids := make([]string, 0, len(refs))
	for id := range refs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		visit(id, nil)
	}
}
