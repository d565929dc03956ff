package export

import (
	"fmt"
	"testing"
	"time"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/model"
)

func fxScore(v int) *int { return &v }

// fxCells fills a journey's grid from rows of texts, one row per lane;
// the emotion lane's texts are "score|text" ("" for none), and a text
// ending in "!" is marked observed.
func fxGrid(j *model.Journey, rows ...[]string) {
	j.Cells = make([][]model.Cell, len(j.Lanes))
	for l := range j.Lanes {
		j.Cells[l] = make([]model.Cell, len(j.Stages))
		for s := range j.Stages {
			if l >= len(rows) || s >= len(rows[l]) {
				continue
			}
			text := rows[l][s]
			c := model.Cell{}
			if n := len(text); n > 0 && text[n-1] == '!' {
				c.Observed, text = true, text[:n-1]
			}
			if j.Lanes[l].Kind == model.LaneEmotion && text != "" {
				var score int
				var rest string
				fmt.Sscanf(text, "%d", &score)
				if i := indexByte(text, '|'); i >= 0 {
					rest = text[i+1:]
				}
				c.Score, text = fxScore(score), rest
			}
			c.Text = text
			j.Cells[l][s] = c
		}
	}
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

func fxLanes(kinds ...model.LaneKind) []model.Lane {
	out := make([]model.Lane, len(kinds))
	for i, k := range kinds {
		out[i] = model.Lane{ID: int64(100 + i), Kind: k}
	}
	return out
}

func fxStages(base int64, names ...string) []model.Stage {
	out := make([]model.Stage, len(names))
	for i, n := range names {
		out[i] = model.Stage{ID: base + int64(i), Name: n}
	}
	return out
}

// richBundle is the golden files' workshop: the quick scan answered by
// four people (with notes full of Markdown and HTML), two journeys with
// accents and emoji, a previous assessment, and a roadmap from Recommend
// that the consultant has partly accepted, edited and extended.
func richBundle(t testing.TB) *model.Bundle {
	t.Helper()
	a, err := assessments.Get("cx-quickscan")
	if err != nil {
		t.Fatal(err)
	}
	b := &model.Bundle{
		Workshop: model.Workshop{ID: 42, Name: "Ñandú Retail | taller CX 2025", Client: "Ñandú S.A. <b>html</b>", Facilitator: "Ana García",
			Language: "es", AssessmentID: a.ID, AssessmentVersion: a.Version,
			CreatedAt: time.Date(2025, 3, 1, 9, 30, 0, 0, time.UTC), UpdatedAt: time.Date(2025, 3, 1, 13, 5, 7, 0, time.UTC)},
		Assessment: a,
		Participants: []model.Participant{
			{ID: 11, Name: "Lucía Pérez", Role: "Directora general"},
			{ID: 12, Name: "Jorge \"Jota\" Martín", Role: "Operaciones"},
			{ID: 13, Name: "Marta Ruiz", Role: "Atención al cliente"},
			{ID: 14, Name: "Pablo | IT", Role: "<i>CTO</i>"},
		},
		Targets:     map[string]int{"strategy": 4, "customer-understanding": 3, "measurement": 3, "technology": 3, "omnichannel": 2},
		GeneratedAt: time.Date(2025, 3, 14, 17, 0, 0, 0, time.UTC),
	}
	// Levels per participant, one per question in questionnaire order.
	levels := map[int64][]int{
		11: {2, 3, 1, 2, 2, 1, 3, 3, 1, 1, 2, 2, 2, 3, 1, 2},
		12: {2, 2, 1, 1, 2, 2, 3, 2, 1, 2, 3, 2, 2, 2, 1, 1},
		13: {1, 3, 2, 1, 3, 1, 4, 3, 2, 1, 3, 3, 2, 3, 2, 1},
		14: {2, 4, 1, 2, 2, 1, 3, 3, 1, 1, 2, 2, 1, 2, 1, 0},
	}
	notes := map[string]string{
		"11/qs.strategy.direction":               "La visión está en una diapositiva | nadie la cita",
		"12/qs.strategy.commitment":              "Depende del trimestre:\n- ventas primero\n- luego clientes",
		"13/qs.strategy.commitment":              "El comité habla de `NPS` pero no de quejas",
		"14/qs.strategy.commitment":              "<b>html</b> & <script>alert(1)</script> cuesta $5 y $10",
		"11/qs.customer-understanding.listening": "Encuesta anual **solo**; [ver informe](http://example.com)",
		"13/qs.measurement.metrics":              "# No hay cuadro de mando\n1. Excel mensual",
		"14/qs.technology.automation-ai":         "No aplica: no hay chatbot 🤖",
		"12/qs.omnichannel.handoffs":             "Clientes repiten su caso 3 veces ~ a veces más",
		"13/qs.measurement.value":                "Las cifras las lleva Finanzas; desde atención no lo sé",
	}
	qi := 0
	for _, d := range a.Dimensions {
		for _, q := range d.Questions {
			for _, p := range b.Participants {
				r := model.Response{ParticipantID: p.ID, QuestionID: q.ID, Level: levels[p.ID][qi]}
				if r.Level == 0 {
					r.NA = true
				}
				if p.ID == 13 && q.ID == "qs.measurement.value" {
					// Customer service cannot judge the return: don't know.
					r.Level, r.DontKnow = 0, true
				}
				r.Note = notes[fmt.Sprintf("%d/%s", p.ID, q.ID)]
				b.Responses = append(b.Responses, r)
			}
			qi++
		}
	}
	b.Responses = append(b.Responses,
		model.Response{ParticipantID: model.Consensus, QuestionID: "qs.experience-design.journeys", Level: 3, Note: "Acordado tras debate: 3"},
	)

	compra := model.Journey{ID: 7, Name: "Compra online 🛒", Persona: "Cliente habitual: Ana; 35 años #1", Kind: model.CustomerJourney,
		State: model.CurrentState, Status: "draft",
		Stages: fxStages(70, "Descubrimiento", "Búsqueda", "Pago: tarjeta", "Entrega", "Posventa"),
		Lanes: fxLanes(model.LaneActions, model.LaneTouchpoints, model.LaneChannel, model.LaneThoughts, model.LaneEmotion,
			model.LanePain, model.LaneOpportunity, model.LaneMoment, model.LaneBackstage, model.LaneKPI)}
	fxGrid(&compra,
		[]string{"Ve un anuncio en Instagram", "Busca \"zapatillas\" | filtra", "Paga con tarjeta", "Espera el paquete", "Devuelve una talla"},
		[]string{"Redes sociales", "Web y app", "Pasarela de pago", "Mensajería", "Tienda física"},
		[]string{"Digital", "Digital", "Digital", "Físico", "Phygital"},
		[]string{"¿Será fiable?", "Demasiadas opciones…", "¿Por qué me pide otra vez los datos?", "", "Espero que sea fácil"},
		[]string{"1|Curiosidad!", "0", "-2|Frustración!", "-1|Incertidumbre", "-2|Enfado"},
		[]string{"", "Filtros que no funcionan`", "El TPV rechaza tarjetas extranjeras!", "Sin seguimiento en tiempo real", "Devolución solo en tienda!"},
		[]string{"Contenido de prueba social", "", "Pago en un clic", "Avisos por WhatsApp", "Recogida a domicilio"},
		[]string{"", "", "Confirmación del pago", "Llega a tiempo", "Primera devolución"},
		[]string{"Equipo de marketing", "Catálogo en PIM", "Proveedor de pagos <b>X</b>", "Operador logístico", "Tienda + almacén"},
		[]string{"CTR", "Conversión", "Tasa de rechazo", "Entregas a tiempo", "NPS posventa"},
	)
	onboarding := model.Journey{ID: 9, Name: "Incorporación de empleados 👩‍💼", Persona: "Nueva agente, centro de contacto",
		Kind: model.EmployeeJourney, State: model.CurrentState, Status: "validated",
		Stages: fxStages(90, "Oferta", "Primer día", "Primer mes"),
		Lanes: append(fxLanes(model.LaneActions, model.LaneEmotion, model.LanePain, model.LaneMoment),
			model.Lane{ID: 200, Name: "Notas RR. HH.", Kind: model.LaneText})}
	fxGrid(&onboarding,
		[]string{"Firma el contrato", "Recibe portátil y accesos", "Atiende sola"},
		[]string{"2|Ilusión", "-1|Abrumada!", "-2|Sola ante quejas!"},
		[]string{"", "Sin accesos hasta el día 3!", "Guiones que no resuelven"},
		[]string{"", "Bienvenida del equipo", "Primera queja difícil"},
		[]string{"Oferta en 48 h", "", "Mentoría informal\ncon una veterana"},
	)
	future := model.Journey{ID: 8, Name: "Compra online 🛒 (futuro)", Kind: model.CustomerJourney, State: model.FutureState,
		Status: "draft", SourceID: 7, Stages: fxStages(80, "Pago"), Lanes: fxLanes(model.LaneActions, model.LaneEmotion)}
	fxGrid(&future, []string{"Paga en un clic"}, []string{"2|Tranquilidad"})
	b.Journeys = []model.Journey{compra, future, onboarding}

	b.Compute()
	prev := model.Score(a, fxPrevious(a), b.Targets)
	b.Previous = &prev

	b.Initiatives = b.Recommend(b.Workshop.Language)
	for i := range b.Initiatives {
		b.Initiatives[i].ID = int64(500 + i)
	}
	// The consultant's work on the proposal.
	b.Initiatives[0].Status = model.StatusAccepted
	b.Initiatives[0].Owner = "Lucía Pérez"
	b.Initiatives[1].Title = "Registro único de quejas | todos los canales"
	b.Initiatives[1].Edited = true
	b.Initiatives[2].Status = model.StatusRejected
	b.Initiatives = append(b.Initiatives, model.Initiative{ID: 900, Title: "Piloto de *pago en un clic* <b>ya</b>",
		Description: "- Probar con el 5 % del tráfico\n- Medir `conversión` y quejas | comparar", Horizon: model.HorizonNext,
		Impact: 4, Effort: 4, Owner: "Pablo | IT", KPIs: []string{"conversión", "CSAT"}, Status: model.StatusAccepted,
		Edited: true, Position: len(b.Initiatives), Evidence: []model.Evidence{}})
	return b
}

// fxPrevious are last year's answers: one level lower everywhere.
func fxPrevious(a *model.Assessment) []model.Response {
	var out []model.Response
	for i, d := range a.Dimensions {
		for j, q := range d.Questions {
			out = append(out, model.Response{ParticipantID: 1, QuestionID: q.ID, Level: 1 + (i+j)%2})
		}
	}
	return out
}
