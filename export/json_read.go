package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/cxmap/cxmap/model"
)

// ReadJSON reads a workshop written by WriteJSON, strictly: the file must
// be one JSON object marked "format": "cxmap-workshop" with a known
// "schema_version", have no unknown fields and no trailing data, and every
// reference must hold (answers to questions of its model by its
// participants, levels within the model's levels, cells matching stages
// and lanes, roadmap links to its journeys...). Errors are one line and
// say where the problem is. The bundle's ids are the file's own (see
// model.Bundle); its Results are computed. A key named twice in one
// object is refused with its path. There is no size limit: whatever
// WriteJSON wrote reads back, as long as it fits in memory.
func ReadJSON(r io.Reader) (*model.Bundle, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}

	if t := bytes.TrimLeft(data, " \t\r\n\ufeff"); len(t) == 0 {
		return nil, errors.New("not a cxmap workshop export: the file is empty")
	} else if t[0] != '{' {
		return nil, errors.New("not a cxmap workshop export: it is not a JSON object")
	}
	// First only the marker, so a foreign file gets a clear message
	// rather than a complaint about its first unknown field.
	var probe struct {
		Format        *string `json:"format"`
		SchemaVersion *int    `json:"schema_version"`
	}
	if err := json.NewDecoder(bytes.NewReader(data)).Decode(&probe); err != nil {
		return nil, fmt.Errorf("not a cxmap workshop export: %s", jsonError(data, err))
	}
	switch {
	case probe.Format == nil:
		return nil, errors.New(`not a cxmap workshop export: it has no "format": "cxmap-workshop"`)
	case *probe.Format != Format:
		return nil, fmt.Errorf(`not a cxmap workshop export: its format is %q, not %q`, *probe.Format, Format)
	case probe.SchemaVersion == nil:
		return nil, errors.New(`invalid workshop export: it has no "schema_version"`)
	case *probe.SchemaVersion > SchemaVersion:
		return nil, fmt.Errorf("this workshop was exported by a newer cxmap (schema version %d; this one reads up to %d): update cxmap", *probe.SchemaVersion, SchemaVersion)
	case *probe.SchemaVersion < 1:
		return nil, fmt.Errorf("invalid workshop export: schema_version %d", *probe.SchemaVersion)
	}

	var doc jsonDoc
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("invalid workshop export: %s", jsonError(data, err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("invalid workshop export: %s: more data after the workshop", position(data, dec.InputOffset()))
	}
	if err := duplicateKey(data); err != nil {
		return nil, fmt.Errorf("invalid workshop export: %w", err)
	}
	b, err := doc.bundle()
	if err != nil {
		return nil, fmt.Errorf("invalid workshop export: %w", err)
	}
	b.Compute()
	return b, nil
}

// jsonError turns a decoding error into one line with a line and column.
func jsonError(data []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		if strings.Contains(syn.Error(), "unexpected end") {
			return "the file is cut short"
		}
		return position(data, syn.Offset-1) + ": " + syn.Error()
	case errors.As(err, &typ):
		want := "a " + typ.Type.String()
		switch typ.Type.Kind() {
		case reflect.Struct, reflect.Map, reflect.Pointer:
			want = "an object"
		case reflect.Slice:
			want = "a list"
		case reflect.String:
			want = "a string"
		case reflect.Int, reflect.Int64:
			want = "a whole number"
		case reflect.Float64:
			want = "a number"
		case reflect.Bool:
			want = "true or false"
		}
		if typ.Field != "" {
			return fmt.Sprintf("%s: %s: want %s, found %s", position(data, typ.Offset), typ.Field, want, typ.Value)
		}
		return fmt.Sprintf("%s: want %s, found %s", position(data, typ.Offset), want, typ.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "the file is cut short"
	}
	return strings.ReplaceAll(strings.TrimPrefix(err.Error(), "json: "), "\n", " ")
}

// position is "line L, column C" of a byte offset (columns in runes).
func position(data []byte, offset int64) string {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len([]rune(string(before[bytes.LastIndexByte(before, '\n')+1:]))) + 1
	return fmt.Sprintf("line %d, column %d", line, col)
}

