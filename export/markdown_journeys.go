package export

import (
	"fmt"
	"strings"

	"github.com/cxmap/cxmap/model"
)

// emotionFaces show the emotion lane's -2..+2 at a glance.
var emotionFaces = map[int]string{-2: "😠", -1: "🙁", 0: "😐", 1: "🙂", 2: "😀"}

func signed(n int) string {
	switch {
	case n > 0:
		return fmt.Sprintf("+%d", n)
	case n < 0:
		return fmt.Sprintf("−%d", -n)
	}
	return "0"
}

func (m *md) journeys() {
	m.heading(2, m.t("export.journeys"))
	if len(m.b.Journeys) == 0 {
		m.line(m.t("export.no_journeys"))
		m.buf.WriteByte('\n')
		return
	}
	for _, j := range m.b.Journeys {
		m.journey(j)
	}
}

func (m *md) journeyName(j model.Journey) string {
	return strings.TrimSpace(j.Name)
}

func (m *md) journey(j model.Journey) {
	name := m.journeyName(j)
	m.heading(3, mdLine(name))
	kind := m.t("export.kind." + string(model.CustomerJourney))
	if j.Kind == model.EmployeeJourney {
		kind = m.t("export.kind." + string(model.EmployeeJourney))
	}
	state := m.t("export.state." + string(model.CurrentState))
	if j.State == model.FutureState {
		state = m.t("export.state." + string(model.FutureState))
	}
	meta := []string{kind, state}
	if p := strings.TrimSpace(j.Persona); p != "" {
		meta = append(meta, m.t("export.persona", mdLine(p)))
	}
	if j.SourceID != 0 {
		for _, src := range m.b.Journeys {
			if src.ID == j.SourceID && src.ID != j.ID {
				meta = append(meta, m.t("export.future_of", mdLine(m.journeyName(src))))
			}
		}
	}
	m.line("*" + strings.Join(meta, " · ") + "*")
	m.buf.WriteByte('\n')
	if len(j.Stages) == 0 || len(j.Lanes) == 0 {
		m.line(m.t("export.empty_journey"))
		m.buf.WriteByte('\n')
		return
	}

	header := []string{m.t("export.col.lane")}
	for i, s := range j.Stages {
		header = append(header, mdLine(stageName(m.view, s, i)))
	}
	observed := false
	rows := make([][]string, 0, len(j.Lanes))
	for l, lane := range j.Lanes {
		row := []string{"**" + mdLine(m.laneName(lane)) + "**"}
		for s := range j.Stages {
			c := cellAt(j, l, s)
			text := mdText(c.Text)
			if c.Score != nil {
				face := emotionFaces[*c.Score]
				text = strings.TrimSpace(signed(*c.Score) + " " + face + " " + text)
			}
			if c.Observed && text != "" {
				text += " ◉"
				observed = true
			}
			row = append(row, text)
		}
		rows = append(rows, row)
	}
	m.table(header, "", rows)
	if observed {
		m.line(m.t("export.observed_legend"))
		m.buf.WriteByte('\n')
	}
	m.journeyDiagram(j)
}

func stageName(v *view, s model.Stage, i int) string {
	if n := strings.TrimSpace(s.Name); n != "" {
		return n
	}
	return v.t("export.stage_n", i+1)
}

func cellAt(j model.Journey, lane, stage int) model.Cell {
	if lane >= 0 && stage >= 0 && lane < len(j.Cells) && stage < len(j.Cells[lane]) {
		return j.Cells[lane][stage]
	}
	return model.Cell{}
}

// journeyDiagram draws the emotion curve as a Mermaid journey: one section
// per stage with an emotion, its task the stage's action (or its name),
// scored 1-5 from the emotion's -2..+2.
func (m *md) journeyDiagram(j model.Journey) {
	emotion, actions := -1, -1
	for l, lane := range j.Lanes {
		if lane.Kind == model.LaneEmotion && emotion < 0 {
			emotion = l
		}
		if lane.Kind == model.LaneActions && actions < 0 {
			actions = l
		}
	}
	actor := m.t("export.actor." + string(model.CustomerJourney))
	if j.Kind == model.EmployeeJourney {
		actor = m.t("export.actor." + string(model.EmployeeJourney))
	}
	actor = mermaidText(model.Shorten(j.Persona, 30), actor)

	var lines []string
	for s, st := range j.Stages {
		c := cellAt(j, emotion, s)
		if emotion < 0 || c.Score == nil {
			continue
		}
		stage := stageName(m.view, st, s)
		task := strings.TrimSpace(cellAt(j, actions, s).Text)
		if task == "" {
			task = stage
		}
		score := min(max(*c.Score+3, 1), 5)
		lines = append(lines,
			"    section "+mermaidText(model.Shorten(stage, 40), m.t("export.stage_n", s+1)),
			fmt.Sprintf("      %s: %d: %s", mermaidText(model.Shorten(task, 40), stage), score, actor))
	}
	if len(lines) == 0 {
		m.line(m.t("export.no_emotions"))
		m.buf.WriteByte('\n')
		return
	}
	m.line("```mermaid")
	m.line("journey")
	m.line("    title " + mermaidText(model.Shorten(m.journeyName(j), 60), m.t("export.journey")))
	for _, l := range lines {
		m.line(l)
	}
	m.line("```")
	m.buf.WriteByte('\n')
}
