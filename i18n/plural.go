package i18n

import "fmt"

// N returns the string for key chosen by the count n, formatted with args
// (with n alone when no args are given). English and Spanish have two
// forms: key+".one" for exactly one, key itself for any other number.
// A message with several counts is a template of %s, each filled by N:
//
//	cat.T("rm.summary", cat.N("n.initiatives", 3), cat.N("n.accepted", 1), …)
//
// so every form is written out whole in the catalog, never built by
// adding an "s".
func (c Catalog) N(key string, n int, args ...any) string {
	if len(args) == 0 {
		args = []any{n}
	}
	if n == 1 {
		if s, ok := c.lookup(key + ".one"); ok {
			return fmt.Sprintf(s, args...)
		}
	}
	return c.T(key, args...)
}

func (c Catalog) lookup(key string) (string, bool) {
	if s, ok := catalog[c.lang][key]; ok {
		return s, true
	}
	s, ok := catalog[EN][key]
	return s, ok
}

func init() {
	merge(map[string]string{
		"n.initiatives":          "%d initiatives",
		"n.initiatives.one":      "%d initiative",
		"n.accepted":             "%d accepted",
		"n.accepted.one":         "%d accepted",
		"n.rejected":             "%d rejected",
		"n.rejected.one":         "%d rejected",
		"n.participants":         "%d participants",
		"n.participants.one":     "%d participant",
		"n.answers":              "%d answers",
		"n.answers.one":          "%d answer",
		"n.new_participants":     "%d new participants",
		"n.new_participants.one": "%d new participant",
		"n.stages":               "%d stages",
		"n.stages.one":           "%d stage",
		"n.lanes":                "%d lanes",
		"n.lanes.one":            "%d lane",
		"n.cells":                "%d filled cells",
		"n.cells.one":            "%d filled cell",
		"n.bad_rows":             "%d bad rows",
		"n.bad_rows.one":         "%d bad row",
	}, map[string]string{
		"n.initiatives":          "%d iniciativas",
		"n.initiatives.one":      "%d iniciativa",
		"n.accepted":             "%d aceptadas",
		"n.accepted.one":         "%d aceptada",
		"n.rejected":             "%d rechazadas",
		"n.rejected.one":         "%d rechazada",
		"n.participants":         "%d participantes",
		"n.participants.one":     "%d participante",
		"n.answers":              "%d respuestas",
		"n.answers.one":          "%d respuesta",
		"n.new_participants":     "%d participantes nuevos",
		"n.new_participants.one": "%d participante nuevo",
		"n.stages":               "%d etapas",
		"n.stages.one":           "%d etapa",
		"n.lanes":                "%d carriles",
		"n.lanes.one":            "%d carril",
		"n.cells":                "%d celdas con contenido",
		"n.cells.one":            "%d celda con contenido",
		"n.bad_rows":             "%d filas erróneas",
		"n.bad_rows.one":         "%d fila errónea",
	})
}
