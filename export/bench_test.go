package export

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/model"
)

// largeBundle is a big workshop: 15 participants answering the whole
// cx-maturity model (with a note on every third answer), 5 journeys of 30
// stages and 10 lanes, and a roadmap of 100 initiatives.
func largeBundle(tb testing.TB) *model.Bundle {
	tb.Helper()
	a, err := assessments.Get("cx-maturity")
	if err != nil {
		tb.Fatal(err)
	}
	b := &model.Bundle{
		Workshop:    model.Workshop{Name: "Grande", Client: "Cliente", Language: "es", AssessmentID: a.ID, AssessmentVersion: a.Version},
		Assessment:  a,
		Targets:     map[string]int{},
		GeneratedAt: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC),
	}
	for _, d := range a.Dimensions {
		b.Targets[d.ID] = 4
	}
	for p := 1; p <= 15; p++ {
		b.Participants = append(b.Participants, model.Participant{ID: int64(p), Name: fmt.Sprintf("Persona %d", p), Role: "Rol"})
		n := 0
		for _, d := range a.Dimensions {
			for _, q := range d.Questions {
				r := model.Response{ParticipantID: int64(p), QuestionID: q.ID, Level: 1 + (p+n)%4}
				if n%3 == 0 {
					r.Note = fmt.Sprintf("Nota de la persona %d | sobre %s\ncon `detalle` y <b>marcas</b>", p, q.ID)
				}
				b.Responses = append(b.Responses, r)
				n++
			}
		}
	}
	for j := 1; j <= 5; j++ {
		jr := model.Journey{ID: int64(j), Name: fmt.Sprintf("Recorrido %d 🛒", j), Persona: "Cliente", Kind: model.CustomerJourney,
			State: model.CurrentState, Status: "draft"}
		for s := 0; s < 30; s++ {
			jr.Stages = append(jr.Stages, model.Stage{ID: int64(j*1000 + s), Name: fmt.Sprintf("Etapa %d", s+1)})
		}
		for l, k := range model.DefaultLanes {
			jr.Lanes = append(jr.Lanes, model.Lane{ID: int64(j*1000 + 500 + l), Kind: k})
			row := make([]model.Cell, 30)
			for s := range row {
				if k == model.LaneEmotion {
					row[s] = model.Cell{Score: fxScore((s+j)%5 - 2), Observed: s%2 == 0}
				} else {
					row[s] = model.Cell{Text: fmt.Sprintf("%s en la etapa %d: texto de ejemplo | con barra", k, s+1), Observed: s%3 == 0}
				}
			}
			jr.Cells = append(jr.Cells, row)
		}
		b.Journeys = append(b.Journeys, jr)
	}
	b.Compute()
	b.Initiatives = b.Recommend("es")
	if len(b.Initiatives) > 100 {
		b.Initiatives = b.Initiatives[:100]
	}
	for i := len(b.Initiatives); i < 100; i++ {
		b.Initiatives = append(b.Initiatives, model.Initiative{Title: fmt.Sprintf("Iniciativa manual %d", i), Horizon: model.Horizons[i%3],
			Impact: 1 + i%5, Effort: 1 + (i/5)%5, Status: model.StatusProposed, Position: i, Evidence: []model.Evidence{}, KPIs: []string{}})
	}
	for i := range b.Initiatives {
		b.Initiatives[i].Position = i
	}
	return b
}

func TestLargeWorkshop(t *testing.T) {
	b := largeBundle(t)
	if len(b.Responses) != 15*b.Assessment.QuestionCount() || len(b.Initiatives) != 100 {
		t.Fatalf("%d responses, %d initiatives", len(b.Responses), len(b.Initiatives))
	}
	start := time.Now()
	md := markdownOf(t, b, "es")
	took := time.Since(start)
	checkMarkdown(t, "large", string(md))
	t.Logf("Markdown of the large workshop: %d bytes in %v", len(md), took)
	data := jsonOf(t, b)
	back, err := ReadJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, jsonOf(t, back)) {
		t.Error("the large workshop does not round-trip")
	}
}

func benchWriter(b *testing.B, write func(*bytes.Buffer, *model.Bundle) error) {
	bundle := largeBundle(b)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := write(&buf, bundle); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/file")
}

func BenchmarkWriteMarkdown(b *testing.B) {
	benchWriter(b, func(w *bytes.Buffer, bd *model.Bundle) error { return WriteMarkdown(w, bd, "es") })
}

func BenchmarkWriteJSON(b *testing.B) {
	benchWriter(b, func(w *bytes.Buffer, bd *model.Bundle) error { return WriteJSON(w, bd) })
}

func BenchmarkWriteCSV(b *testing.B) {
	benchWriter(b, func(w *bytes.Buffer, bd *model.Bundle) error {
		if err := WriteCSV(w, bd, "es", CSVAnswers); err != nil {
			return err
		}
		return WriteCSV(w, bd, "es", CSVInitiatives)
	})
}

func BenchmarkReadJSON(b *testing.B) {
	data := jsonOf(b, largeBundle(b))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadJSON(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteHTML(b *testing.B) {
	benchWriter(b, func(w *bytes.Buffer, bd *model.Bundle) error { return WriteHTML(w, bd, "es", Options{All: true}) })
}

func BenchmarkWriteMarkdownAll(b *testing.B) {
	benchWriter(b, func(w *bytes.Buffer, bd *model.Bundle) error {
		return WriteMarkdownWith(w, bd, "es", Options{All: true})
	})
}
