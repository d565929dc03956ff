package model

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// tj builds a journey: stages "A", "B", ...; lanes given as
// "kind:text,text,..." (one text per stage, "-" for empty).
func tj(stages string, lanes ...string) Journey {
	j := Journey{ID: 1, Name: "J"}
	for i, s := range strings.Fields(stages) {
		j.Stages = append(j.Stages, Stage{ID: int64(10 + i), Name: s})
	}
	for i, l := range lanes {
		kind, texts, _ := strings.Cut(l, ":")
		j.Lanes = append(j.Lanes, Lane{ID: int64(100 + i), Kind: LaneKind(kind)})
		row := make([]Cell, len(j.Stages))
		for s, t := range strings.Split(texts, ",") {
			if t != "-" && s < len(row) {
				row[s].Text = t
			}
		}
		j.Cells = append(j.Cells, row)
	}
	return j
}

// grid renders a journey compactly: "A B | actions:a1,b1 | pain:-,b2".
func grid(j Journey) string {
	var names []string
	for _, s := range j.Stages {
		names = append(names, s.Name)
	}
	parts := []string{strings.Join(names, " ")}
	for l, lane := range j.Lanes {
		var cells []string
		for s := range j.Stages {
			c := j.Cell(l, s)
			t := c.Text
			if t == "" {
				t = "-"
			}
			if c.Score != nil {
				t += fmt.Sprintf("(%+d)", *c.Score)
			}
			if c.Observed {
				t += "*"
			}
			cells = append(cells, t)
		}
		name := string(lane.Kind)
		if lane.Name != "" {
			name += "=" + lane.Name
		}
		parts = append(parts, name+":"+strings.Join(cells, ","))
	}
	return strings.Join(parts, " | ")
}

func base() Journey {
	return tj("A B C", "actions:a1,b1,c1", "emotion:-,-,-", "pain:-,b3,-")
}