func parseTime(field, s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: %q is not a time like 2025-03-01T09:30:00.000Z", field, s)
	}
	return t.UTC().Truncate(time.Millisecond), nil
}

// bundle checks the document and turns it into a bundle.
func (d *jsonDoc) bundle() (*model.Bundle, error) {
	a := d.Assessment
	if err := checkAssessment(a); err != nil {
		return nil, err
	}
	w := d.Workshop
	b := &model.Bundle{Assessment: a, Targets: map[string]int{}}
	b.Workshop = model.Workshop{Name: strings.TrimSpace(w.Name), Client: strings.TrimSpace(w.Client),
		Facilitator: strings.TrimSpace(w.Facilitator), Language: w.Language,
		AssessmentID: w.AssessmentID, AssessmentVersion: w.AssessmentVersion}
	var err error
	if b.Workshop.CreatedAt, err = parseTime("workshop.created_at", w.CreatedAt); err != nil {
		return nil, err
	}
	if b.Workshop.UpdatedAt, err = parseTime("workshop.updated_at", w.UpdatedAt); err != nil {
		return nil, err
	}
	switch {
	case b.Workshop.Name == "":
		return nil, errors.New("workshop.name is empty")
	case w.Language != model.LangEN && w.Language != model.LangES:
		return nil, fmt.Errorf("workshop.language: %q is not en or es", w.Language)
	case w.AssessmentID != a.ID:
		return nil, fmt.Errorf("workshop.assessment_id %q does not match the assessment's id %q", w.AssessmentID, a.ID)
	}
	levels := len(a.Levels)

	names := map[string]bool{}
	people := map[int64]bool{}
	for i, p := range d.Participants {
		at := fmt.Sprintf("participants[%d]", i)
		name := strings.TrimSpace(p.Name)
		switch {
		case p.ID < 1 || people[p.ID]:
			return nil, fmt.Errorf("%s: id %d is not a unique number from 1", at, p.ID)
		case name == "":
			return nil, fmt.Errorf("%s: the name is empty", at)
		case names[name]:
			return nil, fmt.Errorf("%s: %q is listed twice", at, name)
		}
		people[p.ID], names[name] = true, true
		b.Participants = append(b.Participants, model.Participant{ID: p.ID, Name: name, Role: strings.TrimSpace(p.Role)})
	}

	seen := map[string]bool{}
	for i, r := range d.Responses {
		at := fmt.Sprintf("responses[%d]", i)
		key := fmt.Sprintf("%d/%s", r.Participant, r.Question)
		_, known := a.Question(r.Question)
		switch {
		case r.Participant != model.Consensus && !people[r.Participant]:
			return nil, fmt.Errorf("%s: unknown participant %d", at, r.Participant)
		case !known:
			return nil, fmt.Errorf("%s: unknown question %q", at, r.Question)
		case r.Level < 0 || r.Level > levels:
			return nil, fmt.Errorf("%s: level %d is not between 0 and %d", at, r.Level, levels)
		case r.NA && r.Level > 0:
			return nil, fmt.Errorf("%s: both a level and not applicable", at)
		case r.DontKnow && r.Level > 0:
			return nil, fmt.Errorf("%s: both a level and don't know", at)
		case r.DontKnow && r.NA:
			return nil, fmt.Errorf("%s: both not applicable and don't know", at)
		case seen[key]:
			return nil, fmt.Errorf("%s: a second answer by participant %d to %q", at, r.Participant, r.Question)
		}
		seen[key] = true
		b.Responses = append(b.Responses, model.Response{ParticipantID: r.Participant, QuestionID: r.Question, Level: r.Level, NA: r.NA, DontKnow: r.DontKnow, Note: r.Note})
	}

	for dim, level := range d.Targets {
		switch {
		case a.Dimension(dim) == nil:
			return nil, fmt.Errorf("targets: unknown dimension %q", dim)
		case level < 1 || level > levels:
			return nil, fmt.Errorf("targets: %s: level %d is not between 1 and %d", dim, level, levels)
		}
		b.Targets[dim] = level
	}

	journeys, stages, err := d.journeys(b)
	if err != nil {
		return nil, err
	}
	if err := d.initiatives(b, journeys, stages); err != nil {
		return nil, err
	}
	return b, nil
}

