package journey

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/tui/common"
)

// editorKeys are the grid editor's keys. The root owns q, ?, L and
// ctrl+c; none of them is bound here.
type editorKeys struct {
	Up, Down, Left, Right key.Binding
	First, Last           key.Binding
	Edit, Clear           key.Binding
	Copy, Paste           key.Binding
	Evidence              key.Binding
	ScoreUp, ScoreDown    key.Binding
	Score                 key.Binding // 1-5: -2..+2 on the emotion lane; a channel on the channel lane
	NoScore               key.Binding
	StageAfter, StageBefore,
	RenameStage, StageLeft, StageRight, DeleteStage key.Binding
	LaneBelow, LaneAbove,
	RenameLane, LaneUp, LaneDown, DeleteLane key.Binding
	Narrower, Wider key.Binding
	Compare         key.Binding
	Undo, Redo      key.Binding
	Back            key.Binding
	// While a cell is edited.
	Done, NextCell, PrevCell key.Binding
	// In a prompt.
	Accept, Cancel, Yes, No key.Binding
	// Only for the help: several keys under one line.
	helpMove, helpFirstLast, helpCopyPaste, helpScoreStep, helpMoveStage, helpMoveLane, helpWidth key.Binding
}

func newEditorKeys(cat i18n.Catalog) editorKeys {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, cat.T(desc)))
	}
	return editorKeys{
		Up:          b([]string{"up", "k"}, "↑/k", "journey.key_up"),
		Down:        b([]string{"down", "j"}, "↓/j", "journey.key_down"),
		Left:        b([]string{"left", "h"}, "←/h", "journey.key_left"),
		Right:       b([]string{"right", "l"}, "→/l", "journey.key_right"),
		First:       b([]string{"home", "g"}, "g/home", "journey.key_first"),
		Last:        b([]string{"end", "G"}, "G/end", "journey.key_last"),
		Edit:        b([]string{"enter"}, "enter", "journey.key_edit"),
		Clear:       b([]string{"x", "delete", "backspace"}, "x", "journey.key_clear"),
		Copy:        b([]string{"y"}, "y", "journey.key_copy"),
		Paste:       b([]string{"p"}, "p", "journey.key_paste"),
		Evidence:    b([]string{"e"}, "e", "journey.key_evidence"),
		ScoreUp:     b([]string{"+", "="}, "+", "journey.key_score_up"),
		ScoreDown:   b([]string{"-", "_"}, "-", "journey.key_score_down"),
		Score:       b([]string{"1", "2", "3", "4", "5"}, "1-5", "journey.key_score"),
		NoScore:     b([]string{"0"}, "0", "journey.key_no_score"),
		StageAfter:  b([]string{"a"}, "a", "journey.key_stage_after"),
		StageBefore: b([]string{"i"}, "i", "journey.key_stage_before"),
		RenameStage: b([]string{"r"}, "r", "journey.key_rename_stage"),
		StageLeft:   b([]string{"<", "shift+left"}, "<", "journey.key_stage_left"),
		StageRight:  b([]string{">", "shift+right"}, ">", "journey.key_stage_right"),
		DeleteStage: b([]string{"d"}, "d", "journey.key_delete_stage"),
		LaneBelow:   b([]string{"o"}, "o", "journey.key_lane_below"),
		LaneAbove:   b([]string{"O"}, "O", "journey.key_lane_above"),
		RenameLane:  b([]string{"R"}, "R", "journey.key_rename_lane"),
		LaneUp:      b([]string{"K", "shift+up"}, "K", "journey.key_lane_up"),
		LaneDown:    b([]string{"J", "shift+down"}, "J", "journey.key_lane_down"),
		DeleteLane:  b([]string{"D"}, "D", "journey.key_delete_lane"),
		Narrower:    b([]string{"["}, "[", "journey.key_narrower"),
		Wider:       b([]string{"]"}, "]", "journey.key_wider"),
		Compare:     b([]string{"c"}, "c", "journey.key_compare"),
		Undo:        b([]string{"u", "ctrl+z"}, "u", "journey.key_undo"),
		Redo:        b([]string{"ctrl+r", "ctrl+y"}, "ctrl+r", "journey.key_redo"),
		Back:        b([]string{"esc"}, "esc", "key.back"),
		Done:        b([]string{"esc"}, "esc", "journey.key_done"),
		NextCell:    b([]string{"tab"}, "tab", "journey.key_next_cell"),
		PrevCell:    b([]string{"shift+tab"}, "shift+tab", "journey.key_prev_cell"),
		Accept:      b([]string{"enter"}, "enter", "journey.key_accept"),
		Cancel:      b([]string{"esc"}, "esc", "key.cancel"),
		Yes:         b([]string{"y", "Y", "s", "S"}, "y", "journey.key_yes"),
		No:          b([]string{"n", "N", "esc"}, "n", "journey.key_no"),

		helpMove:      b([]string{"up", "down", "left", "right"}, "←↓↑→", "journey.key_move"),
		helpFirstLast: b([]string{"g", "G"}, "g/G", "journey.key_first_last"),
		helpCopyPaste: b([]string{"y", "p"}, "y/p", "journey.key_copy_paste"),
		helpScoreStep: b([]string{"+", "-"}, "+/-", "journey.key_score_step"),
		helpMoveStage: b([]string{"<", ">"}, "</>", "journey.key_move_stage"),
		helpMoveLane:  b([]string{"K", "J"}, "K/J", "journey.key_move_lane"),
		helpWidth:     b([]string{"[", "]"}, "[/]", "journey.key_width"),
	}
}

// grid lists the bindings active while moving around the grid, for the
// help and for the test that no two of them share a key.
func (k editorKeys) grid() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Left, k.Right, k.First, k.Last, k.Edit, k.Clear, k.Copy, k.Paste,
		k.Evidence, k.ScoreUp, k.ScoreDown, k.Score, k.NoScore,
		k.StageAfter, k.StageBefore, k.RenameStage, k.StageLeft, k.StageRight, k.DeleteStage,
		k.LaneBelow, k.LaneAbove, k.RenameLane, k.LaneUp, k.LaneDown, k.DeleteLane,
		k.Narrower, k.Wider, k.Compare, k.Undo, k.Redo, k.Back}
}

// listKeys are the journey list's keys.
type listKeys struct {
	Open, New, Rename, Edit, Duplicate, Delete, Up, Down, Back key.Binding

	Pages common.PageKeys // built once, as the other screens keep theirs
}

func newListKeys(cat i18n.Catalog) listKeys {
	return listKeys{
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("key.open"))),
		New:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", cat.T("key.new"))),
		Rename:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", cat.T("key.rename"))),
		Edit:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", cat.T("journey.key_details"))),
		Duplicate: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", cat.T("journey.key_future"))),
		Delete:    key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", cat.T("key.delete"))),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", cat.T("key.up"))),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", cat.T("key.down"))),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.back"))),
		Pages:     common.NewPageKeys(cat),
	}
}

func (k listKeys) all() []key.Binding {
	return []key.Binding{k.Open, k.New, k.Rename, k.Edit, k.Duplicate, k.Delete, k.Up, k.Down, k.Back}
}
