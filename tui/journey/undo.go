package journey

import (
	"errors"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// Undo and redo replay operations, never a saved copy of the grid: each
// step is one write (a cell, or one stage or lane inserted, renamed, moved
// or deleted) and knows its inverse. Another window's edits, made between
// a step and its undo, are left alone. Steps name stages and lanes by id;
// a stage brought back by undo gets a new id (ids are never reused), and
// every kept step follows it.

type stepKind int

const (
	stepCell stepKind = iota
	stepInsert
	stepRename
	stepMove
	stepDelete
)

// step is one undoable edit.
type step struct {
	kind stepKind
	axis store.Axis
	id   int64 // the stage or lane inserted, renamed, moved or deleted

	// A cell: its stage and lane, and its content before and after.
	stageID, laneID int64
	before, after   model.Cell

	oldName, newName string // a rename
	from, to         int    // a move, as indexes of the stored order

	// removed restores a deleted stage or lane (and redoes an undone
	// insert); it is filled by the delete.
	removed store.Removed

	// Where the cursor was before the step (it returns there on undo)
	// and after it (on redo; zero: the same place).
	curStage, curLane     int64
	afterStage, afterLane int64
}

// push records a new step; a new edit clears what could be redone.
func (e *Editor) push(s step) {
	e.undo = append(e.undo, s)
	if len(e.undo) > historySize {
		e.undo = append([]step(nil), e.undo[len(e.undo)-historySize:]...)
	}
	e.redo = nil
}

func (e *Editor) undoLast() tea.Cmd {
	return e.replayLast(&e.undo, &e.redo, true, "journey.nothing_to_undo", "journey.undone")
}

func (e *Editor) redoLast() tea.Cmd {
	return e.replayLast(&e.redo, &e.undo, false, "journey.nothing_to_redo", "journey.redone")
}

// replayLast takes the last step off from, replays it (its inverse for an
// undo) and puts it on to.
func (e *Editor) replayLast(from, to *[]step, inverse bool, none, done string) tea.Cmd {
	if len(*from) == 0 {
		return e.say(e.c.T(none))
	}
	s := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	if err := e.replay(&s, inverse); err != nil {
		return e.replayFailed(s, err, from)
	}
	*to = append(*to, s)
	return tea.Batch(e.saveCursor(), e.say(e.c.T(done, len(*from))))
}

// replayFailed keeps a step that could not be replayed for another try,
// unless what it names is gone (deleted in another window): then it is
// dropped, since it can never apply again.
func (e *Editor) replayFailed(s step, err error, back *[]step) tea.Cmd {
	e.reloadNow()
	switch {
	case errors.Is(err, store.ErrNotEmpty):
		// Dropped: the stage is someone's work now.
		return e.say(e.c.T("journey.undo_not_empty"))
	case errors.Is(err, store.ErrChanged):
		return e.say(e.c.T("journey.undo_changed"))
	case !errors.Is(err, store.ErrNotFound):
		*back = append(*back, s)
	}
	return common.Err(err)
}

// replay undoes (inverse) or redoes s, then shows the stored map with the
// cursor where the step happened.
func (e *Editor) replay(s *step, inverse bool) error {
	st, ctx, jid := e.c.Store, e.c.Ctx, e.j.ID
	var err error
	switch s.kind {
	case stepCell:
		// Only over the value this step left (or, for a redo, found):
		// another window's later text in the cell is never overwritten.
		was, c := s.before, s.after
		if inverse {
			was, c = c, was
		}
		err = st.SetCellIf(ctx, jid, s.stageID, s.laneID, was, c)
	case stepRename:
		name := s.newName
		if inverse {
			name = s.oldName
		}
		err = st.RenameAxis(ctx, s.axis, jid, s.id, name)
	case stepMove:
		to := s.to
		if inverse {
			to = s.from
		}
		_, err = st.MoveAxis(ctx, s.axis, jid, s.id, to)
	case stepInsert, stepDelete:
		if s.kind == stepInsert && inverse {
			// Taking back an insert never deletes what another window
			// wrote in the new stage or lane meanwhile.
			s.removed, err = st.DeleteAxisIfEmpty(ctx, s.axis, jid, s.id)
		} else if s.kind == stepDelete && !inverse {
			s.removed, err = st.DeleteAxis(ctx, s.axis, jid, s.id)
		} else {
			var id int64
			if id, err = st.RestoreAxis(ctx, s.removed); err == nil {
				e.follow(s.axis, s.id, id)
				s.follow(s.axis, s.id, id)
			}
		}
	}
	if err != nil {
		return err
	}
	if stage, lane := s.afterStage, s.afterLane; !inverse && (stage != 0 || lane != 0) {
		e.show(stage, lane)
	} else {
		e.show(s.curStage, s.curLane)
	}
	return nil
}

// follow makes every kept step name the new id of a stage or lane that
// was brought back.
func (e *Editor) follow(a store.Axis, old, id int64) {
	for _, stack := range [][]step{e.undo, e.redo} {
		for i := range stack {
			stack[i].follow(a, old, id)
		}
	}
}

func (s *step) follow(a store.Axis, old, id int64) {
	if s.axis == a && s.id == old {
		s.id = id
	}
	if s.removed.Journey != 0 && s.removed.Axis != a {
		// A removed stage's cells are keyed by lane, a lane's by stage.
		if c, ok := s.removed.Cells[old]; ok {
			delete(s.removed.Cells, old)
			s.removed.Cells[id] = c
		}
	}
	if a == store.Stages {
		if s.stageID == old {
			s.stageID = id
		}
		if s.curStage == old {
			s.curStage = id
		}
		if s.afterStage == old {
			s.afterStage = id
		}
	} else {
		if s.laneID == old {
			s.laneID = id
		}
		if s.curLane == old {
			s.curLane = id
		}
		if s.afterLane == old {
			s.afterLane = id
		}
	}
}

// reloadNow reads the stored map at once, keeping the cursor on its stage
// and lane: after a failed write the screen shows what is stored.
func (e *Editor) reloadNow() { e.show(e.cursorIDs()) }

// show reloads the journey from the store and puts the cursor on the
// stage and lane with those ids (or as near as it can).
func (e *Editor) show(stageID, laneID int64) {
	j, err := e.c.Store.Journey(e.c.Ctx, e.j.ID)
	if err != nil {
		return
	}
	e.j = j
	e.place(stageID, laneID)
}

// place puts the cursor on the stage and lane with those ids; an id no
// longer in the map leaves that coordinate where it was, clamped.
func (e *Editor) place(stageID, laneID int64) {
	for i, s := range e.j.Stages {
		if s.ID == stageID {
			e.stage = i
		}
	}
	for i, l := range e.j.Lanes {
		if l.ID == laneID {
			e.lane = i
		}
	}
	e.clampCursor()
	e.fit()
}

// cursorIDs names the cursor's stage and lane.
func (e *Editor) cursorIDs() (stage, lane int64) {
	if e.stage < len(e.j.Stages) {
		stage = e.j.Stages[e.stage].ID
	}
	if e.lane < len(e.j.Lanes) {
		lane = e.j.Lanes[e.lane].ID
	}
	return stage, lane
}
