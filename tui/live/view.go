package live

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/live/sshd"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/live/histogram"
)

// minPanel is the narrowest the question panel may get beside the code.
const minPanel = 36

// View draws the join details, the code, the question and the people.
func (m *Model) View() string {
	st := m.c.Styles
	if m.sess == nil {
		if m.starting {
			return st.Muted.Render(m.c.T("live.starting"))
		}
		return st.Muted.Render(m.c.T("live.not_running"))
	}
	if m.snap.Ended {
		body := st.Title.Render(m.c.T("live.title")) + "\n\n" + st.Warn.Render(m.c.T("live.ended")) + "\n" +
			st.Muted.Render(m.c.T("live.restart_hint"))
		return m.clamp(body)
	}
	head := m.headView()
	bodyH := max(m.height-lipgloss.Height(head)-1, 0)
	var body string
	if m.showCode {
		// The largest code that fits: scanned from the back of a room.
		for _, scale := range []int{2, 1} {
			qw, qh := m.qr.cells(scale)
			if qh > bodyH || qw > m.width {
				continue
			}
			if pw := m.width - qw - 2; pw >= minPanel {
				body = lipgloss.JoinHorizontal(lipgloss.Top, m.qr.render(scale), "  ", m.panel(pw, bodyH))
				break
			}
			if scale == 1 {
				body = m.qr.render(scale) // too narrow for both: c hides the code
			}
		}
	}
	if body == "" {
		body = m.panel(m.width, bodyH)
	}
	return m.clamp(head + "\n" + body)
}

func (m *Model) clamp(s string) string {
	return lipgloss.NewStyle().MaxWidth(m.width).MaxHeight(m.height).Render(s)
}

// headView: the pacing, who joined, and where to join.
func (m *Model) headView() string {
	st := m.c.Styles
	s := m.snap
	online := 0
	for _, p := range s.People {
		if p.Online {
			online++
		}
	}
	pacing := m.c.T("live.together")
	if s.Pacing == lv.SelfPaced {
		pacing = m.c.T("live.self_paced")
	}
	line1 := st.Title.Render(m.c.T("live.title")) + st.Faint.Render("  ·  ") + st.Value.Render(pacing) +
		st.Faint.Render("  ·  ") + st.Muted.Render(m.c.Cat.N("live.joined", s.Joined(), s.Joined(), online))
	if s.Anonymous {
		line1 += st.Faint.Render("  ·  ") + st.Warn.Render(m.c.T("live.anonymous"))
	}
	line2 := st.Label.Render(m.c.T("live.join_at")+" ") + st.Key.Render(m.r.url) +
		st.Faint.Render("  ·  ") + st.Label.Render(m.c.T("live.code")+" ") + st.Key.Render(s.JoinCode)
	head := ansi.Truncate(line1, m.width, "…") + "\n" + ansi.Truncate(line2, m.width, "…")
	if cmd := sshd.Command(m.sshReach(), s.JoinCode); cmd != "" {
		head += "\n" + ansi.Truncate(st.Label.Render(m.c.T("live.join_ssh")+" ")+st.Key.Render(cmd), m.width, "…")
	}
	return head
}

// sshReach is where participants reach this app over SSH: the address the
// facilitator's own client reached when the app is served over SSH, else
// the one `cxmap live --ssh` serves them at; "" when neither.
func (m *Model) sshReach() string {
	if m.c.Reached != "" {
		return m.c.Reached
	}
	return configuredSSH()
}

// panel is the question and the people, w x h cells.
func (m *Model) panel(w, h int) string {
	var parts []string
	if m.snap.Pacing == lv.SelfPaced {
		parts = append(parts, m.stripView(w))
	}
	parts = append(parts, m.questionView(w), m.peopleView(w))
	return lipgloss.NewStyle().Width(w).MaxWidth(w).MaxHeight(h).Render(strings.Join(parts, "\n\n"))
}

// stripView is self-paced progress per question: one cell each, taller
// as more people answered it, the selected one marked.
func (m *Model) stripView(w int) string {
	st := m.c.Styles
	bars := []rune(" ▁▂▃▄▅▆▇█")
	total := max(len(m.snap.People), 1)
	var top, mark strings.Builder
	for i, q := range m.snap.Questions {
		if i >= w {
			break
		}
		n := q.Votes * (len(bars) - 1) / total
		if q.Votes > 0 && n == 0 {
			n = 1
		}
		top.WriteRune(bars[min(n, len(bars)-1)])
		if i == m.sel {
			mark.WriteString("▲")
		} else {
			mark.WriteString(" ")
		}
	}
	return st.Subtitle.Render(m.c.T("live.per_question")) + "\n" + st.BarFull.Render(top.String()) + "\n" + st.Key.Render(mark.String())
}

