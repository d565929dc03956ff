package i18n

import "testing"

func TestPlurals(t *testing.T) {
	for _, tc := range []struct {
		lang, key string
		n         int
		want      string
	}{
		{EN, "n.answers", 1, "1 answer"},
		{EN, "n.answers", 2, "2 answers"},
		{EN, "n.answers", 0, "0 answers"},
		{EN, "n.participants", 1, "1 participant"},
		{ES, "n.rejected", 1, "1 rechazada"},
		{ES, "n.rejected", 3, "3 rechazadas"},
		{ES, "n.participants", 1, "1 participante"},
		{ES, "n.new_participants", 1, "1 participante nuevo"},
	} {
		if got := For(tc.lang).N(tc.key, tc.n); got != tc.want {
			t.Errorf("%s %s %d = %q, want %q", tc.lang, tc.key, tc.n, got, tc.want)
		}
	}
	es := For(ES)
	if got := es.T("rm.summary", es.N("n.initiatives", 1), es.N("n.accepted", 1), es.N("n.rejected", 1)); got != "1 iniciativa · 1 aceptada · 1 rechazada" {
		t.Errorf("rm.summary = %q", got)
	}
}
