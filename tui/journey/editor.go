// Package journey holds the journey screens of a workshop: the list of its
// journeys and the keyboard grid editor of one journey map.
package journey

import (
	"encoding/json"
	"errors"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
)

// Column widths of the stages: the width of a cell's text, which the user
// changes with [ and ].
const (
	minColumn     = 8
	maxColumn     = 60
	defaultColumn = 18
	columnStep    = 4
	// historySize is how many edits can be undone.
	historySize = 200
)

// cursorScreen is the screen name saved with the editor's position.
const cursorScreen = string(common.JourneyScreen)

// position is the editor's saved place, as JSON in the workshop's cursor.
type position struct {
	Journey int64 `json:"journey"`
	Stage   int   `json:"stage"`
	Lane    int   `json:"lane"`
	Width   int   `json:"width,omitempty"`
}

type loadedMsg struct {
	j   model.Journey
	pos *position // where the editor was left, when it was on this journey
	// keep reloads in place: the cursor stays on its stage and lane (by
	// id), and a cell being edited stays open.
	keep bool
}

type sourceMsg struct {
	forID int64
	src   model.Journey
}

// Editor is the grid editor of one journey.
type Editor struct {
	c          *common.Context
	workshopID int64
	journeyID  int64
	keys       editorKeys
	width      int
	height     int

	j      model.Journey
	loaded bool
	source *model.Journey // the map a future one was copied from, for compare

	stage, lane int // the cursor
	left, top   int // first visible stage and lane
	column      int // width of a stage's text
	compare     bool

	undo, redo []step

	// Editing a cell.
	editing    bool
	area       textarea.Model
	editStage  int64      // the cell being edited, by ids: another window
	editLane   int64      // may insert a stage before it meanwhile
	editBefore model.Cell // the cell before this visit, for undo
	editShown  string     // its text as the editor first showed it
	editSaved  string     // the editor's text as last stored
	retry      common.Retry

	prompt *prompt

	cache *renderCache
}

// NewEditor builds the editor of one journey of a workshop.
func NewEditor(c *common.Context, workshopID, journeyID int64) *Editor {
	e := &Editor{c: c, workshopID: workshopID, journeyID: journeyID, keys: newEditorKeys(c.Cat),
		column: defaultColumn, cache: newRenderCache()}
	e.area = newArea(c)
	return e
}

// Init loads the journey and where it was left.
func (e *Editor) Init() tea.Cmd { return e.load(true) }

func (e *Editor) load(withCursor bool) tea.Cmd {
	st, ctx, id, wid := e.c.Store, e.c.Ctx, e.journeyID, e.workshopID
	return func() tea.Msg {
		j, err := st.Journey(ctx, id)
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		msg := loadedMsg{j: j}
		if withCursor {
			if c, err := st.CursorFor(ctx, wid, cursorScreen); err == nil && c.State != "" {
				var p position
				if json.Unmarshal([]byte(c.State), &p) == nil && p.Journey == id {
					msg.pos = &p
				}
			}
		}
		return msg
	}
}

// Title is the journey's name.
func (e *Editor) Title() string {
	if !e.loaded {
		return "…"
	}
	return e.j.Name
}

// SetSize records the space the editor may use.
func (e *Editor) SetSize(w, h int) {
	e.width, e.height = w, h
	e.area.SetWidth(max(w, 10))
	e.area.SetHeight(e.areaHeight())
	e.fit()
}

// Capturing is true while a cell is edited or a prompt is open: every key
// then goes to the text.
func (e *Editor) Capturing() bool { return e.editing || e.prompt != nil }

// Update handles the editor's messages.
func (e *Editor) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.j.ID != e.journeyID {
			return nil
		}
		if msg.keep && e.loaded {
			return e.reloaded(msg.j)
		}
		first := !e.loaded
		j, err := e.ensureGrid(msg.j)
		if err != nil {
			return common.Err(err)
		}
		e.j, e.loaded = j, true
		if msg.pos != nil {
			e.stage, e.lane = msg.pos.Stage, msg.pos.Lane
			if msg.pos.Width >= minColumn && msg.pos.Width <= maxColumn {
				e.column = msg.pos.Width
			}
		}
		e.clampCursor()
		e.fit()
		if first || msg.pos == nil {
			return e.saveCursor()
		}
		return nil
	case sourceMsg:
		if msg.forID == e.j.SourceID {
			src := msg.src
			e.source = &src
			e.cache.band = ""
		}
		return nil
	case common.RefreshMsg:
		if msg.External {
			return e.loadKeep()
		}
		if e.editing || e.prompt != nil {
			return nil
		}
		return tea.Batch(e.loadKeep(), e.saveCursor())
	case common.LanguageMsg:
		e.keys = newEditorKeys(e.c.Cat)
		e.cache.reset()
		return nil
	}
	if !e.loaded {
		return nil
	}
	if e.editing {
		return e.updateEdit(msg)
	}
	if e.prompt != nil {
		return e.updatePrompt(msg)
	}
	if k, ok := msg.(tea.KeyMsg); ok {
		return e.handleKey(k)
	}
	return nil
}

