package roadmap

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/export"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = ansi.Truncate(strings.ReplaceAll(s, "\n", " "), w, "…")
	return s + strings.Repeat(" ", max(w-lipgloss.Width(s), 0))
}

// View draws the preview, a form, or the roadmap with the selected
// initiative's details.
func (m *Model) View() string {
	st := m.c.Styles
	switch {
	case m.forms.Active():
		return m.forms.View()
	case !m.loaded:
		return st.Muted.Render(m.c.T("common.loading"))
	case m.pv.open:
		return m.previewView()
	}
	head := st.Muted.Render(m.c.T("rm.summary", m.c.Cat.N("n.initiatives", len(m.items)), m.c.Cat.N("n.accepted", m.count(model.StatusAccepted)), m.c.Cat.N("n.rejected", m.count(model.StatusRejected)))) +
		"  " + st.Label.Render(m.c.T("rm.mode."+[]string{"horizon", "quadrant", "matrix"}[m.mode]))
	if len(m.items) == 0 {
		return head + "\n\n" + st.Muted.Render(m.c.Cat.T("rm.empty"))
	}
	detail := m.detailView()
	if m.mode == matrix {
		// The matrix keeps three rows in each box; the details give way,
		// ending in "…".
		detail = cutLines(detail, max(m.height-2-matrixMinHeight, 2), m.width)
	}
	listH := max(m.height-2-lipgloss.Height(detail), 3)
	var body string
	if m.mode == matrix {
		body = m.matrixView(listH)
	} else {
		body = m.listView(listH)
	}
	out := head + "\n" + body + "\n" + detail
	return lipgloss.NewStyle().MaxWidth(m.width).MaxHeight(m.height).Render(out)
}

func (m *Model) count(s model.Status) int {
	n := 0
	for _, in := range m.items {
		if in.Status == s {
			n++
		}
	}
	return n
}

func (m *Model) groupTitle(in model.Initiative) string {
	if m.mode == byHorizon {
		return m.c.T("term.horizon." + string(in.Horizon))
	}
	return m.quadrantTitle(model.QuadrantOf(in.Impact, in.Effort))
}

// quadrantTitle is "Quick wins (high impact, low effort)", in the
// glossary's words, the same as the exported report's.
func (m *Model) quadrantTitle(q model.Quadrant) string {
	return m.c.T("term.quadrants."+string(q)) + " (" + m.c.T("term.quadrant_is."+string(q)) + ")"
}

func (m *Model) mark(in model.Initiative) string {
	st := m.c.Styles
	switch in.Status {
	case model.StatusAccepted:
		return st.Good.Render("✓")
	case model.StatusRejected:
		return st.Bad.Render("✗")
	}
	return st.Faint.Render("·")
}

// listView shows the initiatives under group headings, scrolled so the
// selection is visible.
func (m *Model) listView(height int) string {
	st := m.c.Styles
	var lines []string
	selLine := 0
	group := ""
	titleW := max(m.width-24, 10)
	for i, x := range m.order {
		in := m.items[x]
		if g := m.groupTitle(in); g != group {
			group = g
			lines = append(lines, st.Subtitle.Render(g))
		}
		edited := " "
		if in.Edited || in.GenKey == "" {
			edited = "✎"
		}
		meta := fmt.Sprintf("I%d E%d", in.Impact, in.Effort)
		row := m.mark(in) + edited + " " + fit(textsafe.Line(in.Title), titleW) + " " + st.Muted.Render(meta)
		if in.Status == model.StatusRejected {
			row = m.mark(in) + edited + " " + st.Faint.Render(fit(textsafe.Line(in.Title), titleW)+" "+meta)
		}
		if i == m.sel {
			selLine = len(lines)
			row = st.Selected.Render("›") + st.Cursor.Render(row)
		} else {
			row = " " + row
		}
		lines = append(lines, row)
	}
	start := 0
	if selLine >= height {
		start = selLine - height + 1
	}
	end := min(start+height, len(lines))
	return strings.Join(lines[start:end], "\n")
}

