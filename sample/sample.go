// Package sample builds the example workshop of `cxmap new --sample`: a
// fictional home-goods retailer assessed with the built-in cx-maturity
// model by a team of four, with journey maps and a roadmap the consultant
// has started to work on, so a newcomer sees every screen and the export
// filled in at once. The content exists in English and Spanish.
//
// The people, levels, emotion scores and evidence marks are the same in
// both languages (this file and answers.go); only the words differ
// (content_en.go, content_es.go).
package sample

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/model"
)

// AssessmentID is the built-in model the sample workshop uses.
const AssessmentID = "cx-maturity"

// Bundle returns the sample workshop in lang ("en" or "es"; empty means
// English), ready for store.ImportBundle or the export writers. Its
// creation, change and generation times are now. The result depends only on
// lang and now, and each call returns a new bundle the caller may modify.
func Bundle(lang string, now time.Time) (*model.Bundle, error) {
	if lang == "" {
		lang = model.LangEN
	}
	c, ok := contents[lang]
	if !ok {
		return nil, fmt.Errorf("sample: language %q is not en or es", lang)
	}
	a, err := assessments.Get(AssessmentID)
	if err != nil {
		return nil, fmt.Errorf("sample: %w", err)
	}
	b := &model.Bundle{
		Workshop: model.Workshop{
			Name: c.workshop, Client: c.client, Facilitator: c.facilitator, Language: lang,
			AssessmentID: a.ID, AssessmentVersion: a.Version, CreatedAt: now, UpdatedAt: now,
		},
		Assessment:  a,
		Targets:     map[string]int{},
		GeneratedAt: now,
	}
	for i, p := range c.people {
		b.Participants = append(b.Participants, model.Participant{ID: int64(i + 1), Name: p.name, Role: p.role})
	}
	if b.Responses, err = responses(a, c.notes); err != nil {
		return nil, err
	}
	for _, d := range a.Dimensions {
		t, ok := targets[d.ID]
		if !ok {
			return nil, fmt.Errorf("sample: no target for dimension %q", d.ID)
		}
		b.Targets[d.ID] = t
	}
	for _, sh := range shapes {
		j, err := journey(sh, c)
		if err != nil {
			return nil, err
		}
		b.Journeys = append(b.Journeys, j)
	}
	b.Compute()
	b.Initiatives = editRoadmap(b.Recommend(lang), c)
	return b, nil
}

// responses are every participant's answers, in questionnaire order, each
// question's consensus (when there is one) after them.
func responses(a *model.Assessment, notes map[string]string) ([]model.Response, error) {
	var out []model.Response
	used := 0
	note := func(who int64, q string) string {
		n, ok := notes[fmt.Sprintf("%d/%s", who, q)]
		if ok {
			used++
		}
		return n
	}
	for _, d := range a.Dimensions {
		for _, q := range d.Questions {
			row, ok := answers[q.ID]
			if !ok || len(row) != participants {
				return nil, fmt.Errorf("sample: no answers for question %q", q.ID)
			}
			for i, ch := range row {
				who := int64(i + 1)
				r := model.Response{ParticipantID: who, QuestionID: q.ID, Note: note(who, q.ID)}
				switch {
				case ch == 'n':
					r.NA = true
				case ch == 'x':
					r.DontKnow = true
				case ch >= '1' && int(ch-'0') <= len(a.Levels):
					r.Level = int(ch - '0')
				default:
					return nil, fmt.Errorf("sample: answer %q to %q is not a level", ch, q.ID)
				}
				out = append(out, r)
			}
			if level, ok := consensus[q.ID]; ok {
				out = append(out, model.Response{ParticipantID: model.Consensus, QuestionID: q.ID, Level: level,
					Note: note(model.Consensus, q.ID)})
			}
		}
	}
	if used != len(notes) {
		return nil, fmt.Errorf("sample: %d of %d notes belong to no answer", len(notes)-used, len(notes))
	}
	return out, nil
}

// journey builds one map from its shape and its words, with the default
// lanes in order.
func journey(sh shape, c *content) (model.Journey, error) {
	t := c.journeys[sh.id]
	n := len(t.stages)
	if len(sh.scores) != n || len(sh.channels) != n {
		return model.Journey{}, fmt.Errorf("sample: journey %d: %d stages, %d scores, %d channels", sh.id, n, len(sh.scores), len(sh.channels))
	}
	j := model.Journey{ID: sh.id, Name: t.name, Persona: t.persona, Kind: sh.kind, State: sh.state,
		Status: sh.status, SourceID: sh.source, Cells: make([][]model.Cell, len(model.DefaultLanes))}
	for i, name := range t.stages {
		j.Stages = append(j.Stages, model.Stage{ID: sh.id*100 + int64(i+1), Name: name})
	}
	for l, kind := range model.DefaultLanes {
		j.Lanes = append(j.Lanes, model.Lane{ID: int64(l + 1), Kind: kind})
		texts := t.lanes[kind]
		switch kind {
		case model.LaneChannel:
			texts = make([]string, n)
			for s, code := range sh.channels {
				texts[s] = c.channels[strings.IndexRune(channelCodes, code)]
			}
		case model.LaneEmotion:
		default:
			if texts == nil {
				texts = make([]string, n)
			}
		}
		marks := sh.observed[kind]
		if len(texts) != n || (marks != "" && len(marks) != n) {
			return model.Journey{}, fmt.Errorf("sample: journey %d, lane %s: %d texts and %d marks for %d stages", sh.id, kind, len(texts), len(marks), n)
		}
		row := make([]model.Cell, n)
		for s := range row {
			row[s] = model.Cell{Text: texts[s], Observed: marks != "" && marks[s] == 'o'}
			if kind == model.LaneEmotion {
				row[s].Score = model.ScoreOf(sh.scores[s])
			}
		}
		j.Cells[l] = row
	}
	return j, nil
}