var laneKinds = []model.LaneKind{model.LaneActions, model.LaneTouchpoints, model.LaneChannel, model.LaneThoughts,
	model.LaneEmotion, model.LanePain, model.LaneOpportunity, model.LaneMoment, model.LaneBackstage, model.LaneKPI, model.LaneText}

func (d *jsonDoc) journeys(b *model.Bundle) (map[int64]bool, map[[2]int64]bool, error) {
	journeys := map[int64]bool{}
	stages := map[[2]int64]bool{}
	for i, j := range d.Journeys {
		if j.ID < 1 || journeys[j.ID] {
			return nil, nil, fmt.Errorf("journeys[%d]: id %d is not a unique number from 1", i, j.ID)
		}
		journeys[j.ID] = true
	}
	for i, j := range d.Journeys {
		at := fmt.Sprintf("journeys[%d]", i)
		switch {
		case j.Kind != string(model.CustomerJourney) && j.Kind != string(model.EmployeeJourney):
			return nil, nil, fmt.Errorf("%s: kind %q is not customer or employee", at, j.Kind)
		case j.State != string(model.CurrentState) && j.State != string(model.FutureState):
			return nil, nil, fmt.Errorf("%s: state %q is not current or future", at, j.State)
		case j.SourceID != 0 && (!journeys[j.SourceID] || j.SourceID == j.ID):
			return nil, nil, fmt.Errorf("%s: source_id %d is not another journey", at, j.SourceID)
		case len(j.Cells) != len(j.Lanes):
			return nil, nil, fmt.Errorf("%s: %d rows of cells for %d lanes", at, len(j.Cells), len(j.Lanes))
		}
		status := j.Status
		if status == "" {
			status = "draft" // as the store keeps it
		}
		mj := model.Journey{ID: j.ID, Name: j.Name, Persona: j.Persona, Kind: model.JourneyKind(j.Kind),
			State: model.JourneyState(j.State), Status: status, SourceID: j.SourceID,
			Stages: []model.Stage{}, Lanes: []model.Lane{}, Cells: make([][]model.Cell, len(j.Lanes))}
		for k, s := range j.Stages {
			if s.ID < 1 || stages[[2]int64{j.ID, s.ID}] {
				return nil, nil, fmt.Errorf("%s.stages[%d]: id %d is not a unique number from 1", at, k, s.ID)
			}
			stages[[2]int64{j.ID, s.ID}] = true
			mj.Stages = append(mj.Stages, model.Stage{ID: s.ID, Name: s.Name})
		}
		for l, lane := range j.Lanes {
			if !slices.Contains(laneKinds, model.LaneKind(lane.Kind)) {
				return nil, nil, fmt.Errorf("%s.lanes[%d]: unknown kind %q", at, l, lane.Kind)
			}
			mj.Lanes = append(mj.Lanes, model.Lane{ID: int64(l + 1), Name: lane.Name, Kind: model.LaneKind(lane.Kind)})
			if len(j.Cells[l]) != len(j.Stages) {
				return nil, nil, fmt.Errorf("%s.cells[%d]: %d cells for %d stages", at, l, len(j.Cells[l]), len(j.Stages))
			}
			for s, c := range j.Cells[l] {
				if c.Score != nil && (*c.Score < -2 || *c.Score > 2) {
					return nil, nil, fmt.Errorf("%s.cells[%d][%d]: emotion %d is not between -2 and 2", at, l, s, *c.Score)
				}
			}
			mj.Cells[l] = j.Cells[l]
		}
		b.Journeys = append(b.Journeys, mj)
	}
	return journeys, stages, nil
}

