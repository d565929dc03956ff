package i18n

// Messages of `responses import` about the file it reads.
func init() {
	merge(map[string]string{
		"resp.row":              "%s: row %d: %s",
		"resp.not_utf8":         "%s: not UTF-8 text: save the file as CSV UTF-8",
		"resp.empty":            "%s: the file is empty",
		"resp.twice":            "a second answer to %s by the same person (first on row %d)",
		"resp.column_twice":     "column %q appears twice",
		"resp.missing_column":   "missing column %q: the header must name participant, question_id, level (note optional; in Spanish participante, pregunta, nivel, nota)",
		"resp.width":            "%d columns, the header has %d",
		"resp.one_line":         "participant %q: a name is one line",
		"resp.unknown_question": "unknown question %q in model %s",
		"resp.nothing":          "no level and no note",
		"resp.level":            "level %q: use 1 to %d, na or dont_know",
	}, map[string]string{
		"resp.row":              "%s: fila %d: %s",
		"resp.not_utf8":         "%s: no es texto UTF-8: guarde el archivo como CSV UTF-8",
		"resp.empty":            "%s: el archivo está vacío",
		"resp.twice":            "una segunda respuesta a %s de la misma persona (la primera en la fila %d)",
		"resp.column_twice":     "la columna %q aparece dos veces",
		"resp.missing_column":   "falta la columna %q: la cabecera debe nombrar participante, pregunta, nivel (nota opcional; en inglés participant, question_id, level, note)",
		"resp.width":            "%d columnas, la cabecera tiene %d",
		"resp.one_line":         "participante %q: un nombre ocupa una línea",
		"resp.unknown_question": "pregunta desconocida %q en el modelo %s",
		"resp.nothing":          "sin nivel y sin nota",
		"resp.level":            "nivel %q: use de 1 a %d, na o no sabe",
	})
}