func TestJourneyOps(t *testing.T) {
	one := tj("A", "actions:a1", "pain:p1")
	oneLane := tj("A B", "actions:a1,b1")
	for _, tc := range []struct {
		name string
		in   Journey
		op   func(Journey) (Journey, error)
		want string
		err  error
	}{
		{"insert stage first", base(), func(j Journey) (Journey, error) { return InsertStage(j, 0, Stage{Name: "N"}) },
			"N A B C | actions:-,a1,b1,c1 | emotion:-,-,-,- | pain:-,-,b3,-", nil},
		{"insert stage middle", base(), func(j Journey) (Journey, error) { return InsertStage(j, 2, Stage{Name: "N"}) },
			"A B N C | actions:a1,b1,-,c1 | emotion:-,-,-,- | pain:-,b3,-,-", nil},
		{"insert stage last", base(), func(j Journey) (Journey, error) { return InsertStage(j, 3, Stage{Name: "N"}) },
			"A B C N | actions:a1,b1,c1,- | emotion:-,-,-,- | pain:-,b3,-,-", nil},
		{"insert stage out of range", base(), func(j Journey) (Journey, error) { return InsertStage(j, 4, Stage{}) }, "", ErrIndex},
		{"rename stage trims", base(), func(j Journey) (Journey, error) { return RenameStage(j, 1, "  Pago ñ ") },
			"A Pago ñ C | actions:a1,b1,c1 | emotion:-,-,- | pain:-,b3,-", nil},
		{"move stage right", base(), func(j Journey) (Journey, error) { return MoveStage(j, 0, 1) },
			"B A C | actions:b1,a1,c1 | emotion:-,-,- | pain:b3,-,-", nil},
		{"move stage to the end", base(), func(j Journey) (Journey, error) { return MoveStage(j, 0, 2) },
			"B C A | actions:b1,c1,a1 | emotion:-,-,- | pain:b3,-,-", nil},
		{"move stage to the start", base(), func(j Journey) (Journey, error) { return MoveStage(j, 2, 0) },
			"C A B | actions:c1,a1,b1 | emotion:-,-,- | pain:-,-,b3", nil},
		{"move first stage left", base(), func(j Journey) (Journey, error) { return MoveStage(j, 0, -1) }, "", ErrEdge},
		{"move last stage right", base(), func(j Journey) (Journey, error) { return MoveStage(j, 2, 3) }, "", ErrEdge},
		{"move missing stage", base(), func(j Journey) (Journey, error) { return MoveStage(j, 5, 4) }, "", ErrIndex},
		{"move the only stage", one, func(j Journey) (Journey, error) { return MoveStage(j, 0, 1) }, "", ErrEdge},
		{"delete first stage", base(), func(j Journey) (Journey, error) { return DeleteStage(j, 0) },
			"B C | actions:b1,c1 | emotion:-,- | pain:b3,-", nil},
		{"delete the rightmost stage", base(), func(j Journey) (Journey, error) { return DeleteStage(j, 2) },
			"A B | actions:a1,b1 | emotion:-,- | pain:-,b3", nil},
		{"delete the only stage", one, func(j Journey) (Journey, error) { return DeleteStage(j, 0) }, "", ErrLastStage},
		{"delete missing stage", base(), func(j Journey) (Journey, error) { return DeleteStage(j, -1) }, "", ErrIndex},
		{"insert lane first", base(), func(j Journey) (Journey, error) { return InsertLane(j, 0, Lane{Name: "Goals"}) },
			"A B C | text=Goals:-,-,- | actions:a1,b1,c1 | emotion:-,-,- | pain:-,b3,-", nil},
		{"insert lane last keeps kind", base(), func(j Journey) (Journey, error) { return InsertLane(j, 3, Lane{Kind: LaneKPI}) },
			"A B C | actions:a1,b1,c1 | emotion:-,-,- | pain:-,b3,- | kpi:-,-,-", nil},
		{"insert lane out of range", base(), func(j Journey) (Journey, error) { return InsertLane(j, 9, Lane{}) }, "", ErrIndex},
		{"rename lane", base(), func(j Journey) (Journey, error) { return RenameLane(j, 2, "Dolores") },
			"A B C | actions:a1,b1,c1 | emotion:-,-,- | pain=Dolores:-,b3,-", nil},
		{"move lane down", base(), func(j Journey) (Journey, error) { return MoveLane(j, 0, 1) },
			"A B C | emotion:-,-,- | actions:a1,b1,c1 | pain:-,b3,-", nil},
		{"move last lane up", base(), func(j Journey) (Journey, error) { return MoveLane(j, 2, 1) },
			"A B C | actions:a1,b1,c1 | pain:-,b3,- | emotion:-,-,-", nil},
		{"move first lane up", base(), func(j Journey) (Journey, error) { return MoveLane(j, 0, -1) }, "", ErrEdge},
		{"move last lane down", base(), func(j Journey) (Journey, error) { return MoveLane(j, 2, 3) }, "", ErrEdge},
		{"delete lane", base(), func(j Journey) (Journey, error) { return DeleteLane(j, 0) },
			"A B C | emotion:-,-,- | pain:-,b3,-", nil},
		{"delete last lane of many", base(), func(j Journey) (Journey, error) { return DeleteLane(j, 2) },
			"A B C | actions:a1,b1,c1 | emotion:-,-,-", nil},
		{"delete the only lane", oneLane, func(j Journey) (Journey, error) { return DeleteLane(j, 0) }, "", ErrLastLane},
		{"set text", base(), func(j Journey) (Journey, error) { return SetText(j, 2, 0, "cola 🙁 larga") },
			"A B C | actions:a1,b1,c1 | emotion:-,-,- | pain:cola 🙁 larga,b3,-", nil},
		{"set text out of range", base(), func(j Journey) (Journey, error) { return SetText(j, 3, 0, "x") }, "", ErrIndex},
		{"set score", base(), func(j Journey) (Journey, error) { return SetScore(j, 1, 2, ScoreOf(-2)) },
			"A B C | actions:a1,b1,c1 | emotion:-,-,-(-2) | pain:-,b3,-", nil},
		{"score out of range", base(), func(j Journey) (Journey, error) { return SetScore(j, 1, 2, ScoreOf(3)) }, "", ErrScore},
		{"score outside emotion", base(), func(j Journey) (Journey, error) { return SetScore(j, 0, 0, ScoreOf(1)) }, "", ErrNotEmotion},
		{"shift unset score up starts at +1", base(), func(j Journey) (Journey, error) { return ShiftScore(j, 1, 0, 1) },
			"A B C | actions:a1,b1,c1 | emotion:-(+1),-,- | pain:-,b3,-", nil},
		{"shift clamps at -2", base(), func(j Journey) (Journey, error) {
			j, _ = SetScore(j, 1, 0, ScoreOf(-2))
			return ShiftScore(j, 1, 0, -1)
		}, "A B C | actions:a1,b1,c1 | emotion:-(-2),-,- | pain:-,b3,-", nil},
		{"toggle observed", base(), func(j Journey) (Journey, error) { return ToggleObserved(j, 0, 1) },
			"A B C | actions:a1,b1*,c1 | emotion:-,-,- | pain:-,b3,-", nil},
		{"clear cell", base(), func(j Journey) (Journey, error) {
			j, _ = ToggleObserved(j, 0, 1)
			return ClearCell(j, 0, 1)
		}, "A B C | actions:a1,-,c1 | emotion:-,-,- | pain:-,b3,-", nil},
		{"paste drops a score outside emotion", base(), func(j Journey) (Journey, error) {
			return PasteCell(j, 0, 0, Cell{Text: "x", Score: ScoreOf(1), Observed: true})
		}, "A B C | actions:x*,b1,c1 | emotion:-,-,- | pain:-,b3,-", nil},
		{"paste keeps a score in emotion", base(), func(j Journey) (Journey, error) {
			return PasteCell(j, 1, 0, Cell{Text: "x", Score: ScoreOf(1)})
		}, "A B C | actions:a1,b1,c1 | emotion:x(+1),-,- | pain:-,b3,-", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := grid(tc.in)
			got, err := tc.op(tc.in)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if grid(tc.in) != before {
				t.Errorf("the operation changed its argument: %s", grid(tc.in))
			}
			if tc.err != nil {
				return
			}
			if g := grid(got); g != tc.want {
				t.Errorf("got  %s\nwant %s", g, tc.want)
			}
			if len(got.Cells) != len(got.Lanes) {
				t.Errorf("%d rows for %d lanes", len(got.Cells), len(got.Lanes))
			}
			for l, row := range got.Cells {
				if len(row) != len(got.Stages) {
					t.Errorf("lane %d: %d cells for %d stages", l, len(row), len(got.Stages))
				}
			}
		})
	}
}

