package i18n

// The SSH server's strings: `cxmap serve` and what refused clients read.

func init() { merge(sshEN, sshES) }

var sshEN = map[string]string{
	"cli.serve.short": "Serve the app over SSH for a team",
	"cli.serve.long": `Serve the whole app over SSH on this machine's database, so each
facilitator reaches the team's workshops from anywhere with a plain ssh
client. Only the public keys listed in the authorized_keys file may log in
(the file is read at every login: adding a key needs no restart). The host
key is made on the first start in the configuration folder; give its
fingerprint to the facilitators so their client can check it.

Participants of a live session started here (key 5 in a workshop) join
from a terminal with the session's join code as user name, no key needed:
ssh -p PORT CODE@HOST. They get only their own questionnaire.`,
	"cli.serve.flag.ssh":      "address to listen on (HOST:PORT)",
	"cli.serve.flag.keys":     "facilitators' public keys (default: authorized_keys in the configuration folder)",
	"cli.serve.flag.idle":     "close a connection after this long without activity",
	"cli.serve.flag.per_addr": "connections open at once from one address",
	"cli.serve.err.addr":      "--ssh wants HOST:PORT, not %q",
	"cli.serve.err.idle":      "--idle-timeout must be at least one second",
	"cli.serve.err.per_addr":  "--max-per-address must be at least 1",
	"cli.serve.err.hostkey":   "cannot read or make the SSH host key %s: %v",
	"cli.serve.listening":     "cxmap serves %s over SSH on %s",
	"cli.serve.hostkey_new":   "New host key %s",
	"cli.serve.fingerprint":   "Host key fingerprint: %s",
	"cli.serve.keys":          "Facilitators' keys: %s",
	"cli.serve.no_keys":       "No facilitator can log in yet: add their public keys to %s",
	"cli.serve.connect":       "Connect with: ssh -p %s HOST",
	"cli.serve.stop":          "Press Ctrl+C to stop the server.",
	"ssh.err.command":         "cxmap serves only its app: no shell, no commands. Connect without a command.",
	"ssh.err.pty":             "cxmap needs a terminal: connect with ssh -t.",
	"ssh.err.no_session":      "No live session here has the join code %s. Check the code on the facilitator's screen.",
	"cli.serve.participants":  "Participants of a live session join with: ssh -p %s CODE@HOST",
	"live.join_ssh":           "Terminal:",
	"live.nobody_ssh":         "Nobody yet: scan the code, open the address or run the terminal command.",
}

var sshES = map[string]string{
	"cli.serve.short": "Sirve la aplicación por SSH para un equipo",
	"cli.serve.long": `Sirve la aplicación completa por SSH sobre la base de datos de esta
máquina, para que cada persona facilitadora llegue a los talleres del equipo
desde cualquier lugar con un cliente ssh normal. Solo pueden entrar las
claves públicas del fichero authorized_keys (se lee en cada entrada: añadir
una clave no exige reiniciar). La clave del servidor se crea en el primer
arranque en la carpeta de configuración; comparte su huella para que cada
cliente pueda comprobarla.

Quienes participan en una sesión en vivo iniciada aquí (tecla 5 en un
taller) entran desde un terminal con el código de la sesión como nombre de
usuario, sin clave: ssh -p PUERTO CÓDIGO@HOST. Solo ven su propio
cuestionario.`,
	"cli.serve.flag.ssh":      "dirección donde escuchar (HOST:PUERTO)",
	"cli.serve.flag.keys":     "claves públicas de quienes facilitan (por defecto: authorized_keys en la carpeta de configuración)",
	"cli.serve.flag.idle":     "cierra una conexión tras este tiempo sin actividad",
	"cli.serve.flag.per_addr": "conexiones abiertas a la vez desde una misma dirección",
	"cli.serve.err.addr":      "--ssh espera HOST:PUERTO, no %q",
	"cli.serve.err.idle":      "--idle-timeout debe ser de al menos un segundo",
	"cli.serve.err.per_addr":  "--max-per-address debe ser al menos 1",
	"cli.serve.err.hostkey":   "no se puede leer ni crear la clave SSH del servidor %s: %v",
	"cli.serve.listening":     "cxmap sirve %s por SSH en %s",
	"cli.serve.hostkey_new":   "Nueva clave del servidor %s",
	"cli.serve.fingerprint":   "Huella de la clave del servidor: %s",
	"cli.serve.keys":          "Claves de quienes facilitan: %s",
	"cli.serve.no_keys":       "Aún no puede entrar nadie: añade sus claves públicas a %s",
	"cli.serve.connect":       "Conéctate con: ssh -p %s HOST",
	"cli.serve.stop":          "Pulsa Ctrl+C para detener el servidor.",
	"ssh.err.command":         "cxmap solo sirve su aplicación: ni shell ni órdenes. Conéctate sin orden.",
	"ssh.err.pty":             "cxmap necesita un terminal: conéctate con ssh -t.",
	"ssh.err.no_session":      "Ninguna sesión en vivo de este servidor tiene el código %s. Revisa el código en la pantalla de quien facilita.",
	"cli.serve.participants":  "Quienes participan en una sesión en vivo entran con: ssh -p %s CÓDIGO@HOST",
	"live.join_ssh":           "Terminal:",
	"live.nobody_ssh":         "Aún nadie: escanead el código, abrid la dirección o usad la orden del terminal.",
}
