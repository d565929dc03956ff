package export

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
)

func jsonOf(t testing.TB, b *model.Bundle) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func markdownOf(t testing.TB, b *model.Bundle, lang string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, b, lang); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestJSONRoundTrip(t *testing.T) {
	b := richBundle(t)
	first := jsonOf(t, b)
	read, err := ReadJSON(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	if again := jsonOf(t, read); !bytes.Equal(first, again) {
		t.Fatal("export, read, export gives different bytes")
	}
	// The report does not depend on ids either: the file's are not the
	// database's.
	read.Previous, read.GeneratedAt = b.Previous, b.GeneratedAt
	if !bytes.Equal(markdownOf(t, b, "es"), markdownOf(t, read, "es")) {
		t.Error("the report of a read-back workshop differs")
	}
}

// Export, import into a real database, export: the same bytes.
func TestJSONImportExportThroughStore(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(filepath.Join(t.TempDir(), "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	b := richBundle(t)
	first := jsonOf(t, b)
	read, err := ReadJSON(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	id, err := s.ImportBundle(ctx, read)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := s.LoadBundle(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if again := jsonOf(t, loaded); !bytes.Equal(first, again) {
		a, b := strings.Split(string(first), "\n"), strings.Split(string(again), "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("export, import, export differs at line %d:\n%s\n%s", i+1, a[i], b[i])
			}
		}
		t.Fatalf("export, import, export differs in length: %d and %d lines", len(a), len(b))
	}
	loaded.Previous, loaded.GeneratedAt = b.Previous, b.GeneratedAt
	if !bytes.Equal(markdownOf(t, b, "en"), markdownOf(t, loaded, "en")) {
		t.Error("the report of an imported workshop differs")
	}

	// A second import of the same file: a new name, the same content.
	id2, err := s.ImportBundle(ctx, read)
	if err != nil {
		t.Fatal(err)
	}
	w, _ := s.Workshop(ctx, id2)
	if w.Name != b.Workshop.Name+" (2)" {
		t.Errorf("second import named %q", w.Name)
	}
}

// mutate decodes the golden JSON, changes it and encodes it again.
func mutate(t *testing.T, change func(doc map[string]any)) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(jsonOf(t, richBundle(t)), &doc); err != nil {
		t.Fatal(err)
	}
	change(doc)
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func obj(v any, path ...any) map[string]any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			v = v.(map[string]any)[k]
		case int:
			v = v.([]any)[k]
		}
	}
	return v.(map[string]any)
}

func TestReadJSONErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", []byte(""), "the file is empty"},
		{"blank", []byte("  \n "), "the file is empty"},
		{"array", []byte(`[1, 2]`), "it is not a JSON object"},
		{"not json", []byte("# a Markdown report\n"), "it is not a JSON object"},
		{"syntax", []byte("{\n  \"format\": \"cxmap-workshop\",\n  \"schema_version\": 1,,\n}"), "line 3, column 23: invalid character ','"},
		{"cut short", []byte(`{"format": "cxmap-workshop", "schema_version": 1, "workshop": {`), "cut short"},
		{"foreign", []byte(`{"name": "package.json", "version": "1.0.0"}`), `it has no "format": "cxmap-workshop"`},
		{"other format", []byte(`{"format": "other-tool", "schema_version": 1}`), `its format is "other-tool"`},
		{"format type", []byte(`{"format": 7}`), "format: want a string, found number"},
		{"no version", []byte(`{"format": "cxmap-workshop"}`), `no "schema_version"`},
		{"newer", []byte(`{"format": "cxmap-workshop", "schema_version": 2}`), "newer cxmap (schema version 2"},
		{"zero version", []byte(`{"format": "cxmap-workshop", "schema_version": 0}`), "schema_version 0"},
		{"unknown field", mutate(t, func(d map[string]any) { obj(d, "workshop")["colour"] = "red" }), `unknown field "colour"`},
		{"wrong type", mutate(t, func(d map[string]any) { obj(d, "workshop")["name"] = 5.0 }), "workshop.name: want a string, found number"},
		{"trailing", append(jsonOf(t, richBundle(t)), []byte(`{}`)...), "more data after the workshop"},
		{"no name", mutate(t, func(d map[string]any) { obj(d, "workshop")["name"] = "  " }), "workshop.name is empty"},
		{"language", mutate(t, func(d map[string]any) { obj(d, "workshop")["language"] = "fr" }), `"fr" is not en or es`},
		{"time", mutate(t, func(d map[string]any) { obj(d, "workshop")["created_at"] = "yesterday" }), "workshop.created_at"},
		{"model id", mutate(t, func(d map[string]any) { obj(d, "workshop")["assessment_id"] = "x" }), "does not match"},
		{"no model", mutate(t, func(d map[string]any) { delete(d, "assessment") }), "assessment: missing"},
		{"descriptors", mutate(t, func(d map[string]any) {
			q := obj(d, "assessment", "dimensions", 0, "questions", 0)
			q["descriptors"] = q["descriptors"].([]any)[:2]
		}), "2 descriptors for 5 levels"},
		{"participant twice", mutate(t, func(d map[string]any) { obj(d, "participants", 1)["name"] = "Lucía Pérez" }), `"Lucía Pérez" is listed twice`},
		{"participant id", mutate(t, func(d map[string]any) { obj(d, "participants", 1)["id"] = 1.0 }), "participants[1]: id 1 is not a unique"},
		{"unknown respondent", mutate(t, func(d map[string]any) { obj(d, "responses", 3)["participant"] = 9.0 }), "responses[3]: unknown participant 9"},
		{"unknown question", mutate(t, func(d map[string]any) { obj(d, "responses", 3)["question"] = "nope" }), `responses[3]: unknown question "nope"`},
		{"level", mutate(t, func(d map[string]any) { obj(d, "responses", 3)["level"] = 6.0 }), "level 6 is not between 0 and 5"},
		{"level and na", mutate(t, func(d map[string]any) { obj(d, "responses", 3)["na"] = true }), "both a level and not applicable"},
		{"duplicate answer", mutate(t, func(d map[string]any) {
			d["responses"] = append(d["responses"].([]any), obj(d, "responses", 3))
		}), "a second answer"},
		{"target", mutate(t, func(d map[string]any) { obj(d, "targets")["strategy"] = 9.0 }), "targets: strategy: level 9"},
		{"target dim", mutate(t, func(d map[string]any) { obj(d, "targets")["nope"] = 2.0 }), `unknown dimension "nope"`},
		{"cells rows", mutate(t, func(d map[string]any) {
			j := obj(d, "journeys", 0)
			j["cells"] = j["cells"].([]any)[:3]
		}), "journeys[0]: 3 rows of cells for 10 lanes"},
		{"cells columns", mutate(t, func(d map[string]any) {
			j := obj(d, "journeys", 0)
			j["cells"].([]any)[2] = j["cells"].([]any)[2].([]any)[:1]
		}), "journeys[0].cells[2]: 1 cells for 5 stages"},
		{"emotion", mutate(t, func(d map[string]any) {
			obj(d, "journeys", 0)["cells"].([]any)[4].([]any)[0].(map[string]any)["score"] = 3.0
		}), "emotion 3 is not between -2 and 2"},
		{"lane kind", mutate(t, func(d map[string]any) { obj(d, "journeys", 0, "lanes", 1)["kind"] = "robot" }), `unknown kind "robot"`},
		{"journey kind", mutate(t, func(d map[string]any) { obj(d, "journeys", 0)["kind"] = "partner" }), `kind "partner"`},
		{"source", mutate(t, func(d map[string]any) { obj(d, "journeys", 1)["source_id"] = 2.0 }), "source_id 2 is not another journey"},
		{"horizon", mutate(t, func(d map[string]any) { obj(d, "initiatives", 0)["horizon"] = "soon" }), `horizon "soon"`},
		{"impact", mutate(t, func(d map[string]any) { obj(d, "initiatives", 0)["impact"] = 0.0 }), "impact and effort go from 1 to 5"},
		{"status", mutate(t, func(d map[string]any) { obj(d, "initiatives", 0)["status"] = "done" }), `status "done"`},
		{"gen key twice", mutate(t, func(d map[string]any) {
			obj(d, "initiatives", 1)["gen_key"] = obj(d, "initiatives", 0)["gen_key"]
		}), "is used twice"},
		{"gen key stage", mutate(t, func(d map[string]any) { obj(d, "initiatives", 0)["gen_key"] = "journey:1:99" }), "names no stage"},
		{"evidence journey", mutate(t, func(d map[string]any) {
			for _, in := range d["initiatives"].([]any) {
				for _, e := range in.(map[string]any)["evidence"].([]any) {
					if e.(map[string]any)["kind"] == "journey" {
						e.(map[string]any)["journey_id"] = 77.0
					}
				}
			}
		}), "unknown journey_id 77"},
		{"evidence question", mutate(t, func(d map[string]any) {
			// The first evidence that cites a question, wherever the
			// library's order puts it.
			for _, in := range d["initiatives"].([]any) {
				for _, e := range in.(map[string]any)["evidence"].([]any) {
					if e.(map[string]any)["kind"] == "question" {
						e.(map[string]any)["question_id"] = "nope"
						return
					}
				}
			}
		}), `unknown question "nope"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadJSON(bytes.NewReader(tt.data))
			if err == nil {
				t.Fatal("read without error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q\nwant it to contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error on several lines: %q", err)
			}
		})
	}
}

func TestReadJSONTrimsAndKeepsIDsLocal(t *testing.T) {
	data := mutate(t, func(d map[string]any) {
		obj(d, "workshop")["name"] = "  Spaced  "
		// Ids need not be 1, 2, 3: they are renumbered on the way out.
		obj(d, "participants", 0)["id"] = 40.0
		for _, r := range d["responses"].([]any) {
			if r.(map[string]any)["participant"] == 1.0 {
				r.(map[string]any)["participant"] = 40.0
			}
		}
	})
	b, err := ReadJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if b.Workshop.Name != "Spaced" || b.Participants[0].ID != 40 {
		t.Errorf("workshop %q, first participant %+v", b.Workshop.Name, b.Participants[0])
	}
	out := jsonOf(t, b)
	back, err := ReadJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, jsonOf(t, back)) || back.Participants[0].ID != 1 {
		t.Error("not stable after renumbering")
	}
}
