package e2e

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cxmap/cxmap/store"
)

// Every CLI message, error and help line follows --lang or LANG, and
// counts use the right plural form.
func TestCommandLineLanguage(t *testing.T) {
	dir := t.TempDir()
	// An empty database: commands that only read never create one.
	if st, err := store.Open(filepath.Join(dir, "cx.db")); err != nil {
		t.Fatal(err)
	} else {
		st.Close()
	}
	db := "CXMAP_DB=" + filepath.Join(dir, "cx.db")
	es := []string{db, "LANG=es_ES.UTF-8", "LC_ALL=", "LC_MESSAGES="}
	en := []string{db, "LANG=en_US.UTF-8", "LC_ALL=", "LC_MESSAGES="}

	help, _, _ := cli(t, es, "--help")
	for _, want := range []string{"Uso:", "Órdenes:", "Opciones:", "Crea un taller", "ayuda de esta orden", "Ayuda de cualquier orden"} {
		if !strings.Contains(help, want) {
			t.Errorf("help in Spanish lacks %q:\n%s", want, help)
		}
	}
	for _, english := range []string{"Usage:", "Flags:", "Available Commands", "help for", "Create a workshop"} {
		if strings.Contains(help, english) {
			t.Errorf("help in Spanish shows %q", english)
		}
	}
	if out, _, _ := cli(t, en, "export", "--lang", "es", "--help"); !strings.Contains(out, "Exporta un taller") || !strings.Contains(out, "punto y coma") {
		t.Errorf("--lang es after the command:\n%s", out)
	}

	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"export"}, 2, "cxmap: export: admite 1 argumento, no 0"},
		{[]string{"list", "--bogus"}, 2, "cxmap: opción desconocida --bogus"},
		{[]string{"frob"}, 2, `cxmap: orden desconocida "frob"`},
		{[]string{"export", "nada"}, 1, `cxmap: no hay ningún taller "nada"`},
		{[]string{"export", "nada", "--format", "xx"}, 2, `cxmap: --format "xx": use md, html, json o csv`},
		{[]string{"--lang", "fr", "list"}, 2, `cxmap: --lang "fr": use en o es`},
		{[]string{"assessments", "lst"}, 2, `cxmap: assessments: orden desconocida "lst"; ¿quería decir list?`},
		{[]string{"export", "7"}, 1, `cxmap: no hay ningún taller llamado "7" (para el id, use #7 o --id 7)`},
		{[]string{"export", "#x"}, 1, `cxmap: "#x" no es un id de taller`},
	} {
		_, errOut, code := cli(t, es, tc.args...)
		if code != tc.code || !strings.HasPrefix(errOut, tc.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: %d %q, want %d %q…", tc.args, code, errOut, tc.code, tc.want)
		}
	}

	out, _, _ := cli(t, es, "list")
	if !strings.Contains(out, "Todavía no hay talleres") {
		t.Errorf("list: %q", out)
	}
	out, _, _ = cli(t, es, "new", "Uno", "--assessment", "cx-quickscan")
	if !strings.HasPrefix(out, `Creado el taller 1 "Uno"`) || !strings.Contains(out, "16 preguntas") {
		t.Errorf("new: %q", out)
	}
	answers := filepath.Join(dir, "a.csv")
	writeFile(t, answers, "participante;pregunta;nivel\nAna;qs.strategy.direction;3\n")
	for _, tc := range []struct {
		env  []string
		want string
	}{
		{es, `Importadas 1 respuesta en "Uno" (1 participante nuevo)`},
		{en, `Imported 1 answer into "Uno" (0 new participants)`},
	} {
		if out, errOut, code := cli(t, tc.env, "responses", "import", "Uno", answers); code != 0 || strings.TrimSpace(out) != tc.want {
			t.Errorf("responses import: %d %q %q, want %q", code, out, errOut, tc.want)
		}
	}
	bad := filepath.Join(dir, "bad.csv")
	writeFile(t, bad, "participante;pregunta;nivel\nAna;nope;3\n")
	if _, errOut, _ := cli(t, es, "responses", "import", "Uno", bad); !strings.Contains(errOut, "no se ha importado nada (1 fila errónea)") || !strings.Contains(errOut, `fila 2: pregunta desconocida "nope"`) {
		t.Errorf("bad rows: %q", errOut)
	}
	md, _, _ := cli(t, es, "export", "Uno")
	// The report's method note: "Cuestionario respondido por 1 participante".
	if !strings.Contains(md, "por 1 participante ") || regexp.MustCompile(`\b1 participantes\b`).MatchString(md) {
		t.Errorf("report plural: %q", regexp.MustCompile(`.*participante.*`).FindString(md))
	}
}

