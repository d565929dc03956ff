package roadmap

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/export"
	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/sample"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
	"github.com/cxmap/cxmap/tui/styles"
)

// sampleScreen is the roadmap screen of the sample workshop, loaded, at
// the content size of a 200x60 terminal.
func sampleScreen(t testing.TB) *Model {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "cx.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	b, err := sample.Bundle("en", time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	id, err := st.ImportBundle(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	c := &common.Context{Ctx: context.Background(), Store: st, Styles: styles.New(), Cat: i18n.For("en"), ConfigDir: t.TempDir()}
	m := New(c, id)
	for _, msg := range messages(m.Init()) {
		m.Update(msg)
	}
	if !m.loaded {
		t.Fatal("the roadmap did not load")
	}
	m.SetSize(198, 55)
	return m
}

// messages runs a command as bubbletea would, batches included, and
// returns what it produced (spinner ticks are not followed).
func messages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, messages(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// deliver feeds m the messages of type T among msgs and returns the
// commands it answered with.
func deliver[T any](m *Model, msgs []tea.Msg) []tea.Cmd {
	var cmds []tea.Cmd
	for _, msg := range msgs {
		if _, ok := msg.(T); ok {
			cmds = append(cmds, m.Update(msg))
		}
	}
	return cmds
}

var keyP = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("p")}

func TestPreviewDrawsInACommand(t *testing.T) {
	m := sampleScreen(t)
	cmd := m.Update(keyP)
	if cmd == nil {
		t.Fatal("p must start drawing the report in a command")
	}
	// Update returned at once: the report is not drawn yet, a spinner says so.
	v := ansi.Strip(m.View())
	if !strings.Contains(v, "Drawing the report") || strings.Contains(v, "CX maturity report") {
		t.Fatalf("before the command ran:\n%s", v)
	}
	deliver[previewMsg](m, messages(cmd))
	v = ansi.Strip(m.View())
	if !strings.Contains(v, "Sample: Ñandú Home retail: CX maturity report") || strings.Contains(v, "Drawing the report") {
		t.Fatalf("after the command:\n%s", v)
	}
	for i, l := range strings.Split(v, "\n") {
		if ansi.StringWidth(l) > 198 {
			t.Fatalf("line %d wider than the screen: %q", i, l)
		}
	}

	// Closed and opened again: the drawing for this width shows at once,
	// while a fresh export is checked in the background.
	m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	cmd = m.Update(keyP)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "CX maturity report") {
		t.Fatalf("reopened, the cached report must show at once:\n%s", v)
	}
	deliver[previewMsg](m, messages(cmd))
	if v := ansi.Strip(m.View()); !strings.Contains(v, "CX maturity report") {
		t.Fatalf("after the refresh:\n%s", v)
	}
}

func TestPreviewRedrawsOnceAfterResizeSettles(t *testing.T) {
	m := sampleScreen(t)
	deliver[previewMsg](m, messages(m.Update(keyP)))
	top := m.pv.vp.YOffset

	// A drag: two sizes in a row. Neither draws; each only arms a timer.
	var ticks []tea.Cmd
	for _, w := range []int{150, 118} {
		m.SetSize(w, 40)
		cmd := m.Update(tea.WindowSizeMsg{Width: w + 2, Height: 45})
		if cmd == nil {
			t.Fatalf("width %d: no settle timer", w)
		}
		ticks = append(ticks, cmd)
		if m.pv.busy != 0 {
			t.Fatalf("width %d: drawing started before the size settled", w)
		}
	}
	// Keys are handled while the size settles.
	m.Update(tea.KeyMsg{Type: tea.KeyPgDown})
	if m.pv.vp.YOffset == top {
		t.Fatal("page down was not handled while resizing")
	}
	// The first timer is stale; only the last one draws, once.
	if cmds := deliver[settledMsg](m, messages(ticks[0])); len(cmds) != 1 || cmds[0] != nil {
		t.Fatal("a stale settle timer must not draw")
	}
	cmds := deliver[settledMsg](m, messages(ticks[1]))
	if len(cmds) != 1 || cmds[0] == nil {
		t.Fatal("the last settle timer must draw")
	}
	deliver[previewMsg](m, messages(cmds[0]))
	if m.pv.shown != 118 || m.pv.busy != 0 {
		t.Fatalf("shown at width %d, %d requests under way", m.pv.shown, m.pv.busy)
	}
	for i, l := range strings.Split(ansi.Strip(m.pv.vp.View()), "\n") {
		if ansi.StringWidth(l) > 118 {
			t.Fatalf("line %d wider than 118: %q", i, l)
		}
	}
	if m.pv.vp.YOffset == 0 {
		t.Fatal("the redraw lost the reading position")
	}
	// Back to a width drawn before: shown at once, nothing to draw.
	m.SetSize(198, 55)
	if m.pv.shown != 198 {
		t.Fatalf("the cached width was not shown at once (shown %d)", m.pv.shown)
	}
	if cmd := m.Update(tea.WindowSizeMsg{Width: 200, Height: 60}); cmd != nil {
		t.Fatal("a cached width needs no redraw")
	}
}

