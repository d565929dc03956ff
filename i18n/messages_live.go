package i18n

// The live session's strings: the facilitator's screen and the hub's key.
// (The phone page carries its own, in its script.)

func init() { merge(liveEN, liveES) }

var liveEN = map[string]string{
	"cli.live.short": "Run a live session: participants vote from their phones",
	"cli.live.long": `Run a live session of a workshop: the app serves a page on the local
network where each participant votes from their phone, blind until the
facilitator reveals a question. Votes are saved as the participants' answers.

Without --addr it listens on the machine's LAN address and a free port.
With --headless it runs without the terminal app and prints the participant
address, the join code and the facilitator's token; it stops on Ctrl+C or
when the facilitator ends the session through the API.

With --ssh HOST:PORT participants can also join from a terminal, with the
session's join code as user name and no key: ssh -p PORT CODE@HOST. They
get only their own questionnaire. The SSH host key is made on first use in
the configuration folder, as for cxmap serve.`,
	"cli.live.flag.addr":     "HOST:PORT to listen on (default: the LAN address and a free port)",
	"cli.live.flag.headless": "run without the terminal app; print the addresses and the facilitator token",
	"cli.live.flag.max":      "most phones that may join",
	"cli.live.err.addr":      "--addr %q: use HOST:PORT, e.g. 192.168.1.20:8080 or 127.0.0.1:0",
	"cli.live.err.max":       "--max-participants must be at least 1",
	"cli.live.flag.ssh":      "also let participants join from a terminal over SSH at HOST:PORT (e.g. :23234)",
	"cli.live.err.ssh":       "--ssh %q: use HOST:PORT, e.g. :23234 or 192.168.1.20:2222",

	"workshop.part_live": "Live session",
	"workshop.live_hint": "phones vote",

	"live.title":          "Live session",
	"live.starting":       "Starting the live session…",
	"live.not_running":    "The live session is not running. Press r to start it.",
	"live.ended":          "The session has ended: phones were told. Every vote is saved as that participant's answer.",
	"live.restart_hint":   "Press r to start it again: phones rejoin with their tokens.",
	"live.ended_status":   "Live session ended.",
	"live.together":       "Together",
	"live.self_paced":     "Self-paced",
	"live.joined":         "%d joined, %d online",
	"live.joined.one":     "%d joined, %d online",
	"live.anonymous":      "anonymous",
	"live.join_at":        "Join:",
	"live.code":           "Code:",
	"live.per_question":   "Answers per question",
	"live.none_open":      "No question yet: press n to open the first one.",
	"live.question_of":    "Question %d of %d",
	"live.not_open":       "Not open on the phones: press v to open it.",
	"live.voted":          "%d of %d voted",
	"live.blind":          "Votes stay hidden until you reveal them (v).",
	"live.revealed":       "Votes: %d",
	"live.na":             "N/A",
	"live.dont_know":      "Don't know",
	"live.median":         "median %s",
	"live.spread":         "spread %d",
	"live.disagreement":   "disagreement",
	"live.consensus":      "Consensus: %s",
	"live.consensus_hint": "Consensus: press 1-%d, - for N/A",
	"live.people":         "People (%d)",
	"live.nobody":         "Nobody yet: scan the code or open the address.",
	"live.legend":         "● online  ○ phone away  · no phone",
	"live.on_question":    "on Q%d",
	"live.stuck":          "stuck",
	"live.reveal_first":   "Reveal the votes first (v): the consensus comes after the discussion.",

	"live.key_next":      "next question",
	"live.key_prev":      "previous",
	"live.key_reveal":    "open / reveal",
	"live.key_hide":      "hide again",
	"live.key_consensus": "consensus",
	"live.key_na":        "consensus N/A",
	"live.key_clear":     "clear consensus",
	"live.key_anonymous": "anonymous",
	"live.key_pacing":    "together / self-paced",
	"live.key_code":      "show / hide code",
	"live.key_end":       "end session",
	"live.key_restart":   "start again",
}