// ensureGrid gives a map without stages or lanes (an imported one, say)
// a first stage and the default lanes, so there is a cell to stand on.
func (e *Editor) ensureGrid(j model.Journey) (model.Journey, error) {
	if len(j.Stages) > 0 && len(j.Lanes) > 0 {
		return j, nil
	}
	st, ctx := e.c.Store, e.c.Ctx
	if len(j.Stages) == 0 {
		if _, err := st.InsertAxis(ctx, store.Stages, j.ID, 0, e.c.T("journey.stage_n", 1), ""); err != nil {
			return j, err
		}
	}
	if len(j.Lanes) == 0 {
		for i, k := range model.DefaultLanes {
			if _, err := st.InsertAxis(ctx, store.Lanes, j.ID, i, "", k); err != nil {
				return j, err
			}
		}
	}
	return st.Journey(ctx, j.ID)
}

// loadKeep reloads the map in place (see loadedMsg.keep).
func (e *Editor) loadKeep() tea.Cmd {
	st, ctx, id := e.c.Store, e.c.Ctx, e.journeyID
	return func() tea.Msg {
		j, err := st.Journey(ctx, id)
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		return loadedMsg{j: j, keep: true}
	}
}

// reloaded shows a map read again while the editor is open: changes made
// elsewhere appear, the cursor stays on its stage and lane, and a cell
// being edited stays open with its text, unless another window deleted
// its stage or lane.
func (e *Editor) reloaded(j model.Journey) tea.Cmd {
	stage, lane := e.cursorIDs()
	if e.editing {
		stage, lane = e.editStage, e.editLane
	}
	e.j = j
	e.place(stage, lane)
	if e.editing && (!e.hasStage(e.editStage) || !e.hasLane(e.editLane)) {
		e.editing = false
		e.area.Blur()
		e.fit()
		return common.Err(errors.New(e.c.T("app.gone")))
	}
	return nil
}

// saveCursor records the journey, stage, lane and column width, so that
// reopening the workshop returns here.
func (e *Editor) saveCursor() tea.Cmd {
	if !e.loaded {
		return nil
	}
	b, _ := json.Marshal(position{Journey: e.j.ID, Stage: e.stage, Lane: e.lane, Width: e.column})
	err := e.c.Store.SaveCursor(e.c.Ctx, e.workshopID, model.Cursor{Screen: cursorScreen, State: string(b)})
	return common.Err(err)
}

func (e *Editor) clampCursor() {
	e.stage = min(max(e.stage, 0), max(len(e.j.Stages)-1, 0))
	e.lane = min(max(e.lane, 0), max(len(e.j.Lanes)-1, 0))
}

// bothLanguages are the catalogs a typed lane name is matched in.
var bothLanguages = []func(string, ...any) string{i18n.For(i18n.EN).T, i18n.For(i18n.ES).T}

// ShortHelp lists the keys of the moment.
func (e *Editor) ShortHelp() []key.Binding {
	k := e.keys
	switch {
	case e.editing:
		return []key.Binding{k.Done, k.NextCell, k.PrevCell}
	case e.prompt != nil && e.prompt.confirm:
		return []key.Binding{k.Yes, k.No}
	case e.prompt != nil:
		return []key.Binding{k.Accept, k.Cancel}
	}
	score := k.Score
	if e.onLane(model.LaneChannel) {
		score = key.NewBinding(key.WithKeys("1", "2", "3"), key.WithHelp("1-3", e.c.T("journey.key_channel")))
	}
	return fitHelp([]key.Binding{k.Edit, k.StageAfter, k.LaneBelow, score, k.Undo, k.Back}, e.width-helpReserve)
}

// helpReserve is the room the root's own keys (more keys, quit) take at
// the end of the short help line.
const helpReserve = 26

// fitHelp keeps the leading bindings that fit in width cells of a short
// help line ("key desc • key desc"), so the line never runs past the
// screen.
func fitHelp(bs []key.Binding, width int) []key.Binding {
	used := -3
	for i, b := range bs {
		used += 3 + ansi.StringWidth(b.Help().Key) + 1 + ansi.StringWidth(b.Help().Desc)
		if used > width {
			return bs[:i]
		}
	}
	return bs
}

// FullHelp lists every key of the editor, in groups.
func (e *Editor) FullHelp() [][]key.Binding {
	if e.editing || e.prompt != nil {
		return [][]key.Binding{e.ShortHelp()}
	}
	k := e.keys
	// Three tall columns fit 80 columns in both languages.
	return [][]key.Binding{
		{k.Edit, k.Clear, k.helpCopyPaste, k.Evidence, k.Score, k.helpScoreStep, k.NoScore, k.Undo, k.Redo},
		{k.helpMove, k.helpFirstLast, k.StageAfter, k.StageBefore, k.RenameStage, k.helpMoveStage, k.DeleteStage},
		{k.LaneBelow, k.LaneAbove, k.RenameLane, k.helpMoveLane, k.DeleteLane, k.helpWidth, k.Compare},
	}
}

func (e *Editor) onLane(k model.LaneKind) bool {
	return e.lane < len(e.j.Lanes) && e.j.Lanes[e.lane].Kind == k
}
