package participant

import (
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/tui/common"
)

// Update handles the session's news and the participant's keys.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = max(msg.Width-2, 0)
		m.note.SetWidth(max(msg.Width-4, 10))
		return m, nil
	case rosterMsg:
		if m.joined {
			return m, nil
		}
		m.roster, m.ended = msg.roster, msg.ended
		m.fixFocus()
		if m.ended {
			return m, nil
		}
		return m, m.watchRoster()
	case joinedMsg:
		m.joining = false
		if msg.err != nil {
			m.joinErr = m.joinError(msg.err)
			m.roster = m.sess.Roster()
			m.fixFocus()
			return m, nil
		}
		return m, m.enter(msg.pid)
	case phoneMsg:
		return m, m.phone(msg)
	case savedMsg:
		if msg.err != nil {
			m.status, m.isErr = m.saveError(msg.err), true
			return m, nil
		}
		if msg.ps != nil {
			m.apply(*msg.ps)
		}
		if q := m.question(); q != nil && q.ID == msg.q {
			m.status, m.isErr = m.cat.T("part.saved"), false
		}
		return m, m.syncNote(msg.q)
	case movedMsg:
		if msg.err != nil && !errors.Is(msg.err, lv.ErrEnded) {
			m.status, m.isErr = m.cat.T("part.failed", common.ErrorText(m.cat, msg.err)), true
		}
		return m, nil
	case common.BurstMsg:
		return m, m.endBurst(msg)
	case tea.KeyMsg:
		if key.Matches(msg, m.keys.ForceQuit) {
			return m, m.quit()
		}
		if cmd, held := m.takeBurst(msg); held {
			return m, cmd
		}
		return m, m.key(msg)
	}
	// Cursor blinks and the like go to the field being typed in.
	var cmd tea.Cmd
	switch {
	case m.noteOpen:
		m.note, cmd = m.note.Update(msg)
	case !m.joined:
		m.name, cmd = m.name.Update(msg)
	}
	return m, cmd
}

// phone takes a new state of what this participant may see.
func (m *Model) phone(msg phoneMsg) tea.Cmd {
	if !m.joined {
		return nil
	}
	if errors.Is(msg.err, lv.ErrNoParticipant) {
		// The facilitator removed them, or a restart forgot the token:
		// join again, as the phone page does.
		m.release()
		m.joinErr = m.cat.T("part.removed")
		m.noteOpen = false
		return m.showJoin()
	}
	if msg.err != nil {
		m.status, m.isErr = m.cat.T("part.failed", common.ErrorText(m.cat, msg.err)), true
		return nil
	}
	m.apply(msg.ps)
	if m.ended {
		m.life.close() // nothing more will come: let go of the session
		return nil
	}
	if msg.watch {
		return m.watchPhone()
	}
	return nil
}

// apply shows a state, unless a newer one is already shown.
func (m *Model) apply(ps lv.PhoneState) {
	if m.havePS && ps.Seq < m.ps.Seq {
		return
	}
	first := !m.havePS
	m.ps, m.havePS = ps, true
	m.ended = ps.Ended
	if ps.Pacing == lv.SelfPaced && (first || m.pos == "" || m.index(m.pos) < 0) {
		m.pos = ps.Position
	}
	q := m.question()
	id := ""
	if q != nil {
		id = q.ID
	}
	if m.shown == id && id != "" && ps.Revealed[id] != nil && m.status != "" && !m.isErr {
		m.status = "" // "saved" no longer applies: the votes are closed
	}
	if id != m.shown {
		// A new question: the previous one's "saved" and highlight go.
		m.shown = id
		m.status, m.isErr = "", false
		m.highlight = m.chosen(id)
	}
	if m.noteOpen && (m.noteQ != id || m.revealed(id) || m.ended) {
		// The room moved on while they typed: the draft stays, the
		// editor closes.
		m.closeNote()
	}
}

