// Package tui is cxmap's terminal interface: a root model that routes
// between screens and draws the chrome (header, status line, help).
package tui

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
	"github.com/cxmap/cxmap/tui/home"
	"github.com/cxmap/cxmap/tui/journey"
	"github.com/cxmap/cxmap/tui/live"
	"github.com/cxmap/cxmap/tui/questionnaire"
	"github.com/cxmap/cxmap/tui/results"
	"github.com/cxmap/cxmap/tui/roadmap"
	"github.com/cxmap/cxmap/tui/styles"
	"github.com/cxmap/cxmap/tui/workshop"
)

// The smallest terminal the layout is drawn in; below it a message shows.
const (
	MinWidth  = common.MinWidth
	MinHeight = common.MinHeight
)

// Options configure a new App.
type Options struct {
	Store     *store.Store
	Lang      string
	ConfigDir string // for the user's own assessment models
	Start     common.NavigateMsg
	Log       *slog.Logger // nil: no debug log
	// Renderer draws the app for one SSH client; nil: this terminal.
	Renderer *lipgloss.Renderer
	// Reached is, over SSH, the server address (host:port) the client
	// connected to: a live session started there tells participants to
	// join at it. "" when the app runs in its own terminal.
	Reached string
}

type screenKey struct {
	id         common.ScreenID
	workshopID int64
	itemID     int64
}

// resumeMsg carries a workshop's saved cursor, read before opening it.
type resumeMsg struct {
	workshopID int64
	cursor     model.Cursor
}

// App is the root tea.Model.
type App struct {
	c       *common.Context
	opts    Options
	screens map[screenKey]common.Screen
	stack   []screenKey
	width   int
	height  int
	help    help.Model
	keys    globalKeys
	status  string
	isErr   bool

	burst   common.Burst // keys that arrived together, being looked at
	version int64        // the file's data_version when last polled
	polls   int          // polls so far, to sync every few

	// lastFrame is the last View; fresh says nothing changed since, so
	// the frame drawn after an idle poll costs nothing.
	lastFrame string
	fresh     bool
}

// New builds the root model.
func New(opts Options) *App {
	var st *styles.Styles
	if opts.Renderer != nil {
		st = styles.NewFor(opts.Renderer)
	} else {
		st = styles.New()
	}
	c := &common.Context{
		Ctx:       context.Background(),
		Store:     opts.Store,
		Styles:    st,
		Cat:       i18n.For(opts.Lang),
		ConfigDir: opts.ConfigDir,
		Reached:   opts.Reached,
	}
	h := help.New()
	h.Styles.ShortKey = c.Styles.Key
	h.Styles.FullKey = c.Styles.Key
	h.Styles.ShortDesc = c.Styles.Help
	h.Styles.FullDesc = c.Styles.Help
	if opts.Start.To == "" {
		opts.Start.To = common.HomeScreen
	}
	return &App{c: c, opts: opts, screens: map[screenKey]common.Screen{}, help: h, keys: newGlobalKeys(c.Cat)}
}

// Init opens the first screen and starts watching the file for changes
// made by other programs.
func (a *App) Init() tea.Cmd {
	if a.c.Store != nil {
		a.version, _ = a.c.Store.DataVersion(a.c.Ctx)
	}
	return tea.Batch(a.start(), a.poll())
}

func (a *App) start() tea.Cmd {
	home := a.navigate(common.NavigateMsg{To: common.HomeScreen})
	if a.opts.Start.To == common.HomeScreen {
		return home
	}
	// Keep home below, so esc from the workshop leads somewhere.
	if a.opts.Start.Resume {
		return tea.Batch(home, a.readCursor(a.opts.Start.WorkshopID))
	}
	if a.opts.Start.To == common.LiveScreen {
		// The workshop's hub below the live session, as when opened from it.
		home = tea.Batch(home, a.navigate(common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: a.opts.Start.WorkshopID}))
	}
	return tea.Batch(home, a.navigate(a.opts.Start))
}

func (a *App) current() common.Screen {
	if len(a.stack) == 0 {
		return nil
	}
	return a.screens[a.stack[len(a.stack)-1]]
}

