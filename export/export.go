// Package export writes a workshop (a model.Bundle) as the Markdown report
// the client takes home, as JSON (a complete copy that ReadJSON restores)
// and as CSV. Writers take the bundle and an io.Writer; their output is
// deterministic: stable order and no clock (the time of the export is
// passed in the bundle).
package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/model"
)

// WriteFile writes a file through write, atomically: to a temporary file
// in the same folder, synced and then renamed over path. On any error
// path is left as it was and no temporary file remains. A new file gets
// mode 0600 (workshop data is confidential); an existing one keeps its
// mode.
func WriteFile(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if base == "" {
		return fmt.Errorf("cannot write %s: it names a folder, not a file", path)
	}
	mode := fs.FileMode(0o600)
	if info, err := os.Stat(path); err == nil {
		if !info.Mode().IsRegular() {
			return fmt.Errorf("cannot write %s: it is not a regular file", path)
		}
		mode = info.Mode().Perm()
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err := write(f); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := f.Chmod(mode); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	return nil
}

// unwrapPath drops the temporary file's name from an error, so the
// message names only the file the user asked for.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// view is a bundle prepared for writing: results, answers by respondent
// and question, texts in one language.
type view struct {
	b    *model.Bundle
	a    *model.Assessment
	lang string
	c    i18n.Catalog
	res  model.Results
	// answers[respondent][question] is the respondent's last response.
	answers map[int64]map[string]model.Response
	// hasConsensus: the consensus answered or noted something.
	hasConsensus bool
}

func newView(b *model.Bundle, lang string) (*view, error) {
	if b == nil || b.Assessment == nil {
		return nil, errors.New("export: the workshop has no assessment model")
	}
	if lang != model.LangES {
		lang = model.LangEN
	}
	v := &view{b: b, a: b.Assessment, lang: lang, c: i18n.For(lang), res: b.Results,
		answers: map[int64]map[string]model.Response{}}
	if v.res.Questions == nil {
		v.res = model.Score(b.Assessment, b.Responses, b.Targets)
	}
	for _, r := range b.Responses {
		m := v.answers[r.ParticipantID]
		if m == nil {
			m = map[string]model.Response{}
			v.answers[r.ParticipantID] = m
		}
		m[r.QuestionID] = r
		if r.ParticipantID == model.Consensus {
			v.hasConsensus = true
		}
	}
	return v, nil
}

func (v *view) t(key string, args ...any) string { return v.c.T(key, args...) }

// respondents are the participants in order, then the consensus if it
// answered: the order of every list of answers.
func (v *view) respondents() []model.Participant {
	out := make([]model.Participant, 0, len(v.b.Participants)+1)
	out = append(out, v.b.Participants...)
	if v.hasConsensus {
		out = append(out, model.Participant{ID: model.Consensus, Name: v.t("export.consensus")})
	}
	return out
}

// score formats a score with one decimal, with a decimal comma in Spanish.
func (v *view) score(x float64) string {
	s := strconv.FormatFloat(x, 'f', 1, 64)
	if v.lang == model.LangES {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// delta formats a change with its sign.
func (v *view) delta(x float64) string {
	switch {
	case x > 0:
		return "+" + v.score(x)
	case x < 0:
		return "−" + v.score(-x)
	}
	return "±" + v.score(0)
}

// levelName is the name of level n (from 1), or "".
func (v *view) levelName(n int) string {
	if n < 1 || n > len(v.a.Levels) {
		return ""
	}
	return v.a.Levels[n-1].Name.In(v.lang)
}

// level is "2 · Aware".
func (v *view) level(n int) string {
	if name := v.levelName(n); name != "" {
		return strconv.Itoa(n) + " · " + name
	}
	return strconv.Itoa(n)
}

// answer is how a response reads: "2 · Aware", "N/A", "Don't know" or
// "—". The don't-know label is the questionnaire's, so screen and report
// name it alike.
func (v *view) answer(r model.Response) string {
	switch {
	case r.NA:
		return v.t("export.na")
	case r.DontKnow:
		return v.t("q.dont_know_short")
	case r.Level > 0:
		return v.level(r.Level)
	}
	return "—"
}

func (v *view) dimName(id string) string {
	if d := v.a.Dimension(id); d != nil {
		return d.Name.In(v.lang)
	}
	return id
}

func (v *view) questionText(id string) string {
	if ref, ok := v.a.Question(id); ok {
		return ref.Question.Text.In(v.lang)
	}
	return id
}

func (v *view) horizon(h model.Horizon) string { return v.t("term.horizon." + string(h)) }

func (v *view) quadrant(in model.Initiative) string {
	return v.t("term.quadrant." + string(model.QuadrantOf(in.Impact, in.Effort)))
}

func (v *view) status(s model.Status) string { return v.t("term.status." + string(s)) }

// date is a long date in the export's language, "" for the zero time.
func (v *view) date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.UTC()
	months := strings.Split(v.t("export.months"), ",")
	month := t.Month().String()
	if int(t.Month()) <= len(months) {
		month = months[t.Month()-1]
	}
	return v.t("export.date", t.Day(), month, t.Year())
}

// laneName is a lane's own name or its kind's name.
func (v *view) laneName(l model.Lane) string {
	if strings.TrimSpace(l.Name) != "" {
		return l.Name
	}
	switch l.Kind {
	case model.LaneActions, model.LaneTouchpoints, model.LaneChannel, model.LaneThoughts, model.LaneEmotion,
		model.LanePain, model.LaneOpportunity, model.LaneMoment, model.LaneBackstage, model.LaneKPI:
		return v.t("export.lane." + string(l.Kind))
	}
	return v.t("export.lane.text")
}

// roadmap splits the initiatives by horizon, in roadmap order (Position),
// the rejected ones apart; numbers run 1, 2, 3... over the horizons.
type roadmapItem struct {
	model.Initiative
	Number int
}

func (v *view) roadmap() (byHorizon map[model.Horizon][]roadmapItem, rejected []roadmapItem) {
	list := sortedInitiatives(v.b.Initiatives)
	byHorizon = map[model.Horizon][]roadmapItem{}
	n := 0
	for _, h := range model.Horizons {
		for _, in := range list {
			if in.Horizon == h && in.Status != model.StatusRejected {
				n++
				byHorizon[h] = append(byHorizon[h], roadmapItem{in, n})
			}
		}
	}
	for _, in := range list {
		if in.Status == model.StatusRejected {
			n++
			rejected = append(rejected, roadmapItem{in, n})
		}
	}
	return byHorizon, rejected
}
