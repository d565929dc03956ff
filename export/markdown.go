package export

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cxmap/cxmap/model"
)

// WriteMarkdown writes the workshop report in lang (en or es), for GitHub
// and any CommonMark viewer: the workshop's details, an executive summary,
// the maturity table and a bar chart, the findings of each dimension with
// the room's notes, the disagreements, every journey as a table and a
// Mermaid journey diagram, the roadmap by horizon with each initiative's
// evidence and a Mermaid timeline, and an appendix with every answer.
// User text is escaped (mdText) so that it can neither break a table nor
// inject markup.
func WriteMarkdown(w io.Writer, b *model.Bundle, lang string) error {
	v, err := newView(b, lang)
	if err != nil {
		return err
	}
	m := &md{view: v}
	m.header()
	m.summary()
	m.maturity()
	m.findings()
	m.disagreements()
	m.journeys()
	m.roadmapSection()
	m.appendix()
	m.footer()
	_, err = w.Write(m.buf.Bytes())
	return err
}

type md struct {
	*view
	buf bytes.Buffer
}

func (m *md) p(format string, args ...any) {
	fmt.Fprintf(&m.buf, format, args...)
}

// line writes s and a new line.
func (m *md) line(s string) {
	m.buf.WriteString(s)
	m.buf.WriteByte('\n')
}

func (m *md) heading(level int, text string) {
	m.buf.WriteString(strings.Repeat("#", level))
	m.buf.WriteByte(' ')
	m.line(text)
	m.buf.WriteByte('\n')
}

// table writes a GitHub table; every row has exactly len(header) cells.
// align holds one of "l", "r" or "c" per column.
func (m *md) table(header []string, align string, rows [][]string) {
	m.row(header)
	seps := make([]string, len(header))
	for i := range seps {
		switch {
		case i < len(align) && align[i] == 'r':
			seps[i] = "---:"
		case i < len(align) && align[i] == 'c':
			seps[i] = ":---:"
		default:
			seps[i] = "---"
		}
	}
	m.row(seps)
	for _, r := range rows {
		cells := make([]string, len(header))
		copy(cells, r)
		m.row(cells)
	}
	m.buf.WriteByte('\n')
}

func (m *md) row(cells []string) {
	m.buf.WriteString("|")
	for _, c := range cells {
		m.buf.WriteByte(' ')
		m.buf.WriteString(c)
		if c != "" {
			m.buf.WriteByte(' ')
		}
		m.buf.WriteByte('|')
	}
	m.buf.WriteByte('\n')
}

func (m *md) header() {
	w := m.b.Workshop
	m.heading(1, m.t("export.title", mdLine(w.Name)))
	var facts []string
	add := func(key, value string) {
		if value != "" {
			facts = append(facts, fmt.Sprintf("- **%s:** %s", m.t(key), value))
		}
	}
	add("export.client", mdLine(w.Client))
	add("export.workshop_date", m.date(w.CreatedAt))
	add("export.facilitator", mdLine(w.Facilitator))
	a := m.a
	name := mdLine(a.Name.In(m.lang))
	add("export.assessment", m.t("export.assessment_is", name, mdLine(a.ID), mdLine(a.Version), a.QuestionCount(), len(a.Levels)))
	var people []string
	for _, p := range m.b.Participants {
		s := mdLine(p.Name)
		if strings.TrimSpace(p.Role) != "" {
			s += " (" + mdLine(p.Role) + ")"
		}
		people = append(people, s)
	}
	if len(people) == 0 {
		people = append(people, m.t("export.nobody"))
	}
	facts = append(facts, fmt.Sprintf("- **%s:** %s", m.t("export.participants", len(m.b.Participants)), strings.Join(people, ", ")))
	for _, f := range facts {
		m.line(f)
	}
	m.buf.WriteByte('\n')
}

// scored returns the dimension results that have a score, in model order.
func (m *md) scored() []model.DimensionResult {
	var out []model.DimensionResult
	for _, d := range m.res.Dimensions {
		if d.HasScore {
			out = append(out, d)
		}
	}
	return out
}

