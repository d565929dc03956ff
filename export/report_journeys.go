package export

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/cxmap/cxmap/model"
)

// journeyPartMax is how many stages one table or chart of a journey shows:
// beyond it a map is split in parts, so a 30-stage map stays readable on a
// page and in a Mermaid chart.
const journeyPartMax = 6

// journeyView is one map as the report shows it.
type journeyView struct {
	Name, Meta string
	Actor      string
	Empty      bool
	Observed   bool // some cell is marked observed: print the legend
	HasEmotion bool
	Parts      []journeyPart
}

// journeyPart is up to journeyPartMax consecutive stages.
type journeyPart struct {
	Label  string // "Stages 1–6 of 30"; "" when the map is one part
	Stages []string
	Rows   []journeyRow
	Curve  []curvePoint
}

type journeyRow struct {
	Lane  string
	Kind  model.LaneKind
	Cells []journeyCell
}

type journeyCell struct {
	Text     string
	Score    *int
	Face     string // the emotion's face, from its score
	Observed bool
}

// curvePoint is a stage's emotion, for the charts.
type curvePoint struct {
	Stage, Task string
	Score       int
	Has         bool
}

func (r *report) journeys() {
	for _, j := range r.v.b.Journeys {
		r.Journeys = append(r.Journeys, r.v.journeyView(j))
	}
}

func (v *view) journeyView(j model.Journey) journeyView {
	jv := journeyView{Name: oneLine(j.Name), Actor: v.actor(j)}
	kind := v.t("export.kind." + string(model.CustomerJourney))
	if j.Kind == model.EmployeeJourney {
		kind = v.t("export.kind." + string(model.EmployeeJourney))
	}
	state := v.t("export.state." + string(model.CurrentState))
	if j.State == model.FutureState {
		state = v.t("export.state." + string(model.FutureState))
	}
	meta := []string{kind, state}
	if p := oneLine(j.Persona); p != "" {
		meta = append(meta, v.t("export.persona", p))
	}
	if j.SourceID != 0 {
		for _, src := range v.b.Journeys {
			if src.ID == j.SourceID && src.ID != j.ID {
				meta = append(meta, v.t("export.future_of", oneLine(src.Name)))
			}
		}
	}
	jv.Meta = strings.Join(meta, " · ")
	if len(j.Stages) == 0 || len(j.Lanes) == 0 {
		jv.Empty = true
		return jv
	}
	emotion, actions := -1, -1
	for l, lane := range j.Lanes {
		if lane.Kind == model.LaneEmotion && emotion < 0 {
			emotion = l
		}
		if lane.Kind == model.LaneActions && actions < 0 {
			actions = l
		}
	}
	n := len(j.Stages)
	parts := (n + journeyPartMax - 1) / journeyPartMax
	per := (n + parts - 1) / parts // spread evenly: 7 stages are 4 + 3, not 6 + 1
	for from := 0; from < n; from += per {
		to := min(from+per, n)
		p := journeyPart{}
		if parts > 1 {
			p.Label = v.t("export.stages_part", from+1, to, n)
		}
		for s := from; s < to; s++ {
			name := oneLine(stageName(v, j.Stages[s], s))
			p.Stages = append(p.Stages, name)
			pt := curvePoint{Stage: name, Task: oneLine(cellAt(j, actions, s).Text)}
			if pt.Task == "" {
				pt.Task = name
			}
			if c := cellAt(j, emotion, s); emotion >= 0 && c.Score != nil {
				pt.Score, pt.Has = min(max(*c.Score, -2), 2), true
				jv.HasEmotion = true
			}
			p.Curve = append(p.Curve, pt)
		}
		for l, lane := range j.Lanes {
			row := journeyRow{Lane: oneLine(v.laneName(lane)), Kind: lane.Kind}
			for s := from; s < to; s++ {
				c := cellAt(j, l, s)
				jc := journeyCell{Text: strings.TrimSpace(c.Text), Score: c.Score, Observed: c.Observed && !c.Empty()}
				if c.Score != nil {
					jc.Face = emotionFaces[min(max(*c.Score, -2), 2)]
					// The face comes from the score: a pictograph in the
					// label would be a second face, perhaps a different one.
					jc.Text = withoutPictographs(jc.Text)
				}
				jv.Observed = jv.Observed || jc.Observed
				row.Cells = append(row.Cells, jc)
			}
			p.Rows = append(p.Rows, row)
		}
		jv.Parts = append(jv.Parts, p)
	}
	return jv
}

// actor is who lives the journey in its charts: the persona's name (the
// persona text up to its first comma, colon or parenthesis, when that is a
// name of up to three words), else "Customer" or "Employee".
func (v *view) actor(j model.Journey) string {
	fallback := v.t("export.actor." + string(model.CustomerJourney))
	if j.Kind == model.EmployeeJourney {
		fallback = v.t("export.actor." + string(model.EmployeeJourney))
	}
	p := oneLine(j.Persona)
	if i := strings.IndexAny(p, ",;:()—–|/"); i >= 0 {
		p = strings.TrimSpace(p[:i])
	}
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 3 || len([]rune(p)) > 30 {
		return fallback
	}
	for _, r := range p {
		if unicode.IsDigit(r) {
			return fallback
		}
	}
	return p
}

// withoutPictographs drops emoji and other pictographs from a label.
func withoutPictographs(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\u200d' || r == '\ufe0f' || (r >= 0x1f000 && r <= 0x1faff) || (r >= 0x2600 && r <= 0x27bf) || (r >= 0x1f3fb && r <= 0x1f3ff) {
			return -1
		}
		return r
	}, s)
	return oneLine(s)
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

// emotionFaces show the emotion lane's -2..+2 at a glance.
var emotionFaces = map[int]string{-2: "😠", -1: "🙁", 0: "😐", 1: "🙂", 2: "😀"}

// signed writes a level with its sign and a typographic minus.
func signed(n int) string {
	switch {
	case n > 0:
		return fmt.Sprintf("+%d", n)
	case n < 0:
		return fmt.Sprintf("−%d", -n)
	}
	return "0"
}
