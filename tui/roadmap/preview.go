package roadmap

import (
	"bytes"
	"time"

	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/export"
	"github.com/cxmap/cxmap/tui/mdview"
)

// resizeSettle is how long the width must stay put before the preview is
// drawn again for it: dragging a window's edge sends dozens of sizes.
const resizeSettle = 150 * time.Millisecond

// preview is the roadmap's view of the Markdown export. The report is
// loaded, written and drawn in a command, never in Update or View, and
// kept per width: reopening it, or going back to a width already seen, is
// instant; after a resize it is drawn once the size has settled.
type preview struct {
	open   bool
	vp     viewport.Model
	spin   spinner.Model
	ticks  bool           // a spinner tick is on its way
	md     string         // the export the cache was drawn from
	mdSeq  int            // the request md came from
	cache  map[int]string // width → drawn report
	seq    int            // last request made
	busy   int            // requests under way
	shown  int            // width of what the viewport holds (0: nothing yet)
	settle int            // resize generation, for the debounce
	err    error
}

// previewMsg brings a drawn report back to Update.
type previewMsg struct {
	seq, width int
	wid        int64
	md, out    string
	err        error
}

// settledMsg fires a moment after a resize; only the latest counts.
type settledMsg struct {
	wid int64
	gen int
}

func newPreview() preview {
	return preview{spin: spinner.New(spinner.WithSpinner(spinner.MiniDot)), cache: map[int]string{}}
}

// openPreview shows what is cached for this width at once and asks for a
// fresh export in the background: the roadmap may have changed since.
func (m *Model) openPreview() tea.Cmd {
	m.pv.open = true
	m.pv.err = nil
	m.pv.shown = 0
	if out, ok := m.pv.cache[m.width]; ok {
		m.pv.vp.SetContent(out)
		m.pv.shown = m.width
	}
	m.pv.vp.GotoTop()
	return m.requestPreview(true)
}

// requestPreview starts drawing the report at the current width; reload
// exports it again from the database, otherwise the last export is
// redrawn (a new width).
func (m *Model) requestPreview(reload bool) tea.Cmd {
	m.pv.seq++
	m.pv.busy++
	seq, width, wid := m.pv.seq, m.width, m.id
	md := m.pv.md
	if md == "" {
		reload = true
	}
	c := m.c
	st := c.Styles
	lang := c.Cat.Lang()
	render := func() tea.Msg {
		if reload {
			b, err := c.Store.LoadReport(c.Ctx, wid)
			if err != nil {
				return previewMsg{seq: seq, width: width, wid: wid, err: err}
			}
			b.GeneratedAt = time.Now()
			var buf bytes.Buffer
			if err := export.WriteMarkdown(&buf, b, lang); err != nil {
				return previewMsg{seq: seq, width: width, wid: wid, err: err}
			}
			md = buf.String()
		}
		return previewMsg{seq: seq, width: width, wid: wid, md: md, out: mdview.Render(md, width, st)}
	}
	return tea.Batch(render, m.tick())
}

// tick keeps the spinner turning while a request is under way; one tick
// at a time.
func (m *Model) tick() tea.Cmd {
	if m.pv.ticks {
		return nil
	}
	m.pv.ticks = true
	return m.pv.spin.Tick
}

// previewUpdate handles the preview's own messages; ok is false for any
// other message.
func (m *Model) previewUpdate(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case previewMsg:
		if msg.wid != m.id {
			return nil, false
		}
		m.pv.busy = max(m.pv.busy-1, 0)
		m.previewArrived(msg)
		return nil, true
	case settledMsg:
		if msg.wid != m.id {
			return nil, false
		}
		if msg.gen == m.pv.settle && m.pv.open && m.pv.shown != m.width {
			if out, ok := m.pv.cache[m.width]; ok {
				m.showPreview(out)
				return nil, true
			}
			return m.requestPreview(false), true
		}
		return nil, true
	case spinner.TickMsg:
		if msg.ID != m.pv.spin.ID() {
			return nil, false
		}
		m.pv.ticks = false
		if m.pv.busy == 0 {
			return nil, true
		}
		var cmd tea.Cmd
		m.pv.spin, cmd = m.pv.spin.Update(msg)
		m.pv.ticks = cmd != nil
		return cmd, true
	case tea.WindowSizeMsg:
		// SetSize has the new size; draw for it once it stops changing.
		if !m.pv.open || m.pv.shown == m.width {
			return nil, false
		}
		m.pv.settle++
		gen, wid := m.pv.settle, m.id
		return tea.Tick(resizeSettle, func(time.Time) tea.Msg { return settledMsg{wid: wid, gen: gen} }), true
	}
	return nil, false
}

func (m *Model) previewArrived(msg previewMsg) {
	if msg.err != nil {
		if msg.seq >= m.pv.mdSeq {
			m.pv.err = msg.err
		}
		return
	}
	if msg.seq < m.pv.mdSeq {
		return // drawn from an older export than the one already cached
	}
	if msg.md != m.pv.md {
		m.pv.md = msg.md
		m.pv.cache = map[int]string{}
	}
	m.pv.mdSeq = msg.seq
	m.pv.err = nil
	m.pv.cache[msg.width] = msg.out
	if m.pv.open && msg.width == m.width {
		m.showPreview(msg.out)
	}
}

// showPreview puts a drawing in the viewport, at the same place in the
// report (in proportion) when it replaces one of another width.
func (m *Model) showPreview(out string) {
	frac := m.pv.vp.ScrollPercent()
	first := m.pv.shown == 0
	m.pv.vp.SetContent(out)
	if !first {
		m.pv.vp.SetYOffset(int(frac*float64(max(m.pv.vp.TotalLineCount()-m.pv.vp.Height, 0)) + 0.5))
	}
	m.pv.shown = m.width
}

// forgetPreview drops the cached drawings: the export they came from is
// out of date (the roadmap changed, or the language).
func (m *Model) forgetPreview() {
	m.pv.md = ""
	m.pv.cache = map[int]string{}
	m.pv.mdSeq = m.pv.seq + 1 // what is under way now is out of date too
}

// previewView is the title (with a spinner while drawing) over the report.
func (m *Model) previewView() string {
	st := m.c.Styles
	title := st.Muted.Render(m.c.T("rm.preview_title", int(m.pv.vp.ScrollPercent()*100)))
	if m.pv.busy > 0 || (m.pv.open && m.pv.shown != m.width && m.pv.shown != 0) {
		title = m.pv.spin.View() + " " + title
	}
	var body string
	switch {
	case m.pv.err != nil:
		body = st.Error.Render(m.pv.err.Error())
	case m.pv.shown == 0:
		body = m.pv.spin.View() + " " + st.Muted.Render(m.c.T("rm.preview_drawing"))
	default:
		body = m.pv.vp.View()
	}
	return ansi.Truncate(title, m.width, "…") + "\n" + body
}
