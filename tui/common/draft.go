package common

import (
	"encoding/json"
	"sort"
)

// DraftLive keeps the fields of a form that creates something in the
// store as they are typed (a new workshop, participant or journey map has
// no row to save into yet), so a crash or a closed terminal loses nothing:
// the form opens again with what was typed. fields maps each field's name
// to the form's value; a stored draft fills them before the form is built.
// Cancelling the form forgets the draft; done forgets it after the thing
// was created.
func DraftLive(c *Context, form string, workshopID int64, fields map[string]*string) (live *Live, done func()) {
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	sort.Strings(names)
	snapshot := func() map[string]string {
		m := make(map[string]string, len(fields))
		for _, name := range names {
			m[name] = *fields[name]
		}
		return m
	}
	text := func() string {
		b, _ := json.Marshal(snapshot()) // map keys are sorted: equal values, equal text
		return string(b)
	}
	forget := func() error { return c.Store.DeleteDraft(c.Ctx, form, workshopID) }
	live = &Live{}
	live.Field(text, func() error { return c.Store.SaveDraft(c.Ctx, form, workshopID, snapshot()) }, forget)
	live.OnCancel(forget)
	// Filled after the field is registered: the form "opens" with its
	// defaults, so esc over a restored draft asks before discarding it.
	if stored, err := c.Store.Draft(c.Ctx, form, workshopID); err == nil {
		for name, v := range stored {
			if p := fields[name]; p != nil {
				*p = v
			}
		}
	}
	return live, func() { _ = forget() }
}
