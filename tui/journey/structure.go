package journey

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
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
		return e.ask(e.c.T("journey.ask_rename_stage", stageLabel(e.c, e.j, e.stage)), e.j.Stages[e.stage].Name, func(v string) tea.Cmd {
			next, err := model.RenameStage(e.j, e.stage, v)
			return e.gridOp(next, err, e.stage, e.lane)
		})
	case key.Matches(k, km.StageLeft):
		next, err := model.MoveStage(e.j, e.stage, e.stage-1)
		return e.gridOp(next, err, e.stage-1, e.lane)
	case key.Matches(k, km.StageRight):
		next, err := model.MoveStage(e.j, e.stage, e.stage+1)
		return e.gridOp(next, err, e.stage+1, e.lane)
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
			next, err := model.RenameLane(e.j, e.lane, v)
			return e.gridOp(next, err, e.stage, e.lane)
		})
	case key.Matches(k, km.LaneUp):
		next, err := model.MoveLane(e.j, e.lane, e.lane-1)
		return e.gridOp(next, err, e.stage, e.lane-1)
	case key.Matches(k, km.LaneDown):
		next, err := model.MoveLane(e.j, e.lane, e.lane+1)
		return e.gridOp(next, err, e.stage, e.lane+1)
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
		next, err := model.InsertStage(e.j, at, model.Stage{Name: v})
		return e.gridOp(next, err, at, e.lane)
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
		next, err := model.InsertLane(e.j, at, lane)
		return e.gridOp(next, err, e.stage, at)
	})
}

func (e *Editor) deleteStage() tea.Cmd {
	at, name := e.stage, stageLabel(e.c, e.j, e.stage)
	del := func() tea.Cmd {
		next, err := model.DeleteStage(e.j, at)
		if err != nil {
			return e.opError(err)
		}
		before := len(e.j.Stages)
		cmd := e.gridOp(next, nil, min(at, len(next.Stages)-1), e.lane)
		if len(e.j.Stages) == before {
			return cmd // not saved: the error says why
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
	del := func() tea.Cmd {
		next, err := model.DeleteLane(e.j, at)
		if err != nil {
			return e.opError(err)
		}
		before := len(e.j.Lanes)
		cmd := e.gridOp(next, nil, e.stage, min(at, len(next.Lanes)-1))
		if len(e.j.Lanes) == before {
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