func (m *Model) questionView(w int) string {
	st := m.c.Styles
	lang := m.c.Cat.Lang()
	a := m.sess.Assessment()
	q := m.selected()
	ref, ok := a.Question(q)
	if !ok {
		return st.Muted.Render(m.c.T("live.none_open"))
	}
	qs, _ := m.snap.Question(q)
	title := m.c.T("live.question_of", ref.Index+1, len(m.order)) + " · " + textsafe.Line(ref.Dimension.Name.In(lang))
	lines := []string{st.Subtitle.Render(ansi.Truncate(title, w, "…"))}
	text := lipgloss.NewStyle().Width(w).Render(textsafe.Line(ref.Question.Text.In(lang)))
	tl := strings.Split(text, "\n")
	if len(tl) > 3 {
		tl = append(tl[:3], "…")
	}
	lines = append(lines, tl...)
	if m.snap.Pacing == lv.Together && m.snap.Current != q {
		lines = append(lines, st.Warn.Render(m.c.T("live.not_open")))
	}
	lines = append(lines, "")
	total := len(m.snap.People)
	if !qs.Revealed {
		barW := max(min(w-24, 30), 5)
		full := 0
		if total > 0 {
			full = qs.Votes * barW / total
		}
		lines = append(lines,
			st.Value.Render(m.c.T("live.voted", qs.Votes, total))+"  "+
				st.BarFull.Render(strings.Repeat("█", full))+st.BarEmpty.Render(strings.Repeat("░", barW-full)),
			st.Muted.Render(m.c.T("live.blind")))
		return strings.Join(lines, "\n")
	}
	return strings.Join(append(lines, m.revealView(qs.Reveal, w)...), "\n")
}

// revealView is the histogram, the median and spread, the flag and the
// consensus, or how to set it.
func (m *Model) revealView(r *lv.Reveal, w int) []string {
	lang := m.c.Cat.Lang()
	a := m.sess.Assessment()
	levels := make([]string, len(a.Levels))
	for i, l := range a.Levels {
		levels[i] = l.Name.In(lang)
	}
	out := histogram.Lines(r, histogram.Options{Styles: m.c.Styles, Cat: m.c.Cat, Levels: levels, Width: w})
	if r.Consensus == 0 && !r.ConsensusNA {
		out = append(out, m.c.Styles.Muted.Render(m.c.T("live.consensus_hint", len(a.Levels))))
	}
	return out
}

// peopleView lists who is in the room: online or not, and in self-paced
// mode how far each got and who is stuck.
func (m *Model) peopleView(w int) string {
	st := m.c.Styles
	lines := []string{st.Subtitle.Render(m.c.T("live.people", len(m.snap.People)))}
	if len(m.snap.People) == 0 {
		nobody := m.c.T("live.nobody")
		if sshd.Command(m.sshReach(), m.snap.JoinCode) != "" {
			nobody = m.c.T("live.nobody_ssh")
		}
		return lines[0] + "\n" + lipgloss.NewStyle().Width(w).Render(st.Muted.Render(nobody))
	}
	dot := func(p lv.PersonStatus) string {
		switch {
		case p.Online:
			return st.Good.Render("●")
		case p.Phone:
			return st.Warn.Render("○")
		}
		return st.Faint.Render("·")
	}
	if m.snap.Pacing == lv.SelfPaced {
		a := m.sess.Assessment()
		nameW := 0
		for _, p := range m.snap.People {
			nameW = max(nameW, lipgloss.Width(textsafe.Line(p.Name)))
		}
		nameW = min(nameW, max(w/3, 8))
		for _, p := range m.snap.People {
			name := ansi.Truncate(textsafe.Line(p.Name), nameW, "…")
			line := dot(p) + " " + name + strings.Repeat(" ", nameW-lipgloss.Width(name)) +
				fmt.Sprintf("  %2d/%d", p.Answered, len(m.order))
			if ref, ok := a.Question(p.Position); ok && p.Phone {
				line += st.Muted.Render("  " + m.c.T("live.on_question", ref.Index+1))
			}
			if p.Stuck {
				line += "  " + st.Warn.Render("⚠ "+m.c.T("live.stuck"))
			}
			lines = append(lines, ansi.Truncate(line, w, "…"))
		}
		return strings.Join(lines, "\n")
	}
	var list []string
	for _, p := range m.snap.People {
		list = append(list, dot(p)+" "+textsafe.Line(p.Name))
	}
	text := lipgloss.NewStyle().Width(w).Render(strings.Join(list, "  "))
	return lines[0] + "\n" + text + "\n" + st.Faint.Render(m.c.T("live.legend"))
}