func (m *md) summary() {
	m.heading(2, m.t("export.summary"))
	r := m.res
	if !r.HasOverall {
		m.line(m.t("export.no_score", r.Answered, r.Total))
		m.buf.WriteByte('\n')
	} else {
		s := m.t("export.overall", m.score(r.Overall), len(m.a.Levels), r.OverallLevel, mdLine(m.levelName(r.OverallLevel)))
		s += " " + m.t("export.answered", r.Answered, r.Total, len(m.b.Participants))
		if m.b.Previous != nil {
			if _, overall := m.b.Change(); overall.Comparable {
				s += " " + m.t("export.overall_change", m.delta(overall.Delta), m.score(overall.Before))
			}
		}
		m.line(s)
		m.buf.WriteByte('\n')
		if l := r.OverallLevel; l >= 1 && l <= len(m.a.Levels) {
			if sum := m.a.Levels[l-1].Summary.In(m.lang); sum != "" {
				m.line("> **" + mdLine(m.levelName(l)) + ":** " + mdLine(sum))
				m.buf.WriteByte('\n')
			}
		}
	}

	var facts []string
	if dims := m.scored(); len(dims) > 0 {
		hi, lo := dims[0], dims[0]
		for _, d := range dims[1:] {
			if d.Score > hi.Score {
				hi = d
			}
			if d.Score < lo.Score {
				lo = d
			}
		}
		dimFact := func(key string, d model.DimensionResult) string {
			return m.t(key, mdLine(m.dimName(d.DimensionID)), m.score(d.Score), mdLine(m.levelName(d.Level)))
		}
		facts = append(facts, dimFact("export.strongest", hi))
		if lo.DimensionID != hi.DimensionID {
			facts = append(facts, dimFact("export.weakest", lo))
		}
		gap := model.DimensionResult{}
		for _, d := range dims {
			if d.Gap > gap.Gap {
				gap = d
			}
		}
		if gap.Gap > 0 {
			facts = append(facts, m.t("export.largest_gap", mdLine(m.dimName(gap.DimensionID)), gap.Gap, gap.Target))
		}
	}
	if n := len(r.Disagreements); n > 0 {
		facts = append(facts, m.t("export.disagreement_count", n))
	}
	for _, f := range facts {
		m.line("- " + f)
	}
	if len(facts) > 0 {
		m.buf.WriteByte('\n')
	}

	byHorizon, _ := m.roadmap()
	var top []roadmapItem
	for _, h := range model.Horizons {
		for _, it := range byHorizon[h] {
			if len(top) < 3 {
				top = append(top, it)
			}
		}
	}
	if len(top) == 0 {
		m.line(m.t("export.no_roadmap"))
		m.buf.WriteByte('\n')
		return
	}
	m.line(m.t("export.top"))
	m.buf.WriteByte('\n')
	for i, it := range top {
		s := fmt.Sprintf("%d. **%s**: %s", i+1, mdLine(it.Title), m.t("export.top_item",
			m.horizon(it.Horizon), m.quadrant(it.Initiative), it.Impact, it.Effort))
		if len(it.Evidence) > 0 {
			s += " " + m.t("export.because", m.evidenceMD(it.Evidence[0], 120))
		}
		m.line(s)
	}
	m.buf.WriteByte('\n')
}

func (m *md) maturity() {
	m.heading(2, m.t("export.maturity"))
	var changes map[string]model.Change
	var overall model.Change
	if m.b.Previous != nil {
		dims, o := m.b.Change()
		changes, overall = map[string]model.Change{}, o
		for _, c := range dims {
			changes[c.DimensionID] = c
		}
	}
	header := []string{m.t("export.col.dimension"), m.t("export.col.score"), m.t("export.col.level"), m.t("export.col.target"), m.t("export.col.gap")}
	align := "lrlrr"
	if changes != nil {
		header = append(header, m.t("export.col.change"))
		align += "r"
	}
	change := func(c model.Change) string {
		if !c.Comparable {
			return "—"
		}
		return m.delta(c.Delta)
	}
	var rows [][]string
	for _, d := range m.res.Dimensions {
		row := []string{mdLine(m.dimName(d.DimensionID)), "—", "—", "—", "—"}
		if d.HasScore {
			row[1], row[2] = m.score(d.Score), mdLine(m.level(d.Level))
		}
		if d.Target > 0 {
			row[3] = strconv.Itoa(d.Target)
			switch {
			case !d.HasScore:
			case d.Gap > 0:
				row[4] = strconv.Itoa(d.Gap)
			default:
				row[4] = "✓"
			}
		}
		if changes != nil {
			row = append(row, change(changes[d.DimensionID]))
		}
		rows = append(rows, row)
	}
	total := []string{"**" + m.t("export.overall_row") + "**", "—", "—", "", ""}
	if m.res.HasOverall {
		total[1], total[2] = "**"+m.score(m.res.Overall)+"**", "**"+mdLine(m.level(m.res.OverallLevel))+"**"
	}
	if changes != nil {
		total = append(total, change(overall))
	}
	rows = append(rows, total)
	m.table(header, align, rows)
	m.barChart()
}