// Values kept for undo must never change when a later version is edited.
func TestOpsShareNothing(t *testing.T) {
	j, _ := SetScore(base(), 1, 0, ScoreOf(1))
	k, _ := SetText(j, 0, 0, "changed")
	k.Cells[1][0].Text = "poke"
	*k.Cells[1][0].Score = -2
	k.Stages[0].Name = "poke"
	k.Lanes[0].Name = "poke"
	if g := grid(j); g != "A B C | actions:a1,b1,c1 | emotion:-(+1),-,- | pain:-,b3,-" {
		t.Errorf("the earlier value changed: %s", g)
	}
	for _, op := range []func(Journey) (Journey, error){
		func(j Journey) (Journey, error) { return MoveStage(j, 0, 1) },
		func(j Journey) (Journey, error) { return MoveLane(j, 0, 1) },
		func(j Journey) (Journey, error) { return InsertLane(j, 0, Lane{}) },
		func(j Journey) (Journey, error) { return DeleteStage(j, 1) },
	} {
		k, _ := op(j)
		for _, row := range k.Cells {
			for s := range row {
				row[s].Text = "poke"
				if row[s].Score != nil {
					*row[s].Score = 2
				}
			}
		}
		if g := grid(j); g != "A B C | actions:a1,b1,c1 | emotion:-(+1),-,- | pain:-,b3,-" {
			t.Errorf("the earlier value changed: %s", g)
		}
	}
}

func TestCloneNormalisesTheGrid(t *testing.T) {
	j := Journey{Stages: []Stage{{Name: "A"}, {Name: "B"}}, Lanes: []Lane{{Kind: LaneActions}, {Kind: LanePain}},
		Cells: [][]Cell{{{Text: "a"}, {Text: "b"}, {Text: "extra"}}}}
	if g := grid(j.Clone()); g != "A B | actions:a,b | pain:-,-" {
		t.Errorf("got %s", g)
	}
}

func TestJourneyQueries(t *testing.T) {
	j := base()
	j, _ = SetScore(j, 1, 1, ScoreOf(-1))
	if got := j.Emotions(); len(got) != 3 || got[0] != nil || *got[1] != -1 || got[2] != nil {
		t.Errorf("emotions %v", got)
	}
	if n := j.FilledInStage(1); n != 3 {
		t.Errorf("filled in B = %d", n)
	}
	if n := j.FilledInLane(2); n != 1 {
		t.Errorf("filled in pain = %d", n)
	}
	if i := j.LaneIndex(LaneKPI); i != -1 {
		t.Errorf("kpi lane %d", i)
	}
	noEmotion, _ := DeleteLane(j, 1)
	if noEmotion.Emotions() != nil {
		t.Error("emotions without an emotion lane")
	}
	if (Cell{Observed: true}).Zero() || !(Cell{}).Zero() || !(Cell{Observed: true}).Empty() {
		t.Error("Zero/Empty")
	}
	if !(Cell{Text: "a", Score: ScoreOf(1)}).Equal(Cell{Text: "a", Score: ScoreOf(1)}) || (Cell{Score: ScoreOf(1)}).Equal(Cell{}) {
		t.Error("Equal")
	}
}

func TestRemapIDs(t *testing.T) {
	j := base()
	k := RemapIDs(j, map[int64]int64{11: 77}, map[int64]int64{102: 88})
	if k.Stages[1].ID != 77 || k.Lanes[2].ID != 88 || k.Stages[0].ID != 10 || j.Stages[1].ID != 11 {
		t.Errorf("stages %v lanes %v", k.Stages, k.Lanes)
	}
	if !reflect.DeepEqual(grid(j), grid(k)) {
		t.Error("content changed")
	}
}