// chosen is the highlight that shows question q's answer (1 without one).
func (m *Model) chosen(q string) int {
	v, ok := m.ps.Mine[q]
	switch {
	case !ok:
		return 1
	case v.NA:
		return len(m.c.Levels) + 1
	case v.DontKnow:
		return len(m.c.Levels) + 2
	case v.Level > 0:
		return v.Level
	}
	return 1
}

func (m *Model) key(k tea.KeyMsg) tea.Cmd {
	if key.Matches(k, m.keys.ForceQuit) {
		return m.quit()
	}
	if m.typing() {
		if m.noteOpen {
			return m.noteKey(k)
		}
		return m.nameKey(k)
	}
	switch {
	case key.Matches(k, m.keys.Quit):
		return m.quit()
	case key.Matches(k, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		return nil
	}
	if m.ended {
		return nil
	}
	if !m.joined {
		return m.rosterKey(k)
	}
	return m.questionKey(k)
}

func (m *Model) quit() tea.Cmd {
	m.Close()
	return tea.Quit
}

// nameKey: typing the name. ↓ goes to the roster, enter joins, esc
// leaves the field (then q quits).
func (m *Model) nameKey(k tea.KeyMsg) tea.Cmd {
	switch {
	case k.Type == tea.KeyEnter:
		if name := strings.TrimSpace(m.name.Value()); name != "" && !m.joining && !m.ended {
			return m.join(name)
		}
		return nil
	case k.Type == tea.KeyDown, k.Type == tea.KeyTab:
		m.focusRoster(1, 1)
		return nil
	case k.Type == tea.KeyEsc:
		m.focus = -1
		m.name.Blur()
		return nil
	case k.Type == tea.KeyUp:
		return nil
	}
	var cmd tea.Cmd
	m.name, cmd = m.name.Update(k)
	if m.joinErr != "" && m.name.Value() == "" {
		m.joinErr = ""
	}
	return cmd
}

// rosterKey: choosing a name from the workshop's list.
func (m *Model) rosterKey(k tea.KeyMsg) tea.Cmd {
	switch {
	case k.Type == tea.KeyDown || k.String() == "j":
		if m.focus < 1 {
			m.focusRoster(1, 1)
		} else {
			m.focusRoster(m.focus+1, 1)
		}
	case k.Type == tea.KeyUp || k.String() == "k":
		if m.focus < 1 || !m.focusRoster(m.focus-1, -1) {
			m.focus = 0
			return m.name.Focus()
		}
	case k.Type == tea.KeyTab || k.Type == tea.KeyEsc && m.focus > 0:
		m.focus = 0
		return m.name.Focus()
	case k.Type == tea.KeyEnter:
		if m.focus >= 1 && m.focus <= len(m.roster) && !m.roster[m.focus-1].Taken && !m.joining {
			return m.join(m.roster[m.focus-1].Name)
		}
	case k.Type == tea.KeyRunes && m.focus < 0:
		// Typing again goes to the name.
		m.focus = 0
		cmd := m.name.Focus()
		var c2 tea.Cmd
		m.name, c2 = m.name.Update(k)
		return tea.Batch(cmd, c2)
	}
	return nil
}

// focusRoster moves to the first free entry from i in direction dir; it
// reports false when there is none.
func (m *Model) focusRoster(i, dir int) bool {
	for ; i >= 1 && i <= len(m.roster); i += dir {
		if !m.roster[i-1].Taken {
			m.focus = i
			m.name.Blur()
			return true
		}
	}
	return false
}

// fixFocus keeps the focus on a free entry after the roster changed.
func (m *Model) fixFocus() {
	if m.focus < 1 {
		return
	}
	if m.focus > len(m.roster) || m.roster[m.focus-1].Taken {
		if !m.focusRoster(m.focus, 1) && !m.focusRoster(m.focus, -1) {
			m.focus = 0
			m.name.Focus()
		}
	}
}

// questionKey: answering and moving.
func (m *Model) questionKey(k tea.KeyMsg) tea.Cmd {
	q := m.question()
	if m.ps.Pacing == lv.SelfPaced {
		switch {
		case key.Matches(k, m.keys.Next):
			return m.step(1)
		case key.Matches(k, m.keys.Prev):
			return m.step(-1)
		}
	}
	if q == nil || m.revealed(q.ID) {
		return nil
	}
	n := len(m.c.Levels)
	switch {
	case key.Matches(k, m.keys.Level):
		lvl := int(k.Runes[0] - '0')
		m.highlight = lvl
		return m.answer(q.ID, lv.Vote{Level: lvl})
	case key.Matches(k, m.keys.NA):
		m.highlight = n + 1
		return m.answer(q.ID, lv.Vote{NA: true})
	case key.Matches(k, m.keys.DontKnow) && m.c.DontKnow:
		m.highlight = n + 2
		return m.answer(q.ID, lv.Vote{DontKnow: true})
	case key.Matches(k, m.keys.Up):
		m.highlight = max(m.highlight-1, 1)
	case key.Matches(k, m.keys.Down):
		m.highlight = min(m.highlight+1, m.choices())
	case key.Matches(k, m.keys.Choose):
		switch h := m.highlight; {
		case h >= 1 && h <= n:
			return m.answer(q.ID, lv.Vote{Level: h})
		case h == n+1:
			return m.answer(q.ID, lv.Vote{NA: true})
		case h == n+2 && m.c.DontKnow:
			return m.answer(q.ID, lv.Vote{DontKnow: true})
		}
	case key.Matches(k, m.keys.Note):
		return m.openNote(q.ID)
	}
	return nil
}

// choices counts the lines ↑/↓ moves through.
func (m *Model) choices() int {
	if m.c.DontKnow {
		return len(m.c.Levels) + 2
	}
	return len(m.c.Levels) + 1
}

// answer votes, with the note typed so far when there is one.
func (m *Model) answer(q string, v lv.Vote) tea.Cmd {
	v.Question = q
	if d, ok := m.drafts[q]; ok {
		v.Note = &d
	}
	return m.vote(v)
}

// step moves a self-paced participant to the next or previous question.
func (m *Model) step(dir int) tea.Cmd {
	i := m.index(m.pos)
	if i < 0 {
		i = 0
	}
	j := i + dir
	if j < 0 || j >= len(m.c.Questions) {
		return nil
	}
	m.pos = m.c.Questions[j].ID
	m.apply(m.ps) // the new question: status, highlight, note
	return m.move(m.pos)
}

func (m *Model) openNote(q string) tea.Cmd {
	text, ok := m.drafts[q]
	if !ok {
		if v, voted := m.ps.Mine[q]; voted && v.Note != nil {
			text = *v.Note
		}
	}
	m.noteOpen, m.noteQ = true, q
	m.note.SetValue(text)
	m.note.CursorEnd()
	return m.note.Focus()
}

func (m *Model) closeNote() {
	m.noteOpen = false
	m.note.Blur()
}

// noteKey: typing a note. Every change is kept as a draft and, once the
// question has an answer, saved with it at once.
func (m *Model) noteKey(k tea.KeyMsg) tea.Cmd {
	if key.Matches(k, m.keys.CloseNote) {
		m.closeNote()
		return nil
	}
	before := m.note.Value()
	var cmd tea.Cmd
	m.note, cmd = m.note.Update(k)
	text := m.note.Value()
	if text == before {
		return cmd
	}
	q := m.noteQ
	m.drafts[q] = text
	v, voted := m.ps.Mine[q]
	if !voted {
		return cmd
	}
	save := lv.Vote{Question: q, Level: v.Level, NA: v.NA, DontKnow: v.DontKnow, Note: &text}
	return tea.Batch(cmd, m.vote(save))
}

// syncNote saves the note typed for q when the stored answer does not
// carry it yet: typed while the first vote was on its way, it was kept
// as a draft and goes with the answer now.
func (m *Model) syncNote(q string) tea.Cmd {
	d, typed := m.drafts[q]
	v, voted := m.ps.Mine[q]
	if !typed || !voted || (v.Note != nil && *v.Note == d) || m.revealed(q) {
		return nil
	}
	return m.vote(lv.Vote{Question: q, Level: v.Level, NA: v.NA, DontKnow: v.DontKnow, Note: &d})
}
