package assessments

import (
	"maps"
	"slices"

	"github.com/cxmap/cxmap/model"
)

var kpiFields = []string{"id", "name", "definition"}

// kpis reads the model's KPI vocabulary: ids with a name and a one-line
// definition in every language of the model, so a report shows each
// indicator in its own language instead of the English the file was
// written with.
func (p *parser) kpis(f field) []model.KPI {
	p.kpiAt = map[string]pos{}
	items, ok := p.list(f)
	if !ok {
		return nil
	}
	if len(items) == 0 {
		p.add(f.pos(), "kpis must list at least one KPI; leave the field out to write KPIs as free text")
	}
	out := make([]model.KPI, 0, len(items))
	for i, it := range items {
		fs, ok := p.mapping(it, describe(it, Text{"KPI %q", nil}, Text{"KPI %d", []any{i + 1}}), kpiFields...)
		if !ok {
			continue
		}
		var k model.KPI
		if g, ok := fs.get("id"); ok {
			k.ID = p.id(g, "KPI", p.kpiAt)
		}
		p.need(fs, "id", "name", "definition")
		k.Name = p.optText(fs, "name")
		k.Definition = p.optText(fs, "definition")
		out = append(out, k)
	}
	return out
}

// recommendationKPIs reads a recommendation's KPIs: ids of the vocabulary
// when the model has one, free text (the format before the vocabulary)
// when it has none.
func (p *parser) recommendationKPIs(f field) []string {
	items, ok := p.list(f)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(items))
	seen := map[string]bool{}
	for _, it := range items {
		s, ok := p.str(it)
		if !ok {
			continue
		}
		switch {
		case seen[s]:
			p.add(it.pos(), "KPI %q is listed twice", s)
			continue
		case p.kpiAt != nil:
			if _, known := p.kpiAt[s]; !known {
				p.add(it.pos(), "unknown KPI %q: it is not an id in the model's kpis%s", s, suggest(s, slices.Collect(maps.Keys(p.kpiAt))))
			}
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}
