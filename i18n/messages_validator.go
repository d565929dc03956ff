package i18n

import (
	"fmt"
	"strings"
)

// validatorES tells the model-file validator's messages in Spanish: the
// English format (as passed to the validator's add) to the Spanish one,
// with the same verbs in the same order. A test checks that every format
// in assessments/*.go has an entry here.
var validatorES = map[string]string{
	"model id %q is also used by %s":                                                                          "el id de modelo %q también lo usa %s",
	"covers must list at least one question of the model in recommendations_from":                             "covers debe incluir al menos una pregunta del modelo indicado en recommendations_from",
	"question %q is listed twice in covers":                                                                   "la pregunta %q aparece dos veces en covers",
	"unknown question %q in covers: model %q has no such question":                                            "pregunta %q desconocida en covers: el modelo %q no tiene esa pregunta",
	"covers names questions of the model in recommendations_from, and this model has no recommendations_from": "covers nombra preguntas del modelo indicado en recommendations_from, pero este modelo no tiene recommendations_from",
	"kpis must list at least one KPI; leave the field out to write KPIs as free text":                         "kpis debe incluir al menos un KPI; omita el campo para escribir los KPI como texto libre",
	"KPI %q is listed twice":                                           "el KPI %q aparece dos veces",
	"unknown KPI %q: it is not an id in the model's kpis%s":            "KPI %q desconocido: no es un id de los kpis del modelo%s",
	"recommendations_from: the built-in models cannot be read: %v":     "recommendations_from: no se pueden leer los modelos integrados: %v",
	"unknown built-in model %q in recommendations_from (built-in: %s)": "modelo integrado %q desconocido en recommendations_from (integrados: %s)",
	"the file is empty": "el archivo está vacío",
	"a model file holds one YAML document; remove this one or the \"---\" line before it": "un archivo de modelo contiene un solo documento YAML; elimine este o la línea \"---\" que lo precede",
	"YAML syntax error: %s": "error de sintaxis YAML: %s",
	"%s id %q must use only lowercase letters a-z, digits, \"-\", \"_\" and \".\"": "el id de %s %q solo puede usar letras minúsculas a-z, dígitos, \"-\", \"_\" y \".\"",
	"duplicate %s id %q (first at line %d)":                                        "id de %s %q repetido (la primera vez en la línea %d)",
	"a model needs %d to %d levels, got %d":                                        "un modelo necesita de %d a %d niveles, y tiene %d",
	"a model needs at least one dimension":                                         "un modelo necesita al menos una dimensión",
	"weight must be greater than 0, got %s":                                        "weight debe ser mayor que 0, y es %s",
	"%s needs at least one question":                                               "%s necesita al menos una pregunta",
	"%s has 1 descriptor, want %d (one per level)":                                 "%s tiene 1 descriptor; se esperan %d (uno por nivel)",
	"%s has %d descriptors, want %d (one per level)":                               "%s tiene %d descriptores; se esperan %d (uno por nivel)",
	"unknown dimension %q":                                                         "dimensión %q desconocida",
	"horizon must be one of now, next, later, got %q":                              "horizon debe ser now, next o later, y es %q",
	"addresses must list at least one question id; leave the field out if the recommendation fixes no particular question": "addresses debe incluir al menos un id de pregunta; omita el campo si la recomendación no resuelve ninguna pregunta concreta",
	"unknown question %q in addresses%s":       "pregunta %q desconocida en addresses%s",
	"question %q is listed twice in addresses": "la pregunta %q aparece dos veces en addresses",
	"addresses names no question of dimension %q; a recommendation is proposed by its dimension's level, so at least one question it fixes must be there": "addresses no nombra ninguna pregunta de la dimensión %q; una recomendación se propone según el nivel de su dimensión, así que al menos una de las preguntas que resuelve debe estar en ella",
	"recommendations_from forms a cycle: %s":                 "recommendations_from forma un ciclo: %s",
	"unknown built-in model %q in recommendations_from":      "modelo integrado %q desconocido en recommendations_from",
	"unsupported language %q (supported: %s)":                "idioma %q no admitido (admitidos: %s)",
	"language %q is listed twice":                            "el idioma %q aparece dos veces",
	"languages must list at least one of: %s":                "languages debe incluir al menos uno de: %s",
	"unsupported language %q in %s (supported: %s)":          "idioma %q no admitido en %s (admitidos: %s)",
	"language %q in %s is not declared in languages":         "el idioma %q de %s no está declarado en languages",
	"the %q text in %s is empty":                             "el texto %q de %s está vacío",
	"missing %q translation in %s":                           "falta la traducción %q en %s",
	"missing field %q in %s":                                 "falta el campo %q en %s",
	"field %q has no value":                                  "el campo %q no tiene valor",
	"aliases (*name) are not supported; write the value out": "no se admiten alias (*nombre); escriba el valor completo",
	"%s must be %s, got %s":                                  "%s debe ser %s, y es %s",
	"duplicate field %q (first at line %d)":                  "campo %q repetido (la primera vez en la línea %d)",
	"unknown field %q in %s%s":                               "campo %q desconocido en %s%s",
	"merge keys (<<) are not supported":                      "no se admiten claves de combinación (<<)",
	"field names must be plain words":                        "los nombres de campo deben ser palabras simples",
	"%s is empty":                                            "%s está vacío",
	"%s is too large":                                        "%s es demasiado grande",
	"%s must be a finite number":                             "%s debe ser un número finito",
	"; did you mean %q?":                                     "; ¿quería decir %q?",
	"%s must be from %d to %d, got %s":                       "%s debe estar entre %d y %d, y es %s",
	// What a map is, inside the messages above.
	"dimension %q":      "la dimensión %q",
	"dimension %d":      "la dimensión %d",
	"question %q":       "la pregunta %q",
	"question %d of %s": "la pregunta %d de %s",
	"KPI %q":            "el KPI %q",
	"KPI %d":            "el KPI %d",
	"recommendation %q": "la recomendación %q",
	"recommendation %d": "la recomendación %d",
	"level %d":          "el nivel %d",
	"descriptor %d":     "el descriptor %d",
	"item %d of %s":     "el elemento %d de %s",
	"the %q text in %s": "el texto %q de %s",
}