// Update routes a message: size and global keys here, the rest to the
// current screen.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if v, ok := msg.(versionMsg); ok {
		// Twice a second, usually with nothing new: no log line, and the
		// last frame stays valid unless the screen is told to reload.
		return a, a.changed(v)
	}
	a.fresh = false
	if a.opts.Log != nil {
		v := fmt.Sprintf("%+v", msg)
		if len(v) > 300 {
			v = v[:300] + "…"
		}
		a.opts.Log.Debug("msg", "type", fmt.Sprintf("%T", msg), "value", v)
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.help.Width = msg.Width - 2
		a.resize()
		// The shown screen may act once the size settles (the roadmap's
		// preview draws the report again for a new width).
		if s := a.current(); s != nil {
			return a, s.Update(msg)
		}
		return a, nil
	case tea.KeyMsg:
		if key.Matches(msg, a.keys.ForceQ) {
			return a, tea.Quit
		}
		if cmd, handled := a.handleBurst(msg); handled {
			return a, cmd
		}
		if cmd, handled := a.handleKey(msg); handled {
			return a, cmd
		}
	case common.BurstMsg:
		return a, a.endBurst(msg)
	case common.NavigateMsg:
		if msg.Resume {
			return a, a.readCursor(msg.WorkshopID)
		}
		return a, tea.Batch(a.navigate(msg), a.recordScreen(msg.To, msg.WorkshopID))
	case resumeMsg:
		return a, a.resume(msg)
	case common.SetLanguageMsg:
		if msg.Lang == a.c.Cat.Lang() || !i18n.Valid(msg.Lang) {
			return a, nil
		}
		return a, a.setLanguage(msg.Lang)
	case common.BackMsg:
		return a, a.back()
	case common.ChromeMsg:
		a.resize()
		return a, nil
	case common.ErrMsg:
		a.status, a.isErr = a.describe(msg.Err), true // no SQLite text on screen
		if a.opts.Log != nil {
			a.opts.Log.Error("action failed", "err", msg.Err)
		}
		return a, nil
	case common.StatusMsg:
		a.status, a.isErr = msg.Text, false
		return a, nil
	case common.SavedAgainMsg:
		if a.isErr {
			a.status, a.isErr = a.c.T("app.saved_again"), false
		}
		return a, nil
	}
	return a, a.dispatch(msg)
}

// dispatch gives keys to the shown screen only, and every other message
// to the screens on the stack: a screen's data often arrives after another
// screen was pushed on top of it (resuming opens the hub and the
// questionnaire at once). Screens ignore what is not theirs; their load
// messages carry ids. A screen that left the stack gets nothing.
func (a *App) dispatch(msg tea.Msg) tea.Cmd {
	cur := a.current()
	if cur == nil {
		return nil
	}
	switch msg.(type) {
	case tea.KeyMsg, tea.MouseMsg:
		return cur.Update(msg)
	}
	cmds := []tea.Cmd{cur.Update(msg)}
	for _, k := range a.stack {
		if s := a.screens[k]; s != cur {
			cmds = append(cmds, s.Update(msg))
		}
	}
	return tea.Batch(cmds...)
}

// handleKey applies global keys in priority order: ctrl+c always; the
// rest only when the screen is not taking text.
func (a *App) handleKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	s := a.current()
	if s == nil || s.Capturing() {
		return nil, false
	}
	if a.isErr && a.status != "" {
		// An error stays until dismissed: a write that failed must not
		// look saved once the next key is pressed.
		if key.Matches(msg, a.keys.Back) {
			a.status, a.isErr = "", false
			return nil, true
		}
	} else {
		a.status = "" // a new keystroke clears an old message
	}
	switch {
	case key.Matches(msg, a.keys.Quit):
		return tea.Quit, true
	case key.Matches(msg, a.keys.Help):
		a.help.ShowAll = !a.help.ShowAll
		a.resize()
		return nil, true
	case key.Matches(msg, a.keys.Language):
		return a.switchLanguage(), true
	}
	return nil, false
}

