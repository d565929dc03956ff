package export

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/store"
)

// A "don't know" answer goes through JSON and a real database unchanged,
// and only answers that carry it write the field.
func TestJSONCarriesDontKnow(t *testing.T) {
	b := richBundle(t)
	first := jsonOf(t, b)
	if n := bytes.Count(first, []byte(`"dont_know": true`)); n != 1 {
		t.Fatalf("%d don't-know answers in the file, want 1", n)
	}
	if bytes.Contains(first, []byte(`"dont_know": false`)) {
		t.Error("answers without don't know write the field")
	}
	read, err := ReadJSON(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, r := range read.Responses {
		if r.DontKnow {
			// The file numbers participants from 1: Marta Ruiz is the third.
			found = r.ParticipantID == 3 && r.QuestionID == "qs.measurement.value" && r.Level == 0 && !r.NA
		}
	}
	if !found {
		t.Error("the don't-know answer was not read back")
	}
	if res := read.Results; res.DontKnow != 0 || res.Questions["qs.measurement.value"].DontKnows != 1 {
		t.Errorf("results: %d questions don't know, %d participants on the question", res.DontKnow, res.Questions["qs.measurement.value"].DontKnows)
	}

	s, err := store.Open(filepath.Join(t.TempDir(), "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id, err := s.ImportBundle(context.Background(), read)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := s.LoadBundle(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if again := jsonOf(t, loaded); !bytes.Equal(first, again) {
		t.Error("export, import, export differs")
	}
}

func TestReadJSONRejectsMixedAnswers(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(r map[string]any)
		want   string
	}{
		{"level and don't know", func(r map[string]any) { r["level"], r["dont_know"] = 2.0, true }, "responses[3]: both a level and don't know"},
		{"N/A and don't know", func(r map[string]any) { r["level"], r["na"], r["dont_know"] = 0.0, true, true }, "responses[3]: both not applicable and don't know"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := mutate(t, func(d map[string]any) { tt.change(obj(d, "responses", 3)) })
			if _, err := ReadJSON(bytes.NewReader(data)); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

// The answers CSV writes "dont_know" in the level column, the word
// responses import reads, and the answer's name in the report's language.
func TestCSVAnswersDontKnow(t *testing.T) {
	b := richBundle(t)
	for lang, name := range map[string]string{"en": "Don't know", "es": "No sabe"} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, b, lang, CSVAnswers); err != nil {
			t.Fatal(err)
		}
		var line string
		for _, l := range strings.Split(buf.String(), "\n") {
			if strings.HasPrefix(l, "Marta Ruiz,") && strings.Contains(l, "qs.measurement.value") {
				line = l
			}
		}
		if !strings.Contains(line, ",dont_know,"+name+",") {
			t.Errorf("%s: %q", lang, line)
		}
	}
}
