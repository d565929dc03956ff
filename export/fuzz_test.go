package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReadJSON: ReadJSON never panics, its errors are one line, and what
// it accepts writes back to a file it reads to the same bundle: export,
// read, export is stable.
func FuzzReadJSON(f *testing.F) {
	golden, err := os.ReadFile(filepath.Join("testdata", "workshop.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(golden)
	f.Add(minimalJSON())
	for _, s := range []string{
		``, `{}`, `[]`, `null`, `"x"`, `{"format": "cxmap-workshop"}`,
		`{"format": "cxmap-workshop", "schema_version": 1}`,
		`{"format": "cxmap-workshop", "schema_version": 99}`,
		`{"format": "cxmap-workshop", "schema_version": 1, "extra": true}`,
		`{"format": "cxmap-workshop", "schema_version": 1e999}`,
		"\ufeff{\"format\": 1}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ReadJSON(bytes.NewReader(data))
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error on several lines: %q", err)
			}
			return
		}
		var first, md bytes.Buffer
		if err := WriteJSON(&first, b); err != nil {
			t.Fatalf("an accepted workshop does not write: %v", err)
		}
		if err := WriteMarkdown(&md, b, "es"); err != nil {
			t.Fatalf("an accepted workshop has no report: %v", err)
		}
		back, err := ReadJSON(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("our own output is refused: %v\n%s", err, first.Bytes())
		}
		var second bytes.Buffer
		if err := WriteJSON(&second, back); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("write, read, write is not stable:\n%s\n%s", first.Bytes(), second.Bytes())
		}
	})
}

// minimalJSON is a small valid export, a seed the fuzzer can change
// quickly.
func minimalJSON() []byte {
	return []byte(`{
  "format": "cxmap-workshop",
  "schema_version": 1,
  "workshop": {"name": "W", "client": "", "facilitator": "", "language": "en", "assessment_id": "m", "assessment_version": "1",
    "created_at": "2025-01-02T03:04:05.000Z", "updated_at": "2025-01-02T03:04:05.000Z"},
  "participants": [{"id": 1, "name": "Ana", "role": ""}],
  "responses": [{"participant": 1, "question": "q1", "level": 2, "na": false, "note": "n | x"},
    {"participant": 0, "question": "q1", "level": 1, "na": false, "note": ""}],
  "targets": {"d": 2},
  "journeys": [{"id": 1, "name": "J", "persona": "", "kind": "customer", "state": "current", "status": "draft",
    "stages": [{"id": 1, "name": "S"}], "lanes": [{"name": "", "kind": "emotion"}, {"name": "", "kind": "pain"}],
    "cells": [[{"text": "", "score": -2, "observed": true}], [{"text": "p", "observed": false}]]}],
  "initiatives": [{"gen_key": "journey:1:1", "title": "T", "description": "", "dimension_id": "", "horizon": "now",
    "impact": 5, "effort": 3, "owner": "", "kpis": [], "status": "proposed", "edited": false,
    "evidence": [{"kind": "journey", "journey_id": 1, "journey": "J", "stage": "S", "lane": "pain", "text": "p"}]}],
  "results": {"overall": null, "overall_level": 0, "answered": 0, "total": 0, "dimensions": [], "disagreements": []},
  "assessment": {"id": "m", "version": "1", "languages": ["en"], "name": {"en": "M"}, "description": null,
    "levels": [{"name": {"en": "L1"}, "summary": null}, {"name": {"en": "L2"}, "summary": null}],
    "dimensions": [{"id": "d", "name": {"en": "D"}, "description": null, "weight": 1,
      "questions": [{"id": "q1", "text": {"en": "Q?"}, "weight": 1, "descriptors": [{"en": "a"}, {"en": "b"}]}]}],
    "recommendations": [{"id": "r", "dimension": "d", "level": 1, "horizon": "now", "impact": 3, "effort": 2,
      "kpis": ["NPS"], "title": {"en": "R"}, "description": null}]}
}`)
}

func TestMinimalJSONIsValid(t *testing.T) {
	b, err := ReadJSON(bytes.NewReader(minimalJSON()))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Journeys) != 1 || len(b.Initiatives) != 1 || !b.Results.HasOverall {
		t.Errorf("bundle %+v", b)
	}
}
