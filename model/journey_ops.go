package model

import (
	"errors"
	"strings"
)

// Journey operations are pure: each takes a journey and returns a new one,
// never changing its argument nor sharing a slice or a score with it, so a
// value kept for undo stays exactly as it was.

// Errors of the journey operations.
var (
	ErrIndex      = errors.New("no such stage or lane")
	ErrEdge       = errors.New("already at the edge")
	ErrLastStage  = errors.New("a journey keeps at least one stage")
	ErrLastLane   = errors.New("a journey keeps at least one lane")
	ErrNotEmotion = errors.New("only the emotion lane holds a score")
	ErrScore      = errors.New("an emotion score goes from -2 to +2")
)

// Emotion scores run from MinScore to MaxScore.
const (
	MinScore = -2
	MaxScore = 2
)

// ScoreOf returns a pointer to a copy of v, for Cell.Score.
func ScoreOf(v int) *int { return &v }

// Clone returns a deep copy of j whose grid has exactly one row per lane
// and one cell per stage (missing cells are empty, extra ones dropped).
func (j Journey) Clone() Journey {
	out := j
	out.Stages = append([]Stage(nil), j.Stages...)
	out.Lanes = append([]Lane(nil), j.Lanes...)
	out.Cells = make([][]Cell, len(j.Lanes))
	for l := range out.Cells {
		row := make([]Cell, len(j.Stages))
		if l < len(j.Cells) {
			copy(row, j.Cells[l])
		}
		for s := range row {
			row[s] = row[s].clone()
		}
		out.Cells[l] = row
	}
	return out
}

func (c Cell) clone() Cell {
	if c.Score != nil {
		c.Score = ScoreOf(*c.Score)
	}
	return c
}

// Equal reports whether two cells hold the same text, score and mark.
func (c Cell) Equal(d Cell) bool {
	if (c.Score == nil) != (d.Score == nil) || (c.Score != nil && *c.Score != *d.Score) {
		return false
	}
	return c.Text == d.Text && c.Observed == d.Observed
}

// Zero reports whether the cell holds nothing at all, not even a mark:
// such a cell needs no row in the database.
func (c Cell) Zero() bool { return c.Empty() && !c.Observed }

// Cell returns the cell at (lane, stage), or an empty one out of range.
func (j Journey) Cell(lane, stage int) Cell {
	if lane < 0 || lane >= len(j.Cells) || stage < 0 || stage >= len(j.Cells[lane]) {
		return Cell{}
	}
	return j.Cells[lane][stage]
}

// LaneIndex returns the index of the first lane of kind k, or -1.
func (j Journey) LaneIndex(k LaneKind) int {
	for i, l := range j.Lanes {
		if l.Kind == k {
			return i
		}
	}
	return -1
}

// Emotions returns the emotion score of every stage (nil where unset),
// from the first emotion lane; nil when there is no emotion lane.
func (j Journey) Emotions() []*int {
	l := j.LaneIndex(LaneEmotion)
	if l < 0 {
		return nil
	}
	out := make([]*int, len(j.Stages))
	for s := range out {
		if sc := j.Cell(l, s).Score; sc != nil {
			out[s] = ScoreOf(*sc)
		}
	}
	return out
}

// FilledInStage counts the non-empty cells of a stage.
func (j Journey) FilledInStage(stage int) int {
	n := 0
	for l := range j.Lanes {
		if !j.Cell(l, stage).Empty() {
			n++
		}
	}
	return n
}

// FilledInLane counts the non-empty cells of a lane.
func (j Journey) FilledInLane(lane int) int {
	n := 0
	for s := range j.Stages {
		if !j.Cell(lane, s).Empty() {
			n++
		}
	}
	return n
}

// InsertStage puts s at index at (0 to len(Stages)) with an empty cell in
// every lane.
func InsertStage(j Journey, at int, s Stage) (Journey, error) {
	if at < 0 || at > len(j.Stages) {
		return j, ErrIndex
	}
	out := j.Clone()
	out.Stages = insertAt(out.Stages, at, s)
	for l := range out.Cells {
		out.Cells[l] = insertAt(out.Cells[l], at, Cell{})
	}
	return out, nil
}

// RenameStage changes a stage's name.
func RenameStage(j Journey, i int, name string) (Journey, error) {
	if i < 0 || i >= len(j.Stages) {
		return j, ErrIndex
	}
	out := j.Clone()
	out.Stages[i].Name = strings.TrimSpace(name)
	return out, nil
}

// MoveStage moves the stage at from, with its cells, to index to.
// Moving past either end is ErrEdge.
func MoveStage(j Journey, from, to int) (Journey, error) {
	n := len(j.Stages)
	if from < 0 || from >= n {
		return j, ErrIndex
	}
	if to < 0 || to >= n {
		return j, ErrEdge
	}
	out := j.Clone()
	out.Stages = move(out.Stages, from, to)
	for l := range out.Cells {
		out.Cells[l] = move(out.Cells[l], from, to)
	}
	return out, nil
}

// DeleteStage removes a stage and its cells; the last stage stays.
func DeleteStage(j Journey, i int) (Journey, error) {
	if i < 0 || i >= len(j.Stages) {
		return j, ErrIndex
	}
	if len(j.Stages) == 1 {
		return j, ErrLastStage
	}
	out := j.Clone()
	out.Stages = removeAt(out.Stages, i)
	for l := range out.Cells {
		out.Cells[l] = removeAt(out.Cells[l], i)
	}
	return out, nil
}

