// Package model holds cxmap's domain: plain types and pure functions for
// scoring, recommendations and journey operations. No I/O lives here.
package model

import "sort"

// Languages cxmap ships its interface and built-in content in.
const (
	LangEN = "en"
	LangES = "es"
)

// SupportedLanguages in the order they are offered.
var SupportedLanguages = []string{LangEN, LangES}

// Text is one piece of content in several languages, keyed by language code.
type Text map[string]string

// In returns the text in lang, falling back to English and then to any
// language present, so a partial custom model never shows an empty line.
func (t Text) In(lang string) string {
	if s, ok := t[lang]; ok && s != "" {
		return s
	}
	if s, ok := t[LangEN]; ok && s != "" {
		return s
	}
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if t[k] != "" {
			return t[k]
		}
	}
	return ""
}

// Assessment is a maturity model: levels, weighted dimensions of questions
// with one anchored descriptor per level, and a recommendation library.
type Assessment struct {
	ID              string           `json:"id"`
	Version         string           `json:"version"`
	Languages       []string         `json:"languages"`
	Name            Text             `json:"name"`
	Description     Text             `json:"description"`
	Levels          []Level          `json:"levels"`
	Dimensions      []Dimension      `json:"dimensions"`
	Recommendations []Recommendation `json:"recommendations"`
	// KPIs is the model's vocabulary of indicators; recommendations name
	// them by id, so every report shows them in its own language.
	KPIs []KPI `json:"kpis,omitempty"`
}

// KPI is one indicator of the model's vocabulary.
type KPI struct {
	ID         string `json:"id"`
	Name       Text   `json:"name"`
	Definition Text   `json:"definition"`
}

// KPI returns the indicator with id, or nil (a free-text KPI typed by a
// consultant is not in the vocabulary).
func (a *Assessment) KPI(id string) *KPI {
	for i := range a.KPIs {
		if a.KPIs[i].ID == id {
			return &a.KPIs[i]
		}
	}
	return nil
}

// Level is one maturity level; its number is its position, starting at 1.
type Level struct {
	Name    Text `json:"name"`
	Summary Text `json:"summary"`
}

// Dimension groups questions; its score is their weighted mean.
type Dimension struct {
	ID          string     `json:"id"`
	Name        Text       `json:"name"`
	Description Text       `json:"description"`
	Weight      float64    `json:"weight"`
	Questions   []Question `json:"questions"`
}

// Question carries one descriptor per level: what the organisation looks
// like at that level, so answers are anchored rather than a bare 1-5.
type Question struct {
	ID          string  `json:"id"`
	Text        Text    `json:"text"`
	Hint        Text    `json:"hint,omitempty"`
	Weight      float64 `json:"weight"`
	Descriptors []Text  `json:"descriptors"`
}

// Horizon is when an initiative should happen.
type Horizon string

const (
	HorizonNow   Horizon = "now"   // 0-3 months
	HorizonNext  Horizon = "next"  // 3-6 months
	HorizonLater Horizon = "later" // 6-12 months
)

// Horizons in time order.
var Horizons = []Horizon{HorizonNow, HorizonNext, HorizonLater}

// Recommendation is a library initiative that moves a dimension from Level
// to Level+1.
type Recommendation struct {
	ID          string   `json:"id"`
	Dimension   string   `json:"dimension"`
	Level       int      `json:"level"`
	Horizon     Horizon  `json:"horizon"`
	Impact      int      `json:"impact"`
	Effort      int      `json:"effort"`
	KPIs        []string `json:"kpis"` // ids in the model's KPI vocabulary
	Title       Text     `json:"title"`
	Description Text     `json:"description"`
	// Addresses lists the question ids the initiative fixes: its evidence.
	Addresses []string `json:"addresses,omitempty"`
	// Owner is the role that usually owns it ("Head of Customer Service").
	Owner Text `json:"owner,omitempty"`
}

// QuestionCount is the number of questions over all dimensions.
func (a *Assessment) QuestionCount() int {
	n := 0
	for _, d := range a.Dimensions {
		n += len(d.Questions)
	}
	return n
}

// Dimension returns the dimension with id, or nil.
func (a *Assessment) Dimension(id string) *Dimension {
	for i := range a.Dimensions {
		if a.Dimensions[i].ID == id {
			return &a.Dimensions[i]
		}
	}
	return nil
}

// QuestionRef locates a question in its model.
type QuestionRef struct {
	Dimension *Dimension
	Question  *Question
	Index     int // position over the whole questionnaire, from 0
}

// Question returns the question with id, or ok=false.
func (a *Assessment) Question(id string) (QuestionRef, bool) {
	n := 0
	for i := range a.Dimensions {
		d := &a.Dimensions[i]
		for j := range d.Questions {
			if d.Questions[j].ID == id {
				return QuestionRef{Dimension: d, Question: &d.Questions[j], Index: n}, true
			}
			n++
		}
	}
	return QuestionRef{}, false
}
