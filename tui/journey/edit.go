package journey

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

// Editing a cell. The text is saved on every keystroke that changes it
// (one upserted row), so quitting, a crash or a killed terminal keeps
// everything typed; leaving the cell (esc, tab) saves it once more,
// trimmed. The whole visit to a cell is one step of undo.

func newArea(c *common.Context) textarea.Model {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = "┃ "
	ta.CharLimit = 0 // no limit: a cell keeps whatever it holds, imported or typed
	ta.MaxHeight = 0
	ta.Placeholder = c.T("journey.edit_placeholder")
	ta.Cursor.SetMode(cursor.CursorStatic)
	st := c.Styles
	for _, s := range []*textarea.Style{&ta.FocusedStyle, &ta.BlurredStyle} {
		s.Base = st.Value
		s.CursorLine = st.Value
		s.Text = st.Value
		s.Placeholder = st.Faint
		s.Prompt = st.Key
		s.EndOfBuffer = st.Faint
	}
	return ta
}

// startEdit opens the text area on the cell under the cursor, as stored
// now: another window may have written it since the last reload, and the
// first key would otherwise put the older text back.
func (e *Editor) startEdit() tea.Cmd {
	e.show(e.cursorIDs())
	e.editing = true
	e.editStage, e.editLane = e.cursorIDs()
	e.editBefore = e.j.Cell(e.lane, e.stage)
	e.area.Placeholder = e.c.T("journey.edit_placeholder")
	e.area.SetWidth(max(e.width, 10))
	e.area.SetHeight(e.areaHeight())
	e.area.SetValue(textsafe.StripText(e.j.Cell(e.lane, e.stage).Text))
	// The text as the editor shows it (tabs become spaces there): the
	// cell is written only once it differs, so opening and closing a
	// cell never changes what it holds.
	e.editShown = e.area.Value()
	e.editSaved = e.editShown
	e.fit()
	return e.area.Focus()
}

func (e *Editor) updateEdit(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, e.keys.Done):
			return e.finishEdit()
		case key.Matches(k, e.keys.NextCell), key.Matches(k, e.keys.PrevCell):
			step := 1
			if key.Matches(k, e.keys.PrevCell) {
				step = -1
			}
			if cmd := e.finishEdit(); cmd != nil {
				return cmd
			}
			e.stepCell(step)
			return tea.Batch(e.saveCursor(), e.startEdit())
		}
	}
	before := e.area.Value()
	var cmd tea.Cmd
	e.area, cmd = e.area.Update(msg)
	if v := e.area.Value(); v != before || v != e.editSaved {
		// Also when the key changed nothing but the last write failed:
		// the next key retries it.
		if err := e.saveText(v); err != nil {
			e.reloadNow()
			return tea.Batch(cmd, e.retry.Failed(common.TextKept{Err: err}))
		}
		e.editSaved = v
		return tea.Batch(cmd, e.retry.Saved())
	}
	return cmd
}

// saveText stores the edited cell's text at once.
func (e *Editor) saveText(text string) error {
	next, err := model.SetText(e.j, e.lane, e.stage, text)
	if err != nil {
		return err
	}
	if err := e.saveCell(next, e.lane, e.stage); err != nil {
		return err
	}
	e.j = next
	e.fit()
	return nil
}

// finishEdit leaves the cell: trailing blanks go, and the visit becomes
// one undoable step if it changed anything. If the text cannot be saved
// the cell stays open with it, for a retry.
func (e *Editor) finishEdit() tea.Cmd {
	if v := e.area.Value(); v != e.editShown {
		text := strings.TrimRight(v, " \n\t")
		if text != e.editSaved {
			if err := e.saveText(text); err != nil {
				e.reloadNow()
				return e.retry.Failed(common.TextKept{Err: err})
			}
			e.editSaved = text
		}
	}
	e.editing = false
	e.area.Blur()
	defer e.fit()
	if after := e.j.Cell(e.lane, e.stage); !after.Equal(e.editBefore) {
		e.push(step{kind: stepCell, stageID: e.editStage, laneID: e.editLane, before: e.editBefore, after: after,
			curStage: e.editStage, curLane: e.editLane})
	}
	return nil
}

// stepCell moves to the next (or previous) cell in reading order: along
// the lane, then on to the next lane.
func (e *Editor) stepCell(step int) {
	n := len(e.j.Stages)
	i := e.lane*n + e.stage + step
	if i < 0 || i >= n*len(e.j.Lanes) {
		return
	}
	e.lane, e.stage = i/n, i%n
	e.fit()
}
