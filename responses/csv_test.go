package responses

import (
	"errors"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/model"
)

func tiny() *model.Assessment {
	d := []model.Text{{"en": "a"}, {"en": "b"}, {"en": "c"}, {"en": "d"}}
	return &model.Assessment{ID: "tiny", Levels: make([]model.Level, 4), Dimensions: []model.Dimension{{ID: "d", Questions: []model.Question{
		{ID: "q1", Descriptors: d}, {ID: "q2", Descriptors: d},
	}}}}
}

func TestParseGood(t *testing.T) {
	for name, in := range map[string]string{
		"comma":         "participant,question_id,level,note\nAna,q1,3,\"dice: \"\"sí\"\", pero…\"\nLuis,q1,na,\nconsensus,q2,4,\n",
		"semicolon BOM": "\ufeffparticipant;question_id;level;note\r\nAna;q1;3;dice: \"sí\", pero…\r\nLuis;q1;NA;\r\nConsenso;q2;4;\r\n",
		"other order":   "level,question_id,participant\n3,q1,Ana\nn/a,q1,Luis\n4,q2,\n",
	} {
		t.Run(name, func(t *testing.T) {
			rows, err := ParseCSV("f.csv", strings.NewReader(in), tiny())
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 3 {
				t.Fatalf("%d rows", len(rows))
			}
			if r := rows[0]; r.Participant != "Ana" || r.Response.Level != 3 || r.Response.QuestionID != "q1" {
				t.Errorf("row 0: %+v", r)
			}
			if name != "other order" && rows[0].Response.Note != `dice: "sí", pero…` {
				t.Errorf("note %q", rows[0].Response.Note)
			}
			if r := rows[1]; !r.Response.NA || r.Response.Level != 0 {
				t.Errorf("row 1: %+v", r)
			}
			if r := rows[2]; r.Participant != "" || r.Response.Level != 4 {
				t.Errorf("consensus row: %+v", r)
			}
		})
	}
}

// "Don't know" is its own answer, apart from N/A, in the words the export
// writes and people type.
func TestParseDontKnow(t *testing.T) {
	in := "participant,question_id,level,note\nAna,q1,dont_know,no lo veo\nLuis,q1,No sabe,\nEva,q1,?,\nconsensus,q2,DK,\nAna,q2,na,\n"
	rows, err := ParseCSV("f.csv", strings.NewReader(in), tiny())
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []bool{true, true, true, true, false} {
		r := rows[i].Response
		if r.DontKnow != want || r.Level != 0 || r.NA == want {
			t.Errorf("row %d: %+v", i+2, r)
		}
	}
	if rows[0].Response.Note != "no lo veo" {
		t.Errorf("note %q", rows[0].Response.Note)
	}
}

func TestParseBad(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"unknown question", "participant,question_id,level\nAna,q9,3\n", `f.csv: row 2: unknown question "q9" in model tiny`},
		{"level out of range", "participant,question_id,level\nAna,q1,5\n", `f.csv: row 2: level "5": use 1 to 4, na or dont_know`},
		{"level not a number", "participant,question_id,level\nAna,q1,alto\n", `f.csv: row 2: level "alto": use 1 to 4, na or dont_know`},
		{"column count", "participant,question_id,level\nAna,q1\n", "f.csv: row 2: 2 columns, the header has 3"},
		{"duplicate", "participant,question_id,level\nAna,q1,2\nana,q1,3\n", "f.csv: row 3: a second answer to q1 by the same person (first on row 2)"},
		{"bad header", "who,question_id,level\n", `f.csv: row 1: missing column "participant"`},
		{"missing column", "participant,question_id\n", `f.csv: row 1: missing column "level"`},
		{"empty", "", "f.csv: the file is empty"},
		{"not utf8", "participant,question_id,level\nJos\xe9,q1,2\n", "f.csv: not UTF-8 text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := ParseCSV("f.csv", strings.NewReader(tc.in), tiny())
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
			if rows != nil {
				t.Error("rows returned with an error")
			}
		})
	}
}

