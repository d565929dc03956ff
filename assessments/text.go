package assessments

import (
	"strings"

	"github.com/goccy/go-yaml/ast"

	"github.com/cxmap/cxmap/model"
)

func (p *parser) languages(fs fields, a *model.Assessment) {
	p.langs = []string{model.LangEN}
	g, ok := fs.get("languages")
	if !ok {
		if _, present := fs.m["languages"]; present {
			p.need(fs, "languages")
		}
		a.Languages = p.langs
		return
	}
	items, ok := p.list(g)
	if !ok {
		a.Languages = p.langs
		return
	}
	var langs []string
	for _, it := range items {
		s, ok := p.str(it)
		switch {
		case !ok:
		case !contains(model.SupportedLanguages, s):
			p.add(it.pos(), "unsupported language %q (supported: %s)", s, strings.Join(model.SupportedLanguages, ", "))
		case contains(langs, s):
			p.add(it.pos(), "language %q is listed twice", s)
		default:
			langs = append(langs, s)
		}
	}
	if len(items) == 0 {
		p.add(g.pos(), "languages must list at least one of: %s", strings.Join(model.SupportedLanguages, ", "))
	}
	if len(langs) > 0 {
		p.langs = langs
	}
	a.Languages = p.langs
}

// optText reads the translations in field name of fs, if present.
func (p *parser) optText(fs fields, name string) model.Text {
	if g, ok := fs.get(name); ok {
		return p.text(g)
	}
	return nil
}

// text reads a map of translations: every declared language, and no other.
func (p *parser) text(f field) model.Text {
	if _, ok := f.node.(*ast.MappingNode); !ok {
		if _, ok := f.node.(*ast.MappingValueNode); !ok {
			p.wrongKind(f, "a map of translations (en: ..., es: ...)")
			return nil
		}
	}
	fs, _ := p.mapping(f, f.name)
	t := model.Text{}
	for lang, g := range fs.m {
		switch {
		case !contains(model.SupportedLanguages, lang):
			p.add(g.at, "unsupported language %q in %s (supported: %s)", lang, f.name, strings.Join(model.SupportedLanguages, ", "))
		case !contains(p.langs, lang):
			p.add(g.at, "language %q in %s is not declared in languages", lang, f.name)
		case isNull(g.node):
			p.add(g.at, "the %q text in %s is empty", lang, f.name)
		default:
			g.name = Text{"the %q text in %s", []any{lang, f.name}}
			if s, ok := p.str(g); ok {
				t[lang] = s
			}
		}
	}
	for _, lang := range p.langs {
		if _, ok := fs.m[lang]; !ok {
			p.add(f.at, "missing %q translation in %s", lang, f.name)
		}
	}
	return t
}
