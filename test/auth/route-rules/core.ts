import type { RouteRule } from "./types";

// Statuses of the routes of the core app, sign-in, check-ins and the audit log.
const SIGNED_IN = { anonymous: 302, member: 200, lead: 200, admin: 200 };
const LEADS = { anonymous: 302, member: 403, lead: 200, admin: 200 };
const ADMINS = { anonymous: 302, member: 403, lead: 403, admin: 200 };
const PUBLIC = { anonymous: 200, member: 200, lead: 200, admin: 200 };

export const rules: RouteRule[] = [
  { route: "_index", method: "GET", path: "/?quarter=2026-Q4", expect: SIGNED_IN },
  { route: "healthz", method: "GET", path: "/healthz", expect: PUBLIC },
  { route: "teams._index", method: "GET", path: "/teams", expect: SIGNED_IN },
  { route: "kpis._index", method: "GET", path: "/kpis", expect: SIGNED_IN },
  { route: "kpis.$kpiKey", method: "GET", path: "/kpis/hit_rate", params: { kpiKey: "hit_rate" }, expect: SIGNED_IN },
  { route: "kpis.new", method: "GET", path: "/kpis/new", expect: ADMINS },
  { route: "kpis.new", method: "POST", path: "/kpis/new", form: { key: "" }, expect: { anonymous: 302, member: 403, lead: 403, admin: 400 } },
  { route: "metrics._index", method: "GET", path: "/metrics", expect: SIGNED_IN },
  { route: "metrics._index", method: "POST", path: "/metrics", form: { key: "" }, expect: { anonymous: 302, member: 403, lead: 403, admin: 400 } },
  { route: "snapshots._index", method: "GET", path: "/snapshots", expect: LEADS },
  { route: "snapshots._index", method: "POST", path: "/snapshots", form: {}, expect: { anonymous: 302, member: 403, lead: 400, admin: 400 } },
  { route: "imports", method: "GET", path: "/imports", expect: LEADS },
  { route: "imports", method: "POST", path: "/imports", form: { intent: "preview", kind: "snapshots" }, expect: { anonymous: 302, member: 403, lead: 400, admin: 400 } },

  { route: "objectives.$objectiveId._index", method: "GET", path: (f) => `/objectives/${f.deliveryObjectiveId}`, params: (f) => ({ objectiveId: String(f.deliveryObjectiveId) }), expect: SIGNED_IN },
  { route: "objectives.new", method: "GET", path: "/objectives/new?period=2026-Q4", expect: LEADS },
  {
    route: "objectives.new",
    method: "POST",
    note: "own team",
    path: "/objectives/new",
    form: (f) => ({ title: "New", description: "", period: "2026-Q4", teamId: String(f.salesEastId), ownerId: "", parentId: "", status: "active" }),
    expect: { anonymous: 302, member: 403, lead: 302, admin: 302 },
  },
  {
    route: "objectives.new",
    method: "POST",
    note: "other team",
    path: "/objectives/new",
    form: (f) => ({ title: "New", description: "", period: "2026-Q4", teamId: String(f.deliveryId), ownerId: "", parentId: "", status: "active" }),
    expect: { anonymous: 302, member: 403, lead: 403, admin: 302 },
  },
  ...objectiveRules("own team", (f) => f.salesObjectiveId, { anonymous: 302, member: 403, lead: 200, admin: 200 }),
  ...objectiveRules("other team", (f) => f.deliveryObjectiveId, ADMINS),

  { route: "key-results.$keyResultId._index", method: "GET", path: (f) => `/key-results/${f.deliveryKeyResultId}`, params: (f) => ({ keyResultId: String(f.deliveryKeyResultId) }), expect: SIGNED_IN },
  {
    route: "key-results.$keyResultId._index",
    method: "POST",
    note: "check-in, member owns",
    path: (f) => `/key-results/${f.salesKeyResultId}?index`,
    params: (f) => ({ keyResultId: String(f.salesKeyResultId) }),
    form: { value: "0,5", confidence: "6", comment: "halfway" },
    expect: { anonymous: 302, member: 302, lead: 302, admin: 302 },
  },
  {
    route: "key-results.$keyResultId._index",
    method: "POST",
    note: "check-in, other team",
    path: (f) => `/key-results/${f.deliveryKeyResultId}?index`,
    params: (f) => ({ keyResultId: String(f.deliveryKeyResultId) }),
    form: { value: "0,5", confidence: "6", comment: "" },
    expect: { anonymous: 302, member: 403, lead: 403, admin: 302 },
  },
  {
    route: "key-results.new",
    method: "GET",
    note: "own team",
    path: (f) => `/key-results/new?objective=${f.salesObjectiveId}`,
    expect: { anonymous: 302, member: 403, lead: 200, admin: 200 },
  },
  { route: "key-results.new", method: "GET", note: "other team", path: (f) => `/key-results/new?objective=${f.deliveryObjectiveId}`, expect: ADMINS },
  {
    route: "key-results.new",
    method: "POST",
    note: "other team",
    path: (f) => `/key-results/new?objective=${f.deliveryObjectiveId}`,
    form: { title: "" },
    expect: { anonymous: 302, member: 403, lead: 403, admin: 400 },
  },
  ...keyResultRules("own team", (f) => f.salesKeyResultId, { anonymous: 302, member: 403, lead: 200, admin: 200 }),
  ...keyResultRules("other team", (f) => f.deliveryKeyResultId, ADMINS),

  { route: "people._index", method: "GET", path: "/people", expect: SIGNED_IN },
  { route: "people._index", method: "POST", path: "/people", form: { intent: "createTeam", key: "" }, expect: { anonymous: 302, member: 403, lead: 403, admin: 400 } },
  { route: "people.$personId", method: "GET", path: (f) => `/people/${f.memberId}`, params: (f) => ({ personId: String(f.memberId) }), expect: ADMINS },
  {
    route: "people.$personId",
    method: "POST",
    note: "role change",
    path: (f) => `/people/${f.memberId}`,
    params: (f) => ({ personId: String(f.memberId) }),
    form: (f) => ({ name: "Mia Member", email: "mia.member@example.com", role: "admin", teamId: String(f.salesEastId), startedOn: "", endedOn: "" }),
    expect: { anonymous: 302, member: 403, lead: 403, admin: 302 },
  },
  { route: "people.teams.$teamId", method: "GET", path: (f) => `/people/teams/${f.salesId}`, params: (f) => ({ teamId: String(f.salesId) }), expect: ADMINS },
  {
    route: "people.teams.$teamId",
    method: "POST",
    path: (f) => `/people/teams/${f.salesId}`,
    params: (f) => ({ teamId: String(f.salesId) }),
    form: (f) => ({ name: "Sales", parentId: String(f.companyId), leadPersonId: String(f.leadId) }),
    expect: { anonymous: 302, member: 403, lead: 403, admin: 302 },
  },

  { route: "$", method: "GET", path: "/nope", params: { "*": "nope" }, note: "unknown address", expect: { anonymous: 302, member: 404, lead: 404, admin: 404 } },
  { route: "set-language", method: "GET", path: "/set-language", expect: { anonymous: 302, member: 302, lead: 302, admin: 302 } },
  { route: "set-language", method: "POST", path: "/set-language", form: { language: "en", redirectTo: "/" }, expect: { anonymous: 302, member: 302, lead: 302, admin: 302 } },
  { route: "sign-in", method: "GET", path: "/sign-in", expect: { anonymous: 200, member: 302, lead: 302, admin: 302 } },
  { route: "sign-in", method: "POST", path: "/sign-in", form: { email: "nobody@example.com", password: "wrong" }, expect: { anonymous: 401, member: 401, lead: 401, admin: 401 } },
  { route: "sign-out", method: "GET", path: "/sign-out", expect: { anonymous: 302, member: 302, lead: 302, admin: 302 } },
  { route: "sign-out", method: "POST", path: "/sign-out", expect: { anonymous: 302, member: 302, lead: 302, admin: 302 } },
  { route: "sign-up.$token", method: "GET", path: "/sign-up/unknown", params: { token: "unknown" }, expect: { anonymous: 410, member: 410, lead: 410, admin: 410 } },
  {
    route: "sign-up.$token",
    method: "POST",
    path: "/sign-up/unknown",
    params: { token: "unknown" },
    form: { newPassword: "long enough password", confirmPassword: "long enough password" },
    expect: { anonymous: 410, member: 410, lead: 410, admin: 410 },
  },
  { route: "reset-password.$token", method: "GET", path: "/reset-password/unknown", params: { token: "unknown" }, expect: { anonymous: 410, member: 410, lead: 410, admin: 410 } },
  {
    route: "reset-password.$token",
    method: "POST",
    path: "/reset-password/unknown",
    params: { token: "unknown" },
    form: { newPassword: "long enough password", confirmPassword: "long enough password" },
    expect: { anonymous: 410, member: 410, lead: 410, admin: 410 },
  },
  { route: "account.password", method: "GET", path: "/account/password", expect: SIGNED_IN },
  {
    route: "account.password",
    method: "POST",
    path: "/account/password",
    form: { currentPassword: "wrong", newPassword: "long enough password", confirmPassword: "long enough password" },
    expect: { anonymous: 302, member: 400, lead: 400, admin: 400 },
  },
  { route: "my-key-results", method: "GET", path: "/my-key-results", expect: SIGNED_IN },
  { route: "audit", method: "GET", path: "/audit", expect: ADMINS },
];

