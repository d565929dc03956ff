package workshop

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

func (m *Model) required(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(m.c.T("form.name_required"))
	}
	return nil
}

func (m *Model) openEdit() tea.Cmd {
	// Values with control characters are cleaned as they are edited: an input
	// must never draw them.
	d := store.WorkshopDetails{Name: textsafe.Strip(m.w.Name), Client: textsafe.Strip(m.w.Client), Facilitator: textsafe.Strip(m.w.Facilitator), Language: m.w.Language}
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewInput().Title(m.c.T("form.name")).Value(&d.Name).Validate(m.required),
		huh.NewInput().Title(m.c.T("form.client")).Value(&d.Client),
		huh.NewInput().Title(m.c.T("form.facilitator")).Value(&d.Facilitator),
		huh.NewSelect[string]().Title(m.c.T("form.language")).Description(m.c.T("form.language_desc")).Value(&d.Language).Options(
			huh.NewOption("English", model.LangEN), huh.NewOption("Español", model.LangES)),
	).Title(m.c.T("workshop.edit_title")))
	// Each field is saved as it is typed, alone (a whole-row update
	// would put back what another window changed meanwhile).
	live := &common.Live{}
	orig := d
	for _, fd := range []struct {
		f         store.WorkshopField
		cur, open *string
	}{{store.WorkshopName, &d.Name, &orig.Name}, {store.WorkshopClient, &d.Client, &orig.Client},
		{store.WorkshopFacilitator, &d.Facilitator, &orig.Facilitator}, {store.WorkshopLanguage, &d.Language, &orig.Language}} {
		live.Field(func() string { return *fd.cur },
			func() error { return m.c.Store.SetWorkshopField(m.c.Ctx, m.id, fd.f, *fd.cur) },
			func() error { return m.c.Store.SetWorkshopField(m.c.Ctx, m.id, fd.f, *fd.open) })
	}
	return m.forms.OpenLive(f, live, func() tea.Cmd {
		return m.act(func() error { return nil }, m.c.T("workshop.saved"))
	})
}

// openParticipant adds a participant (p nil) or edits one.
func (m *Model) openParticipant(p *model.Participant) tea.Cmd {
	var name, role string
	title := m.c.T("workshop.add_title")
	if p != nil {
		name, role, title = textsafe.Strip(p.Name), textsafe.Strip(p.Role), m.c.T("workshop.edit_participant_title", p.Name)
	}
	// A new participant has no row to save into yet: a draft keeps what is
	// typed (filled in before the form is built, which reads the values).
	var draft *common.Live
	var done func()
	if p == nil {
		draft, done = common.DraftLive(m.c, "new-participant", m.id, map[string]*string{"name": &name, "role": &role})
	}
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewInput().Title(m.c.T("form.person_name")).Value(&name).Validate(m.required),
		huh.NewInput().Title(m.c.T("form.role")).Value(&role),
	).Title(title))
	if p == nil {
		return m.forms.OpenLive(f, draft, func() tea.Cmd {
			return m.act(func() error {
				if _, err := m.c.Store.AddParticipant(m.c.Ctx, m.id, name, role); err != nil {
					return err
				}
				done()
				return nil
			}, m.c.T("workshop.participant_added", strings.TrimSpace(name)))
		})
	}
	// An existing participant: each field saved as it is typed, alone.
	live := &common.Live{}
	id, openName, openRole := p.ID, name, role
	live.Field(func() string { return name },
		func() error { return m.c.Store.SetParticipantField(m.c.Ctx, id, store.ParticipantName, name) },
		func() error { return m.c.Store.SetParticipantField(m.c.Ctx, id, store.ParticipantName, openName) })
	live.Field(func() string { return role },
		func() error { return m.c.Store.SetParticipantField(m.c.Ctx, id, store.ParticipantRole, role) },
		func() error { return m.c.Store.SetParticipantField(m.c.Ctx, id, store.ParticipantRole, openRole) })
	return m.forms.OpenLive(f, live, func() tea.Cmd {
		return m.act(func() error { return nil }, m.c.T("workshop.saved"))
	})
}

func (m *Model) openRemove(p model.Participant) tea.Cmd {
	var yes bool
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewConfirm().Title(m.c.T("workshop.remove_title", p.Name)).Description(m.c.T("workshop.remove_desc")).
			Affirmative(m.c.T("form.delete")).Negative(m.c.T("form.keep")).Value(&yes),
	))
	return m.forms.Open(f, func() tea.Cmd {
		if !yes {
			return nil
		}
		return m.act(func() error { return m.c.Store.DeleteParticipant(m.c.Ctx, p.ID) }, m.c.T("workshop.participant_removed", p.Name))
	})
}
