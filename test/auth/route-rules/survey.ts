import type { RouteRule } from "./types";

// Everyone signed in answers the survey; leads and admins see team results; admins alone see
// participation and set the threshold.
export const rules: RouteRule[] = [
  { route: "survey", method: "GET", path: "/survey", expect: { anonymous: 302, member: 200, lead: 200, admin: 200 } },
  {
    route: "survey",
    method: "POST",
    path: "/survey",
    form: { survey: "mood", score: "4", comment: "", redirectTo: "/" },
    expect: { anonymous: 302, member: 302, lead: 302, admin: 302 },
    note: "answer redirects back",
  },
  {
    route: "survey",
    method: "POST",
    path: "/survey",
    form: { survey: "mood", score: "9" },
    expect: { anonymous: 302, member: 400, lead: 400, admin: 400 },
    note: "invalid score",
  },
  { route: "mood._index", method: "GET", path: "/mood", expect: { anonymous: 302, member: 403, lead: 200, admin: 200 } },
  { route: "mood.export", method: "GET", path: "/mood/export?quarter=2026-Q4", expect: { anonymous: 302, member: 403, lead: 200, admin: 200 } },
  { route: "mood.participation", method: "GET", path: "/mood/participation", expect: { anonymous: 302, member: 403, lead: 403, admin: 200 } },
  {
    route: "mood.participation",
    method: "POST",
    path: "/mood/participation",
    form: { threshold: "6" },
    expect: { anonymous: 302, member: 403, lead: 403, admin: 302 },
  },
  {
    route: "mood.participation",
    method: "POST",
    path: "/mood/participation",
    form: { threshold: "2" },
    expect: { anonymous: 302, member: 403, lead: 403, admin: 400 },
    note: "threshold below 3",
  },
];
