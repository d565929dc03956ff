package export

import (
	"bytes"
	"strings"
	"testing"
)

func TestReadJSONRefusesDuplicateKeys(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, richBundle(t)); err != nil {
		t.Fatal(err)
	}
	good := buf.String()
	if _, err := ReadJSON(strings.NewReader(good)); err != nil {
		t.Fatalf("the export itself: %v", err)
	}
	for _, tc := range []struct {
		name, old, new, want string
	}{
		{"top level", `"responses": [`, `"responses": [], "responses": [`, `"responses" appears twice in one object (responses)`},
		{"nested", `"name": "Ñandú Retail`, `"name": "x", "name": "Ñandú Retail`, `"name" appears twice in one object (workshop.name)`},
		{"in a list", `"role": "Directora general"`, `"role": "Directora general", "role": "x"`, `"role" appears twice in one object (participants[0].role)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(good, tc.old) {
				t.Fatalf("the export has no %s", tc.old)
			}
			_, err := ReadJSON(strings.NewReader(strings.Replace(good, tc.old, tc.new, 1)))
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "line ") {
				t.Errorf("got %v, want …%s with a line", err, tc.want)
			}
		})
	}
}

// A workshop larger than the old 64 MiB limit exports and imports back
// to the same bytes.
func TestReadJSONLargeWorkshop(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 70 MiB export")
	}
	b := richBundle(t)
	// Notes long enough that the answers alone pass 65 MiB.
	unit := "Una nota larga, con acentos: ñandú. "
	note := strings.Repeat(unit, (65<<20)/len(b.Responses)/len(unit)+1)
	for i := range b.Responses {
		b.Responses[i].Note = note
	}
	var first bytes.Buffer
	if err := WriteJSON(&first, b); err != nil {
		t.Fatal(err)
	}
	if first.Len() <= 64<<20 {
		t.Fatalf("the export is only %d bytes", first.Len())
	}
	got, err := ReadJSON(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatalf("a %d MiB export does not import: %v", first.Len()>>20, err)
	}
	var second bytes.Buffer
	if err := WriteJSON(&second, got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("export, import, export changed the bytes")
	}
}