func (a *App) switchLanguage() tea.Cmd {
	lang := i18n.ES
	if a.c.Cat.Lang() == i18n.ES {
		lang = i18n.EN
	}
	return a.setLanguage(lang)
}

// setLanguage changes the interface language for every screen. It never
// changes a workshop's own language (its questions, answers and report),
// which is set in the workshop's details: the facilitator may read the
// keys in English while the room reads the questions in Spanish.
func (a *App) setLanguage(lang string) tea.Cmd {
	a.c.Cat = i18n.For(lang)
	a.keys = newGlobalKeys(a.c.Cat)
	msg := common.LanguageMsg{Lang: lang}
	var cmds []tea.Cmd
	for _, k := range a.stack {
		cmds = append(cmds, a.screens[k].Update(msg))
	}
	a.resize()
	return tea.Batch(cmds...)
}

// workshopID is the workshop being worked in, 0 on the home screen.
func (a *App) workshopID() int64 {
	if len(a.stack) == 0 {
		return 0
	}
	return a.stack[len(a.stack)-1].workshopID
}

// readCursor looks up where a workshop was left, before opening it.
func (a *App) readCursor(workshopID int64) tea.Cmd {
	return func() tea.Msg {
		c, err := a.c.Store.Cursor(a.c.Ctx, workshopID)
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		return resumeMsg{workshopID: workshopID, cursor: c}
	}
}

// resume opens the hub, then the screen the workshop was left on.
func (a *App) resume(msg resumeMsg) tea.Cmd {
	cmds := []tea.Cmd{a.navigate(common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: msg.workshopID})}
	switch to := common.ScreenID(msg.cursor.Screen); to {
	case common.QuestionnaireScreen, common.ResultsScreen, common.JourneysScreen, common.RoadmapScreen:
		cmds = append(cmds, a.navigate(common.NavigateMsg{To: to, WorkshopID: msg.workshopID}))
	case common.JourneyScreen:
		var pos struct {
			Journey int64 `json:"journey"`
		}
		if json.Unmarshal([]byte(msg.cursor.State), &pos) == nil && pos.Journey != 0 {
			cmds = append(cmds,
				a.navigate(common.NavigateMsg{To: common.JourneysScreen, WorkshopID: msg.workshopID}),
				a.navigate(common.NavigateMsg{To: to, WorkshopID: msg.workshopID, ItemID: pos.Journey}))
		}
	}
	return tea.Batch(cmds...)
}

// recordScreen remembers the screen a workshop is on, for resuming it.
func (a *App) recordScreen(to common.ScreenID, workshopID int64) tea.Cmd {
	if workshopID == 0 || to == common.HomeScreen {
		return nil
	}
	return func() tea.Msg {
		return common.ErrMsg{Err: a.c.Store.SetCursorScreen(a.c.Ctx, workshopID, string(to))}.OrNil()
	}
}

func (a *App) navigate(msg common.NavigateMsg) tea.Cmd {
	k := screenKey{msg.To, msg.WorkshopID, msg.ItemID}
	s, ok := a.screens[k]
	var cmd tea.Cmd
	if !ok {
		s = a.build(msg)
		if s == nil {
			return common.Err(fmt.Errorf("unknown screen %q", msg.To))
		}
		a.screens[k] = s
		cmd = s.Init()
	} else {
		// Coming back to a kept screen: let it refresh what others changed.
		cmd = s.Update(common.RefreshMsg{})
	}
	// Going to a screen already on the stack returns to it; the screens
	// above it are dropped.
	for i, sk := range a.stack {
		if sk == k {
			a.drop(a.stack[i+1:])
			a.stack = a.stack[:i]
			break
		}
	}
	a.stack = append(a.stack, k)
	a.resize()
	return cmd
}

// drop forgets screens that left the stack, with their cursors and undo
// histories: what they showed may be deleted next, and ids are never
// reused, so nothing may be kept under an id that names nothing.
func (a *App) drop(keys []screenKey) {
	for _, k := range keys {
		delete(a.screens, k)
	}
}

