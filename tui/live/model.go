// Package live is the facilitator's screen of a live session: the join
// address and its QR code, who joined, the open question with its blind
// count, and after the reveal the distribution of votes. The session runs
// in package live; this screen hears about changes as messages and acts
// through the session's methods in commands.
package live

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/tui/common"
)

// startFailedMsg: the session could not start (a port taken, a file
// that cannot be written); the screen stops saying "starting" and offers
// to try again.
type startFailedMsg struct {
	wid int64
	err error
}

type startedMsg struct {
	wid int64
	r   *runner
	qr  qrCode
}

// snapMsg carries a copy of the session's state after a change.
type snapMsg struct {
	r    *runner
	snap lv.Snapshot
}

type tickMsg struct{ r *runner }

// tick refreshes the view now and then without a change, so that a
// self-paced participant shows as stuck once the time has passed.
const tick = 15 * time.Second

// Model is the live session screen.
type Model struct {
	c      *common.Context
	id     int64
	keys   keyMap
	width  int
	height int

	r        *runner
	sess     *lv.Session
	wake     <-chan struct{} // the session's change signal, one per session
	qr       qrCode
	snap     lv.Snapshot
	order    []string
	sel      int // the question shown
	showCode bool
	starting bool
}

// New builds the screen for one workshop's live session.
func New(c *common.Context, workshopID int64) *Model {
	return &Model{c: c, id: workshopID, keys: newKeys(c.Cat), showCode: true}
}

// Init starts the session.
func (m *Model) Init() tea.Cmd { return m.start() }

func (m *Model) start() tea.Cmd {
	m.starting = true
	return func() tea.Msg {
		r, err := start(m.c.Ctx, m.c.Store, m.id)
		if err != nil {
			return startFailedMsg{wid: m.id, err: err}
		}
		q, err := newQR(qrText(r.url))
		if err != nil {
			r.stop()
			return startFailedMsg{wid: m.id, err: err}
		}
		return startedMsg{wid: m.id, r: r, qr: q}
	}
}

// watch waits for the next change of the session and reads it.
func watch(r *runner, ch <-chan struct{}) tea.Cmd {
	return func() tea.Msg {
		select {
		case <-ch:
		case <-r.sess.Done():
		}
		return snapMsg{r: r, snap: r.sess.Snapshot()}
	}
}

func (m *Model) ticker() tea.Cmd {
	r := m.r
	return tea.Tick(tick, func(time.Time) tea.Msg { return tickMsg{r: r} })
}

// Title names the screen.
func (m *Model) Title() string { return m.c.T("live.title") }

// SetSize records the space the screen may use.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Capturing: the screen takes no free text.
func (m *Model) Capturing() bool { return false }

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case startedMsg:
		if msg.wid != m.id {
			return nil
		}
		m.starting = false
		m.r, m.sess, m.qr = msg.r, msg.r.sess, msg.qr
		m.order = m.sess.Questions()
		m.snap = m.sess.Snapshot()
		m.follow()
		m.wake, _ = m.sess.Watch() // lives as long as the session
		return tea.Batch(watch(m.r, m.wake), m.ticker())
	case startFailedMsg:
		if msg.wid != m.id {
			return nil
		}
		m.starting = false
		return common.Cmd(common.ErrMsg{Err: msg.err})
	case snapMsg:
		if msg.r != m.r {
			return nil // a session this screen no longer shows
		}
		prev := m.snap.Current
		m.snap = msg.snap
		if m.snap.Current != prev {
			m.follow()
		}
		if m.snap.Ended {
			return nil
		}
		return watch(m.r, m.wake)
	case tickMsg:
		if msg.r != m.r || m.r == nil || m.snap.Ended {
			return nil
		}
		m.snap = m.sess.Snapshot()
		return m.ticker()
	case common.RefreshMsg:
		// Back from the questionnaire: answers typed there count as votes.
		if m.sess == nil || m.snap.Ended {
			return nil
		}
		sess := m.sess
		return func() tea.Msg { return common.ErrMsg{Err: sess.Reload(m.c.Ctx)}.OrNil() }
	case common.LanguageMsg:
		m.keys = newKeys(m.c.Cat)
		return nil
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	return nil
}

