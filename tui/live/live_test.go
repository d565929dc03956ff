package live

import (
	"context"
	"fmt"
	"image"
	"image/color"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
	"github.com/muesli/termenv"

	"github.com/cxmap/cxmap/i18n"
	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/live/livetest"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
	"github.com/cxmap/cxmap/tui/styles"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	// Servers in tests listen on the loopback address only.
	Configure(Options{Addr: "127.0.0.1:0"})
	m.Run()
	Shutdown()
}

// decodeCells reads a QR code drawn with half or whole blocks back into
// an image (one pixel per module, dark for ink) and decodes it.
func decodeCells(t *testing.T, lines []string, scale int) string {
	t.Helper()
	var rows [][]bool
	for _, l := range lines {
		rs := []rune(l)
		if scale >= 2 {
			var row []bool
			for x := 0; x+1 < len(rs); x += 2 {
				row = append(row, rs[x] == '█')
			}
			rows = append(rows, row)
			continue
		}
		top, bottom := make([]bool, len(rs)), make([]bool, len(rs))
		for x, r := range rs {
			top[x] = r == '█' || r == '▀'
			bottom[x] = r == '█' || r == '▄'
		}
		rows = append(rows, top, bottom)
	}
	const px = 6 // pixels per module, and a white border, for the decoder
	w := len(rows[0])
	img := image.NewGray(image.Rect(0, 0, (w+8)*px, (len(rows)+8)*px))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	for y, row := range rows {
		for x, dark := range row {
			if !dark {
				continue
			}
			for dy := range px {
				for dx := range px {
					img.SetGray((x+4)*px+dx, (y+4)*px+dy, color.Gray{0})
				}
			}
		}
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		t.Fatalf("the drawn code does not decode: %v\n%s", err, strings.Join(lines, "\n"))
	}
	return res.GetText()
}

func TestQRCodeDecodesToTheJoinAddress(t *testing.T) {
	for _, url := range []string{
		"http://127.0.0.1:41234/j/ABCDEF",
		"http://192.168.100.200:65535/j/XY23ZW",
	} {
		q, err := newQR(qrText(url))
		if err != nil {
			t.Fatal(err)
		}
		for _, scale := range []int{1, 2} {
			got := decodeCells(t, strings.Split(ansi.Strip(q.render(scale)), "\n"), scale)
			if !strings.EqualFold(got, url) {
				t.Errorf("scale %d: decoded %q, want %q", scale, got, url)
			}
		}
	}
}

type screen struct {
	t  *testing.T
	m  *Model
	st *store.Store
	w  int64
}

func newScreen(t *testing.T, lang string, width, height int, people ...string) *screen {
	t.Helper()
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "Demo", "cx-maturity", lang, people...)
	c := &common.Context{Ctx: context.Background(), Store: st, Styles: styles.New(), Cat: i18n.For(lang)}
	m := New(c, w.ID)
	m.SetSize(width, height)
	msg := m.Init()()
	if e, ok := msg.(common.ErrMsg); ok {
		t.Fatal(e.Err)
	}
	m.Update(msg)
	t.Cleanup(func() {
		if m.r != nil {
			m.r.stop()
		}
	})
	return &screen{t: t, m: m, st: st, w: w.ID}
}

// sync hands the screen the session's state, as its watch command does.
func (s *screen) sync() string {
	s.m.Update(snapMsg{r: s.m.r, snap: s.m.sess.Snapshot()})
	return ansi.Strip(s.m.View())
}

// press sends a key and runs the command it returns (a session action).
func (s *screen) press(k string) {
	s.t.Helper()
	msg := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
	if cmd := s.m.Update(msg); cmd != nil {
		if e, ok := cmd().(common.ErrMsg); ok {
			s.t.Fatalf("%s: %v", k, e.Err)
		}
	}
}

