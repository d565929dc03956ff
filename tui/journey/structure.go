package journey

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
)

// Structural edits: stages and lanes added, renamed, moved, removed. A
// change that destroys nothing happens at once; removing a stage or lane
// that holds text asks first. All of them can be undone.

func (e *Editor) handleStructureKey(k tea.KeyMsg) tea.Cmd {
	km := e.keys
	switch {
	case key.Matches(k, km.StageAfter):
		return e.askStage(e.stage + 1)
	case key.Matches(k, km.StageBefore):
		return e.askStage(e.stage)
	case key.Matches(k, km.RenameStage):
		id, old := e.j.Stages[e.stage].ID, e.j.Stages[e.stage].Name
		return e.ask(e.c.T("journey.ask_rename_stage", stageLabel(e.c, e.j, e.stage)), old, func(v string) tea.Cmd {
			return e.rename(store.Stages, id, old, v)
		})
	case key.Matches(k, km.StageLeft):
		return e.move(store.Stages, e.stage, -1)
	case key.Matches(k, km.StageRight):
		return e.move(store.Stages, e.stage, 1)
	case key.Matches(k, km.DeleteStage):
		return e.deleteStage()
	case key.Matches(k, km.LaneBelow):
		return e.askLane(e.lane + 1)
	case key.Matches(k, km.LaneAbove):
		return e.askLane(e.lane)
	case key.Matches(k, km.RenameLane):
		lane := e.j.Lanes[e.lane]
		return e.ask(e.c.T("journey.ask_rename_lane", laneName(e.c, lane)), laneName(e.c, lane), func(v string) tea.Cmd {
			v = strings.TrimSpace(v)
			if def, ok := laneKeys[lane.Kind]; ok && lane.Kind != model.LaneText && strings.EqualFold(v, e.c.T(def)) {
				v = "" // the kind's own name, which follows the language
			}
			return e.rename(store.Lanes, lane.ID, lane.Name, v)
		})
	case key.Matches(k, km.LaneUp):
		return e.move(store.Lanes, e.lane, -1)
	case key.Matches(k, km.LaneDown):
		return e.move(store.Lanes, e.lane, 1)
	case key.Matches(k, km.DeleteLane):
		return e.deleteLane()
	}
	return nil
}

// askStage asks for the name of a new stage to insert at index at.
func (e *Editor) askStage(at int) tea.Cmd {
	label := e.c.T("journey.ask_stage_after", stageLabel(e.c, e.j, e.stage))
	if at == e.stage {
		label = e.c.T("journey.ask_stage_before", stageLabel(e.c, e.j, e.stage))
	}
	return e.ask(label, "", func(v string) tea.Cmd {
		v = strings.TrimSpace(v)
		if v == "" {
			v = e.c.T("journey.stage_n", at+1)
		}
		return e.insert(store.Stages, at, v, "")
	})
}

// askLane asks for the name of a new lane to insert at index at. A name
// that is a built-in lane's (say "Emotion" or "Puntos de dolor") gives
// that kind of lane, with its behaviour.
func (e *Editor) askLane(at int) tea.Cmd {
	label := e.c.T("journey.ask_lane_below", laneName(e.c, e.j.Lanes[e.lane]))
	if at == e.lane {
		label = e.c.T("journey.ask_lane_above", laneName(e.c, e.j.Lanes[e.lane]))
	}
	return e.ask(label, "", func(v string) tea.Cmd {
		lane := model.Lane{Name: strings.TrimSpace(v), Kind: model.LaneText}
		if k, ok := kindForName(bothLanguages, v); ok {
			lane = model.Lane{Kind: k}
		}
		return e.insert(store.Lanes, at, lane.Name, lane.Kind)
	})
}

