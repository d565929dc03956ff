package model

import "time"

// Bundle is one workshop with everything in it: what the exports write and
// what an import restores. store.LoadBundle fills it from the database;
// export.ReadJSON from a file.
//
// IDs inside a bundle (participants, journeys, stages, lanes) only tie its
// parts together: a response's ParticipantID is one of Participants' IDs,
// an evidence's JourneyID one of Journeys' IDs, a journey GenKey names a
// journey and one of its stages. An import gives everything new ids.
type Bundle struct {
	Workshop     Workshop
	Assessment   *Assessment
	Participants []Participant
	Responses    []Response
	Targets      map[string]int
	// Results are computed from the above (Score); see Compute.
	Results Results
	// Previous is an earlier assessment's results, to report the change
	// since then; nil when there is none.
	Previous *Results
	// PreviousBase is this round's results on the same questions as
	// Previous (those both rounds scored), and Compared how many they
	// are: the change is measured between the two.
	PreviousBase *Results
	Compared     int
	Journeys     []Journey
	Initiatives  []Initiative
	// GeneratedAt is the time an export is made, passed in by the caller
	// (the writers read no clock).
	GeneratedAt time.Time
}

// Compute sets Results from the assessment, responses and targets.
func (b *Bundle) Compute() {
	b.Results = Score(b.Assessment, b.Responses, b.Targets)
}

// Recommend proposes the bundle's roadmap in lang (see Recommend).
func (b *Bundle) Recommend(lang string) []Initiative {
	return Recommend(RecommendInput{
		Assessment:   b.Assessment,
		Lang:         lang,
		Results:      b.Results,
		Targets:      b.Targets,
		Journeys:     b.Journeys,
		Responses:    b.Responses,
		Participants: b.Participants,
	})
}

// Participant returns the participant with id, or ok=false.
func (b *Bundle) Participant(id int64) (Participant, bool) {
	for _, p := range b.Participants {
		if p.ID == id {
			return p, true
		}
	}
	return Participant{}, false
}
