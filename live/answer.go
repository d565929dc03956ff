package live

import "github.com/cxmap/cxmap/model"

// DontKnowSupported: the model has a "don't know" answer, so phones offer
// it. It stays a constant so a transport can say so to its clients.
const DontKnowSupported = true

// toResponse is a vote, with its note, as the answer the store keeps.
func toResponse(pid int64, v Vote, note string) model.Response {
	return model.Response{ParticipantID: pid, QuestionID: v.Question, Level: v.Level, NA: v.NA, DontKnow: v.DontKnow, Note: note}
}

// fromResponse is a stored answer as a phone sees its own vote.
func fromResponse(r model.Response) Vote {
	note := r.Note
	return Vote{Question: r.QuestionID, Level: r.Level, NA: r.NA, DontKnow: r.DontKnow, Note: &note}
}
