package live

import (
	"fmt"
	"net"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/textsafe"
)

// names joins people's names for one line, each made safe to draw.
func names(ns []string) string {
	safe := make([]string, len(ns))
	for i, n := range ns {
		safe[i] = textsafe.Line(n)
	}
	return strings.Join(safe, ", ")
}

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
		st.Faint.Render("  ·  ") + st.Muted.Render(m.c.T("live.joined", s.Joined(), online))
	if s.Anonymous {
		line1 += st.Faint.Render("  ·  ") + st.Warn.Render(m.c.T("live.anonymous"))
	}
	line2 := st.Label.Render(m.c.T("live.join_at")+" ") + st.Key.Render(m.r.url) +
		st.Faint.Render("  ·  ") + st.Label.Render(m.c.T("live.code")+" ") + st.Key.Render(s.JoinCode)
	head := ansi.Truncate(line1, m.width, "…") + "\n" + ansi.Truncate(line2, m.width, "…")
	if cmd := sshJoin(m.c.Reached, s.JoinCode); cmd != "" {
		head += "\n" + ansi.Truncate(st.Label.Render(m.c.T("live.join_ssh")+" ")+st.Key.Render(cmd), m.width, "…")
	}
	return head
}

// sshJoin is the command participants join with from a terminal, when
// the app is served over SSH and reached at reached (host:port).
func sshJoin(reached, code string) string {
	host, port, err := net.SplitHostPort(reached)
	if err != nil || reached == "" {
		return ""
	}
	if port == "22" {
		return "ssh " + code + "@" + host
	}
	return "ssh -p " + port + " " + code + "@" + host
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
// consensus.
func (m *Model) revealView(r *lv.Reveal, w int) []string {
	st := m.c.Styles
	lang := m.c.Cat.Lang()
	a := m.sess.Assessment()
	labelW := 0
	label := func(l lv.LevelVotes) string {
		switch l.Level {
		case -1:
			return m.c.T("live.na")
		case -2:
			return m.c.T("live.dont_know")
		}
		return fmt.Sprintf("%d %s", l.Level, textsafe.Line(a.Levels[l.Level-1].Name.In(lang)))
	}
	rows := append([]lv.LevelVotes(nil), r.Levels...)
	if r.NA.Count > 0 {
		na := r.NA
		na.Level = -1
		rows = append(rows, na)
	}
	if r.DontKnow.Count > 0 {
		dk := r.DontKnow
		dk.Level = -2
		rows = append(rows, dk)
	}
	most := 1
	for _, l := range rows {
		labelW = max(labelW, lipgloss.Width(label(l)))
		most = max(most, l.Count)
	}
	labelW = min(labelW, w/3)
	// The bars give way to the names, down to a short bar.
	namesW := 0
	for _, l := range rows {
		if len(l.Names) > 0 {
			namesW = max(namesW, lipgloss.Width(names(l.Names))+2)
		}
	}
	barW := max(min(w-labelW-5-namesW, 24), 6)
	out := []string{st.Subtitle.Render(m.c.T("live.revealed", r.Votes))}
	for _, l := range rows {
		n := l.Count * barW / most
		line := ansi.Truncate(label(l), labelW, "…")
		line += strings.Repeat(" ", labelW-lipgloss.Width(line)+1)
		line += st.BarFull.Render(strings.Repeat("█", n)) + strings.Repeat(" ", barW-n)
		line += fmt.Sprintf(" %2d", l.Count)
		if len(l.Names) > 0 {
			line += "  " + st.Muted.Render(names(l.Names))
		}
		out = append(out, ansi.Truncate(line, w, "…"))
	}
	var stats []string
	if r.HasMedian {
		stats = append(stats, m.c.T("live.median", m.c.Cat.Score(r.Median)), m.c.T("live.spread", r.Spread))
	}
	statLine := strings.Join(stats, " · ")
	if r.Disagreement {
		statLine += "  " + st.Warn.Render("⚠ "+m.c.T("live.disagreement"))
	}
	out = append(out, statLine)
	switch {
	case r.ConsensusNA:
		out = append(out, st.Good.Render(m.c.T("live.consensus", m.c.T("live.na"))))
	case r.Consensus > 0:
		out = append(out, st.Good.Render(m.c.T("live.consensus", fmt.Sprintf("%d %s", r.Consensus, textsafe.Line(a.Levels[r.Consensus-1].Name.In(lang))))))
	default:
		out = append(out, st.Muted.Render(m.c.T("live.consensus_hint", len(a.Levels))))
	}
	return out
}

// peopleView lists who is in the room: online or not, and in self-paced
// mode how far each got and who is stuck.
func (m *Model) peopleView(w int) string {
	st := m.c.Styles
	lines := []string{st.Subtitle.Render(m.c.T("live.people", len(m.snap.People)))}
	if len(m.snap.People) == 0 {
		return lines[0] + "\n" + st.Muted.Render(m.c.T("live.nobody"))
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
