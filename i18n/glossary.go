package i18n

// The glossary: one entry per concept that both the screens and the
// exported report name, so that a consultant sees on screen the very words
// the client reads in the report (quadrants, horizons, statuses,
// disagreements, score, evidence, KPIs, emotion levels), and the KPI
// acronyms a report may use, each with a one-line definition. Screens and
// writers ask for "term.*" keys; nothing else defines these words.
func init() { merge(glossaryEN, glossaryES) }

var glossaryEN = map[string]string{
	"term.horizon.now":   "Now (0–3 months)",
	"term.horizon.next":  "Next (3–6 months)",
	"term.horizon.later": "Later (6–12 months)",
	// Short names, for charts and tight columns.
	"term.horizon_short.now":   "Now",
	"term.horizon_short.next":  "Next",
	"term.horizon_short.later": "Later",

	"term.quadrant.quick-win":    "Quick win",
	"term.quadrant.big-bet":      "Big bet",
	"term.quadrant.fill-in":      "Fill-in",
	"term.quadrant.money-pit":    "Money pit",
	"term.quadrants.quick-win":   "Quick wins",
	"term.quadrants.big-bet":     "Big bets",
	"term.quadrants.fill-in":     "Fill-ins",
	"term.quadrants.money-pit":   "Money pits",
	"term.quadrant_is.quick-win": "high impact, low effort",
	"term.quadrant_is.big-bet":   "high impact, high effort",
	"term.quadrant_is.fill-in":   "low impact, low effort",
	"term.quadrant_is.money-pit": "low impact, high effort",

	"term.status.proposed": "proposed",
	"term.status.accepted": "accepted",
	"term.status.rejected": "rejected",

	"term.disagreements": "Disagreements",
	"term.score":         "Score",
	"term.evidence":      "Evidence",
	"term.kpis":          "KPIs",
	"term.impact":        "Impact",
	"term.effort":        "Effort",

	"term.emotion.-2": "very negative",
	"term.emotion.-1": "negative",
	"term.emotion.0":  "neutral",
	"term.emotion.1":  "positive",
	"term.emotion.2":  "very positive",

	// KPIs a report may name without the model defining them (a journey's
	// proposals, a consultant's own initiative, an older model): a short
	// name for tables and a one-line definition for the glossary.
	"term.kpi.nps":                 "NPS",
	"term.kpi_def.nps":             "Net Promoter Score: the share of promoters (9–10) minus the share of detractors (0–6) when customers are asked how likely they are to recommend the company.",
	"term.kpi.csat":                "CSAT",
	"term.kpi_def.csat":            "Customer satisfaction: the share of customers who rate an interaction as satisfying (4 or 5 on a 1–5 scale).",
	"term.kpi.ces":                 "CES",
	"term.kpi_def.ces":             "Customer Effort Score: how easy customers say it was to get what they needed; low effort predicts loyalty.",
	"term.kpi.enps":                "eNPS",
	"term.kpi_def.enps":            "Employee Net Promoter Score: NPS asked of employees, about the company as a place to work.",
	"term.kpi.fcr":                 "FCR",
	"term.kpi_def.fcr":             "First-contact resolution: the share of requests solved in the first contact, without the customer coming back.",
	"term.kpi.clv":                 "CLV",
	"term.kpi_def.clv":             "Customer lifetime value: the margin a customer brings over the whole relationship.",
	"term.kpi.churn":               "Churn rate",
	"term.kpi_def.churn":           "The share of customers who leave in a period.",
	"term.kpi.retention":           "Retention rate",
	"term.kpi_def.retention":       "The share of customers still active after a period.",
	"term.kpi.complaint-rate":      "Complaint rate",
	"term.kpi_def.complaint-rate":  "Complaints per thousand orders or customers.",
	"term.kpi.cost-to-serve":       "Cost to serve",
	"term.kpi_def.cost-to-serve":   "What it takes to serve one customer or order, across channels.",
	"term.kpi.time-to-resolve":     "Time to resolve",
	"term.kpi_def.time-to-resolve": "Time from a customer's request or complaint to its solution.",
	"term.kpi.conversion":          "Conversion rate",
	"term.kpi_def.conversion":      "The share of visits or contacts that end in a purchase.",
	"term.kpi.referral-rate":       "Referral rate",
	"term.kpi_def.referral-rate":   "The share of new customers who come recommended by existing ones.",
	"term.kpi.repeat-purchase":     "Repeat purchase rate",
	"term.kpi_def.repeat-purchase": "The share of customers who buy again within a period.",
}