// validatorPiecesES are fixed English pieces the validator passes as %s
// arguments: the kind of a value, what a mapping is, a hint.
var validatorPiecesES = map[string]string{
	"a string":       "un texto",
	"a map":          "un mapa",
	"a list":         "una lista",
	"a number":       "un número",
	"a whole number": "un número entero",
	"nothing":        "nada",
	"true/false":     "true/false",
	"an alias":       "un alias",
	"a map of translations (en: ..., es: ...)": "un mapa de traducciones (en: ..., es: ...)",
	"a built-in model":                         "un modelo integrado",
	"the model":                                "el modelo",
}

// validatorKindsES are the kinds of id, the first argument of the two
// id messages.
var validatorKindsES = map[string]string{
	"model": "modelo", "dimension": "dimensión", "question": "pregunta",
	"recommendation": "recomendación", "KPI": "KPI",
}

// HasValidator reports whether the validator's format has a Spanish entry.
func HasValidator(format string) bool {
	_, ok := validatorES[format]
	return ok
}

// parts is a piece of a message that carries its own format (the
// validator's assessments.Text), translated with the message.
type parts interface{ Parts() (string, []any) }

// Validator tells one of the model-file validator's messages (its English
// format and arguments) in the catalog's language; a format without a
// translation stays in English. Arguments that are themselves fixed
// English pieces (a kind of value, a hint) are translated too.
func (c Catalog) Validator(format string, args ...any) string {
	if c.lang != ES {
		return fmt.Sprintf(format, args...)
	}
	english := format
	if es, ok := validatorES[format]; ok {
		format = es
	}
	verbs := verbsOf(english)
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a
		switch v := a.(type) {
		case parts:
			f, as := v.Parts()
			out[i] = c.Validator(f, as...)
		case string:
			if i >= len(verbs) || verbs[i] != 's' {
				break // a %q is the user's own text: never translated
			}
			if i == 0 && strings.Contains(english, "%s id %q") {
				if es, ok := validatorKindsES[v]; ok {
					out[i] = es
				}
			} else if es, ok := validatorPiecesES[v]; ok {
				out[i] = es
			}
		}
	}
	return fmt.Sprintf(format, out...)
}

// verbsOf lists the verb letters of a format, in order (%% is not one).
func verbsOf(format string) []byte {
	var out []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		for i++; i < len(format) && strings.IndexByte("+-# 0123456789.*", format[i]) >= 0; i++ {
		}
		if i < len(format) && format[i] != '%' {
			out = append(out, format[i])
		}
	}
	return out
}