var liveES = map[string]string{
	"cli.live.short": "Sesión en vivo: cada participante vota desde su móvil",
	"cli.live.long": `Inicia una sesión en vivo de un taller: la aplicación sirve una página en
la red local donde cada participante vota desde su móvil, a ciegas hasta que
la persona facilitadora muestra la pregunta. Los votos se guardan como
respuestas de cada participante.

Sin --addr escucha en la dirección de la red local y un puerto libre. Con
--headless funciona sin la aplicación de terminal e imprime la dirección para
participantes, el código y la clave de la persona facilitadora; se detiene con
Ctrl+C o cuando se termina la sesión desde la API.

Con --ssh HOST:PUERTO también se puede participar desde un terminal, con el
código de la sesión como nombre de usuario y sin clave: ssh -p PUERTO
CÓDIGO@HOST. Cada participante solo ve su propio cuestionario. La clave SSH
del servidor se crea la primera vez en la carpeta de configuración, como en
cxmap serve.`,
	"cli.live.flag.addr":     "HOST:PUERTO donde escuchar (por defecto: la dirección de la red local y un puerto libre)",
	"cli.live.flag.headless": "sin la aplicación de terminal; imprime las direcciones y la clave de la persona facilitadora",
	"cli.live.flag.max":      "máximo de móviles que pueden unirse",
	"cli.live.err.addr":      "--addr %q: usa HOST:PUERTO, p. ej. 192.168.1.20:8080 o 127.0.0.1:0",
	"cli.live.err.max":       "--max-participants debe ser al menos 1",
	"cli.live.flag.ssh":      "permite también participar desde un terminal por SSH en HOST:PUERTO (p. ej. :23234)",
	"cli.live.err.ssh":       "--ssh %q: usa HOST:PUERTO, p. ej. :23234 o 192.168.1.20:2222",

	"workshop.part_live": "Sesión en vivo",
	"workshop.live_hint": "votan los móviles",

	"live.title":          "Sesión en vivo",
	"live.starting":       "Iniciando la sesión en vivo…",
	"live.not_running":    "La sesión en vivo no está activa. Pulsa r para iniciarla.",
	"live.ended":          "La sesión ha terminado: se avisó a los móviles. Cada voto queda guardado como respuesta de esa persona.",
	"live.restart_hint":   "Pulsa r para iniciarla de nuevo: los móviles vuelven a entrar con su clave.",
	"live.ended_status":   "Sesión en vivo terminada.",
	"live.together":       "Todos a la vez",
	"live.self_paced":     "A su ritmo",
	"live.joined":         "%d conectados, %d en línea",
	"live.joined.one":     "%d conectado, %d en línea",
	"live.anonymous":      "anónimo",
	"live.join_at":        "Entrar:",
	"live.code":           "Código:",
	"live.per_question":   "Respuestas por pregunta",
	"live.none_open":      "Aún no hay pregunta: pulsa n para abrir la primera.",
	"live.question_of":    "Pregunta %d de %d",
	"live.not_open":       "No está abierta en los móviles: pulsa v para abrirla.",
	"live.voted":          "%d de %d han votado",
	"live.blind":          "Los votos siguen ocultos hasta que los muestres (v).",
	"live.revealed":       "Votos: %d",
	"live.na":             "No aplica",
	"live.dont_know":      "No lo sé",
	"live.median":         "mediana %s",
	"live.spread":         "dispersión %d",
	"live.disagreement":   "desacuerdo",
	"live.consensus":      "Consenso: %s",
	"live.consensus_hint": "Consenso: pulsa 1-%d, - para No aplica",
	"live.people":         "Personas (%d)",
	"live.nobody":         "Aún nadie: escanead el código o abrid la dirección.",
	"live.legend":         "● en línea  ○ móvil ausente  · sin móvil",
	"live.on_question":    "en P%d",
	"live.stuck":          "atascado",
	"live.reveal_first":   "Muestra antes los votos (v): el consenso llega tras la conversación.",

	"live.key_next":      "siguiente pregunta",
	"live.key_prev":      "anterior",
	"live.key_reveal":    "abrir / mostrar",
	"live.key_hide":      "ocultar de nuevo",
	"live.key_consensus": "consenso",
	"live.key_na":        "consenso No aplica",
	"live.key_clear":     "borrar consenso",
	"live.key_anonymous": "anónimo",
	"live.key_pacing":    "a la vez / a su ritmo",
	"live.key_code":      "mostrar / ocultar código",
	"live.key_end":       "terminar sesión",
	"live.key_restart":   "iniciar de nuevo",
}
