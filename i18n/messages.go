package i18n

// catalog holds every interface string, per language. Keys are grouped by
// screen; a test checks that both languages have exactly the same keys.
var catalog = map[string]map[string]string{EN: english, ES: spanish}
