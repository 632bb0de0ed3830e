import type { RouteRule } from "./types";

// Every role reads OKRs, so the quarter report, the scores export and the correlations page are
// open to all who are signed in. Snapshot exports follow the snapshots page: admins for every
// team, leads for the teams they lead (another team's key is a 400), members not at all.
const everyone = { anonymous: 302, member: 200, lead: 200, admin: 200 };

export const rules: RouteRule[] = [
  { route: "reports._index", method: "GET", path: "/reports?quarter=2026-Q4", expect: { anonymous: 302, member: 302, lead: 302, admin: 302 } },
  { route: "reports.$quarter", method: "GET", path: "/reports/2026-Q4", params: { quarter: "2026-Q4" }, expect: everyone },
  {
    route: "reports.$quarter",
    method: "GET",
    path: "/reports/2026-Q5",
    params: { quarter: "2026-Q5" },
    expect: { anonymous: 302, member: 404, lead: 404, admin: 404 },
    note: "invalid quarter",
  },
  { route: "exports.scores[.]csv", method: "GET", path: "/exports/scores.csv?quarter=2026-Q4", expect: everyone },
  {
    route: "exports.scores[.]csv",
    method: "GET",
    path: "/exports/scores.csv?quarter=2026-Q9",
    expect: { anonymous: 302, member: 400, lead: 400, admin: 400 },
    note: "invalid quarter",
  },
  { route: "exports.snapshots[.]csv", method: "GET", path: "/exports/snapshots.csv", expect: { anonymous: 302, member: 403, lead: 200, admin: 200 } },
  {
    route: "exports.snapshots[.]csv",
    method: "GET",
    path: "/exports/snapshots.csv?team=delivery",
    expect: { anonymous: 302, member: 403, lead: 400, admin: 200 },
    note: "a team the lead does not lead",
  },
  { route: "correlations", method: "GET", path: "/correlations?a=billability&b=utilization&team=sales&interval=month", expect: everyone },
  {
    route: "correlations",
    method: "GET",
    path: "/correlations?interval=day",
    expect: { anonymous: 302, member: 400, lead: 400, admin: 400 },
    note: "invalid interval",
  },
];
