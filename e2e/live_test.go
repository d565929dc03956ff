package e2e

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/store"
)

// chromium finds Debian's chromium; CI must have it (.ci/run installs it).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is required in CI (.ci/run installs it)")
	}
	t.Skip("chromium not installed")
	return ""
}

// browser starts one headless chromium with a phone-sized window.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, // CI runs as root
		chromedp.WindowSize(360, 740),
		chromedp.Flag("disable-dev-shm-usage", true),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// phone is one participant's page, in its own browser context: its own
// storage, as on its own phone.
type phone struct {
	t    *testing.T
	name string
	ctx  context.Context
}

func newPhone(t *testing.T, b context.Context, name string, dark bool) *phone {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	p := &phone{t: t, name: name, ctx: ctx}
	scheme := "light"
	if dark {
		scheme = "dark"
	}
	// The first action on a context opens its tab, which lives as long as
	// that call's context: no timeout here.
	err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateScale(2)),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}})
			return err
		}))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (p *phone) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		p.t.Fatalf("%s's phone: %v", p.name, err)
	}
}

// eval runs JavaScript in the page and returns its string result.
func (p *phone) eval(js string) string {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	if err != nil {
		p.t.Fatalf("%s's phone: %s: %v", p.name, js, err)
	}
	return v
}

// click clicks the first element matching a CSS selector, or the first
// button whose text contains label when selector is empty.
func (p *phone) click(selector, label string) {
	p.t.Helper()
	sel, _ := json.Marshal(selector)
	lab, _ := json.Marshal(label)
	if r := p.eval(`(function(){var s=` + string(sel) + `,l=` + string(lab) + `;var e=s?document.querySelector(s):
		Array.prototype.find.call(document.querySelectorAll('button'),function(b){return b.textContent.indexOf(l)>=0;});
		if(!e||e.disabled){return 'missing';} e.click(); return 'ok';})()`); r != "ok" {
		p.t.Fatalf("%s's phone: nothing to click at %q %q:\n%s", p.name, selector, label, p.text())
	}
}

func (p *phone) text() string { return p.eval(`document.body.innerText`) }

