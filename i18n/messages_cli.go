package i18n

// The command line's own strings: help, messages and errors. Every CLI
// message follows --lang or the environment, like the app.
func init() {
	merge(map[string]string{
		"cli.root.short": "CX maturity assessments, journey maps and roadmaps, in the terminal",
		"cli.root.long": `cxmap runs a customer-experience workshop in the terminal: a maturity
assessment with the client's team, customer and employee journey maps, and a
prioritised roadmap exported as Markdown. Everything stays in one local
SQLite file.

Without a command it opens the app at the list of workshops.`,
		"cli.flag.db":             "database file (default $CXMAP_DB or $XDG_DATA_HOME/cxmap/cxmap.db)",
		"cli.flag.lang":           "language: en or es (default from LC_ALL / LANG)",
		"cli.flag.help":           "help for this command",
		"cli.err.lang":            "--lang %q: use en or es",
		"cli.err.args":            "%s: %s (see %s --help)",
		"cli.err.args_n":          "it takes %s, not %d",
		"cli.err.args_none":       "it takes no arguments",
		"cli.err.unknown_command": "unknown command %q",
		"cli.err.flag":            "%s (see %s --help)",
		"cli.err.unknown_flag":    "unknown option %s",
		"cli.err.flag_value":      "the option %s needs a value",
		"cli.err.flag_invalid":    "invalid value for %s",
		"cli.err.app_panic":       "the app stopped on an internal error (printed above); your saved work is intact",
		"n.args":                  "%d arguments",
		"n.args.one":              "%d argument",

		"cli.usage":            "Usage:",
		"cli.flags_word":       "[options]",
		"cli.command_word":     "[command]",
		"cli.aliases":          "Aliases:",
		"cli.examples":         "Examples:",
		"cli.commands":         "Commands:",
		"cli.flags":            "Options:",
		"cli.global_flags":     "Global options:",
		"cli.more":             `Use "%s [command] --help" for more about a command.`,
		"cli.help.short":       "Help about any command",
		"cli.completion.short": "Generate the autocompletion script for a shell",

		"cli.new.short": "Create a workshop",
		"cli.new.long": `Create a workshop. --assessment takes a built-in model id (see
"cxmap assessments list"), the id of a model in $XDG_CONFIG_HOME/cxmap/assessments,
or the path of a model file; the workshop keeps a frozen copy of it.
--lang sets the workshop's language (default from the environment).
Names are one line.`,
		"cli.new.flag.client":      "the client organisation",
		"cli.new.flag.facilitator": "who runs the workshop",
		"cli.new.flag.assessment":  "assessment model: a built-in id or a YAML file",
		"cli.new.flag.sample":      "create a complete example workshop (no NAME)",
		"cli.new.one_line":         "%s holds a line break: a name is one line",
		"cli.new.created":          "Created workshop %d %q (%s, %s, %s)\n",
		"cli.new.sample":           "Created sample workshop %d %q: open it with  cxmap open --id %d\n",
		"n.questions":              "%d questions",
		"n.questions.one":          "%d question",

		"cli.open.short": "Open the app inside a workshop, where it was left",
		"cli.open.long": `Open the app inside a workshop, on the screen, question and respondent it
was left at. WORKSHOP is its name, matched regardless of case and accents
("nandu" finds "Ñandú"), or its id as #ID or --id ID (see "cxmap list").`,

		"cli.list.short":     "List the saved workshops, most recently changed first",
		"cli.list.flag.json": "print JSON for scripts",
		"cli.list.empty":     `No workshops yet. Create one with: cxmap new "NAME"`,
		"cli.list.header":    "ID\tNAME\tCLIENT\tLANG\tANSWERED\tUPDATED",

		"cli.export.short": "Export a workshop as a report (Markdown or HTML), JSON or CSV",
		"cli.export.long": `Export a workshop (its name, or its id as #ID or --id ID) to standard output, or to a
file with -o (written to a temporary file and renamed, so a failed export
leaves nothing half-written).

  md    the report for the client: executive summary, maturity table and
        charts, findings, disagreements, journeys (tables and Mermaid), the
        agreed roadmap with its evidence, method note, glossary and an
        appendix with the other proposals and every answer; renders on GitHub
  html  the same report as one self-contained page (inline CSS and SVG,
        nothing fetched) that prints to A4 from a browser
  json  the whole workshop, for "cxmap import" (export, import, export
        gives the same bytes)
  csv   one row per answer, or per initiative with --what initiatives;
        a cell that begins with =, +, -, @, a tab or a carriage return is
        written with a leading ' so that no spreadsheet runs it as a
        formula (--raw writes cells untouched, for scripts); --excel adds
        a UTF-8 BOM and separates cells with semicolons, as a Spanish or
        European Excel expects

The report's roadmap holds the accepted initiatives and those added by
hand; the other proposals go to an appendix and rejected ones are left out.
--all keeps every initiative in the roadmap and lists the rejected apart.

--lang chooses the language of headings and built-in content; by default
the workshop's own language.`,
		"cli.export.flag.format":  "md, html, json or csv",
		"cli.export.flag.all":     "report: keep every initiative in the roadmap, not only the agreed ones",
		"cli.export.flag.output":  "write to this file instead of standard output",
		"cli.export.flag.what":    "for csv: answers or initiatives",
		"cli.export.flag.raw":     "for csv: write cells untouched (no ' before a formula-like cell)",
		"cli.export.flag.excel":   "for csv: UTF-8 BOM and semicolons, for Excel in Spanish and other European languages",
		"cli.export.err.format":   "--format %q: use md, html, json or csv",
		"cli.export.err.all":      "--all is for the report (--format md or html)",
		"cli.export.err.what":     "--what %q: use answers or initiatives",
		"cli.export.err.csv_only": "--raw and --excel are for --format csv",
		"cli.export.done":         "Exported %q to %s\n",

		"cli.import.short": "Restore a workshop exported as JSON",
		"cli.import.long": `Restore a workshop from "cxmap export --format json". It gets new ids, and a
new name if its name is taken. A malformed or foreign file is refused and
nothing is imported; so is a file that names a key twice in one object.
Any file cxmap exports can be imported: there is no size limit beyond
memory.`,
		"cli.import.done":     "Imported workshop %d %q\n",
		"cli.import.one_line": "%s: the %s held line breaks: they are now spaces\n",

		"cli.responses.short":        "Bring in answers collected elsewhere",
		"cli.responses.import.short": "Import answers from a CSV file (a survey or a spreadsheet)",
		"cli.responses.import.long": `Import answers collected before the workshop. The file has a header row
naming the columns participant, question_id, level and (optionally) note and
role, in any order, in English or Spanish (participante, pregunta, nivel,
nota, rol); other columns are ignored, so the answers CSV of "cxmap export"
reads back. level is 1 to the model's number of levels, na (not applicable)
or dont_know (the person cannot judge it; "no sabe" and "?" also work;
neither counts in the score). UTF-8 with or without a BOM, separated by commas or semicolons; empty rows are skipped.
A participant named "consensus" (or left empty) gives the team's agreed
answer; unknown participants are created, and names match whatever their
case and Unicode form. Only what the file holds is written: without a note
column the notes already stored are kept, and a row with no level keeps
the stored level. If any row is wrong, nothing is imported and every wrong
row is listed with its number.`,
		"cli.responses.nothing": "%s: nothing imported (%s)\n",
		"cli.responses.done":    "Imported %s into %q (%s)\n",

		"cli.assessments.short": "List, show and validate assessment models",
		"cli.assessments.long": `Assessment models are YAML files: the built-in ones, and your own in
$XDG_CONFIG_HOME/cxmap/assessments (usually ~/.config/cxmap/assessments).
The format is described in assessments/README.md.`,
		"cli.assessments.list.short":     "List the built-in models and your own",
		"cli.assessments.list.header":    "ID\tNAME\tLEVELS\tDIMENSIONS\tQUESTIONS\tLANGUAGES\tSOURCE",
		"cli.assessments.invalid":        "(invalid: %s)",
		"cli.assessments.builtin":        "built-in",
		"cli.assessments.show.short":     "Print a model's outline, or the whole parsed model as JSON",
		"cli.assessments.show.flag.json": "print the parsed model as JSON",
		"cli.assessments.validate.short": "Check a model file; print every problem as FILE:LINE:COL: message",
		"cli.assessments.validate.ok":    "%s: ok: %q, %d levels, %s, %s, %s, languages %s\n",
		"n.dimensions":                   "%d dimensions",
		"n.dimensions.one":               "%d dimension",
		"n.recommendations":              "%d recommendations",
		"n.recommendations.one":          "%d recommendation",

		"cli.version.short": "Print cxmap's version",

		"err.not_found_workshop": "no workshop %q: give its name, or its id as #ID (see cxmap list)",
		"err.not_found":          "it no longer exists (deleted elsewhere?)",
		"err.name_taken":         "that name is already taken: choose another",
		"err.foreign":            "%s is not a cxmap database; it was left untouched",
		"err.newer":              "%s was written by a newer cxmap: update cxmap",
		"err.busy":               "the database is busy (another cxmap is writing): try again",
		"err.readonly":           "the database cannot be written (read-only file or folder)",
		"err.full":               "the disk is full: the change was not saved",
		"err.corrupt":            "the database file is damaged: restore a backup",
		"err.database":           "the database could not complete the action; nothing was changed",
	}, map[string]string{
		"cli.root.short": "Diagnósticos de madurez CX, mapas de experiencia y hojas de ruta, en el terminal",
		"cli.root.long": `cxmap dirige un taller de experiencia de cliente en el terminal: un
diagnóstico de madurez con el equipo del cliente, mapas de la experiencia de
clientes y empleados, y una hoja de ruta priorizada que se exporta en
Markdown. Todo se guarda en un único archivo SQLite local.

Sin orden, abre la aplicación en la lista de talleres.`,
		"cli.flag.db":             "archivo de la base de datos (por omisión $CXMAP_DB o $XDG_DATA_HOME/cxmap/cxmap.db)",
		"cli.flag.lang":           "idioma: en o es (por omisión, el de LC_ALL / LANG)",
		"cli.flag.help":           "ayuda de esta orden",
		"cli.err.lang":            "--lang %q: use en o es",
		"cli.err.args":            "%s: %s (vea %s --help)",
		"cli.err.args_n":          "admite %s, no %d",
		"cli.err.args_none":       "no admite argumentos",
		"cli.err.unknown_command": "orden desconocida %q",
		"cli.err.flag":            "%s (vea %s --help)",
		"cli.err.unknown_flag":    "opción desconocida %s",
		"cli.err.flag_value":      "la opción %s necesita un valor",
		"cli.err.flag_invalid":    "valor no válido para %s",
		"cli.err.app_panic":       "la aplicación se detuvo por un error interno (arriba); su trabajo guardado está intacto",
		"n.args":                  "%d argumentos",
		"n.args.one":              "%d argumento",

		"cli.usage":            "Uso:",
		"cli.flags_word":       "[opciones]",
		"cli.command_word":     "[orden]",
		"cli.aliases":          "Alias:",
		"cli.examples":         "Ejemplos:",
		"cli.commands":         "Órdenes:",
		"cli.flags":            "Opciones:",
		"cli.global_flags":     "Opciones globales:",
		"cli.more":             `Use "%s [orden] --help" para saber más de una orden.`,
		"cli.help.short":       "Ayuda de cualquier orden",
		"cli.completion.short": "Genera el guion de autocompletado para un intérprete de órdenes",

		"cli.new.short": "Crea un taller",
		"cli.new.long": `Crea un taller. --assessment admite el id de un modelo incorporado (vea
"cxmap assessments list"), el id de un modelo de $XDG_CONFIG_HOME/cxmap/assessments
o la ruta de un archivo de modelo; el taller guarda una copia fija.
--lang fija el idioma del taller (por omisión, el del entorno).
Los nombres ocupan una sola línea.`,
		"cli.new.flag.client":      "la organización cliente",
		"cli.new.flag.facilitator": "quién dirige el taller",
		"cli.new.flag.assessment":  "modelo de diagnóstico: id incorporado o archivo YAML",
		"cli.new.flag.sample":      "crea un taller de ejemplo completo (sin NOMBRE)",
		"cli.new.one_line":         "%s contiene un salto de línea: un nombre ocupa una línea",
		"cli.new.created":          "Creado el taller %d %q (%s, %s, %s)\n",
		"cli.new.sample":           "Creado el taller de ejemplo %d %q: ábralo con  cxmap open --id %d\n",
		"n.questions":              "%d preguntas",
		"n.questions.one":          "%d pregunta",

		"cli.open.short": "Abre la aplicación dentro de un taller, donde se dejó",
		"cli.open.long": `Abre la aplicación dentro de un taller, en la pantalla, pregunta y persona en
que se dejó. TALLER es su nombre, sin distinguir mayúsculas ni tildes
("nandu" encuentra "Ñandú"), o su id como #ID o --id ID (vea "cxmap list").`,

		"cli.list.short":     "Lista los talleres guardados, el último cambiado primero",
		"cli.list.flag.json": "escribe JSON para guiones",
		"cli.list.empty":     `Todavía no hay talleres. Cree uno con: cxmap new "NOMBRE"`,
		"cli.list.header":    "ID\tNOMBRE\tCLIENTE\tIDIOMA\tRESPONDIDAS\tCAMBIADO",

		"cli.export.short": "Exporta un taller como informe (Markdown o HTML), JSON o CSV",
		"cli.export.long": `Exporta un taller (su nombre, o su id como #ID o --id ID) a la salida estándar, o a un
archivo con -o (se escribe en un archivo temporal que luego se renombra, así
una exportación fallida no deja nada a medias).

  md    el informe para el cliente: resumen ejecutivo, tabla y gráficos de
        madurez, hallazgos, desacuerdos, recorridos (tablas y Mermaid), la
        hoja de ruta acordada con sus evidencias, nota de método, glosario y
        un anexo con las demás propuestas y todas las respuestas; se ve bien
        en GitHub
  html  el mismo informe como una sola página autónoma (CSS y SVG dentro,
        nada se descarga) que se imprime en A4 desde un navegador
  json  el taller entero, para "cxmap import" (exportar, importar y
        exportar da los mismos bytes)
  csv   una fila por respuesta, o por iniciativa con --what initiatives;
        una celda que empieza por =, +, -, @, un tabulador o un retorno de
        carro se escribe con un ' delante para que ninguna hoja de cálculo
        la ejecute como fórmula (--raw escribe las celdas tal cual, para
        guiones); --excel añade la marca BOM UTF-8 y separa las celdas con
        punto y coma, como espera Excel en español

La hoja de ruta del informe recoge las iniciativas aceptadas y las añadidas
a mano; las demás propuestas van a un anexo y las descartadas no aparecen.
--all deja todas en la hoja de ruta y enumera aparte las descartadas.

--lang elige el idioma de títulos y contenido incorporado; por omisión, el
del taller.`,
		"cli.export.flag.format":  "md, html, json o csv",
		"cli.export.flag.all":     "informe: todas las iniciativas en la hoja de ruta, no solo las acordadas",
		"cli.export.flag.output":  "escribe en este archivo en vez de en la salida estándar",
		"cli.export.flag.what":    "para csv: answers (respuestas) o initiatives (iniciativas)",
		"cli.export.flag.raw":     "para csv: celdas tal cual (sin ' ante una celda que parece fórmula)",
		"cli.export.flag.excel":   "para csv: BOM UTF-8 y punto y coma, para Excel en español y otros idiomas europeos",
		"cli.export.err.format":   "--format %q: use md, html, json o csv",
		"cli.export.err.all":      "--all es para el informe (--format md o html)",
		"cli.export.err.what":     "--what %q: use answers o initiatives",
		"cli.export.err.csv_only": "--raw y --excel son para --format csv",
		"cli.export.done":         "Exportado %q a %s\n",

		"cli.import.short": "Restaura un taller exportado en JSON",
		"cli.import.long": `Restaura un taller de "cxmap export --format json". Recibe ids nuevos, y un
nombre nuevo si el suyo ya existe. Un archivo mal formado o ajeno se
rechaza y no se importa nada; también uno que repite una clave en un mismo
objeto. Todo archivo que cxmap exporta se puede importar: no hay más
límite de tamaño que la memoria.`,
		"cli.import.done":     "Importado el taller %d %q\n",
		"cli.import.one_line": "%s: %s tenía saltos de línea: ahora son espacios\n",

		"cli.responses.short":        "Trae respuestas recogidas en otro sitio",
		"cli.responses.import.short": "Importa respuestas de un archivo CSV (una encuesta o una hoja de cálculo)",
		"cli.responses.import.long": `Importa respuestas recogidas antes del taller. El archivo tiene una fila de
cabecera con las columnas participante, pregunta, nivel y (opcionales) nota y
rol, en cualquier orden, en español o en inglés (participant, question_id,
level, note, role); las demás columnas se ignoran, así se puede importar el
CSV de respuestas de "cxmap export". nivel va de 1 al número de niveles del
modelo, na (no aplica) o no sabe (la persona no puede juzgarlo; también
"dont_know" y "?"; ninguno cuenta en la puntuación). UTF-8 con o sin BOM, separado por comas o por punto y coma;
las filas vacías se saltan. Un participante llamado "consenso" (o vacío) da
la respuesta acordada del equipo; los participantes desconocidos se crean,
y los nombres coinciden sin importar mayúsculas ni forma Unicode. Solo se
escribe lo que el archivo trae: sin columna de nota se conservan las notas
guardadas, y una fila sin nivel conserva el nivel guardado. Si alguna fila
está mal, no se importa nada y se lista cada fila errónea con su número.`,
		"cli.responses.nothing": "%s: no se ha importado nada (%s)\n",
		"cli.responses.done":    "Importadas %s en %q (%s)\n",

		"cli.assessments.short": "Lista, muestra y valida modelos de diagnóstico",
		"cli.assessments.long": `Los modelos de diagnóstico son archivos YAML: los incorporados y los suyos en
$XDG_CONFIG_HOME/cxmap/assessments (normalmente ~/.config/cxmap/assessments).
El formato se describe en assessments/README.md.`,
		"cli.assessments.list.short":     "Lista los modelos incorporados y los suyos",
		"cli.assessments.list.header":    "ID\tNOMBRE\tNIVELES\tDIMENSIONES\tPREGUNTAS\tIDIOMAS\tORIGEN",
		"cli.assessments.invalid":        "(no válido: %s)",
		"cli.assessments.builtin":        "incorporado",
		"cli.assessments.show.short":     "Muestra el esquema de un modelo, o el modelo entero en JSON",
		"cli.assessments.show.flag.json": "escribe el modelo leído en JSON",
		"cli.assessments.validate.short": "Revisa un archivo de modelo; cada problema como ARCHIVO:LÍNEA:COL: mensaje",
		"cli.assessments.validate.ok":    "%s: correcto: %q, %d niveles, %s, %s, %s, idiomas %s\n",
		"n.dimensions":                   "%d dimensiones",
		"n.dimensions.one":               "%d dimensión",
		"n.recommendations":              "%d recomendaciones",
		"n.recommendations.one":          "%d recomendación",

		"cli.version.short": "Muestra la versión de cxmap",

		"err.not_found_workshop": "no hay ningún taller %q: indique su nombre, o su id como #ID (vea cxmap list)",
		"err.not_found":          "ya no existe (¿se borró en otro sitio?)",
		"err.name_taken":         "ese nombre ya existe: elija otro",
		"err.foreign":            "%s no es una base de datos de cxmap; no se ha tocado",
		"err.newer":              "%s lo escribió un cxmap más nuevo: actualice cxmap",
		"err.busy":               "la base de datos está ocupada (otro cxmap escribe): inténtelo de nuevo",
		"err.readonly":           "no se puede escribir en la base de datos (archivo o carpeta de solo lectura)",
		"err.full":               "el disco está lleno: el cambio no se ha guardado",
		"err.corrupt":            "el archivo de la base de datos está dañado: recupere una copia",
		"err.database":           "la base de datos no pudo completar la acción; no se ha cambiado nada",
	})
}
