// Package participant is a live session as a participant sees it in a
// terminal: the app `cxmap serve` runs for someone who connects over SSH
// with the join code. It does what the phone page does (live/web's
// app.js): join with a name, vote blind on the open question (or go
// through the questionnaire alone when the room is self-paced), add a
// note, and see the votes once the facilitator reveals them. It can reach
// nothing else: no other workshop, no facilitator's screen.
package participant

import (
	"context"
	"errors"
	"sync"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/cxmap/cxmap/i18n"
	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/tui/common"
	"github.com/cxmap/cxmap/tui/styles"
)

// Options: one participant connection.
type Options struct {
	Ctx     context.Context // ends when the connection drops
	Session *lv.Session     // the running live session
	// Token is the secret that identifies this client; it may already
	// belong to a participant (a reconnection).
	Token string
	// Rejoin is the command that brings this person back after a dropped
	// connection (e.g. "ssh -p 23234 K7PQ2M-ABCD2345@10.0.0.5"), "" when
	// their key identifies them.
	Rejoin string
	// Renderer is the client's renderer; nil: lipgloss's default.
	Renderer *lipgloss.Renderer
}

// Model is one participant's program. Its end is the end of Options.Ctx,
// of the program (q) or a call to Close: each releases the session's
// watcher and marks the participant offline.
type Model struct {
	o    Options
	ctx  context.Context
	sess *lv.Session
	st   *styles.Styles
	cat  i18n.Catalog
	c    lv.Content
	keys keyMap
	help help.Model
	life *life

	levels []string // c's level names, for the labels and the histogram

	width, height int

	// The join screen.
	name       textinput.Model
	focus      int // 0: the name field; 1..len(roster): a roster entry; -1: neither
	roster     []lv.RosterEntry
	joining    bool
	joinErr    string
	rosterWake <-chan struct{} // the session's change signal while joining
	stopRoster func()          // stops that watcher

	// After joining.
	joined    bool
	pid       int64
	ps        lv.PhoneState
	havePS    bool
	wake      <-chan struct{}
	release   func() // Connect's release and the watcher's stop, once
	pos       string // self-paced: the question shown
	shown     string // the question on screen at the last update
	highlight int    // 1..levels, levels+1 N/A, levels+2 don't know
	noteOpen  bool
	noteQ     string // the question the open note belongs to
	note      textarea.Model
	drafts    map[string]string // notes typed, by question: never lost
	saves     *saver
	burst     common.Burst // keys that arrived together, held a moment
	status    string
	isErr     bool
	ended     bool
}

// New builds a participant's program.
func New(o Options) tea.Model {
	if o.Ctx == nil {
		o.Ctx = context.Background()
	}
	var st *styles.Styles
	if o.Renderer != nil {
		st = styles.NewFor(o.Renderer)
	} else {
		st = styles.New()
	}
	cat := i18n.For(o.Session.Workshop().Language)
	c := o.Session.Content()
	levels := make([]string, len(c.Levels))
	for i, l := range c.Levels {
		levels[i] = l.Name
	}
	// Every style of the fields and the help comes from the client's
	// renderer: the components' defaults are drawn for the server's own
	// terminal, which over SSH is not the one looking at them.
	plain := st.Value.UnsetForeground()
	ti := textinput.New()
	ti.CharLimit = lv.MaxNameLen
	ti.Prompt = "› "
	ti.PromptStyle, ti.TextStyle, ti.PlaceholderStyle, ti.CompletionStyle = st.Key, plain, st.Faint, st.Faint
	ti.Cursor.Style, ti.Cursor.TextStyle = plain, plain
	ti.Width = 40
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.CharLimit = lv.MaxNoteLen
	ta.SetHeight(3)
	ta.FocusedStyle = textarea.Style{Base: plain, CursorLine: plain, CursorLineNumber: st.Faint, EndOfBuffer: st.Faint,
		LineNumber: st.Faint, Placeholder: st.Faint, Prompt: st.Key, Text: plain}
	ta.BlurredStyle = ta.FocusedStyle
	ta.BlurredStyle.Prompt = st.Faint
	ta.Cursor.Style, ta.Cursor.TextStyle = plain, plain
	h := help.New()
	h.Styles.ShortKey, h.Styles.FullKey = st.Key, st.Key
	h.Styles.ShortDesc, h.Styles.FullDesc = st.Help, st.Help
	h.Styles.ShortSeparator, h.Styles.FullSeparator, h.Styles.Ellipsis = st.Faint, st.Faint, st.Faint
	m := &Model{o: o, ctx: o.Ctx, sess: o.Session, st: st, cat: cat, c: c, levels: levels, help: h,
		keys: newKeys(cat, len(c.Levels)), name: ti, note: ta, drafts: map[string]string{},
		saves: &saver{written: map[string]uint64{}}, life: newLife()}
	go func() {
		// The connection's end releases the session's resources even when
		// the program is never told.
		select {
		case <-o.Ctx.Done():
		case <-m.life.done:
		}
		m.life.close()
	}()
	return m
}

