package roadmap

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/cxmap/cxmap/export"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

func scale() []huh.Option[string] {
	var o []huh.Option[string]
	for i := 1; i <= 5; i++ {
		o = append(o, huh.NewOption(strconv.Itoa(i), strconv.Itoa(i)))
	}
	return o
}

// openEdit edits an initiative, or adds one when in.ID is 0.
func (m *Model) openEdit(in model.Initiative) tea.Cmd {
	lang := m.c.Cat.Lang()
	// Values with control characters are cleaned as they are edited.
	title, desc, owner := textsafe.Strip(in.Title), textsafe.StripText(in.Description), textsafe.Strip(in.Owner)
	kpis := textsafe.Strip(strings.Join(in.KPIs, ", "))
	horizon, status, dim := string(in.Horizon), string(in.Status), in.DimensionID
	impact, effort := strconv.Itoa(in.Impact), strconv.Itoa(in.Effort)
	horizons := []huh.Option[string]{}
	for _, h := range model.Horizons {
		horizons = append(horizons, huh.NewOption(m.c.T("term.horizon."+string(h)), string(h)))
	}
	statuses := []huh.Option[string]{}
	for _, s := range []model.Status{model.StatusProposed, model.StatusAccepted, model.StatusRejected} {
		statuses = append(statuses, huh.NewOption(m.c.T("term.status."+string(s)), string(s)))
	}
	dims := []huh.Option[string]{huh.NewOption(m.c.T("rm.no_dimension"), "")}
	for _, d := range m.b.Assessment.Dimensions {
		dims = append(dims, huh.NewOption(textsafe.Line(d.Name.In(lang)), d.ID))
	}
	var evidence []string
	for _, e := range in.Evidence {
		if e.Kind == model.EvidenceQuestion {
			evidence = append(evidence, e.QuestionID)
		}
	}
	heading := m.c.T("rm.edit_title")
	if in.ID == 0 {
		heading = m.c.T("rm.new_title")
	}
	f := common.NewForm(m.c, m.width, m.height,
		huh.NewGroup(
			huh.NewInput().Title(m.c.T("rm.f.title")).Value(&title).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return errors.New(m.c.T("rm.f.title_required"))
				}
				return nil
			}),
			huh.NewText().Title(m.c.T("rm.f.description")).Value(&desc).Lines(4),
			huh.NewInput().Title(m.c.T("rm.f.owner")).Value(&owner),
			huh.NewInput().Title(m.c.T("term.kpis")).Description(m.c.T("rm.f.kpis_hint")).Value(&kpis),
		).Title(heading),
		huh.NewGroup(
			huh.NewSelect[string]().Title(m.c.T("rm.f.horizon")).Options(horizons...).Value(&horizon),
			huh.NewSelect[string]().Title(m.c.T("rm.f.impact")).Options(scale()...).Value(&impact).Inline(true),
			huh.NewSelect[string]().Title(m.c.T("rm.f.effort")).Options(scale()...).Value(&effort).Inline(true),
			huh.NewSelect[string]().Title(m.c.T("rm.f.status")).Options(statuses...).Value(&status),
			huh.NewSelect[string]().Title(m.c.T("rm.f.dimension")).Options(dims...).Value(&dim),
		).Title(heading),
		huh.NewGroup(
			huh.NewMultiSelect[string]().Title(m.c.T("rm.f.evidence")).Description(m.c.T("rm.f.evidence_hint")).
				Options(m.questionOptions()...).Value(&evidence).Filterable(true).Height(max(m.height-8, 5)),
		).Title(heading),
	)
	// Saved field by field as it is edited; a new initiative is stored as
	// soon as it has a title, so quitting loses nothing typed. esc puts
	// back the values it opened with, or removes the new one.
	id := in.ID
	gather := func() model.Initiative {
		out := in
		out.Title, out.Description, out.Owner = strings.TrimSpace(title), strings.TrimSpace(desc), strings.TrimSpace(owner)
		out.KPIs = splitList(kpis)
		out.Horizon, out.Status, out.DimensionID = model.Horizon(horizon), model.Status(status), dim
		out.Impact, _ = strconv.Atoi(impact)
		out.Effort, _ = strconv.Atoi(effort)
		out.Evidence = m.withQuestionEvidence(in.Evidence, evidence)
		return out
	}
	live := &common.Live{}
	// ensure stores a new initiative once it has a title.
	ensure := func() (created bool, err error) {
		if id != 0 {
			return false, nil
		}
		if strings.TrimSpace(title) == "" {
			return false, errors.New(m.c.T("rm.f.title_required"))
		}
		saved, err := m.c.Store.SaveInitiative(m.c.Ctx, m.id, gather(), true)
		if err != nil {
			return false, err
		}
		id = saved.ID
		live.MarkSaved()
		return true, nil
	}
	add := func(f store.InitiativeField, cur func() string, value func(string) any) {
		open := cur()
		live.Field(cur,
			func() error {
				if created, err := ensure(); created || err != nil {
					return err
				}
				return m.c.Store.SetInitiativeField(m.c.Ctx, id, f, value(cur()), true)
			},
			func() error { return m.c.Store.SetInitiativeField(m.c.Ctx, id, f, value(open), true) })
	}
	if in.ID == 0 {
		live.OnCancel(func() error {
			if id == 0 {
				return nil
			}
			return m.c.Store.DeleteInitiative(m.c.Ctx, id)
		})
	}
	text := func(s string) any { return strings.TrimSpace(s) }
	number := func(s string) any { n, _ := strconv.Atoi(s); return n }
	add(store.FieldTitle, func() string { return title }, text)
	add(store.FieldDescription, func() string { return desc }, text)
	add(store.FieldOwner, func() string { return owner }, text)
	add(store.FieldKPIs, func() string { return kpis }, func(s string) any { return nonNil(splitList(s)) })
	add(store.FieldHorizon, func() string { return horizon }, func(s string) any { return model.Horizon(s) })
	add(store.FieldImpact, func() string { return impact }, number)
	add(store.FieldEffort, func() string { return effort }, number)
	add(store.FieldStatus, func() string { return status }, func(s string) any { return model.Status(s) })
	add(store.FieldDimension, func() string { return dim }, func(s string) any { return s })
	openEvidence := in.Evidence
	add(store.FieldEvidence, func() string { return strings.Join(evidence, "\x00") }, func(s string) any {
		var ids []string
		if s != "" {
			ids = strings.Split(s, "\x00")
		}
		return nonNil(m.withQuestionEvidence(openEvidence, ids))
	})
	return m.forms.OpenLive(f, live, func() tea.Cmd { return m.reload(id, nil) })
}

