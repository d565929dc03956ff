package questionnaire

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
)

// Who answers, and what everybody answered. Both must hold any number of
// participants (1 to 30 in a room) at any width: the strip shows a window
// around the selected respondent, so a digit never records a vote for
// someone off screen; the answers condense into counts when one line per
// person would not fit.

// maxName is the widest a name is drawn in the strip; longer ones end in "…".
const maxName = 24

// letter names the i-th participant (0-based) in anonymous presenter
// mode: A..Z, then AA, AB...
func letter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// respondentName is how a respondent is shown: the consensus, a name, or
// a letter in anonymous presenter mode.
func (m *Model) respondentName(id int64) string {
	if id == model.Consensus {
		return m.c.T("q.consensus")
	}
	for i, p := range m.people {
		if p.ID == id {
			if m.pres.Anonymous {
				return letter(i)
			}
			return textsafe.Line(p.Name)
		}
	}
	return "?"
}

// respondentsView is the strip of who can answer, scrolled so that the
// selected respondent is always on it; "‹ 3" and "5 ›" count the hidden.
func (m *Model) respondentsView() string {
	st := m.c.Styles
	ids := m.respondentIDs()
	sel := m.respondentIndex()
	labels := make([]string, len(ids))
	for i, id := range ids {
		labels[i] = ansi.Truncate(m.respondentName(id), maxName, "…")
	}
	prefix := m.c.T("q.answering") + " "
	avail := m.contentWidth() - lipgloss.Width(prefix)
	lo, hi := window(labels, sel, avail)
	parts := make([]string, 0, hi-lo+2)
	if lo > 0 {
		parts = append(parts, st.Faint.Render(fmt.Sprintf("‹ %d", lo)))
	}
	for i := lo; i < hi; i++ {
		if i == sel {
			parts = append(parts, st.Cursor.Render("▸ "+labels[i]))
		} else {
			parts = append(parts, st.Muted.Render(labels[i]))
		}
	}
	if hi < len(labels) {
		parts = append(parts, st.Faint.Render(fmt.Sprintf("%d ›", len(labels)-hi)))
	}
	line := st.Label.Render(prefix) + strings.Join(parts, "  ")
	return ansi.Truncate(line, m.contentWidth(), "…")
}

// window picks the widest run of labels around sel that fits in width,
// with the markers for what is left out on either side.
func window(labels []string, sel, width int) (lo, hi int) {
	const gap = 2
	cost := func(lo, hi int) int {
		w := 0
		for i := lo; i < hi; i++ {
			w += lipgloss.Width(labels[i]) + gap
		}
		w += 2 // the "▸ " of the selected one
		if lo > 0 {
			w += lipgloss.Width(fmt.Sprintf("‹ %d", lo)) + gap
		}
		if hi < len(labels) {
			w += lipgloss.Width(fmt.Sprintf("%d ›", len(labels)-hi)) + gap
		}
		return w - gap
	}
	lo, hi = sel, sel+1
	for {
		grown := false
		if hi < len(labels) && cost(lo, hi+1) <= width {
			hi, grown = hi+1, true
		}
		if lo > 0 && cost(lo-1, hi) <= width {
			lo, grown = lo-1, true
		}
		if !grown {
			return lo, hi
		}
	}
}

// vote is one respondent's answer to the current question as shown.
func (m *Model) vote(id int64) string {
	return m.shortAnswer(m.answers[respKey{id, m.question().Question.ID}])
}

// shortAnswer is an answer as the room reads it: N/A, don't know, the
// level, or "–" for none.
func (m *Model) shortAnswer(r model.Response) string {
	switch {
	case r.NA:
		return m.content().T("q.na_short")
	case r.DontKnow:
		return m.content().T("q.dont_know_short")
	case r.Level > 0:
		return fmt.Sprint(r.Level)
	}
	return "–"
}

// othersView shows everybody's answer: one entry per person when that
// fits in maxLines, else the count of each answer with the current
// respondent's own.
// nbsp keeps words together through lipgloss's wrapping; it is turned
// back into a plain space once the lines are laid out.
const nbsp = "\u00a0"

func (m *Model) othersView(width, maxLines int) string {
	st := m.c.Styles
	ids := m.respondentIDs()
	parts := make([]string, len(ids))
	counts := map[string]int{}
	lo, hi := 0, 0
	q := m.question().Question.ID
	for i, id := range ids {
		v := m.vote(id)
		// One person's name and answer stay on one line: a wrap between
		// "Ana" and "María 3" reads as two people on a projector.
		entry := strings.ReplaceAll(m.respondentName(id)+" "+v, " ", nbsp)
		if id == m.respondent {
			entry = st.Cursor.Render(entry)
		}
		parts[i] = entry
		if id == model.Consensus {
			continue
		}
		counts[v]++
		if r, ok := m.answers[respKey{id, q}]; ok && r.Answered() {
			if lo == 0 || r.Level < lo {
				lo = r.Level
			}
			hi = max(hi, r.Level)
		}
	}
	warn := ""
	if hi-lo >= model.DisagreementSpread && lo > 0 {
		warn = "  " + st.Warn.Render("⚠ "+m.c.T("q.disagreement", hi-lo))
	}
	label := st.Label.Render(m.c.T("q.answers") + " ")
	full := strings.ReplaceAll(m.wrap(label+strings.Join(parts, st.Faint.Render(" · "))+warn, width), nbsp, " ")
	if lipgloss.Height(full) <= maxLines {
		return full
	}
	// Condensed: "3 ×4 · 2 ×2 · – ×2", the consensus and the current one.
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	tally := make([]string, 0, len(keys)+2)
	for _, k := range keys {
		tally = append(tally, fmt.Sprintf("%s ×%d", k, counts[k]))
	}
	mine := m.respondentName(m.respondent) + " " + m.vote(m.respondent)
	line := label + strings.Join(tally, st.Faint.Render(" · ")) + st.Faint.Render("  |  ") +
		m.c.T("q.consensus") + " " + m.vote(model.Consensus)
	if m.respondent != model.Consensus {
		line += st.Faint.Render(" · ") + st.Cursor.Render(mine)
	}
	return m.wrap(line+warn, width)
}

// previousView shows the previous round's answers to this question, as
// reference: the consensus and the current respondent (matched by name).
func (m *Model) previousView(width int) string {
	st := m.c.Styles
	q := m.question().Question.ID
	show := func(name string) string {
		if r, ok := m.prev[name][q]; ok && r.Decided() {
			return m.shortAnswer(r)
		}
		return m.c.T("q.previous_none")
	}
	parts := []string{m.c.T("q.consensus") + " " + show("")}
	if m.respondent != model.Consensus {
		for _, p := range m.people {
			if p.ID == m.respondent {
				parts = append(parts, st.Cursor.Render(m.respondentName(p.ID)+" "+show(p.Name)))
			}
		}
	}
	return ansi.Truncate(st.Label.Render(m.c.T("q.previous")+" ")+st.Muted.Render(strings.Join(parts, " · ")), width, "…")
}