// Close releases what the program holds in the session: its watcher,
// and the participant's "online" mark. Safe to call more than once.
func (m *Model) Close() { m.life.close() }

// Init resumes a participant the token already identifies, or shows the
// join screen.
func (m *Model) Init() tea.Cmd {
	if pid, ok := m.sess.Participant(m.o.Token); ok {
		return m.enter(pid)
	}
	return m.showJoin()
}

// showJoin starts (or returns to) the join screen.
func (m *Model) showJoin() tea.Cmd {
	m.joined, m.joining = false, false
	m.focus = 0
	m.roster = m.sess.Roster()
	m.ended = m.sess.Ended()
	ch, unwatch := m.sess.Watch()
	m.rosterWake, m.stopRoster = ch, unwatch
	m.life.add(unwatch)
	return tea.Batch(m.name.Focus(), m.watchRoster())
}

// enter starts following the session as participant pid.
func (m *Model) enter(pid int64) tea.Cmd {
	if m.stopRoster != nil {
		m.stopRoster()
		m.stopRoster, m.rosterWake = nil, nil
	}
	m.name.Blur()
	m.joined, m.joining, m.pid, m.joinErr = true, false, pid, ""
	disconnect := m.sess.Connect(pid)
	wake, stop := m.sess.WatchPhone(pid)
	var once sync.Once
	m.wake = wake
	m.release = func() { once.Do(func() { stop(); disconnect() }) }
	m.life.add(m.release)
	return tea.Batch(m.readPhone(), m.watchPhone())
}

// Messages.
type (
	rosterMsg struct {
		roster []lv.RosterEntry
		ended  bool
	}
	joinedMsg struct {
		pid int64
		err error
	}
	// phoneMsg is what the session lets this participant see; watch:
	// it came from the watcher, which waits again.
	phoneMsg struct {
		ps    lv.PhoneState
		err   error
		watch bool
	}
	savedMsg struct {
		q   string
		err error
		ps  *lv.PhoneState
	}
	movedMsg struct{ err error }
)

// watchRoster follows who holds which name while the join screen shows.
func (m *Model) watchRoster() tea.Cmd {
	sess, ch, ctx, done := m.sess, m.rosterWake, m.ctx, m.life.done
	return func() tea.Msg {
		select {
		case <-ch:
		case <-sess.Done():
		case <-ctx.Done():
			return nil
		case <-done:
			return nil
		}
		return rosterMsg{roster: sess.Roster(), ended: sess.Ended()}
	}
}

func (m *Model) readPhone() tea.Cmd {
	sess, pid := m.sess, m.pid
	return func() tea.Msg {
		ps, err := sess.Phone(pid)
		return phoneMsg{ps: ps, err: err}
	}
}

