// Package histogram draws a revealed question's votes: one bar per level
// with the names of who chose it, the median and spread, the
// disagreement flag and the team's answer. The facilitator's live screen
// and the participant's terminal both draw it, so the room reads the same
// figure on the projector and in a participant's terminal.
package histogram

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/i18n"
	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/styles"
)

// Options say how to draw a reveal.
type Options struct {
	Styles *styles.Styles
	Cat    i18n.Catalog
	// Levels are the names of the model's levels, from level 1, in the
	// language shown.
	Levels []string
	// Width is the most cells a line may take.
	Width int
	// Mine is the viewer's own vote: its row is marked ●. Nil (the
	// facilitator) draws no mark column.
	Mine *lv.Vote
}

// Special levels of the rows after the model's levels.
const (
	rowNA       = -1
	rowDontKnow = -2
)

// Names joins people's names for one line, each made safe to draw.
func Names(ns []string) string {
	safe := make([]string, len(ns))
	for i, n := range ns {
		safe[i] = textsafe.Line(n)
	}
	return strings.Join(safe, ", ")
}

// Level is "3 Defined": a level's number and name, made safe; "–" for a
// level the model does not have.
func Level(levels []string, l int) string {
	if l < 1 || l > len(levels) {
		return "–"
	}
	return fmt.Sprintf("%d %s", l, textsafe.Line(levels[l-1]))
}

// Lines draws the reveal: a title, the bars, the median and spread with
// the disagreement flag, and the team's answer when one is set (the
// caller adds what it says when none is).
func Lines(r *lv.Reveal, o Options) []string {
	st, w := o.Styles, o.Width
	label := func(l lv.LevelVotes) string {
		switch l.Level {
		case rowNA:
			return o.Cat.T("live.na")
		case rowDontKnow:
			return o.Cat.T("live.dont_know")
		}
		return Level(o.Levels, l.Level)
	}
	rows := append([]lv.LevelVotes(nil), r.Levels...)
	if r.NA.Count > 0 || (o.Mine != nil && o.Mine.NA) {
		na := r.NA
		na.Level = rowNA
		rows = append(rows, na)
	}
	if r.DontKnow.Count > 0 || (o.Mine != nil && o.Mine.DontKnow) {
		dk := r.DontKnow
		dk.Level = rowDontKnow
		rows = append(rows, dk)
	}
	mark := 0
	if o.Mine != nil {
		mark = 2
	}
	labelW, most := 0, 1
	for _, l := range rows {
		labelW = max(labelW, lipgloss.Width(label(l)))
		most = max(most, l.Count)
	}
	labelW = min(labelW, w/3)
	// The bars give way to the names, down to a short bar.
	namesW := 0
	for _, l := range rows {
		if len(l.Names) > 0 {
			namesW = max(namesW, lipgloss.Width(Names(l.Names))+2)
		}
	}
	barW := max(min(w-mark-labelW-5-namesW, 24), 6)
	out := []string{st.Subtitle.Render(o.Cat.T("live.revealed", r.Votes))}
	for _, l := range rows {
		n := l.Count * barW / most
		text := ansi.Truncate(label(l), labelW, "…")
		text += strings.Repeat(" ", labelW-lipgloss.Width(text)+1)
		line := ""
		if o.Mine != nil {
			if mine(o.Mine, l.Level) {
				line = st.Selected.Render("● " + text)
			} else {
				line = "  " + text
			}
		} else {
			line = text
		}
		line += st.BarFull.Render(strings.Repeat("█", n)) + strings.Repeat(" ", barW-n)
		line += fmt.Sprintf(" %2d", l.Count)
		if len(l.Names) > 0 {
			line += "  " + st.Muted.Render(Names(l.Names))
		}
		out = append(out, ansi.Truncate(line, w, "…"))
	}
	var stats []string
	if r.HasMedian {
		stats = append(stats, o.Cat.T("live.median", o.Cat.Score(r.Median)), o.Cat.T("live.spread", r.Spread))
	}
	statLine := strings.Join(stats, " · ")
	if r.Disagreement {
		if statLine != "" {
			statLine += "  "
		}
		statLine += st.Warn.Render("⚠ " + o.Cat.T("live.disagreement"))
	}
	if statLine != "" {
		out = append(out, statLine)
	}
	switch {
	case r.ConsensusNA:
		out = append(out, st.Good.Render(o.Cat.T("live.consensus", o.Cat.T("live.na"))))
	case r.Consensus > 0:
		out = append(out, st.Good.Render(o.Cat.T("live.consensus", Level(o.Levels, r.Consensus))))
	}
	return out
}

// mine reports whether row level holds the vote v.
func mine(v *lv.Vote, level int) bool {
	switch {
	case v.NA:
		return level == rowNA
	case v.DontKnow:
		return level == rowDontKnow
	}
	return level == v.Level
}
