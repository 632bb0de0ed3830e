/**
 * The worked example of the API docs page: a week of worked and billable hours for one team,
 * then that week's billability. A test sends the same requests, so the page stays correct.
 */
export const API_EXAMPLE = {
  team: "delivery",
  week: { start: "2026-03-02", end: "2026-03-08" },
  days: ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"],
  workedHours: [40, 40, 40, 40, 40],
  billableHours: [30, 32, 28, 30, 30],
  /** 150 billable of 200 worked hours, in the KPI's unit "%". */
  billability: 75,
};

/** Build the body of the example's POST /api/v1/snapshots. */
export function exampleBatch() {
  const items = API_EXAMPLE.days.flatMap((date, i) => [
    { metric: "worked_hours", team: API_EXAMPLE.team, date, value: API_EXAMPLE.workedHours[i] },
    { metric: "billable_hours", team: API_EXAMPLE.team, date, value: API_EXAMPLE.billableHours[i] },
  ]);
  return { items };
}

/** Build the path and query of the example's GET of the billability. */
export function exampleValuesPath(): string {
  const query = new URLSearchParams({ team: API_EXAMPLE.team, from: API_EXAMPLE.week.start, to: API_EXAMPLE.week.end, interval: "week" });
  return `/api/v1/kpis/billability/values?${query}`;
}

/** Write the example as a shell script for an app served at baseUrl; tokenComment explains $TOKEN in the reader's language. */
export function exampleScript(baseUrl: string, tokenComment: string): string {
  const body = JSON.stringify(exampleBatch(), null, 2);
  return [
    `BASE=${baseUrl}`,
    `TOKEN=okr_…   # ${tokenComment}`,
    "",
    'curl -sS -X POST "$BASE/api/v1/snapshots" \\',
    '  -H "Authorization: Bearer $TOKEN" \\',
    '  -H "Content-Type: application/json" \\',
    `  --data-binary @- <<'JSON'`,
    body,
    "JSON",
    "",
    `curl -sS "$BASE${exampleValuesPath()}" \\`,
    '  -H "Authorization: Bearer $TOKEN"',
  ].join("\n");
}