function objectiveRules(note: string, id: (f: Parameters<Extract<RouteRule["path"], Function>>[0]) => number, allowed: RouteRule["expect"]): RouteRule[] {
  const params = (f: Parameters<typeof id>[0]) => ({ objectiveId: String(id(f)) });
  return [
    { route: "objectives.$objectiveId.edit", method: "GET", note, path: (f) => `/objectives/${id(f)}/edit`, params, expect: allowed },
    {
      route: "objectives.$objectiveId.edit",
      method: "POST",
      note,
      path: (f) => `/objectives/${id(f)}/edit`,
      params,
      form: { title: "" },
      expect: { ...allowed, member: 403, ...(allowed.lead === 200 ? { lead: 400 } : {}), admin: 400 },
    },
    { route: "objectives.$objectiveId.archive", method: "GET", note, path: (f) => `/objectives/${id(f)}/archive`, params, expect: allowed },
    {
      route: "objectives.$objectiveId.archive",
      method: "POST",
      note,
      path: (f) => `/objectives/${id(f)}/archive`,
      params,
      expect: { ...allowed, ...(allowed.lead === 200 ? { lead: 302 } : {}), admin: 302 },
    },
  ];
}

function keyResultRules(note: string, id: (f: Parameters<Extract<RouteRule["path"], Function>>[0]) => number, allowed: RouteRule["expect"]): RouteRule[] {
  const params = (f: Parameters<typeof id>[0]) => ({ keyResultId: String(id(f)) });
  return [
    { route: "key-results.$keyResultId.edit", method: "GET", note, path: (f) => `/key-results/${id(f)}/edit`, params, expect: allowed },
    {
      route: "key-results.$keyResultId.edit",
      method: "POST",
      note,
      path: (f) => `/key-results/${id(f)}/edit`,
      params,
      form: { title: "" },
      expect: { ...allowed, ...(allowed.lead === 200 ? { lead: 400 } : {}), admin: 400 },
    },
    { route: "key-results.$keyResultId.archive", method: "GET", note, path: (f) => `/key-results/${id(f)}/archive`, params, expect: allowed },
    {
      route: "key-results.$keyResultId.archive",
      method: "POST",
      note,
      path: (f) => `/key-results/${id(f)}/archive`,
      params,
      expect: { ...allowed, ...(allowed.lead === 200 ? { lead: 302 } : {}), admin: 302 },
    },
  ];
}
