package export

import (
	"fmt"
	"strings"

	"github.com/cxmap/cxmap/model"
)

func (m *md) journeys() {
	m.heading(2, m.t("export.journeys"))
	if len(m.Journeys) == 0 {
		m.line(m.t("export.no_journeys"))
		m.blank()
		return
	}
	for _, j := range m.Journeys {
		m.journey(j)
	}
}

func (m *md) journey(j journeyView) {
	m.heading(3, mdLine(j.Name))
	m.line("*" + mdLine(j.Meta) + "*")
	m.blank()
	if j.Empty {
		m.line(m.t("export.empty_journey"))
		m.blank()
		return
	}
	for _, p := range j.Parts {
		if p.Label != "" {
			m.line("**" + mdLine(p.Label) + "**")
			m.blank()
		}
		header := []string{m.t("export.col.lane")}
		for _, s := range p.Stages {
			header = append(header, mdLine(s))
		}
		rows := make([][]string, 0, len(p.Rows))
		for _, r := range p.Rows {
			row := []string{"**" + mdLine(r.Lane) + "**"}
			for _, c := range r.Cells {
				text := mdText(c.Text)
				if c.Score != nil {
					text = strings.TrimSpace(c.Face + " " + signed(*c.Score) + " " + text)
				}
				if c.Observed && text != "" {
					text += " ◉"
				}
				row = append(row, text)
			}
			rows = append(rows, row)
		}
		m.table(header, "", rows)
	}
	if j.Observed {
		m.line(m.t("export.observed_legend"))
		m.blank()
	}
	if !j.HasEmotion {
		m.line(m.t("export.no_emotions"))
		m.blank()
		return
	}
	for _, p := range j.Parts {
		m.journeyDiagram(j, p)
	}
}

// journeyDiagram draws one part's emotion curve as a Mermaid journey: one
// section per stage with an emotion, its task the stage's action (or its
// name), scored 1-5 from the emotion's -2..+2, lived by the persona.
func (m *md) journeyDiagram(j journeyView, p journeyPart) {
	actor := mermaidText(j.Actor, m.t("export.actor."+string(model.CustomerJourney)))
	var lines []string
	for i, pt := range p.Curve {
		if !pt.Has {
			continue
		}
		lines = append(lines,
			"    section "+mermaidText(model.Shorten(pt.Stage, 40), m.t("export.stage_n", i+1)),
			fmt.Sprintf("      %s: %d: %s", mermaidText(model.Shorten(pt.Task, 40), pt.Stage), pt.Score+3, actor))
	}
	if len(lines) == 0 {
		return
	}
	title := j.Name
	if p.Label != "" {
		title += " (" + p.Label + ")"
	}
	m.line("```mermaid")
	m.line("journey")
	m.line("    title " + mermaidText(model.Shorten(title, 70), m.t("export.journey")))
	for _, l := range lines {
		m.line(l)
	}
	m.line("```")
	m.blank()
}