// A change to the roadmap makes the cached drawings stale.
func TestPreviewFollowsRoadmapChanges(t *testing.T) {
	m := sampleScreen(t)
	deliver[previewMsg](m, messages(m.Update(keyP)))
	m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	m.setItems(m.items, 0)
	m.Update(keyP)
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Drawing the report") {
		t.Fatalf("after a change the old drawing must not show:\n%s", v)
	}
}

var markup = regexp.MustCompile("(\\*\\*|[*`]|~~|<br>|^#+ |^> ?|^\\s*(- |\\d+\\. )|\\|)")

// The preview shows what the exported file says: every word of the
// Markdown export of the sample, in English and Spanish, appears in it.
func TestPreviewShowsTheWholeExport(t *testing.T) {
	m := sampleScreen(t)
	for _, lang := range []string{"en", "es"} {
		b, err := m.c.Store.LoadReport(context.Background(), m.id)
		if err != nil {
			t.Fatal(err)
		}
		b.GeneratedAt = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
		var md bytes.Buffer
		if err := export.WriteMarkdown(&md, b, lang); err != nil {
			t.Fatal(err)
		}
		m.c.Cat = i18n.For(lang)
		m.forgetPreview()
		deliver[previewMsg](m, messages(m.Update(keyP)))
		shown := map[string]bool{}
		for _, w := range strings.Fields(strings.NewReplacer("│", " ", "┼", " ").Replace(ansi.Strip(m.pv.cache[198]))) {
			shown[w] = true
		}
		missing := 0
		for _, line := range strings.Split(md.String(), "\n") {
			line = strings.NewReplacer(`\|`, "\x00", `\_`, "_", `\*`, "*", `\#`, "#", `\[`, "[", `\]`, "]", `\-`, "-", `\~`, "~", `\$`, "$", `\\`, `\`, `\+`, "+", `\.`, ".").Replace(line)
			line = markup.ReplaceAllString(line, " ")
			line = strings.NewReplacer("\x00", "|", "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(line)
			for _, w := range strings.Fields(line) {
				if strings.TrimFunc(w, unicode.IsPunct) == "" || strings.HasPrefix(w, "```") {
					continue // table delimiters, fences, punctuation left by removed markup
				}
				if !shown[w] {
					missing++
					if missing < 10 {
						t.Errorf("%s: %q is in the export but not in the preview (line %q)", lang, w, line)
					}
				}
			}
		}
		m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	}
}

// BenchmarkPreviewOpen is what opening the preview costs on the sample
// at 200x60, from the key to the report on screen: loading it, writing
// the Markdown and drawing it (the goal is under 100 ms).
func BenchmarkPreviewOpen(b *testing.B) {
	m := sampleScreen(b)
	b.ResetTimer()
	for range b.N {
		m.forgetPreview()
		deliver[previewMsg](m, messages(m.Update(keyP)))
		if m.pv.shown != 198 {
			b.Fatal("not shown")
		}
		_ = m.View()
		m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	}
}
