package model

// The few texts Recommend writes itself, in each language it ships. The
// model package keeps them (rather than the i18n catalog) so that it stays
// free of interface packages; a test checks both languages have the same
// keys and verbs.
var recommendText = map[string]map[string]string{
	LangEN: {
		"consensus":               "Consensus",
		"participant":             "Participant %d",
		"stage_n":                 "Stage %d",
		"journey_n":               "Journey %d",
		"observed":                "observed",
		"assumed":                 "assumed",
		"na":                      "N/A",
		"dont_know":               "don't know",
		"owner_role":              "Usually led by: %s.",
		"and":                     " and ",
		"quote":                   "“%s”",
		"who.customer":            "customers",
		"who.employee":            "employees",
		"journey.fix1":            "Remove the pain point at stage “%s” (journey “%s”)",
		"journey.fixN":            "Remove the pain point “%s” at %d stages (journey “%s”)",
		"journey.low1":            "Turn around the low point at stage “%s” (journey “%s”)",
		"journey.lowN":            "Turn around the low points at %d stages (journey “%s”)",
		"journey.other":           "Remove the remaining pain points at %d stages (journey “%s”)",
		"journey.validate1":       "Validate with %s the assumed pain point at stage “%s” (journey “%s”)",
		"journey.validateN":       "Validate with %s the assumed pain points at %d stages (journey “%s”)",
		"journey.where":           "Stage “%s” of the journey “%s”.",
		"journey.whereN":          "Stages of the journey “%s”: %s.",
		"journey.emotion":         "The experience falls to %s (%s).",
		"journey.pains":           "Pain points: %s.",
		"journey.moments":         "Moments of truth at stake: %s.",
		"journey.ideas":           "The team's ideas: %s.",
		"journey.action":          "Find the root cause with the people behind this part of the journey, remove it, and check the result with those who live it.",
		"journey.validate_action": "These pain points are the team's assumptions, not yet observed. Interview or observe %s at these stages before investing, then fix the ones that are confirmed.",
		"align.title":             "Align the team on “%s”",
		"align.description":       "Answers ranged from level %d to level %d (spread %d). Hold a short session to hear why views differ, agree on the facts and record a consensus answer before acting on this question.",
	},
	LangES: {
		"consensus":               "Consenso",
		"participant":             "Participante %d",
		"stage_n":                 "Etapa %d",
		"journey_n":               "Recorrido %d",
		"observed":                "observado",
		"assumed":                 "supuesto",
		"na":                      "N/A",
		"dont_know":               "no sabe",
		"owner_role":              "Suele liderarla: %s.",
		"and":                     " y ",
		"quote":                   "«%s»",
		"who.customer":            "clientes",
		"who.employee":            "empleados",
		"journey.fix1":            "Eliminar el punto de dolor en la etapa «%s» (recorrido «%s»)",
		"journey.fixN":            "Eliminar el punto de dolor «%s» en %d etapas (recorrido «%s»)",
		"journey.low1":            "Revertir el momento bajo en la etapa «%s» (recorrido «%s»)",
		"journey.lowN":            "Revertir los momentos bajos en %d etapas (recorrido «%s»)",
		"journey.other":           "Eliminar los demás puntos de dolor en %d etapas (recorrido «%s»)",
		"journey.validate1":       "Validar con %s el punto de dolor supuesto en la etapa «%s» (recorrido «%s»)",
		"journey.validateN":       "Validar con %s los puntos de dolor supuestos en %d etapas (recorrido «%s»)",
		"journey.where":           "Etapa «%s» del recorrido «%s».",
		"journey.whereN":          "Etapas del recorrido «%s»: %s.",
		"journey.emotion":         "La experiencia cae a %s (%s).",
		"journey.pains":           "Puntos de dolor: %s.",
		"journey.moments":         "Momentos de la verdad en juego: %s.",
		"journey.ideas":           "Ideas del equipo: %s.",
		"journey.action":          "Buscar la causa de fondo con quienes gestionan esta parte del recorrido, eliminarla y comprobar el resultado con quienes la viven.",
		"journey.validate_action": "Estos puntos de dolor son supuestos del equipo, todavía no observados. Entrevistar u observar a %s en estas etapas antes de invertir y resolver los que se confirmen.",
		"align.title":             "Alinear al equipo sobre «%s»",
		"align.description":       "Las respuestas fueron del nivel %d al nivel %d (dispersión %d). Celebrar una sesión breve para entender por qué difieren las opiniones, acordar los hechos y registrar una respuesta de consenso antes de actuar sobre esta pregunta.",
	},
}

// recommendTexts returns the texts in lang, English for any other.
func recommendTexts(lang string) map[string]string {
	if t, ok := recommendText[lang]; ok {
		return t
	}
	return recommendText[LangEN]
}
