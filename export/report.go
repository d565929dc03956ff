package export

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/cxmap/cxmap/model"
)

// report is the content of the document the client takes home, built once
// from a bundle and then written as Markdown or as HTML, so that both say
// the same things in the same words. Its texts are plain: each writer
// escapes them for its format.
type report struct {
	v     *view
	Lang  string
	Title string
	Facts []labelled

	Summary summary

	Dims      []dimRow
	Overall   dimRow
	HasChange bool
	Levels    []levelRow
	// change is the overall change since the previous round (HasChange),
	// for the summary.
	change model.Change

	Findings      []finding
	Disagreements []disagreementRow
	// dontKnow counts every don't-know answer, for the method note.
	dontKnow int

	Journeys []journeyView
	Roadmap  roadmapView

	Method   []labelled
	Glossary []labelled

	QuestionTables []questionTable
	Answers        []personAnswers

	Generated string
}

// labelled is a text with a bold label in front: "**Client:** Ñandú".
type labelled struct{ Label, Text string }

// Options change what the report holds.
type Options struct {
	// All keeps every initiative in the roadmap, whatever its status, and
	// lists the rejected ones apart (the report before the team decided).
	All bool
}

func buildReport(b *model.Bundle, lang string, opt Options) (*report, error) {
	v, err := newView(b, lang)
	if err != nil {
		return nil, err
	}
	r := &report{v: v, Lang: v.lang}
	r.header()
	r.maturity()
	r.levels()
	r.findings()
	r.disagreements()
	r.journeys()
	r.roadmap(opt)
	r.summary()
	r.method()
	r.glossary()
	r.appendix()
	if d := v.date(b.GeneratedAt); d != "" {
		r.Generated = v.t("export.generated_on", d)
	} else {
		r.Generated = v.t("export.generated")
	}
	return r, nil
}

func (r *report) header() {
	v, w := r.v, r.v.b.Workshop
	// The report is named after the workshop's own model, whatever it is.
	r.Title = v.t("export.title", oneLine(w.Name), oneLine(v.a.Name.In(v.lang)))
	add := func(key, value string) {
		if value = oneLine(value); value != "" {
			r.Facts = append(r.Facts, labelled{v.t(key), value})
		}
	}
	add("export.client", w.Client)
	add("export.workshop_date", v.date(w.CreatedAt))
	add("export.facilitator", w.Facilitator)
	a := v.a
	add("export.assessment", v.t("export.assessment_is", a.Name.In(v.lang), a.QuestionCount(), len(a.Levels)))
	var people []string
	for _, p := range v.b.Participants {
		s := oneLine(p.Name)
		if role := oneLine(p.Role); role != "" {
			s += " (" + role + ")"
		}
		people = append(people, s)
	}
	all := strings.Join(people, ", ")
	if all == "" {
		all = v.t("export.nobody")
	}
	r.Facts = append(r.Facts, labelled{v.t("export.participants", len(v.b.Participants)), all})
}

// oneLine folds white space, new lines included.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// withNotes appends the participants' notes to a line of evidence: "… — Ana:
// note · Luis: note".
func withNotes(s string, notes []string) string {
	var kept []string
	for _, n := range notes {
		if n = oneLine(n); n != "" {
			kept = append(kept, n)
		}
	}
	if len(kept) > 0 {
		s += " — " + strings.Join(kept, " · ")
	}
	return s
}

// dimRow is one line of the maturity table.
type dimRow struct {
	ID, Name            string
	Score, Prev         float64
	HasScore, HasPrev   bool
	Level, Target, Gap  int
	ScoreText, LevelTxt string
	TargetText, GapText string
	ChangeText          string
}

// change is the change since the previous round, measured on the
// questions both rounds scored when the bundle says which (rounds).
func (v *view) change() ([]model.Change, model.Change) {
	base := v.res
	if v.b.PreviousBase != nil {
		base = *v.b.PreviousBase
	}
	return model.Compare(v.a, *v.b.Previous, base)
}

func (r *report) maturity() {
	v := r.v
	var changes map[string]model.Change
	if v.b.Previous != nil {
		var dims []model.Change
		dims, r.change = v.change()
		changes = map[string]model.Change{}
		for _, c := range dims {
			changes[c.DimensionID] = c
		}
		r.HasChange = true
	}
	change := func(c model.Change) string {
		if !c.Comparable {
			return "—"
		}
		return v.delta(c.Delta)
	}
	for _, d := range v.res.Dimensions {
		row := dimRow{ID: d.DimensionID, Name: oneLine(v.dimName(d.DimensionID)), Score: d.Score, HasScore: d.HasScore,
			Level: d.Level, Target: d.Target, Gap: d.Gap, ScoreText: "—", LevelTxt: "—", TargetText: "—", GapText: "—"}
		if d.HasScore {
			row.ScoreText, row.LevelTxt = v.score(d.Score), v.level(d.Level)
		}
		if d.Target > 0 {
			row.TargetText = strconv.Itoa(d.Target)
			switch {
			case !d.HasScore:
			case d.Gap > 0:
				row.GapText = strconv.Itoa(d.Gap)
			default:
				row.GapText = "✓"
			}
		}
		if changes != nil {
			c := changes[d.DimensionID]
			row.ChangeText = change(c)
			prev, ok := v.b.Previous.Dimension(d.DimensionID)
			row.Prev, row.HasPrev = prev.Score, ok && prev.HasScore
		}
		r.Dims = append(r.Dims, row)
	}
	r.Overall = dimRow{Name: v.t("export.overall_row"), ScoreText: "—", LevelTxt: "—", HasScore: v.res.HasOverall, Score: v.res.Overall, Level: v.res.OverallLevel}
	if v.res.HasOverall {
		r.Overall.ScoreText, r.Overall.LevelTxt = v.score(v.res.Overall), v.level(v.res.OverallLevel)
	}
	if changes != nil {
		r.Overall.ChangeText = change(r.change)
	}
}

