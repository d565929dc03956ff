package export

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cxmap/cxmap/model"
)

// sortedInitiatives is the roadmap in its order (Position, stable).
func sortedInitiatives(list []model.Initiative) []model.Initiative {
	out := slices.Clone(list)
	slices.SortStableFunc(out, func(x, y model.Initiative) int { return cmp.Compare(x.Position, y.Position) })
	return out
}

// timelineMax is how many initiatives of one horizon the Mermaid timeline
// names before summing up the rest.
const timelineMax = 8

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func (m *md) roadmapSection() {
	rm := m.Roadmap
	m.heading(2, m.t("export.roadmap"))
	m.line(mdLine(rm.Intro))
	m.blank()
	if rm.Empty {
		return
	}
	m.timeline()
	m.matrix()
	for _, g := range rm.Horizons {
		if len(g.Items) == 0 {
			continue
		}
		m.heading(3, mdLine(g.Name))
		m.itemTable(g.Items, false)
		for _, it := range g.Items {
			m.initiative(it)
		}
	}
	if len(rm.SetAside) > 0 {
		m.heading(3, m.t("export.set_aside"))
		m.line(m.t("export.set_aside_intro"))
		m.blank()
		m.itemTable(rm.SetAside, true)
	}
}

// itemTable lists initiatives; brief leaves out owner, KPIs and status
// (the backlog and the set-aside list).
func (m *md) itemTable(items []item, brief bool) {
	var rows [][]string
	for _, it := range items {
		if brief {
			rows = append(rows, []string{strconv.Itoa(it.Number), mdLine(it.Title), mdLine(it.Dimension), mdLine(it.Horizon), mdLine(it.Quadrant)})
			continue
		}
		rows = append(rows, []string{strconv.Itoa(it.Number), mdLine(it.Title), mdLine(it.Dimension),
			strconv.Itoa(it.Impact), strconv.Itoa(it.Effort), mdLine(it.Quadrant), orDash(mdLine(it.Owner)),
			orDash(mdLine(strings.Join(it.KPIs, ", "))), mdLine(it.Status)})
	}
	if brief {
		m.table([]string{"#", m.t("export.col.initiative"), m.t("export.col.dimension"), m.t("export.col.horizon"), m.t("export.col.quadrant")}, "rllll", rows)
		return
	}
	m.table([]string{"#", m.t("export.col.initiative"), m.t("export.col.dimension"), m.t("term.impact"),
		m.t("term.effort"), m.t("export.col.quadrant"), m.t("export.col.owner"), m.t("term.kpis"),
		m.t("export.col.status")}, "rllrrllll", rows)
}

func (m *md) initiative(it item) {
	title := fmt.Sprintf("%d. %s", it.Number, mdLine(it.Title))
	m.heading(4, title)
	meta := []string{it.Quadrant, m.t("export.impact_effort", it.Impact, it.Effort), it.Status}
	if it.Owner != "" {
		meta = append(meta, m.t("export.owner_is", it.Owner))
	}
	if len(it.KPIs) > 0 {
		meta = append(meta, m.t("export.kpis_are", strings.Join(it.KPIs, ", ")))
	}
	m.line("*" + mdLine(strings.Join(meta, " · ")) + "*")
	m.blank()
	if d := mdText(it.Description); d != "" {
		m.line(d)
		m.blank()
	}
	if len(it.Evidence) == 0 {
		m.line("**" + m.t("term.evidence") + ":** " + m.t("export.no_evidence"))
		m.blank()
		return
	}
	m.line("**" + m.t("term.evidence") + ":**")
	m.blank()
	for _, e := range it.Evidence {
		m.line("- " + mdText(e))
	}
	m.blank()
}

// timeline draws the roadmap's horizons as a Mermaid timeline.
func (m *md) timeline() {
	var lines []string
	for _, g := range m.Roadmap.Horizons {
		if len(g.Items) == 0 {
			continue
		}
		period := "    " + mermaidText(g.Name, string(g.Key))
		for i, it := range g.Items {
			if i == timelineMax {
				lines = append(lines, "        : "+mermaidText(m.t("export.and_more", len(g.Items)-timelineMax), "…"))
				break
			}
			event := mermaidText(strconv.Itoa(it.Number)+". "+model.Shorten(it.Title, 50), strconv.Itoa(it.Number))
			if i == 0 {
				lines = append(lines, period+" : "+event)
			} else {
				lines = append(lines, "        : "+event)
			}
		}
	}
	if len(lines) == 0 {
		return
	}
	m.line("```mermaid")
	m.line("timeline")
	m.line("    title " + mermaidText(m.t("export.roadmap"), "Roadmap"))
	for _, l := range lines {
		m.line(l)
	}
	m.line("```")
	m.blank()
}

// matrix is the impact-effort matrix as a two-by-two table of the
// initiatives' numbers.
func (m *md) matrix() {
	cell := func(q model.Quadrant) string {
		var nums []string
		for _, it := range m.Roadmap.Matrix[q] {
			nums = append(nums, strconv.Itoa(it.Number))
		}
		if len(nums) == 0 {
			nums = []string{"—"}
		}
		return "**" + m.t("term.quadrants."+string(q)) + ":** " + strings.Join(nums, ", ")
	}
	m.line("**" + m.t("export.matrix") + "**")
	m.blank()
	m.table([]string{m.t("export.matrix_corner"), m.t("export.matrix_low_effort"), m.t("export.matrix_high_effort")}, "lll", [][]string{
		{"**" + m.t("export.matrix_high_impact") + "**", cell(model.QuickWin), cell(model.BigBet)},
		{"**" + m.t("export.matrix_low_impact") + "**", cell(model.FillIn), cell(model.MoneyPit)},
	})
}