// A name that matches several workshops lists them with their ids, in
// the user's language.
func TestAmbiguousNameInBothLanguages(t *testing.T) {
	db := "CXMAP_DB=" + filepath.Join(t.TempDir(), "cx.db")
	for _, name := range []string{"Tienda Sur", "TIENDA  SUR"} {
		if _, errOut, code := cli(t, []string{db}, "new", name); code != 0 {
			t.Fatal(errOut)
		}
	}
	for lang, want := range map[string]string{
		"en": `cxmap: "tienda sur" matches several workshops: #2 "TIENDA  SUR", #1 "Tienda Sur"; give one as #ID`,
		"es": `cxmap: "tienda sur" coincide con varios talleres: #2 "TIENDA  SUR", #1 "Tienda Sur"; indique uno como #ID`,
	} {
		if _, errOut, code := cli(t, []string{db}, "export", "tienda sur", "--lang", lang); code != 1 || strings.TrimSpace(errOut) != want {
			t.Errorf("%s: %d %q, want 1 %q", lang, code, errOut, want)
		}
	}
}

// The model-file validator speaks the interface language too, with the
// same FILE:LINE:COL positions, in validate, show and new --assessment.
func TestValidatorLanguage(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.yaml")
	writeFile(t, broken, `id: Bad Id
version: 1
languages: [en, fr]
nme: x
name:
  en: Test
levels:
  - name: {en: One}
dimensions: []
`)
	env := []string{"CXMAP_DB=" + filepath.Join(dir, "cx.db"), "LANG=en_US.UTF-8", "LC_ALL=", "LC_MESSAGES="}
	es := []string{
		broken + `:1:5: el id de modelo "Bad Id" solo puede usar letras minúsculas a-z, dígitos, "-", "_" y "."`,
		broken + `:3:17: idioma "fr" no admitido (admitidos: en, es)`,
		broken + `:4:1: campo "nme" desconocido en el modelo; ¿quería decir "name"?`,
		broken + `:8:3: un modelo necesita de 2 a 9 niveles, y tiene 1`,
		broken + `:9:13: un modelo necesita al menos una dimensión`,
	}
	out, errOut, code := cli(t, env, "--lang", "es", "assessments", "validate", broken)
	if code != 1 || out != "" || errOut != strings.Join(es, "\n")+"\n" {
		t.Errorf("validate in Spanish: %d %q\n%s", code, out, errOut)
	}
	_, errOut, code = cli(t, env, "assessments", "validate", broken)
	if code != 1 || !strings.HasPrefix(errOut, broken+`:1:5: model id "Bad Id" must use only lowercase`) ||
		!strings.Contains(errOut, broken+`:4:1: unknown field "nme" in the model; did you mean "name"?`+"\n") {
		t.Errorf("validate in English: %d\n%s", code, errOut)
	}
	for _, args := range [][]string{
		{"--lang", "es", "assessments", "show", broken},
		{"--lang", "es", "new", "X", "--assessment", broken},
	} {
		if _, errOut, code := cli(t, env, args...); code != 1 || errOut != "cxmap: "+es[0]+"\n" {
			t.Errorf("%q: %d %q, want %q", args, code, errOut, "cxmap: "+es[0])
		}
	}
}

// backup's own error follows the language too.
func TestBackupErrorLanguage(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cx.db")
	if st, err := store.Open(db); err != nil {
		t.Fatal(err)
	} else {
		st.Close()
	}
	taken := filepath.Join(dir, "taken.db")
	writeFile(t, taken, "x")
	env := []string{"CXMAP_DB=" + db, "LANG=es_ES.UTF-8", "LC_ALL=", "LC_MESSAGES="}
	_, errOut, code := cli(t, env, "backup", "-o", taken)
	want := "cxmap: copia de seguridad en " + taken + ": " + taken + " ya existe: elija otro nombre con -o\n"
	if code != 1 || errOut != want {
		t.Errorf("backup: %d %q, want %q", code, errOut, want)
	}
}
