package export

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// ourTags are the only elements the HTML report's template writes: any
// other would have come from user text.
var ourTags = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true, "section": true, "div": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "dl": true, "dt": true, "dd": true, "nav": true, "ol": true, "ul": true,
	"li": true, "p": true, "strong": true, "em": true, "span": true, "table": true, "thead": true, "tbody": true, "tr": true,
	"th": true, "td": true, "figure": true, "figcaption": true, "footer": true,
	"svg": true, "polygon": true, "polyline": true, "line": true, "text": true, "circle": true, "rect": true,
}

var openTag = regexp.MustCompile(`<([A-Za-z][A-Za-z0-9-]*)`)

func TestHTMLEscapesHostileText(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		html := string(render(t, func(w *bytes.Buffer) error {
			return WriteHTML(w, hostileJourneyBundle(t), lang, Options{All: true})
		}))
		for _, m := range openTag.FindAllStringSubmatch(html, -1) {
			if !ourTags[strings.ToLower(m[1])] {
				t.Errorf("%s: a <%s> element that the template does not write", lang, m[1])
			}
		}
		for _, bad := range []string{"<script", "<b>", "<i>", " on", "javascript:", "src=", "href=", "url(", "@import"} {
			if bad == " on" {
				if regexp.MustCompile(`<[^>]*\son[a-z]+=`).MatchString(html) {
					t.Errorf("%s: an event handler attribute", lang)
				}
				continue
			}
			if strings.Contains(strings.ToLower(html), bad) {
				t.Errorf("%s: %q in the page", lang, bad)
			}
		}
		// The hostile texts are there, as text.
		for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;html&lt;/b&gt;", "&lt;i&gt;x&lt;/i&gt;"} {
			if !strings.Contains(html, want) {
				t.Errorf("%s: %q not shown as text", lang, want)
			}
		}
		if !strings.Contains(html, `http-equiv="Content-Security-Policy" content="default-src 'none'`) {
			t.Errorf("%s: no Content-Security-Policy", lang)
		}
	}
}

// chromium finds the headless browser and pdftotext, or skips (fails on CI).
func chromium(t *testing.T) (browser, pdftotext string) {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	pdftotext, _ = exec.LookPath("pdftotext")
	if browser == "" || pdftotext == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium and pdftotext (poppler-utils) are needed: .ci/run installs them")
		}
		t.Skip("chromium or pdftotext is not installed")
	}
	return browser, pdftotext
}

// runChromium runs headless Chromium with no network at all: every host
// name fails to resolve, so a page that fetched anything would miss it.
func runChromium(t *testing.T, browser string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
		"--disable-extensions", "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, browser, append(base, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return out
}

// The HTML report prints to a PDF with every section, in both languages,
// without the network; and a hostile workshop's page has no element of
// its own once the browser has parsed it.
func TestHTMLPrintsToPDF(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	browser, pdftotext := chromium(t)
	dir := t.TempDir()
	sections := map[string][]string{
		"en": {"Executive summary", "Maturity by dimension", "The levels of the scale", "Findings by dimension", "Disagreements",
			"Customer and employee journeys", "Emotion curve", "Roadmap", "Timeline", "Impact and effort", "How this report was made",
			"Glossary", "Appendix", "Backlog of further proposals", "Questions and scores", "Every answer"},
		"es": {"Resumen ejecutivo", "Madurez por dimensión", "Los niveles de la escala", "Hallazgos por dimensión", "Desacuerdos",
			"Recorridos de clientes y empleados", "Curva emocional", "Hoja de ruta", "Calendario", "Impacto y esfuerzo",
			"Cómo se elaboró este informe", "Glosario", "Anexo", "Otras propuestas pendientes", "Preguntas y puntuaciones", "Todas las respuestas"},
	}
	for _, lang := range []string{"en", "es"} {
		b := sampleBundle(t, lang)
		page := filepath.Join(dir, "report."+lang+".html")
		if err := WriteFile(page, func(w io.Writer) error { return WriteHTML(w, b, lang, Options{}) }); err != nil {
			t.Fatal(err)
		}
		pdf := filepath.Join(dir, "report."+lang+".pdf")
		runChromium(t, browser, "--no-pdf-header-footer", "--print-to-pdf="+pdf, "file://"+page)
		out, err := exec.Command(pdftotext, "-layout", pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		text := strings.Join(strings.Fields(string(out)), " ")
		for _, s := range sections[lang] {
			if !strings.Contains(text, s) {
				t.Errorf("%s: the PDF lacks %q", lang, s)
			}
		}
		// The findings quote the model; the roadmap names its first item.
		r, _ := buildReport(b, lang, Options{})
		for _, want := range []string{r.Findings[0].Weak[0].Today[:30], r.Roadmap.Horizons[0].Items[0].Title[:20], r.Summary.Overall[:20]} {
			if !strings.Contains(text, strings.Join(strings.Fields(want), " ")) {
				t.Errorf("%s: the PDF lacks %q", lang, want)
			}
		}
		if pages := strings.Count(string(out), "\f"); pages < 10 {
			t.Errorf("%s: %d pages: sections should start on a page of their own", lang, pages)
		}
	}

	hostile := filepath.Join(dir, "hostile.html")
	if err := WriteFile(hostile, func(w io.Writer) error { return WriteHTML(w, hostileJourneyBundle(t), "en", Options{All: true}) }); err != nil {
		t.Fatal(err)
	}
	dom := string(runChromium(t, browser, "--dump-dom", "file://"+hostile))
	for _, m := range openTag.FindAllStringSubmatch(dom, -1) {
		if !ourTags[strings.ToLower(m[1])] {
			t.Errorf("the browser built a <%s> element from user text", m[1])
		}
	}
	if !strings.Contains(dom, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the hostile note is not on the page as text")
	}
}

// The radar shows today, the target and, when there is one, the previous
// assessment; the matrix numbers every roadmap item.
func TestHTMLCharts(t *testing.T) {
	b := richBundle(t)
	r, err := buildReport(b, "en", Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	radar := string(radarSVG(r))
	for _, want := range []string{colCurrent, colTarget, colPrevious, "Previous assessment", "Strategy and leadership"} {
		if !strings.Contains(radar, want) {
			t.Errorf("radar lacks %q", want)
		}
	}
	if n := strings.Count(radar, "<polygon"); n != 5+3 {
		t.Errorf("radar: %d polygons, want 5 rings and 3 shapes", n)
	}
	b.Previous = nil
	r, _ = buildReport(b, "en", Options{All: true})
	if strings.Contains(string(radarSVG(r)), colPrevious) {
		t.Error("no previous assessment, no grey shape")
	}
	matrix := string(matrixSVG(r))
	items := 0
	for _, g := range r.Roadmap.Horizons {
		items += len(g.Items)
	}
	if n := strings.Count(matrix, "<circle"); n != items+len(r.Roadmap.Horizons) {
		t.Errorf("matrix: %d circles for %d items and %d legend dots", n, items, len(r.Roadmap.Horizons))
	}
}
