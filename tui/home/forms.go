package home

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/common"
)

type createValues struct {
	name, client, facilitator, lang, model string
}

func (m *Model) openCreate() tea.Cmd {
	entries, err := assessments.List(m.c.ConfigDir)
	if err != nil {
		return common.Err(err)
	}
	lang := m.c.Cat.Lang()
	var opts []huh.Option[string]
	for _, e := range entries {
		if e.Err != nil {
			continue
		}
		label := fmt.Sprintf("%s — %s (%d)", e.ID, textsafe.Line(e.Assessment.Name.In(lang)), e.Assessment.QuestionCount())
		opts = append(opts, huh.NewOption(label, e.ID))
	}
	v := &createValues{lang: lang, model: "cx-maturity"}
	live, done := common.DraftLive(m.c, "new-workshop", 0, map[string]*string{
		"name": &v.name, "client": &v.client, "facilitator": &v.facilitator, "language": &v.lang, "assessment": &v.model})
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewInput().Title(m.c.T("form.name")).Value(&v.name).Validate(m.nameFree(0)),
		huh.NewInput().Title(m.c.T("form.client")).Value(&v.client),
		huh.NewInput().Title(m.c.T("form.facilitator")).Value(&v.facilitator),
		huh.NewSelect[string]().Title(m.c.T("form.language")).Description(m.c.T("form.language_desc")).Value(&v.lang).Options(
			huh.NewOption("English", model.LangEN), huh.NewOption("Español", model.LangES)),
		huh.NewSelect[string]().Title(m.c.T("form.assessment")).Value(&v.model).Options(opts...),
	).Title(m.c.T("home.new_title")))
	return m.forms.OpenLive(f, live, func() tea.Cmd { return m.create(*v, done) })
}

// create stores the new workshop, then forgets the form's draft.
func (m *Model) create(v createValues, done func()) tea.Cmd {
	return func() tea.Msg {
		a, err := assessments.LoadFrom(v.model, m.c.ConfigDir)
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		w, err := m.c.Store.CreateWorkshop(m.c.Ctx, store.NewWorkshop{
			Name: v.name, Client: v.client, Facilitator: v.facilitator, Language: v.lang, Assessment: a})
		if err != nil {
			return common.ErrMsg{Err: err}
		}
		done()
		return common.NavigateMsg{To: common.WorkshopScreen, WorkshopID: w.ID}
	}
}

func (m *Model) openRename(w model.Workshop) tea.Cmd {
	name := textsafe.Strip(w.Name)
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewInput().Title(m.c.T("home.rename_title", w.Name)).Value(&name).Validate(m.nameFree(w.ID)),
	))
	return m.forms.Open(f, func() tea.Cmd {
		return m.act(w.ID, func() error { return m.c.Store.RenameWorkshop(m.c.Ctx, w.ID, name) }, m.c.T("home.renamed", name))
	})
}

func (m *Model) openDuplicate(w model.Workshop) tea.Cmd {
	return m.openCopy(w, "home.copy_of", "home.duplicate_title", "home.duplicate_desc", m.c.Store.DuplicateWorkshop)
}

// openRound starts a re-assessment: a new round with empty answers,
// the previous round's shown beside each question.
func (m *Model) openRound(w model.Workshop) tea.Cmd {
	return m.openCopy(w, "home.round_of", "home.round_title", "home.round_desc", m.c.Store.StartRound)
}

// openCopy asks for the name of a new workshop made from w (a duplicate
// or a new round), then makes it with makeCopy and selects it.
func (m *Model) openCopy(w model.Workshop, nameKey, titleKey, descKey string,
	makeCopy func(ctx context.Context, id int64, name string) (int64, error)) tea.Cmd {
	name := m.c.T(nameKey, w.Name)
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewInput().Title(m.c.T(titleKey, w.Name)).Description(m.c.T(descKey)).
			Value(&name).Validate(m.nameFree(0)),
	))
	return m.forms.Open(f, func() tea.Cmd {
		return func() tea.Msg {
			id, err := makeCopy(m.c.Ctx, w.ID, name)
			if err != nil {
				return common.ErrMsg{Err: err}
			}
			return m.reloadAndSay(id, m.c.T("home.duplicated", name))()
		}
	})
}

func (m *Model) openDelete(w model.WorkshopSummary) tea.Cmd {
	var yes bool
	f := common.NewForm(m.c, m.width, m.height, huh.NewGroup(
		huh.NewConfirm().Title(m.c.T("home.delete_title", w.Name)).
			Description(m.c.T("home.delete_desc", w.Answered, w.Participants)).
			Affirmative(m.c.T("form.delete")).Negative(m.c.T("form.keep")).Value(&yes),
	))
	return m.forms.Open(f, func() tea.Cmd {
		if !yes {
			return nil
		}
		return m.act(0, func() error { return m.c.Store.DeleteWorkshop(m.c.Ctx, w.ID) }, m.c.T("home.deleted", w.Name))
	})
}

// act runs a store action, then reloads the list and reports done.
func (m *Model) act(selectID int64, do func() error, done string) tea.Cmd {
	return func() tea.Msg {
		if err := do(); err != nil {
			return common.ErrMsg{Err: err}
		}
		return m.reloadAndSay(selectID, done)()
	}
}

func (m *Model) reloadAndSay(selectID int64, done string) tea.Cmd {
	return func() tea.Msg {
		return tea.BatchMsg{m.load(selectID), common.Cmd(common.StatusMsg{Text: done})}
	}
}
