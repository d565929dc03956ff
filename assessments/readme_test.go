package assessments

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeExample parses the complete example in README.md, so the
// documentation cannot drift from the parser.
func TestReadmeExample(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(data), "\n## Complete example\n")
	if !ok {
		t.Fatal(`README.md has no "## Complete example" section`)
	}
	_, rest, ok = strings.Cut(rest, "\n```yaml\n")
	if !ok {
		t.Fatal("the example section has no ```yaml block")
	}
	example, _, ok := strings.Cut(rest, "\n```")
	if !ok {
		t.Fatal("the example's ```yaml block is not closed")
	}
	a, err := Parse("README.md example", []byte(example+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := invariants(a); err != nil {
		t.Fatal(err)
	}
	if len(a.Levels) != 3 || len(a.Dimensions) != 1 || a.QuestionCount() != 2 || len(a.Languages) != 2 {
		t.Errorf("example has %d levels, %d dimensions, %d questions, %d languages; the README promises 3, 1, 2, 2",
			len(a.Levels), len(a.Dimensions), a.QuestionCount(), len(a.Languages))
	}
	// The example shows the library format: a KPI from its vocabulary, the
	// question the recommendation fixes and its owner.
	if len(a.KPIs) != 1 || len(a.Recommendations) != 1 || a.KPI(a.Recommendations[0].KPIs[0]) == nil ||
		len(a.Recommendations[0].Addresses) != 1 || a.Recommendations[0].Owner.In("es") == "" {
		t.Errorf("example library = %+v, vocabulary %+v; the README promises one recommendation using every field", a.Recommendations, a.KPIs)
	}
}