// barChart draws the scores as text bars, four cells a level, in a code
// block (so it keeps its alignment).
func (m *md) barChart() {
	levels := max(len(m.a.Levels), 1)
	width := 4 * levels
	type bar struct {
		label  string
		score  float64
		has    bool
		target int
	}
	var bars []bar
	for _, d := range m.res.Dimensions {
		bars = append(bars, bar{codeText(m.dimName(d.DimensionID)), d.Score, d.HasScore, d.Target})
	}
	bars = append(bars, bar{m.t("export.overall_row"), m.res.Overall, m.res.HasOverall, 0})
	pad := 0
	for _, b := range bars {
		pad = max(pad, utf8.RuneCountInString(b.label))
	}
	m.line("```text")
	for i, b := range bars {
		if i == len(bars)-1 {
			m.line(strings.Repeat("─", pad+width+7))
		}
		label := b.label + strings.Repeat(" ", pad-utf8.RuneCountInString(b.label))
		filled := 0
		value := "  —"
		if b.has {
			filled = min(max(int(b.score*4+0.5), 0), width)
			value = fmt.Sprintf("%5s", m.score(b.score))
		}
		s := label + "  " + strings.Repeat("█", filled) + strings.Repeat("░", width-filled) + value
		if b.target > 0 {
			s += "  " + m.t("export.bar_target", b.target)
		}
		m.line(strings.TrimRight(s, " "))
	}
	m.line("```")
	m.buf.WriteByte('\n')
}

// notesFor returns the notes on question q, by respondent order.
func (m *md) notesFor(q string) []string {
	var out []string
	for _, p := range m.respondents() {
		r, ok := m.answers[p.ID][q]
		if !ok || strings.TrimSpace(r.Note) == "" {
			continue
		}
		out = append(out, fmt.Sprintf("%s (%s): %s", mdLine(p.Name), mdLine(m.answer(r)), mdText(r.Note)))
	}
	return out
}

func (m *md) findings() {
	m.heading(2, m.t("export.findings"))
	for _, d := range m.a.Dimensions {
		res, _ := m.res.Dimension(d.ID)
		title := mdLine(d.Name.In(m.lang))
		if res.HasScore {
			title = m.t("export.dim_heading", title, m.score(res.Score), mdLine(m.level(res.Level)))
		} else {
			title = m.t("export.dim_heading_none", title)
		}
		m.heading(3, title)
		if desc := d.Description.In(m.lang); desc != "" {
			m.line("*" + mdLine(desc) + "*")
			m.buf.WriteByte('\n')
		}
		if res.HasScore && res.Level <= len(m.a.Levels) {
			m.line(m.t("export.dim_now", mdLine(m.levelName(res.Level)), mdLine(m.a.Levels[res.Level-1].Summary.In(m.lang))))
			if next := res.Level + 1; res.Target > res.Level && next <= len(m.a.Levels) {
				m.line("")
				m.line(m.t("export.dim_next", res.Target, next, mdLine(m.levelName(next)), mdLine(m.a.Levels[next-1].Summary.In(m.lang))))
			}
			m.buf.WriteByte('\n')
		}
		var rows [][]string
		var notes []string
		for _, q := range d.Questions {
			qr := m.res.Questions[q.ID]
			score := "—"
			switch {
			case qr.HasScore:
				score = m.score(qr.Score)
			case qr.NA:
				score = m.t("export.na")
			case qr.DontKnow:
				score = m.t("q.dont_know_short")
			}
			spread := "—"
			if qr.Answers > 0 {
				spread = strconv.Itoa(qr.Spread)
				if qr.Disagreement {
					spread += " ⚠"
				}
			}
			rows = append(rows, []string{mdCode(q.ID), mdText(q.Text.In(m.lang)), score, strconv.Itoa(qr.Answers), spread})
			for _, n := range m.notesFor(q.ID) {
				notes = append(notes, "- "+mdCode(q.ID)+" · "+n)
			}
		}
		m.table([]string{m.t("export.col.id"), m.t("export.col.question"), m.t("export.col.score"), m.t("export.col.answers"), m.t("export.col.spread")}, "llrrr", rows)
		m.noteList(notes)
	}
}

