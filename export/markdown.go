package export

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cxmap/cxmap/model"
)

// WriteMarkdown writes the workshop report in lang (en or es) for GitHub
// and any CommonMark viewer; see WriteMarkdownWith.
func WriteMarkdown(w io.Writer, b *model.Bundle, lang string) error {
	return WriteMarkdownWith(w, b, lang, Options{})
}

// WriteMarkdownWith writes the report the client takes home: the
// workshop's details, an executive summary, the maturity table with a
// Mermaid bar chart and a text one, the legend of the levels, the findings
// of each dimension in the model's own descriptors, the disagreements,
// every journey as tables and emotion charts (split in parts when long),
// the agreed roadmap with its evidence, a timeline and an impact-effort
// matrix, a note on method, a glossary, and an appendix (further
// proposals, the questions with their ids, every answer). User text is
// escaped (mdText) so that it can neither break a table nor inject markup.
func WriteMarkdownWith(w io.Writer, b *model.Bundle, lang string, opt Options) error {
	r, err := buildReport(b, lang, opt)
	if err != nil {
		return err
	}
	m := &md{report: r}
	m.header()
	m.summary()
	m.maturity()
	m.findings()
	m.disagreements()
	m.journeys()
	m.roadmapSection()
	m.method()
	m.glossary()
	m.appendix()
	m.footer()
	_, err = w.Write(m.buf.Bytes())
	return err
}

type md struct {
	*report
	buf bytes.Buffer
}

func (m *md) t(key string, args ...any) string { return m.v.t(key, args...) }

// line writes s and a new line.
func (m *md) line(s string) {
	m.buf.WriteString(s)
	m.buf.WriteByte('\n')
}

func (m *md) blank() { m.buf.WriteByte('\n') }

