export default {
  metrics: {
    title: "Metrieken",
    intro: "Basismetrieken waaruit KPI's worden berekend. Een stroom telt op over een periode, een stand is een waarde op een dag.",
    newMetric: "Eigen metriek toevoegen",
    submit: "Metriek toevoegen",
    builtin: "ingebouwd",
    own: "eigen",
    addKpi: "Eigen KPI toevoegen",
  },
  kpiNew: {
    title: "Eigen KPI toevoegen",
    intro: "Een formule gebruikt getallen, + - * /, haakjes, sleutels van metrieken, de parameters van de KPI, window_days en window_months, en sum, first, last, avg, min en max.",
    submit: "KPI toevoegen",
    formulaAt: "Positie {{position}}:",
  },
  columns: { key: "Sleutel", name: "Naam", kind: "Soort", unit: "Eenheid", origin: "Herkomst" },
  kinds: { flow: "stroom", stock: "stand" },
  directions: { higher: "hoger is beter", lower: "lager is beter", context: "geen richting (context)" },
  units: { h: "uur", days: "dagen", count: "aantal", points: "punten", m2: "m²", EUR: "EUR", score: "score" },
  hints: {
    key: "Kleine letters, cijfers en _, beginnend met een letter, bijvoorbeeld site_visits.",
    formula: "Bijvoorbeeld deals_won / (deals_won + deals_lost).",
    params: "Eén parameter per regel als sleutel=standaardwaarde, bijvoorbeeld list_rate=100.",
    unitPercent: "% betekent dat de formule een fractie geeft (0,56) die als 56% wordt getoond.",
  },
  fields: { params: "Parameters" },
  errors: {
    invalid: "{{field}}: \"{{value}}\" is ongeldig. Controleer de invoer.",
    param_line: "{{field}}: regel {{line}} \"{{value}}\" heeft niet de vorm sleutel=standaardwaarde. Schrijf bijvoorbeeld list_rate=100.",
    param_number: "{{field}}: regel {{line}} \"{{value}}\" heeft geen getal als standaardwaarde. Schrijf bijvoorbeeld list_rate=100 of list_rate=99,5.",
  },
};
