package participant

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"github.com/cxmap/cxmap/i18n"
	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/live/livetest"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
)

var bg = context.Background()

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	m.Run()
}

// room is a live session on a real SQLite file.
type room struct {
	st   *store.Store
	w    model.Workshop
	sess *lv.Session
}

func newRoom(t *testing.T, lang string, people ...string) *room {
	t.Helper()
	st := livetest.Store(t)
	w := livetest.Workshop(t, st, "Demo", "cx-maturity", lang, people...)
	return &room{st: st, w: w, sess: livetest.Session(t, st, w.ID)}
}

// run starts one participant's program in a w x h terminal.
func (r *room) run(t *testing.T, token, rejoin string, w, h int) *teatest.TestModel {
	t.Helper()
	m := New(Options{Ctx: bg, Session: r.sess, Token: token, Rejoin: rejoin})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	t.Cleanup(func() { m.(*Model).Close() })
	return tm
}

// see waits until the screen shows every text (escape codes removed).
func see(t *testing.T, tm *teatest.TestModel, texts ...string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		s := ansi.Strip(string(b))
		for _, x := range texts {
			if !strings.Contains(s, x) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func typ(tm *teatest.TestModel, s string) {
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
}

func press(tm *teatest.TestModel, ks ...tea.KeyType) {
	for _, k := range ks {
		tm.Send(tea.KeyMsg{Type: k})
	}
}

// eventually retries check: the program saves in its own goroutine.
func eventually(t *testing.T, what string, check func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !check() {
		if time.Now().After(deadline) {
			t.Fatalf("never true: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (r *room) response(t *testing.T, pid int64, q string) (model.Response, bool) {
	t.Helper()
	rs, err := r.st.Responses(bg, r.w.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range rs {
		if x.ParticipantID == pid && x.QuestionID == q {
			return x, true
		}
	}
	return model.Response{}, false
}

func (r *room) pid(t *testing.T, name string) int64 {
	t.Helper()
	ps, err := r.st.Participants(bg, r.w.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.Name == name {
			return p.ID
		}
	}
	t.Fatalf("no participant %q in %+v", name, ps)
	return 0
}

func finalOutput(t *testing.T, tm *teatest.TestModel) string {
	t.Helper()
	out, err := io.ReadAll(tm.FinalOutput(t, teatest.WithFinalTimeout(5*time.Second)))
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestJoinVoteThenReveal(t *testing.T) {
	r := newRoom(t, "en", "Ana", "Luis")
	tm := r.run(t, "token-marta-0123456789abcdef", "ssh -p 23234 CODE-ABCD@host", 100, 40)
	see(t, tm, "Join the workshop", "Demo", "Your name", "Or pick your name:", "Ana", "Luis")
	typ(tm, "Marta")
	press(tm, tea.KeyEnter)
	see(t, tm, "Waiting for the facilitator to open a question…", "Marta",
		"To come back as Marta after a dropped connection: ssh -p 23234 CODE-ABCD@host")
	marta := r.pid(t, "Marta")

	q := r.sess.Questions()[0]
	if err := r.sess.OpenQuestion(bg, q); err != nil {
		t.Fatal(err)
	}
	n := len(r.sess.Questions())
	see(t, tm, fmt.Sprintf("Question 1 of %d · Strategy", n), "3 Defined", "0 N/A", "x Don't know")
	typ(tm, "3")
	see(t, tm, "Saved ✓")
	eventually(t, "Marta's 3 stored as her response", func() bool {
		x, ok := r.response(t, marta, q)
		return ok && x.Level == 3
	})

	// Another participant votes from a phone: blind, so nothing shows.
	_, luis, err := r.sess.Join(bg, "Luis")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.sess.Vote(bg, luis.ID, lv.Vote{Question: q, Level: 5}); err != nil {
		t.Fatal(err)
	}
	if err := r.sess.Reveal(bg, q); err != nil {
		t.Fatal(err)
	}
	see(t, tm, "Votes: 2", "Marta", "Luis", "Your vote: 3 Defined", "Votes are closed for this question.", "disagreement")
	// Closed: a key no longer votes.
	typ(tm, "1")
	typ(tm, "q")
	view := ansi.Strip(tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).View())
	if !strings.Contains(view, "● 3 Defined") {
		t.Errorf("the participant's own row is not marked:\n%s", view)
	}
	if x, _ := r.response(t, marta, q); x.Level != 3 {
		t.Fatalf("a key after the reveal changed the vote: %+v", x)
	}
	if snap := r.sess.Snapshot(); snap.People[len(snap.People)-1].Online {
		t.Fatal("still online after quitting")
	}
}

func TestReconnectResumesAsTheSamePerson(t *testing.T) {
	r := newRoom(t, "en", "Ana")
	tok := "token-ana-0123456789abcdef0123"
	_, ana, err := r.sess.JoinWithToken(bg, "Ana", tok)
	if err != nil {
		t.Fatal(err)
	}
	qs := r.sess.Questions()
	if err := r.sess.SetPacing(bg, lv.SelfPaced); err != nil {
		t.Fatal(err)
	}
	if err := r.sess.Move(bg, ana.ID, qs[2]); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(bg)
	m := New(Options{Ctx: ctx, Session: r.sess, Token: tok})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(90, 30))
	see(t, tm, fmt.Sprintf("Question 3 of %d", len(qs)), "Ana", "0 of 53 answered")
	if !r.sess.Snapshot().People[0].Online {
		t.Fatal("not online while connected")
	}
	// The connection drops: the session hears it without the program.
	cancel()
	eventually(t, "offline after the connection's end", func() bool { return !r.sess.Snapshot().People[0].Online })
	tm.Quit()
	out := ansi.Strip(finalOutput(t, tm))
	if strings.Contains(out, "Join the workshop") {
		t.Fatalf("a known token was asked to join:\n%s", out)
	}
	if got := len(r.sess.Roster()); got != 1 {
		t.Fatalf("reconnecting made a new participant: %d", got)
	}
}

func TestSelfPacedMovesAndCountsInSpanish(t *testing.T) {
	r := newRoom(t, "es", "Ana", "Luis")
	if err := r.sess.SetPacing(bg, lv.SelfPaced); err != nil {
		t.Fatal(err)
	}
	tm := r.run(t, "token-luis-0123456789abcdef0123", "", 100, 40)
	see(t, tm, "Únete al taller", "O elige tu nombre:")
	press(tm, tea.KeyDown, tea.KeyDown, tea.KeyEnter) // Luis, from the roster
	qs := r.sess.Questions()
	n := len(qs)
	see(t, tm, fmt.Sprintf("Pregunta 1 de %d", n), fmt.Sprintf("0 de %d respondidas", n), "No aplica", "Luis")
	luis := r.pid(t, "Luis")
	typ(tm, "4")
	see(t, tm, "Guardado ✓", fmt.Sprintf("1 de %d respondidas", n))
	press(tm, tea.KeyRight)
	see(t, tm, fmt.Sprintf("Pregunta 2 de %d", n))
	eventually(t, "the position moved", func() bool {
		ps, _ := r.sess.Phone(luis)
		return ps.Position == qs[1]
	})
	typ(tm, "0")
	see(t, tm, fmt.Sprintf("2 de %d respondidas", n))
	press(tm, tea.KeyLeft)
	see(t, tm, fmt.Sprintf("Pregunta 1 de %d", n))
	typ(tm, "q")
	out := ansi.Strip(finalOutput(t, tm))
	for _, en := range []string{"answered", "Question", "Saved"} {
		if strings.Contains(out, en) {
			t.Errorf("English %q on a Spanish workshop:\n%s", en, out)
		}
	}
	if x, ok := r.response(t, luis, qs[1]); !ok || !x.NA {
		t.Fatalf("N/A not stored: %+v", x)
	}
}

func TestNoteBeforeTheAnswerIsKeptThenSavedAsTyped(t *testing.T) {
	r := newRoom(t, "en")
	tm := r.run(t, "token-eva-0123456789abcdef0123", "", 100, 40)
	see(t, tm, "Join the workshop")
	typ(tm, "Eva")
	press(tm, tea.KeyEnter)
	see(t, tm, "Waiting for the facilitator")
	q := r.sess.Questions()[0]
	r.sess.OpenQuestion(bg, q)
	see(t, tm, "Question 1 of")
	eva := r.pid(t, "Eva")
	typ(tm, "n")
	see(t, tm, "Note (saved with your answer as you type; esc closes):")
	typ(tm, "q is typed here")
	press(tm, tea.KeyEsc)
	see(t, tm, "Note kept: it is saved with your answer.")
	if _, ok := r.response(t, eva, q); ok {
		t.Fatal("a note without an answer was stored as one")
	}
	typ(tm, "2")
	eventually(t, "the first vote carries the note", func() bool {
		x, ok := r.response(t, eva, q)
		return ok && x.Level == 2 && x.Note == "q is typed here"
	})
	typ(tm, "n")
	typ(tm, "!")
	eventually(t, "each keystroke saved with the vote", func() bool {
		x, _ := r.response(t, eva, q)
		return x.Level == 2 && x.Note == "q is typed here!"
	})
	// The room moves on while they type: the editor closes, the text stays.
	r.sess.OpenQuestion(bg, r.sess.Questions()[1])
	see(t, tm, "Question 2 of")
	press(tm, tea.KeyCtrlC)
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	if got := tm.FinalModel(t).(*Model).drafts[q]; got != "q is typed here!" {
		t.Fatalf("draft %q", got)
	}
}

func TestJoinErrorsAreShownAndNothingElseChanges(t *testing.T) {
	r := newRoom(t, "en", "Ana")
	if _, _, err := r.sess.Join(bg, "Ana"); err != nil {
		t.Fatal(err)
	}
	tm := r.run(t, "token-other-0123456789abcdef01", "", 100, 30)
	see(t, tm, "Ana (in use)")
	typ(tm, "ana")
	press(tm, tea.KeyEnter)
	see(t, tm, "That name is already in use on another device")
	press(tm, tea.KeyCtrlU) // the field keeps what was typed: clear it
	typ(tm, "Mal\u202eory\x1b[2J")
	press(tm, tea.KeyEnter)
	see(t, tm, "Type a name of 1 to 60 characters")
	typ(tm, "q")
	press(tm, tea.KeyCtrlC)
	out := finalOutput(t, tm)
	if strings.Contains(out, "\x1b[2J") || strings.Contains(out, "\u202e") {
		t.Fatal("a typed escape sequence or bidi override reached the terminal")
	}
	if got := len(r.sess.Roster()); got != 1 {
		t.Fatalf("a refused join added someone: %d", got)
	}
	if _, ok := r.sess.Participant("token-other-0123456789abcdef01"); ok {
		t.Fatal("a refused join kept the token")
	}
}

func TestHostileNamesNeverReachTheTerminalRaw(t *testing.T) {
	st := livetest.Store(t)
	hostile := "Eve\x1b]0;pwned\x07\u202eevil\x1b[2J"
	w := livetest.Workshop(t, st, "Demo\x1b[31m\u202e", "cx-maturity", "en", hostile, "Bob")
	sess := livetest.Session(t, st, w.ID)
	r := &room{st: st, w: w, sess: sess}
	tok := "token-bob-0123456789abcdef0123"
	if _, _, err := sess.JoinWithToken(bg, "Bob", tok); err != nil {
		t.Fatal(err)
	}
	var eve int64
	for _, p := range mustParticipants(t, st, w.ID) {
		if p.Name == hostile {
			eve = p.ID
		}
	}
	if _, err := st.JoinLive(bg, w.ID, hostile, lv.Hash("token-eve-0123456789abcdef0123")); err != nil {
		t.Fatal(err)
	}
	if err := sess.Reload(bg); err != nil {
		t.Fatal(err)
	}
	q := sess.Questions()[0]
	sess.OpenQuestion(bg, q)
	if _, err := sess.Vote(bg, eve, lv.Vote{Question: q, Level: 2}); err != nil {
		t.Fatal(err)
	}
	sess.Reveal(bg, q)
	tm := r.run(t, tok, "ssh -p 1 X@h\x1b[2J", 100, 30)
	see(t, tm, "Votes: 1", "You did not vote on this question.")
	// A second program on the join screen shows the hostile roster name.
	tm2 := r.run(t, "token-new-0123456789abcdef01234", "", 100, 30)
	see(t, tm2, "Or pick your name:")
	typ(tm, "q")
	press(tm2, tea.KeyCtrlC)
	for _, out := range []string{finalOutput(t, tm), finalOutput(t, tm2)} {
		for _, bad := range []string{"\x1b]0;", "\x1b[2J", "\u202e", "\x07"} {
			if strings.Contains(out, bad) {
				t.Errorf("%q reached the terminal", bad)
			}
		}
	}
}

func mustParticipants(t *testing.T, st *store.Store, wid int64) []model.Participant {
	t.Helper()
	ps, err := st.Participants(bg, wid)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func TestTooSmallTerminalSaysSo(t *testing.T) {
	r := newRoom(t, "en", "Ana")
	m := New(Options{Session: r.sess, Token: "token-small-0123456789abcdef01"}).(*Model)
	defer m.Close()
	m.Init()
	for _, size := range [][2]int{{40, 10}, {59, 30}, {100, 15}, {1, 1}, {0, 0}} {
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		view := m.View()
		if size[0] == 0 {
			if view != "" {
				t.Errorf("a frame before the size is known: %q", view)
			}
			continue
		}
		if size[0] >= 10 && !strings.Contains(ansi.Strip(strings.ReplaceAll(view, "\n", " ")), "needs") {
			t.Errorf("%v: no message:\n%s", size, view)
		}
		if got := lipgloss.Height(view); got > size[1] {
			t.Errorf("%v: %d lines", size, got)
		}
	}
	// Back to a usable size: the join screen again.
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if view := ansi.Strip(m.View()); !strings.Contains(view, "Join the workshop") {
		t.Fatalf("not re-laid out:\n%s", view)
	}
}

// Every frame fits the terminal, whatever the size and the screen.
func TestFramesFitEverySize(t *testing.T) {
	r := newRoom(t, "es", "Ana")
	tok := "token-fit-0123456789abcdef01234"
	_, ana, _ := r.sess.JoinWithToken(bg, "Ana", tok)
	q := r.sess.Questions()[0]
	r.sess.OpenQuestion(bg, q)
	m := New(Options{Session: r.sess, Token: tok, Rejoin: "ssh -p 23234 ABCDEF-GHJKMNPQ@192.168.100.200"}).(*Model)
	defer m.Close()
	m.Init()
	ps, _ := r.sess.Phone(ana.ID)
	m.Update(phoneMsg{ps: ps})
	check := func(what string) {
		for _, size := range [][2]int{{60, 16}, {80, 24}, {120, 40}, {200, 60}} {
			m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			view := m.View()
			lines := strings.Split(view, "\n")
			if len(lines) > size[1] {
				t.Errorf("%s %v: %d lines", what, size, len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("%s %v: a line of %d cells: %q", what, size, w, ansi.Strip(l))
				}
			}
			if !bytes.Contains([]byte(ansi.Strip(view)), []byte("Pregunta 1 de")) {
				t.Errorf("%s %v: no question:\n%s", what, size, ansi.Strip(view))
			}
		}
	}
	check("question")
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")})
	check("note")
	m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	r.sess.Vote(bg, ana.ID, lv.Vote{Question: q, Level: 1})
	r.sess.Reveal(bg, q)
	ps, _ = r.sess.Phone(ana.ID)
	m.Update(phoneMsg{ps: ps})
	check("reveal")
}

// No two keys of one mode do two things, and q, ? and ctrl+c stay free.
func TestNoKeyTwice(t *testing.T) {
	k := newKeys(i18n.For("en"), 5)
	for mode, bs := range map[string][]key.Binding{
		"question": {k.Level, k.NA, k.DontKnow, k.Up, k.Down, k.Choose, k.Next, k.Prev, k.Note, k.Help, k.Quit, k.ForceQuit},
		"join":     {k.Join, k.Pick, k.Leave, k.Help, k.Quit, k.ForceQuit},
		"note":     {k.CloseNote, k.ForceQuit},
	} {
		seen := map[string]bool{}
		for _, b := range bs {
			for _, key := range b.Keys() {
				if seen[key] {
					t.Errorf("%s: %q bound twice", mode, key)
				}
				seen[key] = true
			}
		}
	}
}

// Keys that arrive together (a slow SSH link sends them in one packet)
// each do what they do alone: "2n" votes, then opens the note.
func TestKeysArrivingTogether(t *testing.T) {
	r := newRoom(t, "en")
	tok := "token-fast-0123456789abcdef0123"
	_, p, _ := r.sess.JoinWithToken(bg, "Fast", tok)
	q := r.sess.Questions()[0]
	r.sess.OpenQuestion(bg, q)
	tm := r.run(t, tok, "", 100, 30)
	see(t, tm, "Question 1 of")
	typ(tm, "2nok")
	see(t, tm, "Note (saved with your answer as you type")
	eventually(t, "vote and note stored", func() bool {
		x, ok := r.response(t, p.ID, q)
		return ok && x.Level == 2 && x.Note == "ok"
	})
	press(tm, tea.KeyEsc)
	// Text pasted outside a field is refused whole: "quick" neither
	// quits nor votes "don't know".
	typ(tm, "quick")
	see(t, tm, "Pasted text ignored")
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x"), Paste: true})
	time.Sleep(100 * time.Millisecond) // apart from the paste: typed
	typ(tm, "3")
	see(t, tm, "Saved ✓")
	if x, _ := r.response(t, p.ID, q); x.Level != 3 || x.DontKnow || x.Note != "ok" {
		t.Fatalf("after a refused paste and a 3: %+v", x)
	}
	press(tm, tea.KeyCtrlC)
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}