var glossaryES = map[string]string{
	"term.horizon.now":         "Ahora (0–3 meses)",
	"term.horizon.next":        "Después (3–6 meses)",
	"term.horizon.later":       "Más adelante (6–12 meses)",
	"term.horizon_short.now":   "Ahora",
	"term.horizon_short.next":  "Después",
	"term.horizon_short.later": "Más adelante",

	"term.quadrant.quick-win":    "Victoria rápida",
	"term.quadrant.big-bet":      "Gran apuesta",
	"term.quadrant.fill-in":      "Complemento",
	"term.quadrant.money-pit":    "Pozo sin fondo",
	"term.quadrants.quick-win":   "Victorias rápidas",
	"term.quadrants.big-bet":     "Grandes apuestas",
	"term.quadrants.fill-in":     "Complementos",
	"term.quadrants.money-pit":   "Pozos sin fondo",
	"term.quadrant_is.quick-win": "impacto alto, esfuerzo bajo",
	"term.quadrant_is.big-bet":   "impacto alto, esfuerzo alto",
	"term.quadrant_is.fill-in":   "impacto bajo, esfuerzo bajo",
	"term.quadrant_is.money-pit": "impacto bajo, esfuerzo alto",

	"term.status.proposed": "propuesta",
	"term.status.accepted": "aceptada",
	"term.status.rejected": "descartada",

	"term.disagreements": "Desacuerdos",
	"term.score":         "Puntuación",
	"term.evidence":      "Evidencias",
	"term.kpis":          "Indicadores (KPI)",
	"term.impact":        "Impacto",
	"term.effort":        "Esfuerzo",

	"term.emotion.-2": "muy negativa",
	"term.emotion.-1": "negativa",
	"term.emotion.0":  "neutra",
	"term.emotion.1":  "positiva",
	"term.emotion.2":  "muy positiva",

	"term.kpi.nps":                 "NPS",
	"term.kpi_def.nps":             "Índice de recomendación neta: porcentaje de promotores (9–10) menos porcentaje de detractores (0–6) al preguntar a los clientes si recomendarían la empresa.",
	"term.kpi.csat":                "CSAT",
	"term.kpi_def.csat":            "Satisfacción del cliente: porcentaje de clientes que valoran una interacción como satisfactoria (4 o 5 en una escala de 1 a 5).",
	"term.kpi.ces":                 "CES",
	"term.kpi_def.ces":             "Índice de esfuerzo del cliente: lo fácil que le resultó conseguir lo que necesitaba; un esfuerzo bajo anticipa la fidelidad.",
	"term.kpi.enps":                "eNPS",
	"term.kpi_def.enps":            "Recomendación neta de los empleados: el NPS preguntado a la plantilla sobre la empresa como lugar de trabajo.",
	"term.kpi.fcr":                 "FCR",
	"term.kpi_def.fcr":             "Resolución en el primer contacto: porcentaje de solicitudes resueltas a la primera, sin que el cliente tenga que volver.",
	"term.kpi.clv":                 "CLV",
	"term.kpi_def.clv":             "Valor del cliente a lo largo de la relación: el margen que aporta durante toda ella.",
	"term.kpi.churn":               "Tasa de bajas",
	"term.kpi_def.churn":           "Porcentaje de clientes que se van en un periodo.",
	"term.kpi.retention":           "Tasa de retención",
	"term.kpi_def.retention":       "Porcentaje de clientes que siguen activos al cabo de un periodo.",
	"term.kpi.complaint-rate":      "Tasa de reclamaciones",
	"term.kpi_def.complaint-rate":  "Reclamaciones por cada mil pedidos o clientes.",
	"term.kpi.cost-to-serve":       "Gasto por cliente atendido",
	"term.kpi_def.cost-to-serve":   "Lo que supone atender a un cliente o un pedido, sumando todos los canales.",
	"term.kpi.time-to-resolve":     "Tiempo de resolución",
	"term.kpi_def.time-to-resolve": "Tiempo desde la solicitud o reclamación del cliente hasta su solución.",
	"term.kpi.conversion":          "Tasa de conversión",
	"term.kpi_def.conversion":      "Porcentaje de visitas o contactos que terminan en una compra.",
	"term.kpi.referral-rate":       "Tasa de recomendación",
	"term.kpi_def.referral-rate":   "Porcentaje de clientes nuevos que llegan recomendados por otros clientes.",
	"term.kpi.repeat-purchase":     "Tasa de recompra",
	"term.kpi_def.repeat-purchase": "Porcentaje de clientes que vuelven a comprar en un periodo.",
}

// KPIIDs are the indicators the glossary defines, by id.
var KPIIDs = []string{"nps", "csat", "ces", "enps", "fcr", "clv", "churn", "retention", "complaint-rate", "cost-to-serve",
	"time-to-resolve", "conversion", "referral-rate", "repeat-purchase"}
