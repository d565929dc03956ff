// Package assessments holds cxmap's built-in assessment models (YAML files
// embedded in the binary), and the parser and validator that also read a
// consultant's own model files. Every problem is reported with its file,
// line and column, all at once. README.md documents the format.
package assessments

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	yamlparser "github.com/goccy/go-yaml/parser"

	"github.com/cxmap/cxmap/model"
)

// Limits on a model's shape.
const (
	MinLevels = 2
	MaxLevels = 9 // levels are chosen with one digit key
)

// Compiled on first use, not at start-up (see bench/startup).
var idPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`) })

// parser reads one file. It keeps going after an error so that every
// problem is reported in one pass.
type parser struct {
	errs
	langs      []string
	nLevels    int // 0 when levels are missing or invalid
	dimAt      map[string]pos
	questionAt map[string]pos
	recAt      map[string]pos
	// questionDim is the dimension id of each question read so far.
	questionDim map[string]string
	// kpiAt holds the KPI vocabulary's ids; nil when the file has no
	// kpis section, and then recommendations' KPIs are free text.
	kpiAt map[string]pos
	// covers lists, per question, the questions of the
	// recommendations_from model it stands for (see covers.go).
	covers []cover
}

// fromRef is a recommendations_from entry still to be resolved.
type fromRef struct {
	id string
	at pos
}

// Parse reads an assessment model from data; filename is used in messages.
// On any problem it returns nil and an Errors listing all of them.
// recommendations_from is resolved against the built-in models.
func Parse(filename string, data []byte) (*model.Assessment, error) {
	return parseWith(filename, data, builtinByID)
}

// lookupFunc finds the model recommendations_from names: the model (nil
// when there is none) and every id there is.
type lookupFunc func(id string) (*model.Assessment, []string, error)

func parseWith(filename string, data []byte, lookup lookupFunc) (*model.Assessment, error) {
	a, ref, p := parse(filename, normalize(data))
	if ref != nil {
		src, ids, err := lookup(ref.id)
		switch {
		case err != nil:
			p.add(ref.at, "recommendations_from: the built-in models cannot be read: %v", firstLine(err))
		case src == nil:
			p.add(ref.at, "unknown built-in model %q in recommendations_from (built-in: %s)", ref.id, strings.Join(ids, ", "))
		default:
			p.checkCovers(src)
			if a != nil && len(p.found) == 0 {
				mergeRecommendations(a, src, p.coversByQuestion())
			}
		}
	} else {
		p.coversWithoutSource()
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return a, nil
}

// normalize reads a file as Windows editors save it: a UTF-8 byte order
// mark (Notepad writes one) is dropped, and CRLF or lone CR line endings
// become LF. The YAML library otherwise reads the mark as part of the first
// key and counts a CRLF after a comment as two lines, so every line and
// column reported after normalising is the one an editor shows.
func normalize(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, '\r') < 0 {
		return data
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
}

// parse reads a file without resolving recommendations_from. The model is
// nil when the YAML could not be read; it is incomplete when p has errors.
func parse(filename string, data []byte) (*model.Assessment, *fromRef, *parser) {
	p := &parser{
		errs:        errs{file: filename},
		dimAt:       map[string]pos{},
		questionAt:  map[string]pos{},
		recAt:       map[string]pos{},
		questionDim: map[string]string{},
	}
	file, err := parseYAML(data)
	if err != nil {
		p.syntax(err)
		return nil, nil, p
	}
	var docs []*ast.DocumentNode
	for _, d := range file.Docs {
		if d != nil && d.Body != nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		p.add(pos{1, 1}, "the file is empty")
		return nil, nil, p
	}
	for _, d := range docs[1:] {
		p.add(posOf(d), "a model file holds one YAML document; remove this one or the \"---\" line before it")
	}
	a, ref := p.assessment(field{name: "the model", at: posOf(docs[0]), node: unwrap(docs[0].Body)})
	return a, ref, p
}

// parseYAML parses data into an AST. Duplicate keys are allowed here and
// reported later, all of them, with the first one's line.
func parseYAML(data []byte) (f *ast.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the YAML parser failed: %v", r)
		}
	}()
	return yamlparser.ParseBytes(data, 0, yamlparser.AllowDuplicateMapKey())
}

func (p *parser) syntax(err error) {
	var ye yaml.Error
	if errors.As(err, &ye) {
		at := tokPos(ye.GetToken())
		p.add(at, "YAML syntax error: %s", strings.ReplaceAll(ye.GetMessage(), "\t", `\t`))
		return
	}
	p.add(pos{1, 1}, "YAML syntax error: %s", firstLine(err))
}

func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

func (p *parser) id(f field, kind string, seen map[string]pos) string {
	s, ok := p.str(f)
	if !ok {
		return ""
	}
	at := f.pos()
	if !idPattern().MatchString(s) {
		p.add(at, "%s id %q must use only lowercase letters a-z, digits, \"-\", \"_\" and \".\"", kind, s)
	}
	if seen != nil {
		if first, dup := seen[s]; dup {
			p.add(at, "duplicate %s id %q (first at line %d)", kind, s, first.line)
		} else {
			seen[s] = at
		}
	}
	return s
}

var topFields = []string{"id", "version", "languages", "name", "description",
	"levels", "dimensions", "kpis", "recommendations", "recommendations_from"}

func (p *parser) assessment(f field) (*model.Assessment, *fromRef) {
	fs, ok := p.mapping(f, "the model", topFields...)
	if !ok {
		return nil, nil
	}
	a := &model.Assessment{}
	p.languages(fs, a)
	p.need(fs, "id", "version", "name", "levels", "dimensions")
	if g, ok := fs.get("id"); ok {
		a.ID = p.id(g, "model", nil)
	}
	if g, ok := fs.get("version"); ok {
		a.Version, _ = p.str(g)
	}
	a.Name = p.optText(fs, "name")
	a.Description = p.optText(fs, "description")
	if g, ok := fs.get("levels"); ok {
		a.Levels = p.levels(g)
	}
	if g, ok := fs.get("dimensions"); ok {
		a.Dimensions = p.dimensions(g)
	}
	// The vocabulary is read before the library whatever the order in
	// the file, so recommendations can be checked against it.
	if g, ok := fs.get("kpis"); ok {
		a.KPIs = p.kpis(g)
	}
	if g, ok := fs.get("recommendations"); ok {
		a.Recommendations = p.recommendations(g)
	}
	var ref *fromRef
	if g, ok := fs.get("recommendations_from"); ok {
		if id, ok := p.str(g); ok {
			ref = &fromRef{id: id, at: g.pos()}
		}
	}
	return a, ref
}

func (p *parser) levels(f field) []model.Level {
	items, ok := p.list(f)
	if !ok {
		return nil
	}
	if len(items) < MinLevels || len(items) > MaxLevels {
		p.add(f.pos(), "a model needs %d to %d levels, got %d", MinLevels, MaxLevels, len(items))
	}
	out := make([]model.Level, 0, len(items))
	for i, it := range items {
		fs, ok := p.mapping(it, Text{"level %d", []any{i + 1}}, "name", "summary")
		if !ok {
			continue
		}
		p.need(fs, "name")
		var l model.Level
		l.Name = p.optText(fs, "name")
		l.Summary = p.optText(fs, "summary")
		out = append(out, l)
	}
	if len(out) == len(items) && len(items) >= MinLevels && len(items) <= MaxLevels {
		p.nLevels = len(items)
	}
	return out
}

var dimensionFields = []string{"id", "weight", "name", "description", "questions"}

func (p *parser) dimensions(f field) []model.Dimension {
	items, ok := p.list(f)
	if !ok {
		return nil
	}
	if len(items) == 0 {
		p.add(f.pos(), "a model needs at least one dimension")
	}
	out := make([]model.Dimension, 0, len(items))
	for i, it := range items {
		fs, ok := p.mapping(it, describe(it, Text{"dimension %q", nil}, Text{"dimension %d", []any{i + 1}}), dimensionFields...)
		if !ok {
			continue
		}
		d := model.Dimension{Weight: 1}
		if g, ok := fs.get("id"); ok {
			d.ID = p.id(g, "dimension", p.dimAt)
		}
		p.need(fs, "id", "name", "questions")
		d.Weight = p.weight(fs)
		d.Name = p.optText(fs, "name")
		d.Description = p.optText(fs, "description")
		if g, ok := fs.get("questions"); ok {
			d.Questions = p.questions(g, fs.what, d.ID)
		}
		out = append(out, d)
	}
	return out
}

// weight reads an optional weight, 1 when absent; it must be above zero.
func (p *parser) weight(fs fields) float64 {
	g, ok := fs.get("weight")
	if !ok {
		return 1
	}
	w, ok := p.number(g)
	if !ok {
		return 1
	}
	if w <= 0 {
		p.add(g.pos(), "weight must be greater than 0, got %s", g.node.GetToken().Value)
		return 1
	}
	return w
}

var questionFields = []string{"id", "weight", "text", "hint", "descriptors", "covers"}

func (p *parser) questions(f field, dim any, dimID string) []model.Question {
	items, ok := p.list(f)
	if !ok {
		return nil
	}
	if len(items) == 0 {
		p.add(f.pos(), "%s needs at least one question", dim)
	}
	out := make([]model.Question, 0, len(items))
	for i, it := range items {
		fs, ok := p.mapping(it, describe(it, Text{"question %q", nil}, Text{"question %d of %s", []any{i + 1, dim}}), questionFields...)
		if !ok {
			continue
		}
		q := model.Question{Weight: 1}
		if g, ok := fs.get("id"); ok {
			q.ID = p.id(g, "question", p.questionAt)
			if _, seen := p.questionDim[q.ID]; !seen && q.ID != "" {
				p.questionDim[q.ID] = dimID
			}
		}
		p.need(fs, "id", "text", "descriptors")
		if g, ok := fs.get("covers"); ok {
			p.readCovers(q.ID, g)
		}
		q.Weight = p.weight(fs)
		q.Text = p.optText(fs, "text")
		q.Hint = p.optText(fs, "hint")
		if g, ok := fs.get("descriptors"); ok {
			q.Descriptors = p.descriptors(g, fs.what)
		}
		out = append(out, q)
	}
	return out
}

func (p *parser) descriptors(f field, what any) []model.Text {
	items, ok := p.list(f)
	if !ok {
		return nil
	}
	switch {
	case p.nLevels == 0 || len(items) == p.nLevels:
	case len(items) == 1:
		p.add(f.at, "%s has 1 descriptor, want %d (one per level)", what, p.nLevels)
	default:
		p.add(f.at, "%s has %d descriptors, want %d (one per level)", what, len(items), p.nLevels)
	}
	out := make([]model.Text, 0, len(items))
	for i, it := range items {
		it.name = Text{"descriptor %d", []any{i + 1}}
		out = append(out, p.text(it))
	}
	return out
}