// waitText waits until the page's text shows every one of wants.
func (p *phone) waitText(wants ...string) string {
	p.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		text := p.text()
		ok := true
		for _, w := range wants {
			ok = ok && strings.Contains(text, w)
		}
		if ok {
			return text
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s's phone never showed %q:\n%s", p.name, wants, text)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (p *phone) shot(path string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

func strconvQuote(s string) string { b, _ := json.Marshal(s); return string(b) }

var joinURL = regexp.MustCompile(`http://127\.0\.0\.1:\d+/j/[A-Z0-9]{6}`)

// Three participants join from phone-sized browsers and vote; the
// facilitator reveals in the app; the votes and the histogram show on
// every phone and on the facilitator's screen; the answers are in the
// database; a page closed and opened again resumes where it was; the
// export is built from the votes.
func TestLiveSessionThreePhones(t *testing.T) {
	b := browser(t)
	needTmux(t)
	db := filepath.Join(t.TempDir(), "cx.db")
	if _, errOut, code := cli(t, nil, "--db", db, "new", "Room", "--lang", "en"); code != 0 {
		t.Fatal(errOut)
	}
	tt := startTerm(t, 120, 40, map[string]string{"LANG": "en_US.UTF-8"}, "--db", db, "live", "Room", "--addr", "127.0.0.1:0")
	url := joinURL.FindString(tt.waitFor("Join: http://127.0.0.1:", "Live session"))
	if url == "" {
		t.Fatalf("no join address on the screen:\n%s", tt.screen())
	}
	a, err := assessments.Get("cx-maturity")
	if err != nil {
		t.Fatal(err)
	}
	nq := strconv.Itoa(a.QuestionCount())
	shots := os.Getenv("CXMAP_SHOTS") // a folder: keep screenshots for review

	names := []string{"Ana", "Luis", "Marta"}
	phones := make([]*phone, len(names))
	for i, n := range names {
		phones[i] = newPhone(t, b, n, i == 1)
		p := phones[i]
		p.do(chromedp.Navigate(url))
		p.waitText("Join the workshop")
		p.eval(`document.getElementById('name').value = ` + strconvQuote(n) + `; ''`)
		p.click("#join", "")
		p.waitText("Waiting for the facilitator")
	}
	tt.waitFor("3 joined, 3 online")

	tt.keys("n") // opens the first question on every phone
	levels := []string{"2", "4", "4"}
	for i, p := range phones {
		p.waitText("Question 1 of "+nq, a.Dimensions[0].Questions[0].Text.In("en"))
		if i == 0 {
			// A first vote, changed before the reveal.
			p.click(`button[data-level="5"]`, "")
			p.waitText("Saved")
		}
		if i == 2 {
			// "Don't know" is offered, and changed like any vote.
			p.click(`button[data-level="dk"]`, "")
			p.waitText("Saved")
		}
		p.click(`button[data-level="`+levels[i]+`"]`, "")
		p.waitText("Saved")
	}
	if shots != "" {
		phones[0].shot(filepath.Join(shots, "phone-voting-light.png"))
		phones[1].shot(filepath.Join(shots, "phone-voting-dark.png"))
	}
	// Blind: no phone shows another's vote before the reveal.
	for i, p := range phones {
		text := p.text()
		for j, n := range names {
			if j != i && strings.Contains(text, n) {
				t.Fatalf("%s's phone shows %s before the reveal:\n%s", p.name, n, text)
			}
		}
	}
	screen := tt.waitFor("3 of 3 voted")
	for _, n := range names {
		if strings.Contains(screen, n+",") || strings.Contains(screen, "Managed") {
			t.Fatalf("votes shown before the reveal:\n%s", screen)
		}
	}

	tt.keys("v")
	tt.waitFor("Votes: 3", "2 Aware", "4 Managed", "Luis, Marta", "median 4.0", "spread 2", "disagreement")
	for i, p := range phones {
		text := p.waitText("Votes · 3 votes", "Median 4", "Spread 2", "Disagreement", "Ana", "Luis, Marta")
		if want := map[int]string{0: "Your vote: 2 · Aware", 1: "Your vote: 4 · Managed", 2: "Your vote: 4 · Managed"}[i]; !strings.Contains(text, want) {
			t.Fatalf("%s's phone lacks %q:\n%s", p.name, want, text)
		}
	}
	tt.keys("3")
	tt.waitFor("Consensus: 3 Defined")
	phones[2].waitText("Team answer: 3 · Defined")
	if shots != "" {
		phones[0].shot(filepath.Join(shots, "phone-reveal-light.png"))
		phones[1].shot(filepath.Join(shots, "phone-reveal-dark.png"))
	}

	// Self-paced: Marta goes on alone, closes her page and opens it again.
	tt.keys("m")
	tt.waitFor("Self-paced")
	m := phones[2]
	m.waitText("Next")
	m.click("", "Next")
	m.waitText("Question 2 of " + nq)
	m.click(`button[data-level="3"]`, "")
	m.waitText("Saved")
	m.click("", "Next")
	m.waitText("Question 3 of " + nq)
	tt.waitFor("2/"+nq, "on Q3")
	m.do(chromedp.Navigate("about:blank"))
	m.do(chromedp.Navigate(url))
	m.waitText("Question 3 of "+nq, "2 of "+nq+" answered")
	m.click("", "Previous")
	m.waitText("Question 2 of " + nq)
	if pressed := m.eval(`document.querySelector('button[data-level="3"]').getAttribute('aria-pressed')`); pressed != "true" {
		t.Fatalf("Marta's answer to question 2 is not shown after reopening (aria-pressed %q)", pressed)
	}

	// Every vote is that participant's answer, in the database now.
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ws, _ := st.Workshops(context.Background())
	rs, err := st.Responses(context.Background(), ws[0].ID)
	people, _ := st.Participants(context.Background(), ws[0].ID)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[int64]string{}
	for _, p := range people {
		byName[p.ID] = p.Name
	}
	got := map[string]int{}
	for _, r := range rs {
		got[byName[r.ParticipantID]+"/"+r.QuestionID] = r.Level
	}
	want := map[string]int{"Ana/strategy.vision": 2, "Luis/strategy.vision": 4, "Marta/strategy.vision": 4, "/strategy.vision": 3, "Marta/strategy.sponsorship": 3}
	if len(got) != len(want) {
		t.Fatalf("answers %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("answers %v, want %v", got, want)
		}
	}

	// Closing the app ends the session: phones are told.
	tt.keys("q")
	tt.waitFor("[exited]")
	phones[0].waitText("The session has ended")

	out, errOut, code := cli(t, nil, "--db", db, "export", "Room", "--format", "json")
	if code != 0 {
		t.Fatal(errOut)
	}
	var exp struct {
		Responses []struct {
			Participant int64  `json:"participant"`
			Question    string `json:"question"`
			Level       int    `json:"level"`
		} `json:"responses"`
		Results struct {
			Disagreements []string `json:"disagreements"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &exp); err != nil {
		t.Fatal(err)
	}
	if len(exp.Responses) != len(want) || len(exp.Results.Disagreements) != 1 || exp.Results.Disagreements[0] != "strategy.vision" {
		t.Fatalf("export: %d answers (want %d), disagreements %v", len(exp.Responses), len(want), exp.Results.Disagreements)
	}
	md, errOut, code := cli(t, nil, "--db", db, "export", "Room")
	if code != 0 || !strings.Contains(md, "Marta") {
		t.Fatalf("Markdown export (%d %s):\n%s", code, errOut, md)
	}
}