// levelRow is one level of the scale, for the legend.
type levelRow struct {
	N             int
	Name, Summary string
}

func (r *report) levels() {
	for i, l := range r.v.a.Levels {
		r.Levels = append(r.Levels, levelRow{i + 1, oneLine(l.Name.In(r.v.lang)), oneLine(l.Summary.In(r.v.lang))})
	}
}

// finding is what one dimension's answers say, in the model's own words.
type finding struct {
	ID, Heading, Status, Description string
	// DontKnow says how often the team could not judge this dimension.
	DontKnow      string
	Weak          []weakQuestion
	Notes         []noteLine
	Disagreements []string
}

// weakQuestion quotes the anchored descriptors of today's level and of
// the next one: the organisation as the team described it, and the step
// ahead.
type weakQuestion struct {
	Text, Score, Today, Next string
	TodayLevel, NextLevel    string
}

type noteLine struct{ Who, Question, Text string }

// weakMax is how many of a dimension's weakest questions its finding quotes.
const weakMax = 3

func (r *report) findings() {
	v := r.v
	dontKnow := map[string]model.DontKnowCount{}
	for _, c := range model.DontKnowByDimension(v.a, v.b.Responses) {
		dontKnow[c.DimensionID] = c
		r.dontKnow += c.Answers
	}
	for _, d := range v.a.Dimensions {
		res, _ := v.res.Dimension(d.ID)
		f := finding{ID: d.ID, Description: oneLine(d.Description.In(v.lang))}
		name := oneLine(d.Name.In(v.lang))
		if res.HasScore {
			f.Heading = v.t("export.dim_heading", name, v.score(res.Score), v.level(res.Level))
		} else {
			f.Heading = v.t("export.dim_heading_none", name)
		}
		switch {
		case res.Target <= 0:
			f.Status = v.t("export.dim_no_target")
		case !res.HasScore:
			f.Status = v.t("export.dim_target", res.Target)
		case res.Gap == 1:
			f.Status = v.t("export.dim_gap1", res.Target)
		case res.Gap > 0:
			f.Status = v.t("export.dim_gap", res.Target, res.Gap)
		default:
			f.Status = v.t("export.dim_at_target", res.Target)
		}
		if c := dontKnow[d.ID]; c.Answers > 0 {
			var who []string
			for _, id := range c.Participants {
				if p, ok := v.b.Participant(id); ok {
					who = append(who, oneLine(p.Name))
				}
			}
			switch {
			case c.Answers == 1:
				f.DontKnow = v.t("export.dim_dont_know1")
			case c.Questions == 1:
				f.DontKnow = v.t("export.dim_dont_know_1q", c.Answers)
			default:
				f.DontKnow = v.t("export.dim_dont_know", c.Answers, c.Questions)
			}
			switch {
			case len(who) == 1:
				f.DontKnow += " " + v.t("export.dim_dont_know_who", who[0])
			case len(who) > 1:
				f.DontKnow += " " + v.t("export.dim_dont_know_whoN", strings.Join(who[:len(who)-1], ", ")+v.t("export.and")+who[len(who)-1])
			}
		}
		// The weakest scored questions, lowest first.
		type scored struct {
			q     *model.Question
			res   model.QuestionResult
			index int
		}
		var list []scored
		for i := range d.Questions {
			q := &d.Questions[i]
			if qr := v.res.Questions[q.ID]; qr.HasScore {
				list = append(list, scored{q, qr, i})
			}
		}
		slices.SortStableFunc(list, func(x, y scored) int {
			if c := cmp.Compare(x.res.Score, y.res.Score); c != 0 {
				return c
			}
			return cmp.Compare(x.index, y.index)
		})
		for i, s := range list {
			if i == weakMax || (i >= 2 && res.Target > 0 && s.res.Score >= float64(res.Target)) {
				break
			}
			level := model.LevelOf(s.res.Score, len(v.a.Levels))
			w := weakQuestion{Text: oneLine(s.q.Text.In(v.lang)), Score: v.score(s.res.Score)}
			if level >= 1 && level <= len(s.q.Descriptors) {
				w.Today, w.TodayLevel = oneLine(s.q.Descriptors[level-1].In(v.lang)), v.level(level)
			}
			if level+1 <= len(s.q.Descriptors) && level+1 <= len(v.a.Levels) {
				w.Next, w.NextLevel = oneLine(s.q.Descriptors[level].In(v.lang)), v.level(level+1)
			}
			f.Weak = append(f.Weak, w)
		}
		for _, q := range d.Questions {
			short := model.Shorten(q.Text.In(v.lang), 60)
			for _, n := range v.notes(q.ID) {
				n.Question = short
				f.Notes = append(f.Notes, n)
			}
			if qr := v.res.Questions[q.ID]; qr.Disagreement {
				lo, hi := v.spreadRange(q.ID)
				f.Disagreements = append(f.Disagreements, v.t("export.dim_disagreement", model.Shorten(q.Text.In(v.lang), 90), lo, hi))
			}
		}
		r.Findings = append(r.Findings, f)
	}
}