// matrixView is the impact-effort matrix: four boxes of equal size that
// together are exactly the screen's width, each scrolled so that the
// selected initiative is in view; rows are cut with "…", never wrapped.
func (m *Model) matrixView(height int) string {
	st := m.c.Styles
	boxW := max(m.width/2, 16)                      // a box's whole width, borders included
	inner := boxW - st.Box.GetHorizontalFrameSize() // the text inside
	rows := max((height-1)/2-st.Box.GetVerticalFrameSize()-1, 1)
	box := func(q model.Quadrant) string {
		var items []string
		sel := -1
		for i, x := range m.order {
			in := m.items[x]
			if model.QuadrantOf(in.Impact, in.Effort) != q {
				continue
			}
			row := " " + m.mark(in) + " " + fit(textsafe.Line(in.Title), inner-3)
			if i == m.sel {
				sel = len(items)
				row = st.Selected.Render("›") + st.Cursor.Render(m.mark(in)+" "+fit(textsafe.Line(in.Title), inner-3))
			}
			items = append(items, row)
		}
		top := 0
		if sel >= 0 {
			top = common.Window(sel, 0, len(items), rows)
		}
		end := min(top+rows, len(items))
		// The counts of what is scrolled away stay whole; the title gives way.
		more := m.c.MoreText(top, len(items)-end, " ")
		if more != "" {
			more = " " + more
		}
		title := ansi.Truncate(m.quadrantTitle(q), max(inner-lipgloss.Width(more), 1), "…")
		lines := append([]string{st.Subtitle.Render(title) + st.Faint.Render(more)}, items[top:end]...)
		for len(lines) < rows+1 {
			lines = append(lines, "")
		}
		return st.Box.Width(boxW - st.Box.GetHorizontalBorderSize()).Render(strings.Join(lines, "\n"))
	}
	top := lipgloss.JoinHorizontal(lipgloss.Top, box(model.QuickWin), box(model.BigBet))
	bottom := lipgloss.JoinHorizontal(lipgloss.Top, box(model.FillIn), box(model.MoneyPit))
	axis := st.Muted.Render(ansi.Truncate(m.c.T("rm.axes"), m.width, "…"))
	return axis + "\n" + top + "\n" + bottom
}

// matrixMinHeight is the matrix with three rows in each box.
const matrixMinHeight = 1 + 2*(2+1+3)

// cutLines keeps the first h lines of s, the last one ending in "…"
// when some were left out.
func cutLines(s string, h, w int) string {
	lines := strings.Split(s, "\n")
	if len(lines) <= h {
		return s
	}
	lines = lines[:h]
	lines[h-1] = ansi.Truncate(strings.TrimRight(lines[h-1], " "), max(w-1, 1), "") + "…"
	return strings.Join(lines, "\n")
}

