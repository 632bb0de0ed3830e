export default {
  metrics: {
    title: "Metrics",
    intro: "Base metrics that KPIs are computed from. A flow adds up over a period, a stock is a value on a day.",
    newMetric: "Add your own metric",
    submit: "Add metric",
    builtin: "built-in",
    own: "own",
    addKpi: "Add your own KPI",
  },
  kpiNew: {
    title: "Add your own KPI",
    intro: "A formula uses numbers, + - * /, parentheses, metric keys, the KPI's parameters, window_days and window_months, and sum, first, last, avg, min and max.",
    submit: "Add KPI",
    formulaAt: "Position {{position}}:",
  },
  columns: { key: "Key", name: "Name", kind: "Kind", unit: "Unit", origin: "Origin" },
  kinds: { flow: "flow", stock: "stock" },
  directions: { higher: "higher is better", lower: "lower is better", context: "no direction (context)" },
  units: { h: "hours", days: "days", count: "count", points: "points", m2: "m²", EUR: "EUR", score: "score" },
  hints: {
    key: "Lowercase letters, digits and _, starting with a letter, for example site_visits.",
    formula: "For example deals_won / (deals_won + deals_lost).",
    params: "One parameter per line as key=default, for example list_rate=100.",
    unitPercent: "% means the formula yields a fraction (0.56) shown as 56%.",
  },
  fields: { params: "Parameters" },
  errors: {
    invalid: "{{field}}: \"{{value}}\" is invalid. Check the input.",
    param_line: "{{field}}: line {{line}} \"{{value}}\" is not of the form key=default. Write for example list_rate=100.",
    param_number: "{{field}}: line {{line}} \"{{value}}\" has no number as its default. Write for example list_rate=100 or list_rate=99.5.",
  },
};
