package export

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
)

// oldFixture is the English sample workshop exported as JSON by cxmap
// before the model revision of issue 15: it froze cx-maturity 1.0, whose
// question ids, texts and weights differ from today's built-in model.
const oldFixture = "testdata/workshop-cx-maturity-1.0.json"

// A workshop that froze the previous version of a built-in model keeps
// it: it opens, scores and exports with its own questions, whatever the
// built-in model says today. With -update the fixture is rewritten from
// itself (its model stays 1.0), for a deliberate change of the JSON format.
func TestWorkshopOnPreviousModelVersion(t *testing.T) {
	ctx := context.Background()
	data, err := os.ReadFile(oldFixture)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ReadJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	today, err := assessments.Get("cx-maturity")
	if err != nil {
		t.Fatal(err)
	}
	if b.Assessment.Version != "1.0" || today.Version == "1.0" {
		t.Fatalf("fixture model %s, built-in %s: the fixture must hold the previous version", b.Assessment.Version, today.Version)
	}
	if _, ok := today.Question("measurement.data-quality"); ok {
		t.Fatal("the built-in model still has measurement.data-quality: this test needs a question the new version renamed")
	}

	// Open: import it into a real database and load it back.
	s, err := store.Open(filepath.Join(t.TempDir(), "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id, err := s.ImportBundle(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	// A workshop on today's model beside it, so the report's "previous
	// assessment" logic meets two versions of one model.
	if _, err := s.CreateWorkshop(ctx, store.NewWorkshop{Name: "Today", Language: "en", Assessment: today}); err != nil {
		t.Fatal(err)
	}
	frozen, err := s.Assessment(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if frozen.Version != "1.0" || frozen.QuestionCount() != 48 {
		t.Fatalf("frozen model %s with %d questions, want 1.0 with 48", frozen.Version, frozen.QuestionCount())
	}
	ref, ok := frozen.Question("measurement.data-quality")
	if !ok || !strings.Contains(ref.Question.Text.In("en"), "sample sizes") {
		t.Fatalf("the frozen model lost its own question measurement.data-quality: %+v", ref.Question)
	}

	// Score: the same results the previous version recorded in the file.
	loaded, err := s.LoadReport(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Results struct {
			Overall    float64 `json:"overall"`
			Answered   int     `json:"answered"`
			Dimensions []struct {
				ID    string  `json:"id"`
				Score float64 `json:"score"`
				Level int     `json:"level"`
			} `json:"dimensions"`
		} `json:"results"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	res := loaded.Results
	if res.Overall != doc.Results.Overall || res.Answered != doc.Results.Answered || res.Total != 48 {
		t.Errorf("overall %v, %d/%d answered; the file says %v, %d", res.Overall, res.Answered, res.Total, doc.Results.Overall, doc.Results.Answered)
	}
	for i, d := range doc.Results.Dimensions {
		if got := res.Dimensions[i]; got.DimensionID != d.ID || got.Score != d.Score || got.Level != d.Level {
			t.Errorf("dimension %s: %v level %d, the file says %v level %d", d.ID, got.Score, got.Level, d.Score, d.Level)
		}
	}

	// Export: every format, in both languages, with the old questions.
	for _, lang := range []string{"en", "es"} {
		md := markdownOf(t, loaded, lang)
		if !bytes.Contains(md, []byte("`measurement.data-quality`")) {
			t.Errorf("%s report lacks the old question id", lang)
		}
		if lang == "en" && !bytes.Contains(md, []byte(ref.Question.Text.In("en"))) {
			t.Error("the report does not print the frozen question's text")
		}
		var csv bytes.Buffer
		if err := WriteCSV(&csv, loaded, lang, CSVAnswers); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(csv.String(), "measurement.data-quality") {
			t.Errorf("%s answers CSV lacks the old question", lang)
		}
	}
	again := jsonOf(t, loaded)
	if *update {
		if err := os.WriteFile(oldFixture, again, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(again, data) {
		t.Error("exporting the imported workshop does not give back the file the previous version wrote (if the JSON format changed on purpose, run go test ./export -update)")
	}
	if bytes.Contains(again, []byte(`"measurement.survey-rigour"`)) {
		t.Error("the export took a question id from today's model")
	}
	var m model.Assessment
	if err := json.Unmarshal(again, &struct {
		A *model.Assessment `json:"assessment"`
	}{&m}); err != nil || m.Version != "1.0" {
		t.Errorf("exported model version %q (%v)", m.Version, err)
	}
}
