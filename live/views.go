package live

import (
	"slices"

	"github.com/cxmap/cxmap/model"
)

// Snapshot is the facilitator's view now: counts for hidden questions,
// distributions for revealed ones.
func (s *Session) Snapshot() Snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	snap := Snapshot{Seq: s.seq, Workshop: s.w.Name, JoinCode: s.code, Pacing: s.state.Pacing,
		Current: s.state.Current, Anonymous: s.state.Anonymous, Ended: s.ended,
		People: make([]PersonStatus, 0, len(s.ids)), Questions: make([]QuestionStatus, 0, len(s.order))}
	answered := map[int64]int{}
	for _, q := range s.order {
		qs := QuestionStatus{ID: q, Votes: len(s.votes[q]), Revealed: s.revealed[q]}
		for pid := range s.votes[q] {
			answered[pid]++
		}
		if qs.Revealed {
			qs.Reveal = s.reveal(q)
		}
		snap.Questions = append(snap.Questions, qs)
	}
	for _, id := range s.ids {
		p := s.people[id]
		ps := PersonStatus{ID: id, Name: p.p.Name, Phone: p.phone, Online: p.online > 0, Answered: answered[id]}
		if s.state.Pacing == SelfPaced && p.phone {
			ps.Position = p.position
			_, voted := s.votes[p.position][id]
			ps.Stuck = p.position != "" && !voted && now.Sub(p.since) >= StuckAfter
		}
		snap.People = append(snap.People, ps)
	}
	return snap
}

// Phone is what participant pid's phone may see: their own answers, the
// open question, and revealed distributions; never another's hidden vote.
func (s *Session) Phone(pid int64) (PhoneState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.people[pid]
	if p == nil || !p.phone {
		return PhoneState{}, ErrNoParticipant
	}
	ps := PhoneState{Seq: s.seq, Name: p.p.Name, Pacing: s.state.Pacing, Current: s.state.Current,
		Position: p.position, Anonymous: s.state.Anonymous, Ended: s.ended,
		Mine: map[string]Vote{}, Revealed: map[string]*Reveal{}}
	if ps.Position == "" && len(s.order) > 0 {
		ps.Position = s.order[0]
	}
	for q, votes := range s.votes {
		if r, ok := votes[pid]; ok {
			ps.Mine[q] = fromResponse(r)
		}
	}
	for q := range s.revealed {
		ps.Revealed[q] = s.reveal(q)
	}
	return ps, nil
}

// reveal computes a question's distribution; s.mu is held.
func (s *Session) reveal(q string) *Reveal {
	r := &Reveal{Question: q, Levels: make([]LevelVotes, len(s.a.Levels)), Anonymous: s.state.Anonymous}
	for i := range r.Levels {
		r.Levels[i].Level = i + 1
	}
	var levels []int
	// The workshop's participant order, so names read the same everywhere.
	for _, id := range s.ids {
		v, ok := s.votes[q][id]
		if !ok {
			continue
		}
		var bar *LevelVotes
		switch {
		case v.NA:
			bar = &r.NA
		case v.DontKnow:
			bar = &r.DontKnow
		case v.Level >= 1 && v.Level <= len(r.Levels):
			bar = &r.Levels[v.Level-1]
			levels = append(levels, v.Level)
		default:
			continue
		}
		bar.Count++
		r.Votes++
		if !r.Anonymous {
			bar.Names = append(bar.Names, s.people[id].p.Name)
		}
	}
	if len(levels) > 0 {
		slices.Sort(levels)
		m := len(levels) / 2
		r.Median, r.HasMedian = float64(levels[m]), true
		if len(levels)%2 == 0 {
			r.Median = float64(levels[m-1]+levels[m]) / 2
		}
		r.Spread = levels[len(levels)-1] - levels[0]
		r.Disagreement = r.Spread >= model.DisagreementSpread
	}
	if c, ok := s.consensus[q]; ok {
		r.Consensus, r.ConsensusNA = c.Level, c.NA
	}
	return r
}

// Content is the questionnaire as phones show it, in the workshop's
// language.
type Content struct {
	Workshop  string            `json:"workshop"`
	Lang      string            `json:"lang"`
	DontKnow  bool              `json:"dont_know"`
	Levels    []ContentLevel    `json:"levels"`
	Questions []ContentQuestion `json:"questions"`
}

// ContentLevel is one level of the scale.
type ContentLevel struct {
	Level int    `json:"level"`
	Name  string `json:"name"`
}

// ContentQuestion is one question with its anchored descriptors.
type ContentQuestion struct {
	ID          string   `json:"id"`
	Number      int      `json:"number"`
	Dimension   string   `json:"dimension"`
	Text        string   `json:"text"`
	Hint        string   `json:"hint,omitempty"`
	Descriptors []string `json:"descriptors"`
}

// Content returns the questionnaire in the workshop's language.
func (s *Session) Content() Content {
	lang := s.w.Language
	c := Content{Workshop: s.w.Name, Lang: lang, DontKnow: DontKnowSupported}
	for i, l := range s.a.Levels {
		c.Levels = append(c.Levels, ContentLevel{Level: i + 1, Name: l.Name.In(lang)})
	}
	for _, d := range s.a.Dimensions {
		for _, q := range d.Questions {
			cq := ContentQuestion{ID: q.ID, Number: len(c.Questions) + 1, Dimension: d.Name.In(lang),
				Text: q.Text.In(lang), Hint: q.Hint.In(lang)}
			for _, t := range q.Descriptors {
				cq.Descriptors = append(cq.Descriptors, t.In(lang))
			}
			c.Questions = append(c.Questions, cq)
		}
	}
	return c
}
