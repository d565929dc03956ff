package journey

import (
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// Writes happen in Update, synchronously: each is one short transaction
// (a cell is one upserted row, ~0.1 ms), so edits reach the file in the
// order they were made, a new stage has its id before the next key, and
// nothing is lost between a key and a command that has not run yet. A
// lock held by another program is waited for only briefly (the store's
// interactive busy timeout), then reported: the screen never freezes.

func (e *Editor) handleKey(k tea.KeyMsg) tea.Cmd {
	km := e.keys
	switch {
	case key.Matches(k, km.Back):
		return common.Cmd(common.BackMsg{})
	case key.Matches(k, km.Up):
		return e.moveTo(e.stage, e.lane-1)
	case key.Matches(k, km.Down):
		return e.moveTo(e.stage, e.lane+1)
	case key.Matches(k, km.Left):
		return e.moveTo(e.stage-1, e.lane)
	case key.Matches(k, km.Right):
		return e.moveTo(e.stage+1, e.lane)
	case key.Matches(k, km.First):
		return e.moveTo(0, e.lane)
	case key.Matches(k, km.Last):
		return e.moveTo(len(e.j.Stages)-1, e.lane)
	case key.Matches(k, km.Edit):
		return e.startEdit()
	case key.Matches(k, km.Clear):
		if e.j.Cell(e.lane, e.stage).Zero() {
			return nil
		}
		return e.cellOp(model.ClearCell(e.j, e.lane, e.stage))
	case key.Matches(k, km.Copy):
		c := e.j.Cell(e.lane, e.stage)
		if c.Score != nil {
			c.Score = model.ScoreOf(*c.Score)
		}
		e.c.Clipboard = &c
		return e.say(e.c.T("journey.copied"))
	case key.Matches(k, km.Paste):
		if e.c.Clipboard == nil {
			return e.say(e.c.T("journey.nothing_copied"))
		}
		return e.cellOp(model.PasteCell(e.j, e.lane, e.stage, *e.c.Clipboard))
	case key.Matches(k, km.Evidence):
		return e.cellOp(model.ToggleObserved(e.j, e.lane, e.stage))
	case key.Matches(k, km.ScoreUp), key.Matches(k, km.ScoreDown):
		delta := 1
		if key.Matches(k, km.ScoreDown) {
			delta = -1
		}
		return e.scoreOp(func(lane int) (model.Journey, error) { return model.ShiftScore(e.j, lane, e.stage, delta) })
	case key.Matches(k, km.Score):
		return e.digit(int(k.Runes[0] - '0'))
	case key.Matches(k, km.NoScore):
		return e.scoreOp(func(lane int) (model.Journey, error) { return model.SetScore(e.j, lane, e.stage, nil) })
	case key.Matches(k, km.Narrower):
		return e.setColumn(e.column - columnStep)
	case key.Matches(k, km.Wider):
		return e.setColumn(e.column + columnStep)
	case key.Matches(k, km.Compare):
		return e.toggleCompare()
	case key.Matches(k, km.Undo):
		return e.undoLast()
	case key.Matches(k, km.Redo):
		return e.redoLast()
	}
	return e.handleStructureKey(k)
}

// moveTo puts the cursor on (stage, lane), clamped, and records it.
func (e *Editor) moveTo(stage, lane int) tea.Cmd {
	os, ol := e.stage, e.lane
	e.stage, e.lane = stage, lane
	e.clampCursor()
	if e.stage == os && e.lane == ol {
		return nil
	}
	e.fit()
	return e.saveCursor()
}

// digit sets the stage's emotion score (1-5 for -2..+2) or, on the
// channel lane, a channel (1 physical, 2 digital, 3 phygital).
func (e *Editor) digit(d int) tea.Cmd {
	if e.onLane(model.LaneChannel) {
		if d > len(channelKeys) {
			return e.say(e.c.T("journey.channel_keys"))
		}
		cur := e.j.Cell(e.lane, e.stage).Text
		if strings.TrimSpace(cur) != "" && !isChannelWord(bothLanguages, cur) {
			return e.say(e.c.T("journey.channel_has_text"))
		}
		return e.cellOp(model.SetText(e.j, e.lane, e.stage, e.c.T(channelKeys[d-1])))
	}
	return e.scoreOp(func(lane int) (model.Journey, error) { return model.SetScore(e.j, lane, e.stage, model.ScoreOf(d-3)) })
}

// scoreOp changes the emotion score of the cursor's stage: in the lane
// under the cursor when it is an emotion lane, else in the first one, so
// a score can be given from any lane without moving.
func (e *Editor) scoreOp(op func(lane int) (model.Journey, error)) tea.Cmd {
	lane := e.lane
	if !e.onLane(model.LaneEmotion) {
		lane = e.j.LaneIndex(model.LaneEmotion)
	}
	if lane < 0 {
		return e.say(e.c.T("journey.no_emotion_lane"))
	}
	next, err := op(lane)
	if err != nil {
		return e.opError(err)
	}
	if cmd := e.commitCell(next, lane, e.stage); cmd != nil {
		return cmd
	}
	if lane == e.lane {
		return nil // the score shows under the cursor
	}
	v := "—"
	if sc := next.Cell(lane, e.stage).Score; sc != nil {
		v = scoreText(*sc)
	}
	return e.say(e.c.T("journey.score_set", stageLabel(e.c, e.j, e.stage), v))
}

func (e *Editor) setColumn(w int) tea.Cmd {
	w = min(max(w, minColumn), maxColumn)
	if w == e.column {
		return nil
	}
	e.column = w
	e.fit()
	return tea.Batch(e.saveCursor(), e.say(e.c.T("journey.column_width", w)))
}

func (e *Editor) toggleCompare() tea.Cmd {
	if e.j.SourceID == 0 {
		return e.say(e.c.T("journey.compare_needs_source"))
	}
	e.compare = !e.compare
	e.fit()
	if !e.compare || e.source != nil {
		return nil
	}
	st, ctx, id := e.c.Store, e.c.Ctx, e.j.SourceID
	return func() tea.Msg {
		src, err := st.Journey(ctx, id)
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		return sourceMsg{forID: id, src: src}
	}
}

// cellOp saves the one cell an operation changed, as one undoable step.
func (e *Editor) cellOp(next model.Journey, err error) tea.Cmd {
	if err != nil {
		return e.opError(err)
	}
	return e.commitCell(next, e.lane, e.stage)
}

// commitCell writes the cell (lane, stage) of next, records the step and
// shows it; a failed write shows the stored map and says why.
func (e *Editor) commitCell(next model.Journey, lane, stage int) tea.Cmd {
	before := e.j.Cell(lane, stage)
	if next.Cell(lane, stage).Equal(before) {
		return nil // nothing changed: no write, no step of undo
	}
	if err := e.saveCell(next, lane, stage); err != nil {
		e.reloadNow()
		return e.retry.Failed(err)
	}
	sid, lid := e.j.Stages[stage].ID, e.j.Lanes[lane].ID
	cs, cl := e.cursorIDs()
	e.push(step{kind: stepCell, stageID: sid, laneID: lid, before: before, after: next.Cell(lane, stage), curStage: cs, curLane: cl})
	e.j = next
	e.fit()
	return e.retry.Saved()
}

// saveCell writes one cell of next to the store.
func (e *Editor) saveCell(next model.Journey, lane, stage int) error {
	return e.c.Store.SetCell(e.c.Ctx, next.ID, next.Stages[stage].ID, next.Lanes[lane].ID, next.Cells[lane][stage])
}

// structOp runs one structural write (a stage or lane inserted, renamed,
// moved or deleted), records it as one undoable step, and shows the
// stored map (with any change made elsewhere) with the cursor on the
// given stage and lane ids.
func (e *Editor) structOp(s step, write func(*step) error) tea.Cmd {
	if err := write(&s); err != nil {
		if errors.Is(err, store.ErrLastAxis) {
			if s.axis == store.Lanes {
				return e.say(e.c.T("journey.last_lane"))
			}
			return e.say(e.c.T("journey.last_stage"))
		}
		e.reloadNow()
		return e.retry.Failed(err)
	}
	e.push(s)
	if s.afterStage != 0 || s.afterLane != 0 {
		e.show(s.afterStage, s.afterLane)
	} else {
		e.show(s.curStage, s.curLane)
	}
	return tea.Batch(e.saveCursor(), e.retry.Saved())
}

func (e *Editor) opError(err error) tea.Cmd {
	switch {
	case errors.Is(err, model.ErrEdge):
		return nil // moving past an end does nothing
	case errors.Is(err, model.ErrLastStage):
		return e.say(e.c.T("journey.last_stage"))
	case errors.Is(err, model.ErrLastLane):
		return e.say(e.c.T("journey.last_lane"))
	case errors.Is(err, model.ErrNotEmotion):
		return e.say(e.c.T("journey.no_emotion_lane"))
	}
	return common.Err(err)
}

func (e *Editor) say(s string) tea.Cmd { return common.Cmd(common.StatusMsg{Text: s}) }
