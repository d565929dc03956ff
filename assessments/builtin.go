package assessments

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/cxmap/cxmap/model"
)

// The built-in models: every *.yaml file next to this one (drafts/ and
// testdata/ are not included).
//
//go:embed *.yaml
var builtinFS embed.FS

var builtin struct {
	once sync.Once
	list []*model.Assessment // sorted by id
	err  error
}

func loadBuiltin() ([]*model.Assessment, error) {
	builtin.once.Do(func() {
		builtin.list, builtin.err = parseSet(builtinFS, ".")
	})
	return builtin.list, builtin.err
}

// Builtin returns the built-in models sorted by id. They are parsed once;
// each call returns fresh copies the caller may change.
func Builtin() ([]*model.Assessment, error) {
	list, err := loadBuiltin()
	if err != nil {
		return nil, err
	}
	out := make([]*model.Assessment, len(list))
	for i, a := range list {
		out[i] = Clone(a)
	}
	return out, nil
}

// BuiltinIDs returns the ids of the built-in models, sorted.
func BuiltinIDs() []string {
	list, _ := loadBuiltin()
	return ids(list)
}

// Get returns a copy of the built-in model with id.
func Get(id string) (*model.Assessment, error) {
	a, all, err := builtinByID(id)
	if err != nil {
		return nil, err
	}
	if a == nil {
		return nil, fmt.Errorf("unknown assessment %q (built-in: %s)", id, strings.Join(all, ", "))
	}
	return Clone(a), nil
}

// builtinByID returns the shared built-in model with id (nil if none) and
// all built-in ids.
func builtinByID(id string) (*model.Assessment, []string, error) {
	list, err := loadBuiltin()
	if err != nil {
		return nil, nil, err
	}
	for _, a := range list {
		if a.ID == id {
			return a, ids(list), nil
		}
	}
	return nil, ids(list), nil
}

func ids(list []*model.Assessment) []string {
	out := make([]string, len(list))
	for i, a := range list {
		out[i] = a.ID
	}
	return out
}

// parseSet parses every *.yaml file in dir of fsys as one set of models
// whose recommendations_from refer to each other, and returns them sorted
// by id. Any error in any file fails the whole set.
func parseSet(fsys fs.FS, dir string) ([]*model.Assessment, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	byID := map[string]*model.Assessment{}
	refs := map[string]*fromRef{}
	parsers := map[string]*parser{}
	fileOf := map[string]string{}
	var all []*parser
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		a, ref, p := parse(name, data)
		all = append(all, p)
		if a == nil || a.ID == "" {
			continue
		}
		if first, dup := fileOf[a.ID]; dup {
			p.add(pos{1, 1}, "model id %q is also used by %s", a.ID, first)
			continue
		}
		fileOf[a.ID] = name
		byID[a.ID], parsers[a.ID] = a, p
		if ref != nil {
			refs[a.ID] = ref
		} else {
			p.coversWithoutSource()
		}
	}
	resolveFrom(byID, refs, parsers)
	var es Errors
	for _, p := range all {
		es = append(es, p.found...)
	}
	if len(es) > 0 {
		return nil, es.sort()
	}
	list := make([]*model.Assessment, 0, len(byID))
	for _, a := range byID {
		list = append(list, a)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
	return list, nil
}

// Clone returns a deep copy of a.
func Clone(a *model.Assessment) *model.Assessment {
	if a == nil {
		return nil
	}
	c := *a
	c.Languages = slices.Clone(a.Languages)
	c.Name = cloneText(a.Name)
	c.Description = cloneText(a.Description)
	c.Levels = slices.Clone(a.Levels)
	for i, l := range c.Levels {
		c.Levels[i] = model.Level{Name: cloneText(l.Name), Summary: cloneText(l.Summary)}
	}
	c.Dimensions = slices.Clone(a.Dimensions)
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		d.Name = cloneText(d.Name)
		d.Description = cloneText(d.Description)
		d.Questions = slices.Clone(d.Questions)
		for j := range d.Questions {
			q := &d.Questions[j]
			q.Text = cloneText(q.Text)
			q.Hint = cloneText(q.Hint)
			q.Descriptors = slices.Clone(q.Descriptors)
			for k, t := range q.Descriptors {
				q.Descriptors[k] = cloneText(t)
			}
		}
	}
	c.Recommendations = slices.Clone(a.Recommendations)
	for i := range c.Recommendations {
		r := &c.Recommendations[i]
		r.KPIs = slices.Clone(r.KPIs)
		r.Addresses = slices.Clone(r.Addresses)
		r.Owner = cloneText(r.Owner)
		r.Title = cloneText(r.Title)
		r.Description = cloneText(r.Description)
	}
	c.KPIs = slices.Clone(a.KPIs)
	for i, k := range c.KPIs {
		c.KPIs[i] = model.KPI{ID: k.ID, Name: cloneText(k.Name), Definition: cloneText(k.Definition)}
	}
	return &c
}

func cloneText(t model.Text) model.Text {
	if t == nil {
		return nil
	}
	c := make(model.Text, len(t))
	for k, v := range t {
		c[k] = v
	}
	return c
}