// watchPhone waits for the next change this participant may see.
func (m *Model) watchPhone() tea.Cmd {
	sess, pid, ch, ctx, done := m.sess, m.pid, m.wake, m.ctx, m.life.done
	return func() tea.Msg {
		select {
		case <-ch:
		case <-sess.Done():
		case <-ctx.Done():
			return nil
		case <-done:
			return nil
		}
		ps, err := sess.Phone(pid)
		return phoneMsg{ps: ps, err: err, watch: true}
	}
}

// join asks the session for a name.
func (m *Model) join(name string) tea.Cmd {
	m.joining, m.joinErr = true, ""
	sess, ctx, tok := m.sess, m.ctx, m.o.Token
	return func() tea.Msg {
		_, p, err := sess.JoinWithToken(ctx, name, tok)
		return joinedMsg{pid: p.ID, err: err}
	}
}

// joinError is an error of JoinWithToken in words.
func (m *Model) joinError(err error) string {
	switch {
	case errors.Is(err, lv.ErrNameTaken):
		return m.cat.T("part.err.name_taken")
	case errors.Is(err, lv.ErrBadName):
		return m.cat.T("part.err.bad_name")
	case errors.Is(err, lv.ErrFull):
		return m.cat.T("part.err.full")
	case errors.Is(err, lv.ErrEnded):
		return m.cat.T("part.err.ended")
	}
	return m.cat.T("part.err.other", common.ErrorText(m.cat, err))
}

// saveError is an error of Vote in words.
func (m *Model) saveError(err error) string {
	switch {
	case errors.Is(err, lv.ErrRevealed):
		return m.cat.T("part.closed")
	case errors.Is(err, lv.ErrNotOpen):
		return m.cat.T("part.not_open")
	case errors.Is(err, lv.ErrEnded):
		return m.cat.T("part.err.ended")
	}
	return m.cat.T("part.failed", common.ErrorText(m.cat, err))
}

// saver keeps the saves of one question in the order they were asked:
// each carries the whole answer and note, so an older one that would
// land after a newer one is dropped rather than undo it.
type saver struct {
	mu      sync.Mutex
	issued  uint64            // owned by Update
	written map[string]uint64 // question -> newest save written
}

// vote saves an answer (with a note, or nil to keep the stored one).
func (m *Model) vote(v lv.Vote) tea.Cmd {
	m.saves.issued++
	seq, sv := m.saves.issued, m.saves
	sess, ctx, pid := m.sess, m.ctx, m.pid
	return func() tea.Msg {
		sv.mu.Lock()
		defer sv.mu.Unlock()
		if sv.written[v.Question] > seq {
			return nil
		}
		sv.written[v.Question] = seq
		if _, err := sess.Vote(ctx, pid, v); err != nil {
			return savedMsg{q: v.Question, err: err}
		}
		ps, err := sess.Phone(pid)
		if err != nil {
			return savedMsg{q: v.Question}
		}
		return savedMsg{q: v.Question, ps: &ps}
	}
}

// move records where a self-paced participant is.
func (m *Model) move(q string) tea.Cmd {
	sess, ctx, pid := m.sess, m.ctx, m.pid
	return func() tea.Msg { return movedMsg{err: sess.Move(ctx, pid, q)} }
}

// life is what a program holds in the session, released once at its end.
type life struct {
	mu     sync.Mutex
	closed bool
	done   chan struct{}
	rel    []func()
}

func newLife() *life { return &life{done: make(chan struct{})} }

// add registers a release; after the end it runs at once.
func (l *life) add(f func()) {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		f()
		return
	}
	l.rel = append(l.rel, f)
	l.mu.Unlock()
}

func (l *life) close() {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return
	}
	l.closed = true
	rel := l.rel
	l.rel = nil
	close(l.done)
	l.mu.Unlock()
	for i := len(rel) - 1; i >= 0; i-- {
		rel[i]()
	}
}