func (a *App) back() tea.Cmd {
	if len(a.stack) <= 1 {
		return nil
	}
	a.drop(a.stack[len(a.stack)-1:])
	a.stack = a.stack[:len(a.stack)-1]
	a.resize()
	top := a.stack[len(a.stack)-1]
	if s := a.current(); s != nil {
		return tea.Batch(s.Update(common.RefreshMsg{}), a.recordScreen(top.id, top.workshopID))
	}
	return nil
}

// resize hands the current screen the space left by the chrome.
func (a *App) resize() {
	s := a.current()
	if s == nil || a.width == 0 {
		return
	}
	w, h := a.contentSize()
	s.SetSize(w, h)
}

func (a *App) contentSize() (int, int) {
	helpLines := lipgloss.Height(a.helpView())
	// header + blank line + status line + help
	return max(a.width-2, 0), max(a.height-3-helpLines, 0)
}

// ShortHelp and FullHelp merge the screen's keys with the global ones.
// While an error stays on screen, esc dismisses it, and says so first.
func (a *App) ShortHelp() []key.Binding {
	var ks []key.Binding
	if s := a.current(); s != nil {
		ks = s.ShortHelp()
	}
	if a.isErr && a.status != "" {
		if s := a.current(); s == nil || !s.Capturing() {
			ks = append([]key.Binding{a.keys.Dismiss}, ks...)
		}
	}
	if s := a.current(); s != nil && s.Capturing() {
		return ks
	}
	return append(ks, a.keys.Help, a.keys.Quit)
}

func (a *App) FullHelp() [][]key.Binding {
	var groups [][]key.Binding
	if s := a.current(); s != nil {
		groups = s.FullHelp()
	}
	if s := a.current(); s != nil && s.Capturing() {
		return groups
	}
	return append(groups, []key.Binding{a.keys.Back, a.keys.Language, a.keys.Help, a.keys.Quit})
}

// helpView is the footer of keys; presenter mode hides it (the room does
// not need the facilitator's keys) unless ? asked for it.
func (a *App) helpView() string {
	if p, ok := a.current().(common.Presenter); ok && p.Presenting() && !a.help.ShowAll {
		return ""
	}
	if a.help.ShowAll {
		return a.help.View(a)
	}
	return a.shortHelpView()
}

// shortHelpView fits the footer to the width by leaving out, first,
// "q quit", then the screen's least important keys (the last ones), never
// "esc back" or "? more keys": a cut footer must still say how to leave
// and where the other keys are.
func (a *App) shortHelpView() string {
	var screen, esc, help, quit []key.Binding
	for _, b := range a.ShortHelp() {
		switch k := b.Help().Key; {
		case k == "?":
			help = append(help, b)
		case k == "q":
			quit = append(quit, b)
		case strings.Contains(k, "esc"):
			esc = append(esc, b)
		default:
			screen = append(screen, b)
		}
	}
	wide := a.help
	wide.Width = 0 // measure without help's own cut
	for {
		bs := append(append(append(append([]key.Binding{}, screen...), esc...), quit...), help...)
		if lipgloss.Width(wide.ShortHelpView(bs)) <= a.help.Width || (len(screen) == 0 && len(quit) == 0) {
			return a.help.ShortHelpView(bs)
		}
		if len(quit) > 0 {
			quit = nil
		} else {
			screen = screen[:len(screen)-1]
		}
	}
}

// build makes a new screen for a navigation request.
func (a *App) build(msg common.NavigateMsg) common.Screen {
	switch msg.To {
	case common.HomeScreen:
		return home.New(a.c)
	case common.WorkshopScreen:
		return workshop.New(a.c, msg.WorkshopID)
	case common.QuestionnaireScreen:
		return questionnaire.New(a.c, msg.WorkshopID)
	case common.ResultsScreen:
		return results.New(a.c, msg.WorkshopID)
	case common.JourneysScreen:
		return journey.NewList(a.c, msg.WorkshopID)
	case common.JourneyScreen:
		return journey.NewEditor(a.c, msg.WorkshopID, msg.ItemID)
	case common.RoadmapScreen:
		return roadmap.New(a.c, msg.WorkshopID)
	case common.LiveScreen:
		return live.New(a.c, msg.WorkshopID)
	}
	return nil
}
