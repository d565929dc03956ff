package model

// The few texts Recommend writes itself, in each language it ships. The
// model package keeps them (rather than the i18n catalog) so that it stays
// free of interface packages; a test checks both languages have the same
// keys and verbs.
var recommendText = map[string]map[string]string{
	LangEN: {
		"consensus":         "Consensus",
		"participant":       "Participant %d",
		"stage_n":           "Stage %d",
		"journey_n":         "Journey %d",
		"observed":          "observed",
		"assumed":           "assumed",
		"na":                "N/A",
		"dont_know":         "don't know",
		"journey.pain":      "Fix the pain at %s (%s)",
		"journey.low":       "Turn around the low point at %s (%s)",
		"journey.where":     "Stage “%s” of the journey “%s”.",
		"journey.emotion":   "The experience falls to %+d (%s).",
		"journey.pains":     "Pain points: %s.",
		"journey.moments":   "Moments of truth at stake: %s.",
		"journey.action":    "Find the root cause with the people who run this stage, remove it, and check the result with those who live it.",
		"align.title":       "Align the team on “%s”",
		"align.description": "Answers ranged from level %d to level %d (spread %d). Hold a short session to hear why views differ, agree on the facts and record a consensus answer before acting on this question.",
	},
	LangES: {
		"consensus":         "Consenso",
		"participant":       "Participante %d",
		"stage_n":           "Etapa %d",
		"journey_n":         "Recorrido %d",
		"observed":          "observado",
		"assumed":           "supuesto",
		"na":                "N/A",
		"dont_know":         "no sabe",
		"journey.pain":      "Resolver el punto de dolor en %s (%s)",
		"journey.low":       "Revertir el momento bajo en %s (%s)",
		"journey.where":     "Etapa «%s» del recorrido «%s».",
		"journey.emotion":   "La experiencia cae a %+d (%s).",
		"journey.pains":     "Puntos de dolor: %s.",
		"journey.moments":   "Momentos de la verdad en juego: %s.",
		"journey.action":    "Buscar la causa de fondo con quienes gestionan esta etapa, eliminarla y comprobar el resultado con quienes la viven.",
		"align.title":       "Alinear al equipo sobre «%s»",
		"align.description": "Las respuestas fueron del nivel %d al nivel %d (dispersión %d). Celebrar una sesión breve para entender por qué difieren las opiniones, acordar los hechos y registrar una respuesta de consenso antes de actuar sobre esta pregunta.",
	},
}

// recommendTexts returns the texts in lang, English for any other.
func recommendTexts(lang string) map[string]string {
	if t, ok := recommendText[lang]; ok {
		return t
	}
	return recommendText[LangEN]
}