// notes are the notes on question q, by respondent order: "Ana (2 ·
// Aware)" and the note.
func (v *view) notes(q string) []noteLine {
	var out []noteLine
	for _, p := range v.respondents() {
		resp, ok := v.answers[p.ID][q]
		if !ok || strings.TrimSpace(resp.Note) == "" {
			continue
		}
		out = append(out, noteLine{Who: oneLine(p.Name) + " (" + v.answer(resp) + ")", Text: strings.TrimSpace(resp.Note)})
	}
	return out
}

// spreadRange is the lowest and highest level participants gave to q.
func (v *view) spreadRange(q string) (lo, hi int) {
	for _, p := range v.b.Participants {
		if resp, ok := v.answers[p.ID][q]; ok && resp.Level > 0 && !resp.NA {
			if lo == 0 || resp.Level < lo {
				lo = resp.Level
			}
			hi = max(hi, resp.Level)
		}
	}
	return lo, hi
}

// disagreementRow is one question that split the team.
type disagreementRow struct {
	Question, Answers, Spread, Score string
	Notes                            []noteLine
}

func (r *report) disagreements() {
	v := r.v
	for _, qr := range v.res.Disagreements {
		var answers []string
		for _, p := range v.b.Participants {
			if resp, ok := v.answers[p.ID][qr.QuestionID]; ok && resp.Decided() {
				a := strconv.Itoa(resp.Level)
				switch {
				case resp.NA:
					a = v.t("export.na")
				case resp.DontKnow:
					a = v.t("q.dont_know_short")
				}
				answers = append(answers, oneLine(p.Name)+" "+a)
			}
		}
		score := "—"
		if qr.HasScore {
			score = v.score(qr.Score)
		}
		r.Disagreements = append(r.Disagreements, disagreementRow{Question: oneLine(v.questionText(qr.QuestionID)),
			Answers: strings.Join(answers, " · "), Spread: strconv.Itoa(qr.Spread), Score: score, Notes: v.notes(qr.QuestionID)})
	}
}

// questionTable is one dimension's questions with their ids, for the
// appendix.
type questionTable struct {
	Dimension string
	Rows      [][]string // id, question, score, answers, spread
}

// personAnswers is one respondent's answers, for the appendix.
type personAnswers struct {
	Who  string
	Rows [][]string // id, question, answer, note
}

func (r *report) appendix() {
	v := r.v
	for _, d := range v.a.Dimensions {
		t := questionTable{Dimension: oneLine(d.Name.In(v.lang))}
		for _, q := range d.Questions {
			qr := v.res.Questions[q.ID]
			score := "—"
			switch {
			case qr.HasScore:
				score = v.score(qr.Score)
			case qr.NA:
				score = v.t("export.na")
			case qr.DontKnow:
				score = v.t("q.dont_know_short")
			}
			spread := "—"
			if qr.Answers > 0 {
				spread = strconv.Itoa(qr.Spread)
				if qr.Disagreement {
					spread += " ⚠"
				}
			}
			t.Rows = append(t.Rows, []string{q.ID, q.Text.In(v.lang), score, strconv.Itoa(qr.Answers), spread})
		}
		r.QuestionTables = append(r.QuestionTables, t)
	}
	for _, p := range v.respondents() {
		pa := personAnswers{Who: oneLine(p.Name)}
		if role := oneLine(p.Role); role != "" {
			pa.Who += " (" + role + ")"
		}
		for _, d := range v.a.Dimensions {
			for _, q := range d.Questions {
				resp, ok := v.answers[p.ID][q.ID]
				if !ok || (!resp.Decided() && strings.TrimSpace(resp.Note) == "") {
					continue
				}
				pa.Rows = append(pa.Rows, []string{q.ID, model.Shorten(q.Text.In(v.lang), 70), v.answer(resp), strings.TrimSpace(resp.Note)})
			}
		}
		r.Answers = append(r.Answers, pa)
	}
}
