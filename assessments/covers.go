package assessments

import "github.com/cxmap/cxmap/model"

// A model that takes its recommendations from another one (a short scan
// sharing the full model's library) asks other questions, with other ids.
// Each of its questions may say which questions of the source model it
// stands for:
//
//	- id: qs.strategy.direction
//	  covers: [strategy.vision, strategy.differentiation]
//
// A shared recommendation then addresses the questions of this model that
// cover (or share the id of) any question it addresses in the source; a
// recommendation that addresses none of them is left out, because this
// model never asked about its practice.

// cover is one question's covers list as written.
type cover struct {
	question string
	at       pos // the covers field
	ids      []string
	idAt     []pos
}

func (p *parser) readCovers(question string, f field) {
	items, ok := p.list(f)
	if !ok {
		return
	}
	if len(items) == 0 {
		p.add(f.pos(), "covers must list at least one question of the model in recommendations_from")
		return
	}
	c := cover{question: question, at: f.at}
	for _, it := range items {
		s, ok := p.str(it)
		if !ok {
			continue
		}
		if contains(c.ids, s) {
			p.add(it.pos(), "question %q is listed twice in covers", s)
			continue
		}
		c.ids = append(c.ids, s)
		c.idAt = append(c.idAt, it.pos())
	}
	p.covers = append(p.covers, c)
}

// checkCovers reports covered ids that src does not ask.
func (p *parser) checkCovers(src *model.Assessment) {
	for _, c := range p.covers {
		for i, id := range c.ids {
			if _, ok := src.Question(id); !ok {
				p.add(c.idAt[i], "unknown question %q in covers: model %q has no such question", id, src.ID)
			}
		}
	}
}

// coversWithoutSource reports covers in a model that shares no library.
func (p *parser) coversWithoutSource() {
	for _, c := range p.covers {
		p.add(c.at, "covers names questions of the model in recommendations_from, and this model has no recommendations_from")
	}
}

func (p *parser) coversByQuestion() map[string][]string {
	out := map[string][]string{}
	for _, c := range p.covers {
		out[c.question] = append(out[c.question], c.ids...)
	}
	return out
}

// standsFor maps each question id of src to the questions of dst that
// stand for it: the one with the same id, and those that cover it.
func standsFor(dst, src *model.Assessment, covers map[string][]string) map[string][]string {
	out := map[string][]string{}
	for _, d := range dst.Dimensions {
		for _, q := range d.Questions {
			if _, ok := src.Question(q.ID); ok {
				out[q.ID] = append(out[q.ID], q.ID)
			}
			for _, c := range covers[q.ID] {
				if !contains(out[c], q.ID) {
					out[c] = append(out[c], q.ID)
				}
			}
		}
	}
	return out
}

// mapAddresses returns the questions of dst, in questionnaire order, that
// stand for any of the source questions in addresses.
func mapAddresses(dst *model.Assessment, stands map[string][]string, addresses []string) []string {
	want := map[string]bool{}
	for _, a := range addresses {
		for _, q := range stands[a] {
			want[q] = true
		}
	}
	var out []string
	for _, d := range dst.Dimensions {
		for _, q := range d.Questions {
			if want[q.ID] {
				out = append(out, q.ID)
			}
		}
	}
	return out
}