// follow selects the question the room is on.
func (m *Model) follow() {
	for i, q := range m.order {
		if q == m.snap.Current {
			m.sel = i
		}
	}
}

func (m *Model) selected() string {
	if m.sel < 0 || m.sel >= len(m.order) {
		return ""
	}
	return m.order[m.sel]
}

func (m *Model) handleKey(k tea.KeyMsg) tea.Cmd {
	if key.Matches(k, m.keys.Back) {
		return common.Cmd(common.BackMsg{})
	}
	if m.sess == nil || m.snap.Ended {
		if key.Matches(k, m.keys.Restart) && !m.starting {
			if m.r != nil {
				m.r.stop()
			}
			m.r, m.sess = nil, nil
			m.snap = lv.Snapshot{}
			return m.start()
		}
		return nil
	}
	sess, ctx, q := m.sess, m.c.Ctx, m.selected()
	switch {
	case key.Matches(k, m.keys.Next), key.Matches(k, m.keys.Prev):
		step := 1
		if key.Matches(k, m.keys.Prev) {
			step = -1
		}
		// With nothing open yet, the first n opens the question shown.
		if m.snap.Pacing == lv.SelfPaced || m.snap.Current != "" || step < 0 {
			m.sel = max(0, min(len(m.order)-1, m.sel+step))
		}
		if m.snap.Pacing == lv.Together {
			q := m.selected()
			return m.do(func() error { return sess.OpenQuestion(ctx, q) })
		}
	case key.Matches(k, m.keys.Reveal):
		if m.snap.Pacing == lv.Together && m.snap.Current != q {
			// The first key opens the question; the next one reveals it.
			return m.do(func() error { return sess.OpenQuestion(ctx, q) })
		}
		return m.do(func() error { return sess.Reveal(ctx, q) })
	case key.Matches(k, m.keys.Hide):
		return m.do(func() error { return sess.Hide(ctx, q) })
	case key.Matches(k, m.keys.Consensus), key.Matches(k, m.keys.NA), key.Matches(k, m.keys.Clear):
		return m.consensus(k, q)
	case key.Matches(k, m.keys.Anonymous):
		on := !m.snap.Anonymous
		return m.do(func() error { return sess.SetAnonymous(ctx, on) })
	case key.Matches(k, m.keys.Pacing):
		p := lv.SelfPaced
		if m.snap.Pacing == lv.SelfPaced {
			p = lv.Together
		}
		return m.do(func() error { return sess.SetPacing(ctx, p) })
	case key.Matches(k, m.keys.Code):
		m.showCode = !m.showCode
	case key.Matches(k, m.keys.End):
		r := m.r
		return func() tea.Msg {
			r.stop()
			return common.StatusMsg{Text: m.c.T("live.ended_status")}
		}
	}
	return nil
}

// consensus sets the team's answer to the selected question, once its
// votes are revealed (before, it would anchor the room).
func (m *Model) consensus(k tea.KeyMsg, q string) tea.Cmd {
	qs, _ := m.snap.Question(q)
	if !qs.Revealed {
		return common.Cmd(common.StatusMsg{Text: m.c.T("live.reveal_first")})
	}
	sess, ctx := m.sess, m.c.Ctx
	level, na := 0, false
	switch {
	case key.Matches(k, m.keys.NA):
		na = true
	case key.Matches(k, m.keys.Consensus):
		level = int(k.Runes[0] - '0')
		if level > len(sess.Assessment().Levels) {
			return nil
		}
	}
	return m.do(func() error { return sess.SetConsensus(ctx, q, level, na) })
}

// do runs a session action; the change itself arrives as a snapMsg.
func (m *Model) do(fn func() error) tea.Cmd {
	return func() tea.Msg { return common.ErrMsg{Err: fn()}.OrNil() }
}