// editRoadmap is the consultant's first pass over the proposed roadmap:
// a few proposals accepted and given owners, some rejected, one reworded,
// the first 90 days trimmed, and one initiative of their own. Each change
// names the proposal it means (alternatives in order of preference);
// should a change of the model stop proposing all of them, the first
// untouched proposal of the same source takes their place.
func editRoadmap(ins []model.Initiative, c *content) []model.Initiative {
	touched := map[int]bool{}
	pick := func(key string, alternatives ...string) int {
		prefix, _, _ := strings.Cut(key, ":")
		for _, k := range append([]string{key}, alternatives...) {
			for i, in := range ins {
				if !touched[i] && in.GenKey == k {
					touched[i] = true
					return i
				}
			}
		}
		for i, in := range ins {
			if !touched[i] && strings.HasPrefix(in.GenKey, prefix+":") {
				touched[i] = true
				return i
			}
		}
		return -1
	}
	owner := func(who int) string { return c.people[who-1].name }

	for _, acc := range accepted {
		if i := pick(acc.key, acc.alternatives...); i >= 0 {
			ins[i].Status, ins[i].Owner = model.StatusAccepted, owner(acc.owner)
			if len(ins[i].KPIs) == 0 {
				ins[i].KPIs = slices.Clone(acceptedKPIs)
			}
		}
	}
	for _, key := range rejectedKeys {
		if i := pick(key); i >= 0 {
			ins[i].Status = model.StatusRejected
		}
	}
	if i := pick(editedKey); i >= 0 {
		ins[i].Title, ins[i].Description = c.roadmap.editedTitle, c.roadmap.editedDescription
		ins[i].Owner, ins[i].Edited = owner(editedOwner), true
	}
	for _, p := range proposedOwners {
		if i := pick(p.key); i >= 0 && ins[i].Horizon == model.HorizonNow {
			ins[i].Owner = owner(p.owner)
		}
	}
	// The first 90 days: the accepted items and those given an owner stay
	// due now, then the other proposals in their order up to nowCap; the
	// rest move to next, marked edited so a regeneration keeps the choice.
	kept := 0
	for _, in := range ins {
		if in.Horizon == model.HorizonNow && in.Status != model.StatusRejected && (in.Status == model.StatusAccepted || in.Owner != "") {
			kept++
		}
	}
	for i := range ins {
		in := &ins[i]
		if in.Horizon != model.HorizonNow || in.Status != model.StatusProposed || in.Owner != "" {
			continue
		}
		if kept < nowCap {
			kept++
			continue
		}
		in.Horizon, in.Edited = model.HorizonNext, true
	}
	slices.SortStableFunc(ins, func(a, b model.Initiative) int {
		return slices.Index(model.Horizons, a.Horizon) - slices.Index(model.Horizons, b.Horizon)
	})

	m := c.roadmap
	manual := model.Initiative{
		Title: m.title, Description: m.description, DimensionID: "omnichannel",
		Horizon: model.HorizonNext, Impact: 4, Effort: 3, Owner: owner(2), KPIs: slices.Clone(m.kpis),
		Status: model.StatusProposed, Evidence: []model.Evidence{},
	}
	// Its evidence: the pain point at pick-up, as the journey map has it.
	if j := c.journeys[1]; len(j.stages) > pickUpStage {
		manual.Evidence = append(manual.Evidence, model.Evidence{Kind: model.EvidenceJourneyCell, JourneyID: 1,
			JourneyName: j.name, StageName: j.stages[pickUpStage], LaneKind: string(model.LanePain),
			Text: j.lanes[model.LanePain][pickUpStage], Observed: shapes[0].observed[model.LanePain][pickUpStage] == 'o'})
	}
	// After the last initiative due now or next.
	at := 0
	for i, in := range ins {
		if in.Horizon == model.HorizonNow || in.Horizon == model.HorizonNext {
			at = i + 1
		}
	}
	ins = slices.Insert(ins, at, manual)
	for i := range ins {
		ins[i].ID, ins[i].Position = int64(i+1), i
	}
	return ins
}
