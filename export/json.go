package export

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/cxmap/cxmap/model"
)

// The JSON export's identity: ReadJSON refuses anything else.
const (
	Format        = "cxmap-workshop"
	SchemaVersion = 1
)

// The JSON document. Field order is the order written. Ids in it are the
// file's own: participants, journeys and stages are numbered 1, 2, 3...
// in their order (stages within their journey), and every reference
// (a response's participant, an evidence's journey_id, a journey's
// source_id, a gen_key "journey:J:S") uses these numbers, so the file does
// not depend on database ids and export, import, export gives the same
// bytes.
type jsonDoc struct {
	Format        string            `json:"format"`
	SchemaVersion int               `json:"schema_version"`
	Workshop      jsonWorkshop      `json:"workshop"`
	Participants  []jsonParticipant `json:"participants"`
	Responses     []jsonResponse    `json:"responses"`
	Targets       map[string]int    `json:"targets"`
	Journeys      []jsonJourney     `json:"journeys"`
	Initiatives   []jsonInitiative  `json:"initiatives"`
	// Results are derived from the above, for readers of the file; ReadJSON
	// checks their shape and computes them again.
	Results    jsonResults       `json:"results"`
	Assessment *model.Assessment `json:"assessment"`
}

type jsonWorkshop struct {
	Name              string `json:"name"`
	Client            string `json:"client"`
	Facilitator       string `json:"facilitator"`
	Language          string `json:"language"`
	AssessmentID      string `json:"assessment_id"`
	AssessmentVersion string `json:"assessment_version"`
	CreatedAt         string `json:"created_at"`
	UpdatedAt         string `json:"updated_at"`
}

type jsonParticipant struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	Role string `json:"role"`
}

type jsonResponse struct {
	Participant int64  `json:"participant"` // 0: the team's consensus
	Question    string `json:"question"`
	Level       int    `json:"level"`
	NA          bool   `json:"na"`
	// DontKnow is omitted when false, so files written before it existed
	// read and write back byte for byte.
	DontKnow bool   `json:"dont_know,omitempty"`
	Note     string `json:"note"`
}

type jsonJourney struct {
	ID       int64          `json:"id"`
	Name     string         `json:"name"`
	Persona  string         `json:"persona"`
	Kind     string         `json:"kind"`
	State    string         `json:"state"`
	Status   string         `json:"status"`
	SourceID int64          `json:"source_id,omitempty"`
	Stages   []jsonStage    `json:"stages"`
	Lanes    []jsonLane     `json:"lanes"`
	Cells    [][]model.Cell `json:"cells"` // [lane][stage]
}

type jsonStage struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

type jsonLane struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
}

type jsonInitiative struct {
	GenKey      string           `json:"gen_key"`
	Title       string           `json:"title"`
	Description string           `json:"description"`
	DimensionID string           `json:"dimension_id"`
	Horizon     string           `json:"horizon"`
	Impact      int              `json:"impact"`
	Effort      int              `json:"effort"`
	Owner       string           `json:"owner"`
	KPIs        []string         `json:"kpis"`
	Status      string           `json:"status"`
	Edited      bool             `json:"edited"`
	Evidence    []model.Evidence `json:"evidence"`
}

type jsonResults struct {
	Overall       *float64        `json:"overall"`
	OverallLevel  int             `json:"overall_level"`
	Answered      int             `json:"answered"`
	Total         int             `json:"total"`
	Dimensions    []jsonDimResult `json:"dimensions"`
	Disagreements []string        `json:"disagreements"`
}

type jsonDimResult struct {
	ID       string   `json:"id"`
	Score    *float64 `json:"score"`
	Level    int      `json:"level"`
	Target   int      `json:"target"`
	Gap      int      `json:"gap"`
	Answered int      `json:"answered"`
	Total    int      `json:"total"`
}