// detailView: the selected initiative in full, with its evidence.
func (m *Model) detailView() string {
	st := m.c.Styles
	in, ok := m.selected()
	if !ok {
		return ""
	}
	lang := m.c.Cat.Lang()
	w := max(m.width-2, 20)
	wrap := lipgloss.NewStyle().Width(w)
	facts := []string{
		m.c.T("term.horizon." + string(in.Horizon)),
		m.c.T("term.quadrant." + string(model.QuadrantOf(in.Impact, in.Effort))),
		fmt.Sprintf("%s %d · %s %d", m.c.T("rm.f.impact"), in.Impact, m.c.T("rm.f.effort"), in.Effort),
		m.c.T("term.status." + string(in.Status)),
	}
	if d := m.b.Assessment.Dimension(in.DimensionID); d != nil {
		facts = append(facts, textsafe.Line(d.Name.In(lang)))
	}
	if in.Owner != "" {
		facts = append(facts, m.c.T("rm.f.owner")+": "+textsafe.Line(in.Owner))
	}
	if len(in.KPIs) > 0 {
		kpis := make([]string, 0, len(in.KPIs))
		for _, k := range in.KPIs {
			kpis = append(kpis, export.KPIName(m.b.Assessment, lang, k))
		}
		facts = append(facts, m.c.T("term.kpis")+": "+textsafe.Line(strings.Join(kpis, ", ")))
	}
	lines := []string{st.Faint.Render(strings.Repeat("─", w)), st.Title.Render(wrap.Render(textsafe.Line(in.Title))),
		st.Muted.Render(wrap.Render(strings.Join(facts, " · ")))}
	if in.Description != "" {
		lines = append(lines, clampLines(wrap.Render(textsafe.Text(in.Description)), 3))
	}
	ev := m.evidenceLines(in)
	if len(ev) > 0 {
		lines = append(lines, st.Label.Render(m.c.T("term.evidence")+":"))
		const limit = 4
		for i, e := range ev {
			if i == limit {
				lines = append(lines, st.Muted.Render(m.c.T("rm.more", len(ev)-limit)))
				break
			}
			lines = append(lines, clampLines(lipgloss.NewStyle().Width(w-2).PaddingLeft(2).Render(e), 2))
		}
	}
	return strings.Join(lines, "\n")
}

func clampLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = append(lines[:n-1], lines[n-1]+" …")
	}
	return strings.Join(lines, "\n")
}

// evidenceLines says in words where an initiative comes from.
func (m *Model) evidenceLines(in model.Initiative) []string {
	lang := m.c.Cat.Lang()
	var out []string
	for _, e := range in.Evidence {
		switch e.Kind {
		case model.EvidenceQuestion, model.EvidenceDisagreement:
			q := e.QuestionID
			if ref, ok := m.b.Assessment.Question(e.QuestionID); ok {
				q = model.Shorten(textsafe.Line(ref.Question.Text.In(lang)), 60)
			}
			line := fmt.Sprintf("%s %s · %s", e.QuestionID, m.c.Cat.Score(e.Score), q)
			if e.Kind == model.EvidenceDisagreement {
				line = fmt.Sprintf("%s · %s · %s", e.QuestionID, m.c.T("r.spread", e.Spread), q)
			}
			for _, n := range e.Notes {
				line += " · “" + textsafe.Line(n) + "”"
			}
			out = append(out, line)
		case model.EvidenceJourneyCell:
			mark := m.c.T("rm.assumed")
			if e.Observed {
				mark = m.c.T("rm.observed")
			}
			out = append(out, fmt.Sprintf("%s › %s › %s (%s): %s", textsafe.Line(e.JourneyName), textsafe.Line(e.StageName), textsafe.Line(string(e.LaneKind)), mark, textsafe.Line(e.Text)))
		}
	}
	return out
}

// ShortHelp lists the main keys.
func (m *Model) ShortHelp() []key.Binding {
	switch {
	case m.forms.Active():
		return m.forms.KeyBinds()
	case m.pv.open:
		return []key.Binding{m.keys.Scroll, m.keys.Export, m.keys.Back}
	}
	return []key.Binding{m.keys.Accept, m.keys.Reject, m.keys.Edit, m.keys.Earlier, m.keys.View, m.keys.Preview, m.keys.Back}
}

// FullHelp lists every key.
func (m *Model) FullHelp() [][]key.Binding {
	if m.forms.Active() || m.pv.open {
		return [][]key.Binding{m.ShortHelp()}
	}
	return [][]key.Binding{
		{m.keys.Up, m.keys.Pages.PgUp, m.keys.Pages.Home, m.keys.Accept, m.keys.Reject, m.keys.Edit},
		{m.keys.New, m.keys.Delete, m.keys.Earlier, m.keys.MoveUp, m.keys.View, m.keys.Regenerate},
		{m.keys.Preview, m.keys.Export},
	}
}
