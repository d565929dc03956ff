package journey

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/textsafe"
)

// prompt is a one-line question under the grid: a name to type, or a
// yes/no confirmation. It is lighter than a form and keeps the map in
// view while it is answered.
type prompt struct {
	label    string
	confirm  bool
	input    textinput.Model
	onAccept func(string) tea.Cmd
}

// ask opens a name prompt with an initial value.
func (e *Editor) ask(label, value string, onAccept func(string) tea.Cmd) tea.Cmd {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = 0                   // no limit: a long imported name is never cut by a rename
	in.SetValue(textsafe.Strip(value)) // a name with controls is cleaned as it is edited
	in.CursorEnd()
	in.TextStyle = e.c.Styles.Value
	in.PromptStyle = e.c.Styles.Key
	in.Width = max(e.width-ansi.StringWidth(label)-3, 10)
	cmd := in.Focus()
	e.prompt = &prompt{label: label, input: in, onAccept: onAccept}
	e.fit()
	return cmd
}

// confirm asks a yes/no question; onYes runs on yes.
func (e *Editor) confirm(label string, onYes func() tea.Cmd) tea.Cmd {
	e.prompt = &prompt{label: label, confirm: true, onAccept: func(string) tea.Cmd { return onYes() }}
	e.fit()
	return nil
}

func (e *Editor) updatePrompt(msg tea.Msg) tea.Cmd {
	p := e.prompt
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case p.confirm && key.Matches(k, e.keys.Yes):
			e.closePrompt()
			return p.onAccept("")
		case p.confirm && key.Matches(k, e.keys.No):
			e.closePrompt()
			return nil
		case p.confirm:
			return nil // only yes or no
		case key.Matches(k, e.keys.Cancel):
			e.closePrompt()
			return nil
		case key.Matches(k, e.keys.Accept):
			e.closePrompt()
			return p.onAccept(p.input.Value())
		}
	}
	if p.confirm {
		return nil
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return cmd
}

func (e *Editor) closePrompt() {
	e.prompt = nil
	e.fit()
}

func (e *Editor) promptLine() string {
	st := e.c.Styles
	p := e.prompt
	if p.confirm {
		return fit(st.Warn.Render(p.label)+" "+st.Key.Render(e.c.T("journey.yes_no")), e.width)
	}
	return fit(st.Subtitle.Render(p.label)+" "+p.input.View(), e.width)
}