func (e *Editor) deleteStage() tea.Cmd {
	at, name := e.stage, stageLabel(e.c, e.j, e.stage)
	id := e.j.Stages[at].ID
	del := func() tea.Cmd {
		cmd := e.remove(store.Stages, id)
		if e.hasStage(id) {
			return cmd // not deleted: the message says why
		}
		return tea.Batch(cmd, e.say(e.c.T("journey.stage_deleted", name)))
	}
	if len(e.j.Stages) == 1 {
		return e.say(e.c.T("journey.last_stage"))
	}
	if n := e.j.FilledInStage(at); n > 0 {
		return e.confirm(e.c.T("journey.confirm_delete_stage", name, e.c.Cat.N("n.cells", n)), del)
	}
	return del()
}

func (e *Editor) deleteLane() tea.Cmd {
	at, name := e.lane, laneName(e.c, e.j.Lanes[e.lane])
	id := e.j.Lanes[at].ID
	del := func() tea.Cmd {
		cmd := e.remove(store.Lanes, id)
		if e.hasLane(id) {
			return cmd
		}
		return tea.Batch(cmd, e.say(e.c.T("journey.lane_deleted", name)))
	}
	if len(e.j.Lanes) == 1 {
		return e.say(e.c.T("journey.last_lane"))
	}
	if n := e.j.FilledInLane(at); n > 0 {
		return e.confirm(e.c.T("journey.confirm_delete_lane", name, e.c.Cat.N("n.cells", n)), del)
	}
	return del()
}

// insert adds a stage or lane at index at and puts the cursor on it.
func (e *Editor) insert(a store.Axis, at int, name string, kind model.LaneKind) tea.Cmd {
	cs, cl := e.cursorIDs()
	return e.structOp(step{kind: stepInsert, axis: a, curStage: cs, curLane: cl}, func(s *step) error {
		id, err := e.c.Store.InsertAxis(e.c.Ctx, a, e.j.ID, at, name, kind)
		s.id, s.afterStage, s.afterLane = id, cs, cl
		if a == store.Stages {
			s.afterStage = id
		} else {
			s.afterLane = id
		}
		return err
	})
}

// rename renames a stage or lane; the same name writes nothing.
func (e *Editor) rename(a store.Axis, id int64, old, name string) tea.Cmd {
	name = strings.TrimSpace(name)
	if name == old {
		return nil
	}
	cs, cl := e.cursorIDs()
	return e.structOp(step{kind: stepRename, axis: a, id: id, oldName: old, newName: name, curStage: cs, curLane: cl}, func(*step) error {
		return e.c.Store.RenameAxis(e.c.Ctx, a, e.j.ID, id, name)
	})
}

// move moves the stage or lane at index i one place (delta -1 or +1);
// the cursor follows it.
func (e *Editor) move(a store.Axis, i, delta int) tea.Cmd {
	n, id := len(e.j.Stages), int64(0)
	if a == store.Lanes {
		n = len(e.j.Lanes)
	}
	if i+delta < 0 || i+delta >= n {
		return nil // at the edge: nothing to do
	}
	if a == store.Stages {
		id = e.j.Stages[i].ID
	} else {
		id = e.j.Lanes[i].ID
	}
	cs, cl := e.cursorIDs()
	return e.structOp(step{kind: stepMove, axis: a, id: id, curStage: cs, curLane: cl}, func(s *step) error {
		from, err := e.c.Store.MoveAxis(e.c.Ctx, a, e.j.ID, id, i+delta)
		s.from, s.to = from, i+delta
		return err
	})
}

// remove deletes a stage or lane, keeping what undo needs to restore it.
func (e *Editor) remove(a store.Axis, id int64) tea.Cmd {
	cs, cl := e.cursorIDs()
	return e.structOp(step{kind: stepDelete, axis: a, id: id, curStage: cs, curLane: cl}, func(s *step) error {
		r, err := e.c.Store.DeleteAxis(e.c.Ctx, a, e.j.ID, id)
		s.removed = r
		return err
	})
}

func (e *Editor) hasStage(id int64) bool {
	for _, s := range e.j.Stages {
		if s.ID == id {
			return true
		}
	}
	return false
}

func (e *Editor) hasLane(id int64) bool {
	for _, l := range e.j.Lanes {
		if l.ID == id {
			return true
		}
	}
	return false
}