// nonNil stores an empty list as [], not null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// questionOptions offers every answered question as evidence, with its
// score, so the consultant can tie an initiative to what the client said.
func (m *Model) questionOptions() []huh.Option[string] {
	lang := m.c.Cat.Lang()
	var opts []huh.Option[string]
	for _, d := range m.b.Assessment.Dimensions {
		for _, q := range d.Questions {
			r, ok := m.b.Results.Questions[q.ID]
			if !ok || !r.HasScore {
				continue
			}
			label := m.c.Cat.Score(r.Score) + "  " + model.Shorten(textsafe.Line(q.Text.In(lang)), 54)
			opts = append(opts, huh.NewOption(label, q.ID))
		}
	}
	return opts
}

// withQuestionEvidence replaces the question evidence of an initiative by
// the chosen questions, with their scores and notes now; other evidence
// (journey cells, disagreements) stays.
func (m *Model) withQuestionEvidence(old []model.Evidence, ids []string) []model.Evidence {
	var out []model.Evidence
	for _, e := range old {
		if e.Kind != model.EvidenceQuestion {
			out = append(out, e)
		}
	}
	for _, id := range ids {
		r := m.b.Results.Questions[id]
		e := model.Evidence{Kind: model.EvidenceQuestion, QuestionID: id, Score: r.Score}
		for _, n := range r.Notes {
			who := m.c.T("q.consensus")
			if p, ok := m.b.Participant(n.ParticipantID); ok {
				who = p.Name
			}
			e.Notes = append(e.Notes, who+": "+n.Note)
		}
		out = append(out, e)
	}
	return out
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (m *Model) openDelete(in model.Initiative) tea.Cmd {
	var yes bool
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewConfirm().Title(m.c.T("rm.delete_title", in.Title)).Description(m.c.T("rm.delete_desc")).
			Affirmative(m.c.T("form.delete")).Negative(m.c.T("form.keep")).Value(&yes),
	))
	return m.forms.Open(f, func() tea.Cmd {
		if !yes {
			return nil
		}
		return m.remove(in)
	})
}

