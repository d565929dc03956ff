// Package common holds what every screen shares: the context handed to
// it, the screen contract, and the messages screens use to talk to the root.
package common

import (
	"context"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/styles"
)

// Context is shared by every screen. Cat changes when the user switches
// language; screens read it on every View.
type Context struct {
	Ctx    context.Context
	Store  *store.Store
	Styles *styles.Styles
	Cat    i18n.Catalog
	// ConfigDir holds the user's own assessment models.
	ConfigDir string
	// Clipboard is the copied journey cell, shared by every map open in
	// this app (a cell can be copied from the current map into the future
	// one) and by nothing else: each SSH connection has its own app.
	Clipboard *model.Cell
	// Reached is, over SSH, the server address (host:port) this client
	// connected to, so a live session can offer joining over SSH; "" for
	// the app in its own terminal.
	Reached string
}

// T is a shortcut for the current catalog. The catalog's own strings are
// trusted; a string argument is a name or a note from people or files,
// so it is made safe for one line of the terminal (textsafe.Line) here,
// where every screen's messages, titles and prompts are built.
func (c *Context) T(key string, args ...any) string {
	safe := make([]any, len(args))
	for i, a := range args {
		if s, ok := a.(string); ok {
			a = textsafe.Line(s)
		}
		safe[i] = a
	}
	return c.Cat.T(key, safe...)
}

// Screen is one page of the app. Only the root is a tea.Model; screens are
// pointers updated in place.
type Screen interface {
	Init() tea.Cmd
	Update(tea.Msg) tea.Cmd
	View() string
	SetSize(width, height int)
	help.KeyMap
	// Capturing is true while the screen takes free text (a form, a filter,
	// a note), so that global keys such as q are passed to it instead.
	Capturing() bool
	// Title names the screen in the header's breadcrumb.
	Title() string
}

// ScreenID names a kind of screen.
type ScreenID string

// The app's screens.
const (
	HomeScreen          ScreenID = "home"
	WorkshopScreen      ScreenID = "workshop"
	QuestionnaireScreen ScreenID = "questionnaire"
	ResultsScreen       ScreenID = "results"
	JourneysScreen      ScreenID = "journeys" // the journey list of a workshop
	JourneyScreen       ScreenID = "journey"  // one journey's grid editor
	RoadmapScreen       ScreenID = "roadmap"
	LiveScreen          ScreenID = "live" // a live session: phones vote
)

// NavigateMsg asks the root to show a screen, building it if needed.
type NavigateMsg struct {
	To         ScreenID
	WorkshopID int64
	ItemID     int64 // the journey, for JourneyScreen
	// Resume opens a workshop where it was left (the screen in its saved
	// cursor) instead of at the hub.
	Resume bool
}

// ChromeMsg tells the root that the screen's chrome changed (presenter
// mode hides the footer), so it hands out the space again.
type ChromeMsg struct{}

// Presenter is a screen that can be in presenter mode: shown to a room on
// a projector, without the footer of keys.
type Presenter interface {
	Presenting() bool
}

// GotoQuestionMsg asks the questionnaire of a workshop to show a question
// answered by one respondent (model.Consensus for the consensus): how
// Results opens a disagreement, on the consensus so that the agreed level
// typed there never replaces a participant's vote.
type GotoQuestionMsg struct {
	WorkshopID int64
	QuestionID string
	Respondent int64
}

// BackMsg asks the root to return to the previous screen.
type BackMsg struct{}

// ErrMsg reports a failed action in the status line.
type ErrMsg struct{ Err error }

// OrNil is the message, or nil when there is no error: for commands
// whose success needs no message.
func (e ErrMsg) OrNil() tea.Msg {
	if e.Err == nil {
		return nil
	}
	return e
}

// StatusMsg reports a finished action in the status line.
type StatusMsg struct{ Text string }

// RefreshMsg tells a screen to reload what may have changed elsewhere:
// it is shown again, or (External) another program changed the file
// while it was shown. Either way it keeps its cursor; with External, a
// field being typed in stays open.
type RefreshMsg struct{ External bool }

// SetLanguageMsg asks the root to switch the interface language (a
// workshop opened in its own language).
type SetLanguageMsg struct{ Lang string }

// LanguageMsg tells every screen that the interface language changed.
type LanguageMsg struct{ Lang string }

// Cmd wraps a message as a command.
func Cmd(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// Err reports err as an ErrMsg command, or nil for a nil error.
func Err(err error) tea.Cmd {
	if err == nil {
		return nil
	}
	return Cmd(ErrMsg{err})
}

// TextKept wraps a failed write of text still open in its editor: the
// message then says the text is kept for a retry.
type TextKept struct{ Err error }

func (e TextKept) Error() string { return e.Err.Error() }
func (e TextKept) Unwrap() error { return e.Err }

// SavedAgainMsg tells the root that a write succeeded after one had
// failed: the "not saved" message it still shows is replaced, since what
// the screen shows is now stored.
type SavedAgainMsg struct{}

// Retry tracks a screen's failed writes: Failed records one and returns
// the error as a command; Saved, after a success, returns SavedAgainMsg
// once if a write had failed.
type Retry struct{ failed bool }

// Failed records a failed write and reports err.
func (r *Retry) Failed(err error) tea.Cmd {
	r.failed = true
	return Err(err)
}

// Saved records a successful write.
func (r *Retry) Saved() tea.Cmd {
	if !r.failed {
		return nil
	}
	r.failed = false
	return Cmd(SavedAgainMsg{})
}
