package i18n

// The participant's terminal: what someone who joins a live session over
// SSH reads. The phone page says the same in its own script.

func init() { merge(participantEN, participantES) }

var participantEN = map[string]string{
	"part.join_title": "Join the workshop",
	"part.your_name":  "Your name",
	"part.pick":       "Or pick your name:",
	"part.taken":      "in use",
	"part.joining":    "Joining…",
	"part.waiting":    "Waiting for the facilitator to open a question…",
	"part.answered":   "%d of %d answered",
	"part.saved":      "Saved ✓",
	"part.failed":     "Not saved: %s",
	"part.anonymous":  "Anonymous",
	"part.your_vote":  "Your vote: %s",
	"part.no_vote":    "You did not vote on this question.",
	"part.closed":     "Votes are closed for this question.",
	"part.not_open":   "This question is no longer open for votes.",
	"part.ended":      "The session has ended. Thank you for taking part!",
	"part.removed":    "You are no longer in this session: join again.",
	"part.rejoin":     "To come back as %s after a dropped connection: %s",
	"part.note_edit":  "Note (saved with your answer as you type; esc closes):",
	"part.note_kept":  "Note kept: it is saved with your answer.",

	"part.err.name_taken": "That name is already in use on another device: choose another one.",
	"part.err.bad_name":   "Type a name of 1 to 60 characters, without control characters.",
	"part.err.full":       "The session is full: ask the facilitator.",
	"part.err.ended":      "The session has ended.",
	"part.err.other":      "Could not join: %s",

	"part.key.join":   "join",
	"part.key.pick":   "pick your name",
	"part.key.choose": "answer the highlighted",
	"part.key.leave":  "leave the field",
}

var participantES = map[string]string{
	"part.join_title": "Únete al taller",
	"part.your_name":  "Tu nombre",
	"part.pick":       "O elige tu nombre:",
	"part.taken":      "en uso",
	"part.joining":    "Entrando…",
	"part.waiting":    "Esperando a que la persona facilitadora abra una pregunta…",
	"part.answered":   "%d de %d respondidas",
	"part.saved":      "Guardado ✓",
	"part.failed":     "No se guardó: %s",
	"part.anonymous":  "Anónimo",
	"part.your_vote":  "Tu voto: %s",
	"part.no_vote":    "No votaste esta pregunta.",
	"part.closed":     "La votación de esta pregunta está cerrada.",
	"part.not_open":   "Esta pregunta ya no está abierta a votos.",
	"part.ended":      "La sesión ha terminado. ¡Gracias por participar!",
	"part.removed":    "Ya no estás en esta sesión: vuelve a entrar.",
	"part.rejoin":     "Para volver como %s si se corta la conexión: %s",
	"part.note_edit":  "Nota (se guarda con tu respuesta mientras escribes; esc cierra):",
	"part.note_kept":  "Nota guardada aquí: se envía con tu respuesta.",

	"part.err.name_taken": "Ese nombre ya está en uso en otro dispositivo: elige otro.",
	"part.err.bad_name":   "Escribe un nombre de 1 a 60 caracteres, sin caracteres de control.",
	"part.err.full":       "La sesión está completa: avisa a la persona facilitadora.",
	"part.err.ended":      "La sesión ha terminado.",
	"part.err.other":      "No se pudo entrar: %s",

	"part.key.join":   "entrar",
	"part.key.pick":   "elegir tu nombre",
	"part.key.choose": "responder la resaltada",
	"part.key.leave":  "salir del campo",
}
