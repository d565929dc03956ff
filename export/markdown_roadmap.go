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

func (m *md) roadmapSection() {
	m.heading(2, m.t("export.roadmap"))
	byHorizon, rejected := m.roadmap()
	total, accepted := 0, 0
	for _, h := range model.Horizons {
		total += len(byHorizon[h])
		for _, it := range byHorizon[h] {
			if it.Status == model.StatusAccepted {
				accepted++
			}
		}
	}
	if total == 0 && len(rejected) == 0 {
		m.line(m.t("export.no_roadmap"))
		m.buf.WriteByte('\n')
		return
	}
	m.line(m.t("export.roadmap_intro", total, len(byHorizon[model.HorizonNow]), len(byHorizon[model.HorizonNext]),
		len(byHorizon[model.HorizonLater]), accepted))
	m.buf.WriteByte('\n')
	m.timeline(byHorizon)
	for _, h := range model.Horizons {
		items := byHorizon[h]
		if len(items) == 0 {
			continue
		}
		m.heading(3, m.horizon(h))
		var rows [][]string
		for _, it := range items {
			rows = append(rows, []string{strconv.Itoa(it.Number), mdLine(it.Title), m.dimCell(it.Initiative),
				strconv.Itoa(it.Impact), strconv.Itoa(it.Effort), m.quadrant(it.Initiative), orDash(mdLine(it.Owner)),
				orDash(mdLine(strings.Join(it.KPIs, ", "))), m.status(it.Status)})
		}
		m.table([]string{"#", m.t("export.col.initiative"), m.t("export.col.dimension"), m.t("export.col.impact"),
			m.t("export.col.effort"), m.t("export.col.quadrant"), m.t("export.col.owner"), m.t("export.col.kpis"),
			m.t("export.col.status")}, "rllrrllll", rows)
		for _, it := range items {
			m.initiative(it)
		}
	}
	if len(rejected) > 0 {
		m.heading(3, m.t("export.set_aside"))
		m.line(m.t("export.set_aside_intro"))
		m.buf.WriteByte('\n')
		var rows [][]string
		for _, it := range rejected {
			rows = append(rows, []string{strconv.Itoa(it.Number), mdLine(it.Title), m.dimCell(it.Initiative), m.horizon(it.Horizon)})
		}
		m.table([]string{"#", m.t("export.col.initiative"), m.t("export.col.dimension"), m.t("export.col.horizon")}, "rlll", rows)
	}
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func (m *md) dimCell(in model.Initiative) string {
	if in.DimensionID == "" {
		for _, e := range in.Evidence {
			if e.Kind == model.EvidenceJourneyCell {
				return m.t("export.journey")
			}
		}
		return "—"
	}
	return mdLine(m.dimName(in.DimensionID))
}

func (m *md) initiative(it roadmapItem) {
	m.heading(4, fmt.Sprintf("%d. %s", it.Number, mdLine(it.Title)))
	meta := []string{m.quadrant(it.Initiative), m.t("export.impact_effort", it.Impact, it.Effort), m.status(it.Status)}
	if o := strings.TrimSpace(it.Owner); o != "" {
		meta = append(meta, m.t("export.owner_is", mdLine(o)))
	}
	if len(it.KPIs) > 0 {
		meta = append(meta, m.t("export.kpis_are", mdLine(strings.Join(it.KPIs, ", "))))
	}
	m.line("*" + strings.Join(meta, " · ") + "*")
	m.buf.WriteByte('\n')
	if d := mdText(it.Description); d != "" {
		m.line(d)
		m.buf.WriteByte('\n')
	}
	if len(it.Evidence) == 0 {
		m.line("**" + m.t("export.evidence") + "** " + m.t("export.no_evidence"))
		m.buf.WriteByte('\n')
		return
	}
	m.line("**" + m.t("export.evidence") + "**")
	m.buf.WriteByte('\n')
	for _, e := range it.Evidence {
		m.line("- " + m.evidenceMD(e, 0))
	}
	m.buf.WriteByte('\n')
}

// evidenceMD is one piece of evidence as Markdown; short > 0 shortens its
// texts to about that many characters (for the summary).
func (m *md) evidenceMD(e model.Evidence, short int) string {
	text := mdText
	if short > 0 {
		text = func(s string) string { return mdLine(model.Shorten(s, short)) }
	}
	return m.evidence(e, text, mdCode)
}

// evidencePlain is one piece of evidence as plain text (for CSV).
func (v *view) evidencePlain(e model.Evidence) string {
	plain := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	return v.evidence(e, plain, plain)
}

// evidence renders e with text escaping user text and code an id:
// "Q strategy.vision “Is there…”: 1.5 — Ana: note",
// "Journey “Compra online”, stage “Pago”, pain point (observed): …".
func (v *view) evidence(e model.Evidence, text, code func(string) string) string {
	var s string
	switch e.Kind {
	case model.EvidenceQuestion, model.EvidenceDisagreement:
		q := text(model.Shorten(v.questionText(e.QuestionID), 60))
		if e.Kind == model.EvidenceQuestion {
			s = v.t("export.ev.question", code(e.QuestionID), q, v.score(e.Score))
		} else {
			s = v.t("export.ev.disagreement", code(e.QuestionID), q, e.Spread)
		}
		notes := make([]string, 0, len(e.Notes))
		for _, n := range e.Notes {
			if n = text(n); n != "" {
				notes = append(notes, n)
			}
		}
		if len(notes) > 0 {
			s += " — " + strings.Join(notes, " · ")
		}
	case model.EvidenceJourneyCell:
		var what string
		switch {
		case e.LaneKind == string(model.LaneEmotion) && e.Emotion != nil:
			what = v.t("export.ev.emotion", signed(*e.Emotion))
		case e.LaneKind == string(model.LanePain):
			what = v.t("export.ev.pain")
		case e.LaneKind == string(model.LaneMoment):
			what = v.t("export.ev.moment")
		default:
			what = v.laneName(model.Lane{Kind: model.LaneKind(e.LaneKind)})
		}
		mark := v.t("export.assumed")
		if e.Observed {
			mark = v.t("export.observed")
		}
		s = v.t("export.ev.journey", text(e.JourneyName), text(e.StageName), what, mark)
		if t := text(e.Text); t != "" {
			s += ": " + t
		}
	default:
		s = text(e.Text)
	}
	return s
}

// timeline draws the roadmap's horizons as a Mermaid timeline.
func (m *md) timeline(byHorizon map[model.Horizon][]roadmapItem) {
	var lines []string
	for _, h := range model.Horizons {
		items := byHorizon[h]
		if len(items) == 0 {
			continue
		}
		period := "    " + mermaidText(m.horizon(h), string(h))
		for i, it := range items {
			if i == timelineMax {
				lines = append(lines, "        : "+mermaidText(m.t("export.and_more", len(items)-timelineMax), "…"))
				break
			}
			event := mermaidText(model.Shorten(it.Title, 50), strconv.Itoa(it.Number))
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
	m.buf.WriteByte('\n')
}
