package assessments

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/cxmap/cxmap/model"
)

var recommendationFields = []string{"id", "dimension", "level", "horizon",
	"impact", "effort", "kpis", "addresses", "owner", "title", "description"}

// recommendations reads the recommendation library; the levels and
// dimensions must already be read.
func (p *parser) recommendations(f field) []model.Recommendation {
	items, ok := p.list(f)
	if !ok {
		return nil
	}
	out := make([]model.Recommendation, 0, len(items))
	for i, it := range items {
		fs, ok := p.mapping(it, describe(it, Text{"recommendation %q", nil}, Text{"recommendation %d", []any{i + 1}}), recommendationFields...)
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
			r.KPIs = p.recommendationKPIs(g)
		}
		if g, ok := fs.get("addresses"); ok {
			r.Addresses = p.addresses(g, r.Dimension)
		}
		r.Owner = p.optText(fs, "owner")
		r.Title = p.optText(fs, "title")
		r.Description = p.optText(fs, "description")
		out = append(out, r)
	}
	return out
}

// addresses reads the questions a recommendation fixes: one or more
// questions of the model, at least one of them in its own dimension (the
// one whose level proposes it), so its evidence is about its practice.
func (p *parser) addresses(f field, dim string) []string {
	items, ok := p.list(f)
	if !ok {
		return nil
	}
	if len(items) == 0 {
		p.add(f.pos(), "addresses must list at least one question id; leave the field out if the recommendation fixes no particular question")
		return nil
	}
	var out []string
	own := false
	for _, it := range items {
		s, ok := p.str(it)
		if !ok {
			continue
		}
		d, known := p.questionDim[s]
		switch {
		case !known:
			p.add(it.pos(), "unknown question %q in addresses%s", s, suggest(s, slices.Collect(maps.Keys(p.questionAt))))
			continue
		case contains(out, s):
			p.add(it.pos(), "question %q is listed twice in addresses", s)
			continue
		}
		own = own || d == dim
		out = append(out, s)
	}
	if _, known := p.dimAt[dim]; len(out) > 0 && !own && known {
		p.add(f.pos(), "addresses names no question of dimension %q; a recommendation is proposed by its dimension's level, so at least one question it fixes must be there", dim)
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
// Their addresses are mapped to dst's questions through covers (see
// covers.go); when dst asks some of src's questions, a recommendation
// addressing none of them is left out. A dst that maps no question at all
// (a file written before addresses existed) takes every recommendation of
// its dimensions, addressing nothing in particular. The KPIs the merged
// recommendations name come along into dst's vocabulary unless dst defines
// the same id. Texts keep only dst's languages.
func mergeRecommendations(dst, src *model.Assessment, covers map[string][]string) {
	have := map[string]bool{}
	for _, r := range dst.Recommendations {
		have[r.ID] = true
	}
	stands := standsFor(dst, src, covers)
	for _, r := range src.Recommendations {
		if have[r.ID] || dst.Dimension(r.Dimension) == nil || r.Level < 1 || r.Level >= len(dst.Levels) {
			continue
		}
		var addresses []string
		if len(stands) > 0 && len(r.Addresses) > 0 {
			if addresses = mapAddresses(dst, stands, r.Addresses); len(addresses) == 0 {
				continue
			}
		}
		have[r.ID] = true
		r.Addresses = addresses
		r.KPIs = slices.Clone(r.KPIs)
		for _, id := range r.KPIs {
			if k := src.KPI(id); k != nil && dst.KPI(id) == nil {
				dst.KPIs = append(dst.KPIs, model.KPI{ID: k.ID,
					Name: onlyLangs(k.Name, dst.Languages), Definition: onlyLangs(k.Definition, dst.Languages)})
			}
		}
		r.Owner = onlyLangs(r.Owner, dst.Languages)
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
		p.checkCovers(src)
		if dst := byID[id]; dst != nil && len(p.found) == 0 {
			mergeRecommendations(dst, src, p.coversByQuestion())
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
