package journey

import (
	"errors"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

func (m *List) required(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(m.c.T("form.name_required"))
	}
	return nil
}

func (m *List) kindSelect(v *model.JourneyKind) *huh.Select[model.JourneyKind] {
	return huh.NewSelect[model.JourneyKind]().Title(m.c.T("journey.form_kind")).Value(v).Options(
		huh.NewOption(kindLabel(m.c, model.CustomerJourney), model.CustomerJourney),
		huh.NewOption(kindLabel(m.c, model.EmployeeJourney), model.EmployeeJourney))
}

func (m *List) stateSelect(v *model.JourneyState) *huh.Select[model.JourneyState] {
	return huh.NewSelect[model.JourneyState]().Title(m.c.T("journey.form_state")).Value(v).Options(
		huh.NewOption(stateLabel(m.c, model.CurrentState), model.CurrentState),
		huh.NewOption(stateLabel(m.c, model.FutureState), model.FutureState))
}

// openCreate asks for a new journey; it starts with the default lanes and
// three stages (before, during, after) to rename.
func (m *List) openCreate() tea.Cmd {
	nj := &store.NewJourney{Kind: model.CustomerJourney, State: model.CurrentState}
	live, done := common.DraftLive(m.c, "new-journey", m.workshopID, map[string]*string{
		"name": &nj.Name, "persona": &nj.Persona, "kind": (*string)(&nj.Kind), "state": (*string)(&nj.State)})
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewInput().Title(m.c.T("form.name")).Placeholder(m.c.T("journey.name_placeholder")).Value(&nj.Name).Validate(m.required),
		huh.NewInput().Title(m.c.T("journey.form_persona")).Placeholder(m.c.T("journey.persona_placeholder")).Value(&nj.Persona),
		m.kindSelect(&nj.Kind),
		m.stateSelect(&nj.State),
	).Title(m.c.T("journey.new_title")))
	return m.forms.OpenLive(f, live, func() tea.Cmd {
		nj.Stages = []string{m.c.T("journey.default_stage_1"), m.c.T("journey.default_stage_2"), m.c.T("journey.default_stage_3")}
		return func() tea.Msg {
			j, err := m.c.Store.CreateJourney(m.c.Ctx, m.workshopID, *nj)
			if err != nil {
				return common.ErrMsg{Err: err}
			}
			done()
			return tea.BatchMsg{m.load(j.ID), common.Cmd(common.NavigateMsg{To: common.JourneyScreen, WorkshopID: m.workshopID, ItemID: j.ID})}
		}
	})
}

func meta(j store.JourneySummary) store.JourneyMeta {
	return store.JourneyMeta{Name: textsafe.Strip(j.Name), Persona: textsafe.Strip(j.Persona), Kind: j.Kind, State: j.State, Status: j.Status}
}

func (m *List) openRename(j store.JourneySummary) tea.Cmd {
	d := meta(j)
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewInput().Title(m.c.T("journey.rename_title", j.Name)).Value(&d.Name).Validate(m.required),
	))
	return m.forms.OpenLive(f, m.liveMeta(j, &d), func() tea.Cmd {
		return m.act(func() (int64, error) { return j.ID, nil },
			func() string { return m.c.T("journey.renamed", strings.TrimSpace(d.Name)) })
	})
}

func (m *List) openDetails(j store.JourneySummary) tea.Cmd {
	d := meta(j)
	opts := make([]huh.Option[string], 0, len(statuses)+1)
	known := false
	for _, s := range statuses {
		opts = append(opts, huh.NewOption(statusLabel(m.c, s), s))
		known = known || s == d.Status
	}
	if !known && d.Status != "" {
		opts = append(opts, huh.NewOption(statusLabel(m.c, d.Status), d.Status))
	}
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewInput().Title(m.c.T("form.name")).Value(&d.Name).Validate(m.required),
		huh.NewInput().Title(m.c.T("journey.form_persona")).Value(&d.Persona),
		m.kindSelect(&d.Kind),
		m.stateSelect(&d.State),
		huh.NewSelect[string]().Title(m.c.T("journey.form_status")).Value(&d.Status).Options(opts...),
	).Title(m.c.T("journey.details_title")))
	return m.forms.OpenLive(f, m.liveMeta(j, &d), func() tea.Cmd {
		return m.act(func() (int64, error) { return j.ID, nil },
			func() string { return m.c.T("journey.saved") })
	})
}

// liveMeta saves each detail of a journey as it changes, alone.
func (m *List) liveMeta(j store.JourneySummary, d *store.JourneyMeta) *common.Live {
	live := &common.Live{}
	orig := *d
	add := func(f store.JourneyField, cur func() string, open string) {
		live.Field(cur,
			func() error { return m.c.Store.SetJourneyField(m.c.Ctx, j.ID, f, cur()) },
			func() error { return m.c.Store.SetJourneyField(m.c.Ctx, j.ID, f, open) })
	}
	add(store.JourneyName, func() string { return d.Name }, orig.Name)
	add(store.JourneyPersona, func() string { return d.Persona }, orig.Persona)
	add(store.JourneyKind, func() string { return string(d.Kind) }, string(orig.Kind))
	add(store.JourneyState, func() string { return string(d.State) }, string(orig.State))
	add(store.JourneyStatus, func() string { return d.Status }, orig.Status)
	return live
}

// openDuplicate copies a journey as its future state, linked to it.
func (m *List) openDuplicate(j store.JourneySummary) tea.Cmd {
	name := m.c.T("journey.future_of", j.Name)
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewInput().Title(m.c.T("journey.duplicate_title", j.Name)).Description(m.c.T("journey.duplicate_desc")).
			Value(&name).Validate(m.required),
	))
	return m.forms.Open(f, func() tea.Cmd {
		return m.act(func() (int64, error) { return m.c.Store.DuplicateJourney(m.c.Ctx, j.ID, name) },
			func() string { return m.c.T("journey.duplicated", strings.TrimSpace(name)) })
	})
}

func (m *List) openDelete(j store.JourneySummary) tea.Cmd {
	var yes bool
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewConfirm().Title(m.c.T("journey.delete_title", j.Name)).
			Description(m.c.T("journey.delete_desc", m.c.Cat.N("n.stages", j.StageCount), m.c.Cat.N("n.lanes", j.LaneCount))).
			Affirmative(m.c.T("form.delete")).Negative(m.c.T("form.keep")).Value(&yes),
	))
	return m.forms.Open(f, func() tea.Cmd {
		if !yes {
			return nil
		}
		return m.act(func() (int64, error) { return 0, m.c.Store.DeleteJourney(m.c.Ctx, j.ID) },
			func() string { return m.c.T("journey.deleted", j.Name) })
	})
}