// Every bad row is reported, not just the first.
func TestParseReportsAllRows(t *testing.T) {
	_, err := ParseCSV("f.csv", strings.NewReader("participant,question_id,level\nAna,q1,9\nAna,q2,2\nLuis,qx,1\n"), tiny())
	var list Errors
	if !errors.As(err, &list) || len(list) != 2 || list[0].Row != 2 || list[1].Row != 4 {
		t.Errorf("errors %v", err)
	}
}

func FuzzParseCSV(f *testing.F) {
	for _, s := range []string{
		"participant,question_id,level,note\nAna,q1,3,x\n",
		"\ufeffparticipant;question_id;level\nAna;q1;na\n",
		"participant,question_id,level,note\nAna,q1,dont_know,no lo sé\nLuis,q2,?,\n",
		"participant,question_id,level\n\"Ana,q1,3\n",
		"level\n",
	} {
		f.Add(s)
	}
	a := tiny()
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := ParseCSV("f.csv", strings.NewReader(in), a)
		if err != nil && rows != nil {
			t.Fatal("rows with an error")
		}
		for _, r := range rows {
			if _, ok := a.Question(r.Response.QuestionID); !ok {
				t.Fatalf("unknown question accepted: %+v", r)
			}
			if r.Response.Level < 0 || r.Response.Level > len(a.Levels) || (r.Response.NA && r.Response.Level != 0) ||
				(r.Response.DontKnow && (r.Response.Level != 0 || r.Response.NA)) {
				t.Fatalf("bad level accepted: %+v", r)
			}
		}
	})
}

// Forgiving where it is safe: Spanish headers, extra columns (our own
// export's), trailing empty rows from a spreadsheet, our formula guard, a
// decomposed name; HasNote says whether the file has notes at all.
func TestParseForgiving(t *testing.T) {
	for name, tc := range map[string]struct {
		in      string
		hasNote bool
	}{
		"spanish":      {"participante;pregunta;nivel;nota\nAna;q1;3;'=SUMA(1)\nLuis;q1;na;\n;;;\n;;;\n", true},
		"our export":   {"participant,role,dimension_id,dimension,question_id,question,level,level_name,note\nAna,CEO,d,D,q1,Q,3,Three,'=SUMA(1)\nLuis,,d,D,q1,Q,n/a,N/A,\n", true},
		"no note":      {"participant,question_id,level\nAna,q1,3\nLuis,q1,na\n,,\n", false},
		"excel spaces": {"Participante; Pregunta ; Nivel\r\nAna;q1;3\r\nLuis;q1;NA\r\n ; ; \r\n", false},
	} {
		t.Run(name, func(t *testing.T) {
			rows, err := ParseCSV("f.csv", strings.NewReader(tc.in), tiny())
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 2 {
				t.Fatalf("%d rows: %+v", len(rows), rows)
			}
			if r := rows[0]; r.Participant != "Ana" || r.Response.Level != 3 || !r.HasLevel || r.HasNote != tc.hasNote {
				t.Errorf("row 0: %+v", r)
			}
			if tc.hasNote && rows[0].Response.Note != "=SUMA(1)" {
				t.Errorf("note %q: the export's guard is not undone", rows[0].Response.Note)
			}
			if r := rows[1]; !r.Response.NA {
				t.Errorf("row 1: %+v", r)
			}
		})
	}
}

func TestParseNormalisesNames(t *testing.T) {
	in := "participant,question_id,level\nLuci\u0301a,q1,3\nLucía,q1,2\n"
	_, err := ParseCSV("f.csv", strings.NewReader(in), tiny())
	if err == nil || !strings.Contains(err.Error(), "a second answer to q1 by the same person") {
		t.Errorf("NFD and NFC names are not one person: %v", err)
	}
	rows, err := ParseCSV("f.csv", strings.NewReader("participant,question_id,level\nLuci\u0301a,q1,3\n"), tiny())
	if err != nil || rows[0].Participant != "Lucía" {
		t.Errorf("name not in NFC: %q %v", rows[0].Participant, err)
	}
}