const timeLayout = "2006-01-02T15:04:05.000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// WriteJSON writes the whole workshop, its assessment model included, as
// indented JSON with "format": "cxmap-workshop" and "schema_version": 1.
// The output depends only on the content: participants, journeys and the
// roadmap in their order, answers by respondent and questionnaire order,
// ids renumbered (see jsonDoc). ReadJSON reads it back.
func WriteJSON(w io.Writer, b *model.Bundle) error {
	if b == nil || b.Assessment == nil {
		return fmt.Errorf("export: the workshop has no assessment model")
	}
	doc := jsonDoc{
		Format:        Format,
		SchemaVersion: SchemaVersion,
		Workshop: jsonWorkshop{
			Name: b.Workshop.Name, Client: b.Workshop.Client, Facilitator: b.Workshop.Facilitator,
			Language: b.Workshop.Language, AssessmentID: b.Workshop.AssessmentID, AssessmentVersion: b.Workshop.AssessmentVersion,
			CreatedAt: formatTime(b.Workshop.CreatedAt), UpdatedAt: formatTime(b.Workshop.UpdatedAt),
		},
		Participants: []jsonParticipant{},
		Responses:    []jsonResponse{},
		Targets:      map[string]int{},
		Journeys:     []jsonJourney{},
		Initiatives:  []jsonInitiative{},
		Assessment:   b.Assessment,
	}

	people := map[int64]int64{model.Consensus: 0}
	for i, p := range b.Participants {
		if _, dup := people[p.ID]; dup {
			return fmt.Errorf("export: participant id %d is not unique", p.ID)
		}
		people[p.ID] = int64(i + 1)
		doc.Participants = append(doc.Participants, jsonParticipant{ID: int64(i + 1), Name: p.Name, Role: p.Role})
	}
	qindex := map[string]int{}
	for _, d := range b.Assessment.Dimensions {
		for _, q := range d.Questions {
			qindex[q.ID] = len(qindex)
		}
	}
	for _, r := range b.Responses {
		id, ok := people[r.ParticipantID]
		if !ok {
			return fmt.Errorf("export: an answer to %s is by unknown participant %d", r.QuestionID, r.ParticipantID)
		}
		doc.Responses = append(doc.Responses, jsonResponse{Participant: id, Question: r.QuestionID, Level: r.Level, NA: r.NA, DontKnow: r.DontKnow, Note: r.Note})
	}
	slices.SortStableFunc(doc.Responses, func(x, y jsonResponse) int {
		if c := cmp.Compare(x.Participant, y.Participant); c != 0 {
			return c
		}
		xi, xok := qindex[x.Question]
		yi, yok := qindex[y.Question]
		switch {
		case xok && yok:
			return cmp.Compare(xi, yi)
		case xok != yok:
			if xok {
				return -1
			}
			return 1
		}
		return strings.Compare(x.Question, y.Question)
	})
	for d, l := range b.Targets {
		doc.Targets[d] = l
	}

	journeys := map[int64]int64{}
	stages := map[[2]int64]int64{}
	for i, j := range b.Journeys {
		journeys[j.ID] = int64(i + 1)
		for k, s := range j.Stages {
			stages[[2]int64{j.ID, s.ID}] = int64(k + 1)
		}
	}
	for i, j := range b.Journeys {
		jj := jsonJourney{ID: int64(i + 1), Name: j.Name, Persona: j.Persona, Kind: string(j.Kind), State: string(j.State),
			Status: j.Status, SourceID: journeys[j.SourceID], Stages: []jsonStage{}, Lanes: []jsonLane{}, Cells: [][]model.Cell{}}
		if j.SourceID == 0 || j.SourceID == j.ID {
			jj.SourceID = 0
		}
		for k, s := range j.Stages {
			jj.Stages = append(jj.Stages, jsonStage{ID: int64(k + 1), Name: s.Name})
		}
		for l, lane := range j.Lanes {
			jj.Lanes = append(jj.Lanes, jsonLane{Name: lane.Name, Kind: string(lane.Kind)})
			row := make([]model.Cell, len(j.Stages))
			for s := range j.Stages {
				row[s] = cellAt(j, l, s)
			}
			jj.Cells = append(jj.Cells, row)
		}
		doc.Journeys = append(doc.Journeys, jj)
	}

	for _, in := range sortedInitiatives(b.Initiatives) {
		key := in.GenKey
		if jid, sid, ok := model.ParseJourneyGenKey(key); ok {
			// A map deleted since: the proposal has no source any more.
			key = ""
			if s, ok := stages[[2]int64{jid, sid}]; ok {
				key = model.JourneyGenKey(journeys[jid], s)
			}
		}
		evidence := make([]model.Evidence, len(in.Evidence))
		copy(evidence, in.Evidence)
		for k := range evidence {
			if evidence[k].JourneyID != 0 {
				evidence[k].JourneyID = journeys[evidence[k].JourneyID] // 0 for a deleted map
			}
		}
		kpis := in.KPIs
		if kpis == nil {
			kpis = []string{}
		}
		doc.Initiatives = append(doc.Initiatives, jsonInitiative{GenKey: key, Title: in.Title, Description: in.Description,
			DimensionID: in.DimensionID, Horizon: string(in.Horizon), Impact: in.Impact, Effort: in.Effort, Owner: in.Owner,
			KPIs: kpis, Status: string(in.Status), Edited: in.Edited, Evidence: evidence})
	}

	res := b.Results
	if res.Questions == nil {
		res = model.Score(b.Assessment, b.Responses, b.Targets)
	}
	doc.Results = resultsJSON(res)

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func resultsJSON(r model.Results) jsonResults {
	out := jsonResults{OverallLevel: r.OverallLevel, Answered: r.Answered, Total: r.Total,
		Dimensions: []jsonDimResult{}, Disagreements: []string{}}
	if r.HasOverall {
		out.Overall = &r.Overall
	}
	for _, d := range r.Dimensions {
		jd := jsonDimResult{ID: d.DimensionID, Level: d.Level, Target: d.Target, Gap: d.Gap, Answered: d.Answered, Total: d.Total}
		if d.HasScore {
			score := d.Score
			jd.Score = &score
		}
		out.Dimensions = append(out.Dimensions, jd)
	}
	for _, q := range r.Disagreements {
		out.Disagreements = append(out.Disagreements, q.QuestionID)
	}
	return out
}
