package assessments

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/i18n"
)

// Every message the validator can give has a Spanish translation: a new
// p.add(pos, "format", ...) or Text{"format", ...} without an entry in
// i18n/messages_validator.go fails here.
func TestEveryMessageHasSpanish(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	n := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := goparser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(node ast.Node) bool {
			var format ast.Expr
			switch x := node.(type) {
			case *ast.CallExpr:
				if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "add" && len(x.Args) >= 2 {
					format = x.Args[1]
				}
			case *ast.CompositeLit:
				if id, ok := x.Type.(*ast.Ident); ok && id.Name == "Text" && len(x.Elts) > 0 {
					format = x.Elts[0]
				}
			}
			if format == nil {
				return true
			}
			at := fset.Position(format.Pos())
			lit, ok := format.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				t.Errorf("%s: the message's format must be a string literal, so it can be translated", at)
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatalf("%s: %v", at, err)
			}
			n++
			if !i18n.HasValidator(s) {
				t.Errorf("%s: no Spanish for %q in i18n/messages_validator.go", at, s)
			}
			return true
		})
	}
	if n < 50 {
		t.Errorf("found only %d messages; is the scan still finding the add calls?", n)
	}
}

// An Error keeps its format and arguments, and In tells it in another
// language with the same position.
func TestErrorIn(t *testing.T) {
	_, _, p := parse("m.yaml", []byte("id: x\nversion: 1\nlanguages: [en]\nnme: y\n"))
	list, ok := p.err().(Errors)
	if !ok || len(list) == 0 {
		t.Fatalf("no errors: %v", p.err())
	}
	var e Error
	for _, x := range list {
		if strings.Contains(x.Msg, `"nme"`) {
			e = x
		}
	}
	if e.Format != "unknown field %q in %s%s" {
		t.Fatalf("format %q in %+v", e.Format, list)
	}
	if got, want := e.In(i18n.For(i18n.EN).Validator), e.Error(); got != want {
		t.Errorf("English: %q, want %q", got, want)
	}
	want := `m.yaml:4:1: campo "nme" desconocido en el modelo; ¿quería decir "name"?`
	if got := e.In(i18n.For(i18n.ES).Validator); got != want {
		t.Errorf("Spanish: %q, want %q", got, want)
	}
	if got := list.In(i18n.For(i18n.ES).Validator); strings.Count(got, "\n") != len(list)-1 || !strings.Contains(got, want) {
		t.Errorf("Errors.In: %q", got)
	}
}
