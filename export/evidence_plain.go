package export

import "github.com/cxmap/cxmap/model"

// evidencePlain is one piece of evidence as plain text with the question's
// id, for the CSV (a data file, where ids let a reader join tables): "Q
// strategy.vision “Is there…”: 1.5 — Ana: note".
func (v *view) evidencePlain(e model.Evidence) string {
	switch e.Kind {
	case model.EvidenceQuestion, model.EvidenceDisagreement:
		q := oneLine(model.Shorten(v.questionText(e.QuestionID), 60))
		var s string
		if e.Kind == model.EvidenceQuestion {
			s = v.t("export.ev.question_id", e.QuestionID, q, v.score(e.Score))
		} else {
			s = v.t("export.ev.disagreement_id", e.QuestionID, q, e.Spread)
		}
		return withNotes(s, e.Notes)
	}
	return v.evidenceText(e)
}