// Compiled on first use, not at start-up (see bench/startup).
var unsafeName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[^\p{L}\p{N}]+`) })

// openExport asks for a format and a file, then writes the export there.
func (m *Model) openExport() tea.Cmd {
	format := "md"
	base := strings.Trim(unsafeName().ReplaceAllString(strings.ToLower(m.b.Workshop.Name), "-"), "-")
	if base == "" {
		base = "workshop"
	}
	// Empty means the workshop's name with the chosen format's extension
	// (.md, .json, .csv), so a CSV is never named .md.
	path := ""
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewSelect[string]().Title(m.c.T("rm.export_format")).Options(
			huh.NewOption("Markdown (.md)", "md"), huh.NewOption(m.c.T("rm.export_html"), "html"), huh.NewOption("JSON (.json)", "json"),
			huh.NewOption(m.c.T("rm.export_csv_answers"), "csv"), huh.NewOption(m.c.T("rm.export_csv_initiatives"), "csv-initiatives"),
		).Value(&format),
		huh.NewInput().Title(m.c.T("rm.export_path")).Value(&path).CharLimit(500).
			PlaceholderFunc(func() string { return base + exportExt(format) }, &format),
	).Title(m.c.T("rm.export_title")))
	return m.forms.Open(f, func() tea.Cmd {
		path = strings.TrimSpace(path)
		if path == "" {
			path = filepath.Join(".", base+exportExt(format))
		}
		if _, err := os.Stat(path); err == nil {
			return m.confirmOverwrite(format, path)
		}
		return m.exportTo(format, path)
	})
}

func exportExt(format string) string {
	return map[string]string{"md": ".md", "html": ".html", "json": ".json", "csv": ".csv", "csv-initiatives": ".csv"}[format]
}

// confirmRegenerate asks before proposing the roadmap again from the
// answers (edits and decisions are kept, but new proposals appear and
// untouched ones may go).
func (m *Model) confirmRegenerate() tea.Cmd {
	var yes bool
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewConfirm().Title(m.c.T("rm.regenerate_title")).Description(m.c.T("rm.regenerate_desc")).
			Affirmative(m.c.T("rm.regenerate")).Negative(m.c.T("key.cancel")).Value(&yes),
	))
	return m.forms.Open(f, func() tea.Cmd {
		if !yes {
			return nil
		}
		return m.regenerate()
	})
}

// confirmOverwrite asks before an export replaces an existing file.
func (m *Model) confirmOverwrite(format, path string) tea.Cmd {
	var yes bool
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewConfirm().Title(m.c.T("rm.overwrite_title", path)).
			Affirmative(m.c.T("rm.overwrite")).Negative(m.c.T("key.cancel")).Value(&yes),
	))
	return m.forms.Open(f, func() tea.Cmd {
		if !yes {
			return nil
		}
		return m.exportTo(format, path)
	})
}

func (m *Model) exportTo(format, path string) tea.Cmd {
	b, err := m.c.Store.LoadReport(m.c.Ctx, m.id)
	if err != nil {
		return common.Err(err)
	}
	b.GeneratedAt = time.Now()
	// The report is in the workshop's language, whatever the interface's.
	lang := b.Workshop.Language
	if lang == "" {
		lang = m.c.Cat.Lang()
	}
	err = export.WriteFile(path, func(w io.Writer) error {
		switch format {
		case "json":
			return export.WriteJSON(w, b)
		case "csv":
			return export.WriteCSV(w, b, lang, export.CSVAnswers)
		case "csv-initiatives":
			return export.WriteCSV(w, b, lang, export.CSVInitiatives)
		case "html":
			return export.WriteHTML(w, b, lang, export.Options{})
		}
		return export.WriteMarkdown(w, b, lang)
	})
	if err != nil {
		return common.Err(err)
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return common.Cmd(common.StatusMsg{Text: m.c.T("rm.exported", path)})
}
