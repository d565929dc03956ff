package questionnaire

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/cxmap/cxmap/i18n"
)

type keyMap struct {
	Level      key.Binding
	Up         key.Binding
	Down       key.Binding
	Choose     key.Binding
	NA         key.Binding
	DontKnow   key.Binding
	Clear      key.Binding
	Next       key.Binding
	Prev       key.Binding
	Respondent key.Binding
	PrevResp   key.Binding
	Unanswered key.Binding
	Note       key.Binding
	CloseNote  key.Binding
	Undo       key.Binding
	Redo       key.Binding
	Results    key.Binding
	Presenter  key.Binding
	Anonymous  key.Binding
	Dimensions key.Binding
	Home, End  key.Binding // in the dimension picker
	PickUp     key.Binding // the picker's own hint: ↑/↓ choose there
	PickChoose key.Binding
	Back       key.Binding
}

func newKeys(cat i18n.Catalog, levels int) keyMap {
	digits := make([]string, 0, levels)
	for i := 1; i <= levels && i <= 9; i++ {
		digits = append(digits, string(rune('0'+i)))
	}
	return keyMap{
		Level:      key.NewBinding(key.WithKeys(digits...), key.WithHelp("1-"+digits[len(digits)-1], cat.T("q.key.level"))),
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", cat.T("q.key.move"))),
		Down:       key.NewBinding(key.WithKeys("down", "j")),
		Choose:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("q.key.choose"))),
		NA:         key.NewBinding(key.WithKeys("0"), key.WithHelp("0", cat.T("q.key.na"))),
		DontKnow:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", cat.T("q.key.dont_know"))),
		Clear:      key.NewBinding(key.WithKeys("backspace", "delete"), key.WithHelp("⌫", cat.T("q.key.clear"))),
		Next:       key.NewBinding(key.WithKeys("right", "l", "pgdown"), key.WithHelp("→", cat.T("q.key.next"))),
		Prev:       key.NewBinding(key.WithKeys("left", "h", "pgup"), key.WithHelp("←", cat.T("q.key.prev"))),
		Respondent: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", cat.T("q.key.respondent"))),
		PrevResp:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", cat.T("q.key.prev_respondent"))),
		Unanswered: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", cat.T("q.key.unanswered"))),
		Note:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", cat.T("q.key.note"))),
		CloseNote:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("q.key.close_note"))),
		Undo:       key.NewBinding(key.WithKeys("u", "ctrl+z"), key.WithHelp("u", cat.T("q.key.undo"))),
		Redo:       key.NewBinding(key.WithKeys("ctrl+r", "ctrl+y"), key.WithHelp("ctrl+r", cat.T("q.key.redo"))),
		Results:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", cat.T("q.key.results"))),
		Presenter:  key.NewBinding(key.WithKeys("p"), key.WithHelp("p", cat.T("q.key.presenter"))),
		Anonymous:  key.NewBinding(key.WithKeys("P"), key.WithHelp("P", cat.T("q.key.anonymous"))),
		Dimensions: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", cat.T("q.key.dimensions"))),
		Home:       key.NewBinding(key.WithKeys("home", "g")),
		End:        key.NewBinding(key.WithKeys("end", "G")),
		PickUp:     key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", cat.T("q.key.pick_move"))),
		PickChoose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("q.key.pick_choose"))),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.back"))),
	}
}