func TestScreenShowsCodeAddressCountThenReveal(t *testing.T) {
	s := newScreen(t, "en", 78, 19, "Ana", "Luis", "Marta")
	view := s.sync()
	url := s.m.r.url
	if !strings.HasPrefix(url, "http://127.0.0.1:") || !strings.Contains(view, url) || !strings.Contains(view, s.m.sess.JoinCode()) {
		t.Fatalf("address %q not shown:\n%s", url, view)
	}
	// The code drawn on the screen, beside the panel, decodes to it.
	lines := strings.Split(view, "\n")
	qw, qh := s.m.qr.cells(1)
	var block []string
	for _, l := range lines[2 : 2+qh] {
		block = append(block, string([]rune(l)[:qw]))
	}
	if got := decodeCells(t, block, 1); !strings.EqualFold(got, url) {
		t.Fatalf("screen's code decodes to %q, want %q", got, url)
	}

	sess := s.m.sess
	ctx := context.Background()
	toks := map[string]int64{}
	for _, n := range []string{"Ana", "Luis", "Marta"} {
		_, p, err := sess.Join(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		toks[n] = p.ID
	}
	s.press("n") // opens the first question
	q := sess.Questions()[0]
	if view = s.sync(); s.m.snap.Current != q || !strings.Contains(view, fmt.Sprintf("Question 1 of %d", len(sess.Questions()))) {
		t.Fatalf("n did not open question 1:\n%s", view)
	}
	sess.Vote(ctx, toks["Ana"], lv.Vote{Question: q, Level: 2})
	sess.Vote(ctx, toks["Luis"], lv.Vote{Question: q, Level: 4})
	view = s.sync()
	if !strings.Contains(view, "2 of 3 voted") || strings.Contains(view, "Ana,") {
		t.Fatalf("blind count missing or votes shown:\n%s", view)
	}
	s.press("3") // consensus before the reveal is refused
	if sess.Snapshot().Questions[0].Reveal != nil {
		t.Fatal("revealed by a consensus key")
	}
	s.press("v")
	s.sync()
	s.press("3")
	s.m.SetSize(120, 40)
	view = s.sync()
	for _, want := range []string{"Votes: 2", "2 Aware", "Ana", "4 Managed", "Luis", "median 3.0", "spread 2", "disagreement", "Consensus: 3 Defined"} {
		if !strings.Contains(view, want) {
			t.Errorf("after reveal, %q missing:\n%s", want, view)
		}
	}
	s.press("a")
	if view = s.sync(); strings.Contains(view, "Ana, ") || strings.Contains(view, "  Luis") || !strings.Contains(view, "anonymous") {
		t.Fatalf("anonymous still names:\n%s", view)
	}
	rs, _ := s.st.Responses(ctx, s.w)
	if len(rs) != 3 {
		t.Fatalf("stored %+v", rs)
	}
}

func TestScreenSelfPacedShowsProgressAndSpanish(t *testing.T) {
	s := newScreen(t, "es", 200, 55, "Ana")
	s.press("m")
	sess := s.m.sess
	ctx := context.Background()
	_, p, _ := sess.Join(ctx, "Ana")
	q := sess.Questions()
	sess.Move(ctx, p.ID, q[0])
	sess.Vote(ctx, p.ID, lv.Vote{Question: q[0], Level: 3})
	sess.Move(ctx, p.ID, q[1])
	view := s.sync()
	n := len(q)
	for _, want := range []string{"A su ritmo", "Respuestas por pregunta", fmt.Sprintf("1/%d", n), "en P2", fmt.Sprintf("Pregunta 1 de %d", n), "1 de 1 han votado"} {
		if !strings.Contains(view, want) {
			t.Errorf("%q missing:\n%s", want, view)
		}
	}
	// At 200 columns the code is drawn with whole blocks, twice as large.
	if !strings.Contains(view, "████") {
		t.Errorf("no large code:\n%s", view)
	}
	for _, l := range strings.Split(view, "\n") {
		if w := lipgloss.Width(l); w > 200 {
			t.Fatalf("line of %d columns", w)
		}
	}
	if n := len(strings.Split(view, "\n")); n > 55 {
		t.Fatalf("%d lines", n)
	}
}

func TestScreenEndAndRestart(t *testing.T) {
	s := newScreen(t, "en", 80, 20)
	code := s.m.sess.JoinCode()
	cmd := s.m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("E")})
	cmd()
	if view := s.sync(); !strings.Contains(view, "The session has ended") {
		t.Fatalf("not ended:\n%s", view)
	}
	cmd = s.m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("r")})
	s.m.Update(cmd())
	if s.m.sess == nil || s.m.sess.Ended() || s.m.sess.JoinCode() != code {
		t.Fatal("restart did not start the same session again")
	}
}

func TestNoKeyTwice(t *testing.T) {
	k := newKeys(i18n.For("en"))
	seen := map[string]string{}
	for _, b := range []struct {
		name string
		keys []string
	}{
		{"next", k.Next.Keys()}, {"prev", k.Prev.Keys()}, {"reveal", k.Reveal.Keys()}, {"hide", k.Hide.Keys()},
		{"consensus", k.Consensus.Keys()}, {"na", k.NA.Keys()}, {"clear", k.Clear.Keys()}, {"anon", k.Anonymous.Keys()},
		{"pacing", k.Pacing.Keys()}, {"code", k.Code.Keys()}, {"end", k.End.Keys()}, {"restart", k.Restart.Keys()},
		{"back", k.Back.Keys()},
	} {
		for _, key := range b.keys {
			if other, ok := seen[key]; ok {
				t.Errorf("%q is both %s and %s", key, other, b.name)
			}
			seen[key] = b.name
		}
	}
	// Global keys stay global.
	for _, g := range []string{"q", "?", "L", "ctrl+c"} {
		if _, ok := seen[g]; ok {
			t.Errorf("%q shadows a global key", g)
		}
	}
}
