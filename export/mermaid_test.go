package export

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/sample"
)

// mermaidBlocks are the bodies of the ```mermaid fences of a report.
func mermaidBlocks(md string) []string {
	var out []string
	var cur []string
	in := false
	for _, l := range strings.Split(md, "\n") {
		switch {
		case !in && l == "```mermaid":
			in, cur = true, nil
		case in && l == "```":
			in = false
			out = append(out, strings.Join(cur, "\n")+"\n")
		case in:
			cur = append(cur, l)
		}
	}
	return out
}

// mermaidParse runs the real Mermaid parser (the mermaid npm package under
// node, installed in testdata/mermaid by .ci/run) over the diagrams and
// returns one message per diagram, "" when it parses. Without node or the
// package the test is skipped on a developer's machine and fails on CI.
func mermaidParse(t *testing.T, diagrams []string) []string {
	t.Helper()
	dir, _ := filepath.Abs(filepath.Join("testdata", "mermaid"))
	node, err := exec.LookPath("node")
	if _, statErr := os.Stat(filepath.Join(dir, "node_modules", "mermaid")); err != nil || statErr != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("node or the mermaid package is missing (run: cd %s && npm ci): %v %v", dir, err, statErr)
		}
		t.Skipf("node or the mermaid package is missing: cd %s && npm ci", dir)
	}
	in, _ := json.Marshal(diagrams)
	cmd := exec.Command(node, "check.mjs")
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node check.mjs: %v\n%s", err, stderr.String())
	}
	var msgs []string
	if err := json.Unmarshal(out, &msgs); err != nil || len(msgs) != len(diagrams) {
		t.Fatalf("node check.mjs answered %q: %v", out, err)
	}
	return msgs
}

// hostileJourneyBundle is the rich fixture plus a 13-stage map whose
// every text tries to break out of a Mermaid label.
func hostileJourneyBundle(t *testing.T) *model.Bundle {
	b := richBundle(t)
	hostile := []string{"title x", "section y", "a: 5: b", "%%{init: {'theme':'dark'}}%%", "```", "<script>alert(1)</script>",
		"x-axis [\"a\"]", "#; ,", "journey", "-->|x|", "\"quoted\"", "line [1]", "timeline"}
	j := model.Journey{ID: 77, Name: "title: \"Hostile\" ``` %% journey", Persona: "section: Eve, 30", Kind: model.CustomerJourney,
		State: model.CurrentState, Stages: fxStages(700, hostile...), Lanes: fxLanes(model.LaneActions, model.LaneEmotion, model.LanePain)}
	emotions := make([]string, len(hostile))
	for i := range emotions {
		emotions[i] = []string{"-2|a: b!", "-1|%%", "0|```", "1|<b>", "2|section"}[i%5]
	}
	fxGrid(&j, hostile, emotions, hostile)
	b.Journeys = append(b.Journeys, j)
	b.Assessment.Dimensions[0].Name = model.Text{"en": "Strategy \"quoted\" [x], y: z", "es": "Estrategia \"citada\" [x]"}
	b.Initiatives = append(b.Initiatives, model.Initiative{ID: 901, Title: "title: section %% ``` <i>x</i>", Horizon: model.HorizonNow,
		Impact: 3, Effort: 1, Status: model.StatusAccepted, Position: 999, Evidence: []model.Evidence{}})
	return b
}

func TestMermaidBlocksParse(t *testing.T) {
	var diagrams, where []string
	add := func(name string, b *model.Bundle, lang string, opt Options) {
		var buf bytes.Buffer
		if err := WriteMarkdownWith(&buf, b, lang, opt); err != nil {
			t.Fatal(err)
		}
		for i, d := range mermaidBlocks(buf.String()) {
			diagrams = append(diagrams, d)
			where = append(where, name+" "+lang+" block "+string(rune('1'+i)))
		}
	}
	now := time.Date(2025, 5, 12, 9, 30, 0, 0, time.UTC)
	for _, lang := range []string{"en", "es"} {
		sb, err := sample.Bundle(lang, now)
		if err != nil {
			t.Fatal(err)
		}
		add("sample", sb, lang, Options{})
		add("sample --all", sb, lang, Options{All: true})
		add("hostile", hostileJourneyBundle(t), lang, Options{All: true})
	}
	kinds := map[string]int{}
	for _, d := range diagrams {
		kinds[strings.SplitN(d, "\n", 2)[0]]++
	}
	if kinds["journey"] < 4 || kinds["timeline"] < 4 || kinds["xychart-beta"] < 4 {
		t.Fatalf("too few diagrams to check: %v", kinds)
	}
	for i, msg := range mermaidParse(t, diagrams) {
		if msg != "" {
			t.Errorf("%s does not parse: %s\n%s", where[i], msg, diagrams[i])
		}
	}
}