func (d *jsonDoc) initiatives(b *model.Bundle, journeys map[int64]bool, stages map[[2]int64]bool) error {
	a := b.Assessment
	keys := map[string]bool{}
	for i, in := range d.Initiatives {
		at := fmt.Sprintf("initiatives[%d]", i)
		status := model.Status(in.Status)
		switch {
		case strings.TrimSpace(in.Title) == "":
			return fmt.Errorf("%s: the title is empty", at)
		case !slices.Contains(model.Horizons, model.Horizon(in.Horizon)):
			return fmt.Errorf("%s: horizon %q is not now, next or later", at, in.Horizon)
		case in.Impact < 1 || in.Impact > 5 || in.Effort < 1 || in.Effort > 5:
			return fmt.Errorf("%s: impact and effort go from 1 to 5, not %d and %d", at, in.Impact, in.Effort)
		case status != model.StatusProposed && status != model.StatusAccepted && status != model.StatusRejected:
			return fmt.Errorf("%s: status %q is not proposed, accepted or rejected", at, in.Status)
		case in.DimensionID != "" && a.Dimension(in.DimensionID) == nil:
			return fmt.Errorf("%s: unknown dimension %q", at, in.DimensionID)
		case in.GenKey != "" && keys[in.GenKey]:
			return fmt.Errorf("%s: gen_key %q is used twice", at, in.GenKey)
		}
		if j, s, ok := model.ParseJourneyGenKey(in.GenKey); ok && !stages[[2]int64{j, s}] {
			return fmt.Errorf("%s: gen_key %q names no stage of the journeys", at, in.GenKey)
		}
		keys[in.GenKey] = in.GenKey != ""
		for k, e := range in.Evidence {
			eat := fmt.Sprintf("%s.evidence[%d]", at, k)
			switch e.Kind {
			case model.EvidenceQuestion, model.EvidenceDisagreement:
				if _, ok := a.Question(e.QuestionID); !ok {
					return fmt.Errorf("%s: unknown question %q", eat, e.QuestionID)
				}
			case model.EvidenceJourneyCell:
			default:
				return fmt.Errorf("%s: unknown kind %q", eat, e.Kind)
			}
			if e.JourneyID != 0 && !journeys[e.JourneyID] {
				return fmt.Errorf("%s: unknown journey_id %d", eat, e.JourneyID)
			}
			if e.Emotion != nil && (*e.Emotion < -2 || *e.Emotion > 2) {
				return fmt.Errorf("%s: emotion %d is not between -2 and 2", eat, *e.Emotion)
			}
		}
		evidence := in.Evidence
		if evidence == nil {
			evidence = []model.Evidence{}
		}
		kpis := in.KPIs
		if kpis == nil {
			kpis = []string{}
		}
		b.Initiatives = append(b.Initiatives, model.Initiative{GenKey: in.GenKey, Title: strings.TrimSpace(in.Title),
			Description: in.Description, DimensionID: in.DimensionID, Evidence: evidence, Horizon: model.Horizon(in.Horizon),
			Impact: in.Impact, Effort: in.Effort, Owner: in.Owner, KPIs: kpis, Status: status, Edited: in.Edited, Position: i})
	}
	return nil
}

// checkAssessment checks what the rest of cxmap relies on in a model: at
// least one level and one dimension, unique ids, one descriptor per level.
func checkAssessment(a *model.Assessment) error {
	if a == nil {
		return errors.New("assessment: missing")
	}
	switch {
	case strings.TrimSpace(a.ID) == "":
		return errors.New("assessment.id is empty")
	case len(a.Levels) < 1:
		return errors.New("assessment: no levels")
	case len(a.Dimensions) < 1:
		return errors.New("assessment: no dimensions")
	}
	dims := map[string]bool{}
	questions := map[string]bool{}
	for i, d := range a.Dimensions {
		if d.ID == "" || dims[d.ID] {
			return fmt.Errorf("assessment.dimensions[%d]: id %q is empty or not unique", i, d.ID)
		}
		dims[d.ID] = true
		for k, q := range d.Questions {
			at := fmt.Sprintf("assessment.dimensions[%d].questions[%d]", i, k)
			if q.ID == "" || questions[q.ID] {
				return fmt.Errorf("%s: id %q is empty or not unique", at, q.ID)
			}
			questions[q.ID] = true
			if len(q.Descriptors) != len(a.Levels) {
				return fmt.Errorf("%s: %d descriptors for %d levels", at, len(q.Descriptors), len(a.Levels))
			}
		}
	}
	for i, r := range a.Recommendations {
		if !dims[r.Dimension] {
			return fmt.Errorf("assessment.recommendations[%d]: unknown dimension %q", i, r.Dimension)
		}
	}
	return nil
}