func (m *md) disagreements() {
	m.heading(2, m.t("export.disagreements"))
	if len(m.res.Disagreements) == 0 {
		m.line(m.t("export.no_disagreements", model.DisagreementSpread))
		m.buf.WriteByte('\n')
		return
	}
	m.line(m.t("export.disagreements_intro", model.DisagreementSpread))
	m.buf.WriteByte('\n')
	var rows [][]string
	var notes []string
	for _, qr := range m.res.Disagreements {
		var answers []string
		for _, p := range m.b.Participants {
			if r, ok := m.answers[p.ID][qr.QuestionID]; ok && r.Decided() {
				a := strconv.Itoa(r.Level)
				switch {
				case r.NA:
					a = m.t("export.na")
				case r.DontKnow:
					a = m.t("q.dont_know_short")
				}
				answers = append(answers, mdLine(p.Name)+" "+a)
			}
		}
		score := "—"
		if qr.HasScore {
			score = m.score(qr.Score)
		}
		rows = append(rows, []string{mdCode(qr.QuestionID), mdText(m.questionText(qr.QuestionID)), strings.Join(answers, " · "), strconv.Itoa(qr.Spread), score})
		for _, n := range m.notesFor(qr.QuestionID) {
			notes = append(notes, "- "+mdCode(qr.QuestionID)+" · "+n)
		}
	}
	m.table([]string{m.t("export.col.id"), m.t("export.col.question"), m.t("export.col.levels"), m.t("export.col.spread"), m.t("export.col.score")}, "lllrr", rows)
	m.noteList(notes)
}

// noteList writes the notes given on a table's questions, if any, below it.
func (m *md) noteList(notes []string) {
	if len(notes) == 0 {
		return
	}
	m.line("**" + m.t("export.notes") + "**")
	m.buf.WriteByte('\n')
	for _, n := range notes {
		m.line(n)
	}
	m.buf.WriteByte('\n')
}

func (m *md) appendix() {
	m.heading(2, m.t("export.appendix"))
	m.line(m.t("export.appendix_intro"))
	m.buf.WriteByte('\n')
	people := m.respondents()
	if len(people) == 0 {
		m.line(m.t("export.no_answers"))
		m.buf.WriteByte('\n')
		return
	}
	for _, p := range people {
		title := mdLine(p.Name)
		if strings.TrimSpace(p.Role) != "" {
			title += " (" + mdLine(p.Role) + ")"
		}
		m.heading(3, title)
		var rows [][]string
		for _, d := range m.a.Dimensions {
			for _, q := range d.Questions {
				r, ok := m.answers[p.ID][q.ID]
				if !ok || (!r.Decided() && strings.TrimSpace(r.Note) == "") {
					continue
				}
				rows = append(rows, []string{mdCode(q.ID), mdText(model.Shorten(q.Text.In(m.lang), 70)), mdLine(m.answer(r)), mdText(r.Note)})
			}
		}
		if len(rows) == 0 {
			m.line(m.t("export.no_answers"))
			m.buf.WriteByte('\n')
			continue
		}
		m.table([]string{m.t("export.col.id"), m.t("export.col.question"), m.t("export.col.answer"), m.t("export.col.note")}, "llll", rows)
	}
}

func (m *md) footer() {
	m.line("---")
	m.buf.WriteByte('\n')
	if d := m.date(m.b.GeneratedAt); d != "" {
		m.line("*" + m.t("export.generated_on", d) + "*")
	} else {
		m.line("*" + m.t("export.generated") + "*")
	}
}
