package assessments

import (
	"fmt"
	"math"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// This file reads goccy/go-yaml AST nodes into Go values, reporting wrong
// kinds, unknown and repeated keys with the position of the offending node.

// field is one value to read, with the name used in messages and the
// position errors about the whole value point at (its key, or the list item).
type field struct {
	name any // a quoted key (string), or a Text told in the message's language
	at   pos
	node ast.Node // anchors and tags removed; never nil
}

// pos is where the value starts, or its key when it has no position of
// its own (an empty value).
func (f field) pos() pos {
	if at := posOf(f.node); at.line > 0 {
		return at
	}
	return f.at
}

// fields is a mapping read by (*parser).mapping.
type fields struct {
	at   pos // the mapping's first key, or its "{"
	what any // what the mapping is, for messages: `question "a.b"` (a string or a Text)
	m    map[string]field
}

// get returns the field name, or false when it is absent or has no value.
func (fs fields) get(name string) (field, bool) {
	f, ok := fs.m[name]
	if !ok || isNull(f.node) {
		return field{}, false
	}
	return f, true
}

// need reports every name that is absent or has no value.
func (p *parser) need(fs fields, names ...string) {
	for _, n := range names {
		f, ok := fs.m[n]
		switch {
		case !ok:
			p.add(fs.at, "missing field %q in %s", n, fs.what)
		case isNull(f.node):
			p.add(f.at, "field %q has no value", n)
		}
	}
}

func tokPos(t *token.Token) pos {
	if t == nil || t.Position == nil {
		return pos{}
	}
	return pos{t.Position.Line, t.Position.Column}
}

// posOf returns where a node starts in the source.
func posOf(n ast.Node) pos {
	switch t := n.(type) {
	case nil:
		return pos{}
	case *ast.DocumentNode:
		if t.Body != nil {
			return posOf(t.Body)
		}
		return tokPos(t.Start)
	case *ast.MappingNode:
		if len(t.Values) > 0 && !t.IsFlowStyle {
			return posOf(t.Values[0])
		}
		return tokPos(t.Start)
	case *ast.MappingValueNode:
		return posOf(t.Key)
	case *ast.SequenceNode:
		return tokPos(t.Start)
	case *ast.AnchorNode:
		return tokPos(t.Start)
	case *ast.AliasNode:
		return tokPos(t.Start)
	case *ast.TagNode:
		return tokPos(t.Start)
	case *ast.LiteralNode:
		return tokPos(t.Start)
	case *ast.MappingKeyNode:
		return tokPos(t.Start)
	}
	return tokPos(n.GetToken())
}

// unwrap removes anchors and tags, which carry no meaning in a model file.
func unwrap(n ast.Node) ast.Node {
	for {
		switch t := n.(type) {
		case *ast.AnchorNode:
			n = t.Value
		case *ast.TagNode:
			n = t.Value
		default:
			if n == nil {
				return ast.Null(nil)
			}
			return n
		}
	}
}

func isNull(n ast.Node) bool {
	_, ok := n.(*ast.NullNode)
	return ok
}

// kind names a node's kind for messages.
func kind(n ast.Node) string {
	switch n.(type) {
	case *ast.NullNode:
		return "nothing"
	case *ast.StringNode, *ast.LiteralNode:
		return "a string"
	case *ast.IntegerNode, *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		return "a number"
	case *ast.BoolNode:
		return "true/false"
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a map"
	case *ast.SequenceNode:
		return "a list"
	case *ast.AliasNode:
		return "an alias"
	}
	return "a " + strings.ToLower(n.Type().String())
}

// wrongKind reports that f is not what was expected. Aliases get their own
// message: a model is read as written, without references.
func (p *parser) wrongKind(f field, want string) {
	if _, ok := f.node.(*ast.AliasNode); ok {
		p.add(f.pos(), "aliases (*name) are not supported; write the value out")
		return
	}
	p.add(f.pos(), "%s must be %s, got %s", f.name, want, kind(f.node))
}

// mapping reads f as a map whose keys must be among allowed. It reports
// unknown, repeated and non-scalar keys, and returns false when f is not a
// map at all.
func (p *parser) mapping(f field, what any, allowed ...string) (fields, bool) {
	fs := fields{at: f.pos(), what: what, m: map[string]field{}}
	var values []*ast.MappingValueNode
	switch t := f.node.(type) {
	case *ast.MappingNode:
		values = t.Values
	case *ast.MappingValueNode:
		values = []*ast.MappingValueNode{t}
	default:
		p.wrongKind(f, "a map")
		return fs, false
	}
	for _, mv := range values {
		key, kpos, ok := p.key(mv)
		if !ok {
			continue
		}
		if prev, dup := fs.m[key]; dup {
			p.add(kpos, "duplicate field %q (first at line %d)", key, prev.at.line)
			continue
		}
		if allowed != nil && !contains(allowed, key) {
			p.add(kpos, "unknown field %q in %s%s", key, what, suggest(key, allowed))
			continue
		}
		fs.m[key] = field{name: fmt.Sprintf("%q", key), at: kpos, node: unwrap(mv.Value)}
	}
	return fs, true
}

// describe names a map in messages by its id (named, a Text whose one
// argument is the id: `question "a.b"`) when it has a plain one, else by
// fallback (`question 2 of dimension "a"`). Both are Texts, so they are
// told in the language of the message they go into.
func describe(f field, named, fallback Text) Text {
	m, ok := f.node.(*ast.MappingNode)
	if !ok {
		return fallback
	}
	for _, mv := range m.Values {
		k, ok1 := unwrap(mv.Key).(*ast.StringNode)
		v, ok2 := unwrap(mv.Value).(*ast.StringNode)
		if ok1 && ok2 && k.Value == "id" && idPattern().MatchString(v.Value) {
			named.Args = []any{v.Value}
			return named
		}
	}
	return fallback
}

// key returns a mapping entry's key as text.
func (p *parser) key(mv *ast.MappingValueNode) (string, pos, bool) {
	var k ast.Node = mv.Key
	if k == nil {
		return "", posOf(mv), false
	}
	kpos := posOf(k)
	switch t := unwrap(k).(type) {
	case *ast.MergeKeyNode:
		p.add(kpos, "merge keys (<<) are not supported")
	case *ast.NullNode, *ast.AliasNode, *ast.MappingKeyNode, *ast.MappingNode,
		*ast.SequenceNode, *ast.LiteralNode:
		p.add(kpos, "field names must be plain words")
	case ast.ScalarNode:
		if tk := t.GetToken(); tk != nil {
			return tk.Value, kpos, true
		}
		p.add(kpos, "field names must be plain words")
	default:
		p.add(kpos, "field names must be plain words")
	}
	return "", kpos, false
}

// list reads f as a sequence.
func (p *parser) list(f field) ([]field, bool) {
	seq, ok := f.node.(*ast.SequenceNode)
	if !ok {
		p.wrongKind(f, "a list")
		return nil, false
	}
	out := make([]field, 0, len(seq.Values))
	for i, v := range seq.Values {
		n := unwrap(v)
		out = append(out, field{name: Text{"item %d of %s", []any{i + 1, f.name}}, at: posOf(v), node: n})
	}
	return out, true
}

// str reads f as a non-empty string. Numbers and booleans are taken as they
// are written (version: 1.0 reads as "1.0").
func (p *parser) str(f field) (string, bool) {
	var s string
	switch t := f.node.(type) {
	case *ast.StringNode:
		s = t.Value
	case *ast.LiteralNode:
		if t.Value != nil {
			s = t.Value.Value
		}
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		if tk := t.GetToken(); tk != nil {
			s = tk.Value
		}
	default:
		p.wrongKind(f, "a string")
		return "", false
	}
	if strings.TrimSpace(s) == "" {
		p.add(f.pos(), "%s is empty", f.name)
		return "", false
	}
	return s, true
}

// number reads f as a finite number.
func (p *parser) number(f field) (float64, bool) {
	var v float64
	switch t := f.node.(type) {
	case *ast.IntegerNode:
		n, ok := intValue(t)
		if !ok {
			p.add(f.pos(), "%s is too large", f.name)
			return 0, false
		}
		v = float64(n)
	case *ast.FloatNode:
		v = t.Value
	case *ast.InfinityNode, *ast.NanNode:
		p.add(f.pos(), "%s must be a finite number", f.name)
		return 0, false
	default:
		p.wrongKind(f, "a number")
		return 0, false
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		p.add(f.pos(), "%s must be a finite number", f.name)
		return 0, false
	}
	return v, true
}

// whole reads f as a whole number within lo..hi.
func (p *parser) whole(f field, lo, hi int) (int, bool) {
	t, ok := f.node.(*ast.IntegerNode)
	if !ok {
		p.wrongKind(f, "a whole number")
		return 0, false
	}
	n, ok := intValue(t)
	if !ok || n < int64(lo) || n > int64(hi) {
		p.add(f.pos(), "%s must be from %d to %d, got %s", f.name, lo, hi, t.GetToken().Value)
		return 0, false
	}
	return int(n), true
}

// intValue returns an integer node's value, false when it does not fit.
func intValue(t *ast.IntegerNode) (int64, bool) {
	switch n := t.Value.(type) {
	case int64:
		return n, true
	case uint64:
		if n <= math.MaxInt64 {
			return int64(n), true
		}
	}
	return 0, false
}

// strings reads f as a list of non-empty strings.
func (p *parser) strings(f field) []string {
	items, ok := p.list(f)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		if s, ok := p.str(it); ok {
			out = append(out, s)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