// InsertLane puts lane at index at (0 to len(Lanes)) with empty cells.
func InsertLane(j Journey, at int, lane Lane) (Journey, error) {
	if at < 0 || at > len(j.Lanes) {
		return j, ErrIndex
	}
	if lane.Kind == "" {
		lane.Kind = LaneText
	}
	out := j.Clone()
	out.Lanes = insertAt(out.Lanes, at, lane)
	out.Cells = insertAt(out.Cells, at, make([]Cell, len(out.Stages)))
	return out, nil
}

// RenameLane changes a lane's name; an empty name shows the kind's own.
func RenameLane(j Journey, i int, name string) (Journey, error) {
	if i < 0 || i >= len(j.Lanes) {
		return j, ErrIndex
	}
	out := j.Clone()
	out.Lanes[i].Name = strings.TrimSpace(name)
	return out, nil
}

// MoveLane moves the lane at from, with its cells, to index to.
func MoveLane(j Journey, from, to int) (Journey, error) {
	n := len(j.Lanes)
	if from < 0 || from >= n {
		return j, ErrIndex
	}
	if to < 0 || to >= n {
		return j, ErrEdge
	}
	out := j.Clone()
	out.Lanes = move(out.Lanes, from, to)
	out.Cells = move(out.Cells, from, to)
	return out, nil
}

// DeleteLane removes a lane and its cells; the last lane stays.
func DeleteLane(j Journey, i int) (Journey, error) {
	if i < 0 || i >= len(j.Lanes) {
		return j, ErrIndex
	}
	if len(j.Lanes) == 1 {
		return j, ErrLastLane
	}
	out := j.Clone()
	out.Lanes = removeAt(out.Lanes, i)
	out.Cells = removeAt(out.Cells, i)
	return out, nil
}

// SetCell replaces the cell at (lane, stage). A score is kept only in an
// emotion lane and must be within range.
func SetCell(j Journey, lane, stage int, c Cell) (Journey, error) {
	if lane < 0 || lane >= len(j.Lanes) || stage < 0 || stage >= len(j.Stages) {
		return j, ErrIndex
	}
	if c.Score != nil {
		if j.Lanes[lane].Kind != LaneEmotion {
			return j, ErrNotEmotion
		}
		if *c.Score < MinScore || *c.Score > MaxScore {
			return j, ErrScore
		}
	}
	out := j.Clone()
	out.Cells[lane][stage] = c.clone()
	return out, nil
}

// SetText changes only the text of a cell.
func SetText(j Journey, lane, stage int, text string) (Journey, error) {
	c := j.Cell(lane, stage)
	c.Text = text
	return SetCell(j, lane, stage, c)
}

// SetScore sets (or, with nil, clears) the emotion score of a cell.
func SetScore(j Journey, lane, stage int, score *int) (Journey, error) {
	c := j.Cell(lane, stage)
	c.Score = score
	if score == nil && (lane < 0 || lane >= len(j.Lanes) || j.Lanes[lane].Kind != LaneEmotion) {
		return j, ErrNotEmotion
	}
	return SetCell(j, lane, stage, c)
}

// ShiftScore moves an emotion score by delta, clamped to the scale; an
// unset score starts from neutral (0), so the first + gives +1.
func ShiftScore(j Journey, lane, stage, delta int) (Journey, error) {
	v := 0
	if sc := j.Cell(lane, stage).Score; sc != nil {
		v = *sc
	}
	v = min(max(v+delta, MinScore), MaxScore)
	return SetScore(j, lane, stage, ScoreOf(v))
}

// ToggleObserved flips a cell's evidence mark: observed in research, or an
// assumption of the team.
func ToggleObserved(j Journey, lane, stage int) (Journey, error) {
	c := j.Cell(lane, stage)
	c.Observed = !c.Observed
	return SetCell(j, lane, stage, c)
}

// ClearCell empties a cell: text, score and evidence mark.
func ClearCell(j Journey, lane, stage int) (Journey, error) {
	return SetCell(j, lane, stage, Cell{})
}

// PasteCell copies c into (lane, stage); a score pasted outside an
// emotion lane is dropped rather than refused.
func PasteCell(j Journey, lane, stage int, c Cell) (Journey, error) {
	if lane >= 0 && lane < len(j.Lanes) && j.Lanes[lane].Kind != LaneEmotion {
		c.Score = nil
	}
	return SetCell(j, lane, stage, c)
}

func insertAt[T any](s []T, at int, v T) []T {
	out := make([]T, 0, len(s)+1)
	out = append(out, s[:at]...)
	out = append(out, v)
	return append(out, s[at:]...)
}

func removeAt[T any](s []T, i int) []T {
	out := make([]T, 0, len(s)-1)
	out = append(out, s[:i]...)
	return append(out, s[i+1:]...)
}

// move returns s with the element at from placed at index to.
func move[T any](s []T, from, to int) []T {
	out := make([]T, len(s))
	copy(out, s)
	v := out[from]
	if from < to {
		copy(out[from:to], out[from+1:to+1])
	} else {
		copy(out[to+1:from+1], out[to:from])
	}
	out[to] = v
	return out
}

// RemapIDs returns j with stage and lane ids replaced through the maps
// (ids not in a map stay): after the store had to give a restored stage or
// lane a new id, the values kept for undo follow it.
func RemapIDs(j Journey, stages, lanes map[int64]int64) Journey {
	out := j.Clone()
	for i, s := range out.Stages {
		if n, ok := stages[s.ID]; ok {
			out.Stages[i].ID = n
		}
	}
	for i, l := range out.Lanes {
		if n, ok := lanes[l.ID]; ok {
			out.Lanes[i].ID = n
		}
	}
	return out
}
