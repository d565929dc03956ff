package sample

import "github.com/cxmap/cxmap/model"

// content is the sample's words in one language.
type content struct {
	workshop, client, facilitator string
	// people are the participants 1 to 4 (see participants).
	people [participants]person
	// notes on answers, keyed "respondent/question id": respondent 0 is
	// the team's consensus, 1-4 a participant. Every note must belong to
	// an answer in answers or consensus.
	notes map[string]string
	// channels are the channel lane's words for channelCodes, as the
	// journey editor writes them.
	channels [len(channelCodes)]string
	// journeys by shape id.
	journeys map[int64]journeyText
	roadmap  roadmapText
}

type person struct{ name, role string }

// journeyText is the words of a journey map: stage names and, per lane
// kind, one text per stage (the channel lane comes from the shape).
type journeyText struct {
	name, persona string
	stages        []string
	lanes         map[model.LaneKind][]string
}

// roadmapText is the consultant's own words in the roadmap: the reworded
// proposal's title and description, and their own initiative. Its KPIs
// mix the model's vocabulary (ids such as csat, shown in the report's
// language) with one typed as free text, as consultants do.
type roadmapText struct {
	editedTitle        string
	editedDescription  string
	title, description string
	kpis               []string
}

// contents by language.
var contents = map[string]*content{
	model.LangEN: &english,
	model.LangES: &spanish,
}