func (m *md) heading(level int, text string) {
	m.buf.WriteString(strings.Repeat("#", level))
	m.buf.WriteByte(' ')
	m.line(text)
	m.blank()
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
	m.blank()
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

func (m *md) labelled(l labelled) string { return "**" + mdLine(l.Label) + ":** " + mdText(l.Text) }

func (m *md) header() {
	m.heading(1, mdLine(m.Title))
	for _, f := range m.Facts {
		m.line("- " + m.labelled(f))
	}
	m.blank()
}

func (m *md) summary() {
	m.heading(2, m.t("export.summary"))
	s := m.Summary
	o := mdLine(s.Overall)
	if s.Meaning != "" {
		o += " " + mdLine(s.Meaning)
	}
	m.line(o)
	m.blank()
	for _, f := range s.Facts {
		m.line("- " + m.labelled(f))
	}
	if len(s.Facts) > 0 {
		m.blank()
	}
	if len(s.Start) == 0 {
		m.line(mdLine(s.NoStart))
		m.blank()
		return
	}
	m.line("**" + m.t("export.top") + "**")
	m.blank()
	for i, it := range s.Start {
		m.line(fmt.Sprintf("%d. **%s** (%s)", i+1, mdLine(it.Title), mdLine(it.Detail)))
	}
	m.blank()
}

func (m *md) maturity() {
	m.heading(2, m.t("export.maturity"))
	header := []string{m.t("export.col.dimension"), m.t("term.score"), m.t("export.col.level"), m.t("export.col.target"), m.t("export.col.gap")}
	align := "lrlrr"
	if m.HasChange {
		header = append(header, m.t("export.col.change"))
		align += "r"
	}
	var rows [][]string
	for _, d := range m.Dims {
		row := []string{mdLine(d.Name), d.ScoreText, mdLine(d.LevelTxt), d.TargetText, d.GapText}
		if m.HasChange {
			row = append(row, d.ChangeText)
		}
		rows = append(rows, row)
	}
	o := m.Overall
	total := []string{"**" + mdLine(o.Name) + "**", bold(o.ScoreText), bold(mdLine(o.LevelTxt)), "", ""}
	if m.HasChange {
		total = append(total, o.ChangeText)
	}
	rows = append(rows, total)
	m.table(header, align, rows)
	if m.Overall.HasScore { // no chart of nothing
		m.xyChart()
		m.barChart()
	}
	m.line("**" + m.t("export.levels_legend") + "**")
	m.blank()
	var legend [][]string
	for _, l := range m.Levels {
		legend = append(legend, []string{strconv.Itoa(l.N), mdLine(l.Name), mdText(l.Summary)})
	}
	m.table([]string{m.t("export.col.level"), m.t("export.col.name"), m.t("export.col.meaning")}, "rll", legend)
}

func bold(s string) string {
	if s == "—" || s == "" {
		return s
	}
	return "**" + s + "**"
}

// xyChart draws the scores against the targets as a Mermaid xychart-beta:
// bars for the scores, a line for the targets (GitHub renders it).
func (m *md) xyChart() {
	var names, scores, targets []string
	hasTarget := false
	// Short enough that the x-axis line stays within about 180 columns,
	// so that it reads whole in a terminal preview too.
	labelMax := max(180/max(len(m.Dims), 1)-4, 10)
	for _, d := range m.Dims {
		names = append(names, mermaidString(model.Shorten(d.Name, labelMax)))
		scores = append(scores, chartNumber(d.Score, d.HasScore))
		targets = append(targets, strconv.Itoa(d.Target))
		hasTarget = hasTarget || d.Target > 0
	}
	if len(names) == 0 {
		return
	}
	m.line("```mermaid")
	m.line("xychart-beta")
	m.line("    title " + mermaidString(m.t("export.chart_title")))
	m.line("    x-axis [" + strings.Join(names, ", ") + "]")
	m.line(fmt.Sprintf("    y-axis %s 0 --> %d", mermaidString(m.t("export.col.level")), max(len(m.v.a.Levels), 1)))
	m.line("    bar [" + strings.Join(scores, ", ") + "]")
	if hasTarget {
		m.line("    line [" + strings.Join(targets, ", ") + "]")
	}
	m.line("```")
	m.blank()
	if hasTarget {
		m.line("*" + m.t("export.chart_legend") + "*")
		m.blank()
	}
}

// chartNumber is a score for a chart: always with a decimal point.
func chartNumber(x float64, has bool) string {
	if !has {
		return "0"
	}
	return strconv.FormatFloat(x, 'f', 1, 64)
}

// barChart draws the scores as text bars, four cells a level, in a code
// block (so it keeps its alignment wherever Mermaid does not render).
func (m *md) barChart() {
	levels := max(len(m.v.a.Levels), 1)
	width := 4 * levels
	bars := append(slices.Clone(m.Dims), m.Overall) // the overall row has no target
	labels := make([]string, len(bars))
	pad := 0
	for i, b := range bars {
		labels[i] = codeText(b.Name)
		pad = max(pad, utf8.RuneCountInString(labels[i]))
	}
	m.line("```") // no info string: nothing to highlight, nothing to show
	for i, b := range bars {
		if i == len(bars)-1 {
			m.line(strings.Repeat("─", pad+width+7))
		}
		label := labels[i] + strings.Repeat(" ", pad-utf8.RuneCountInString(labels[i]))
		filled := 0
		value := "  —"
		if b.HasScore {
			filled = min(max(int(b.Score*4+0.5), 0), width)
			value = fmt.Sprintf("%5s", m.v.score(b.Score))
		}
		s := label + "  " + strings.Repeat("█", filled) + strings.Repeat("░", width-filled) + value
		if b.Target > 0 {
			s += "  " + m.t("export.bar_target", b.Target)
		}
		m.line(strings.TrimRight(s, " "))
	}
	m.line("```")
	m.blank()
}

func (m *md) findings() {
	m.heading(2, m.t("export.findings"))
	for _, f := range m.Findings {
		m.heading(3, mdLine(f.Heading))
		if f.Description != "" {
			m.line("*" + mdLine(f.Description) + "*")
			m.blank()
		}
		m.line(mdLine(f.Status))
		m.blank()
		if f.DontKnow != "" {
			m.line(mdLine(f.DontKnow))
			m.blank()
		}
		if len(f.Weak) > 0 {
			m.line("**" + m.t("export.weakest_questions") + "**")
			m.blank()
			for _, w := range f.Weak {
				m.line("- **" + mdLine(w.Text) + "** " + m.t("export.q_score", w.Score))
				if w.Today != "" {
					m.line("  - *" + m.t("export.today", mdLine(w.TodayLevel)) + "* " + mdLine(w.Today))
				}
				if w.Next != "" {
					m.line("  - *" + m.t("export.next", mdLine(w.NextLevel)) + "* " + mdLine(w.Next))
				}
			}
			m.blank()
		}
		for _, d := range f.Disagreements {
			m.line("> ⚠ " + mdLine(d))
			m.blank()
		}
		if len(f.Notes) > 0 {
			m.line("**" + m.t("export.notes") + "**")
			m.blank()
			for _, n := range f.Notes {
				m.line("- " + mdLine(n.Who) + ", " + m.t("export.on_question", mdLine(n.Question)) + " " + mdText(n.Text))
			}
			m.blank()
		}
	}
}

func (m *md) disagreements() {
	m.heading(2, m.t("term.disagreements"))
	if len(m.Disagreements) == 0 {
		m.line(m.t("export.no_disagreements", model.DisagreementSpread))
		m.blank()
		return
	}
	m.line(m.t("export.disagreements_intro", model.DisagreementSpread))
	m.blank()
	var rows [][]string
	var notes []string
	for _, d := range m.Disagreements {
		rows = append(rows, []string{mdText(d.Question), mdLine(d.Answers), d.Spread, d.Score})
		for _, n := range d.Notes {
			notes = append(notes, "- "+mdLine(n.Who)+", "+m.t("export.on_question", mdLine(model.Shorten(d.Question, 60)))+" "+mdText(n.Text))
		}
	}
	m.table([]string{m.t("export.col.question"), m.t("export.col.levels"), m.t("export.col.spread"), m.t("term.score")}, "llrr", rows)
	if len(notes) > 0 {
		m.line("**" + m.t("export.notes") + "**")
		m.blank()
		for _, n := range notes {
			m.line(n)
		}
		m.blank()
	}
}

func (m *md) method() {
	m.heading(2, m.t("export.method"))
	for _, l := range m.Method {
		m.line("- " + m.labelled(l))
	}
	m.blank()
}

func (m *md) glossary() {
	m.heading(2, m.t("export.glossary"))
	for _, l := range m.Glossary {
		m.line("- " + m.labelled(l))
	}
	m.blank()
}

func (m *md) appendix() {
	m.heading(2, m.t("export.appendix"))
	if len(m.Roadmap.Backlog) > 0 {
		m.heading(3, m.t("export.backlog"))
		m.line(m.t("export.backlog_intro"))
		m.blank()
		m.itemTable(m.Roadmap.Backlog, true)
	}
	m.heading(3, m.t("export.questions_appendix"))
	m.line(m.t("export.questions_appendix_intro"))
	m.blank()
	for _, qt := range m.QuestionTables {
		m.line("**" + mdLine(qt.Dimension) + "**")
		m.blank()
		var rows [][]string
		for _, r := range qt.Rows {
			rows = append(rows, []string{mdCode(r[0]), mdText(r[1]), r[2], r[3], r[4]})
		}
		m.table([]string{m.t("export.col.id"), m.t("export.col.question"), m.t("term.score"), m.t("export.col.answers"), m.t("export.col.spread")}, "llrrr", rows)
	}
	m.heading(3, m.t("export.answers_appendix"))
	m.line(m.t("export.appendix_intro"))
	m.blank()
	if len(m.Answers) == 0 {
		m.line(m.t("export.no_answers"))
		m.blank()
		return
	}
	for _, p := range m.Answers {
		m.heading(4, mdLine(p.Who))
		if len(p.Rows) == 0 {
			m.line(m.t("export.no_answers"))
			m.blank()
			continue
		}
		var rows [][]string
		for _, r := range p.Rows {
			rows = append(rows, []string{mdCode(r[0]), mdText(r[1]), mdLine(r[2]), mdText(r[3])})
		}
		m.table([]string{m.t("export.col.id"), m.t("export.col.question"), m.t("export.col.answer"), m.t("export.col.note")}, "llll", rows)
	}
}

func (m *md) footer() {
	m.line("---")
	m.blank()
	m.line("*" + mdLine(m.Generated) + "*")
}
