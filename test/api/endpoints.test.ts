import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { API_EXAMPLE, exampleBatch, exampleValuesPath } from "~/api/example";
import * as keyResult from "~/routes/api.v1.key-results.$keyResultId";
import * as keyResults from "~/routes/api.v1.key-results._index";
import * as kpis from "~/routes/api.v1.kpis._index";
import * as kpiValues from "~/routes/api.v1.kpis.$kpiKey.values";
import * as metrics from "~/routes/api.v1.metrics";
import * as objective from "~/routes/api.v1.objectives.$objectiveId";
import * as objectives from "~/routes/api.v1.objectives._index";
import * as scores from "~/routes/api.v1.quarters.$quarter.scores";
import * as snapshots from "~/routes/api.v1.snapshots";
import * as teams from "~/routes/api.v1.teams";
import { createTestDatabase } from "../support/db";
import { seedApiCompany, send, tokenFor } from "./support";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof seedApiCompany>>;
let token: string;

beforeEach(async () => {
  db = await createTestDatabase();
  ids = await seedApiCompany(db);
  token = await tokenFor(db, ids.adminId, "write");
});

afterEach(async () => {
  await db.destroy();
});

describe("teams, metrics and KPIs", () => {
  test("POST teams creates under a parent", async () => {
    const result = await send(db, teams, { path: "/api/v1/teams", token, body: { key: "sales-north", name: "Sales North", parent: "sales" } });

    expect(result.status).toBe(201);
    expect(result.json).toEqual({ key: "sales-north", name: "Sales North", parent: "sales" });
    const audit = await db.selectFrom("audit_entries").select(["entity", "action", "actor_id"]).where("entity", "=", "team").execute();
    expect(audit).toEqual([{ entity: "team", action: "create", actor_id: ids.adminId }]);
  });

  const badTeams: [string, unknown, { field: string; code: string }][] = [
    ["unknown parent", { key: "hr", name: "HR", parent: "nowhere" }, { field: "parent", code: "unknown_team" }],
    ["taken key", { key: "sales", name: "Sales 2", parent: "company" }, { field: "key", code: "duplicate_key" }],
    ["invalid key", { key: "Sales North", name: "Sales North", parent: "company" }, { field: "key", code: "invalid_key" }],
    ["missing name", { key: "hr", parent: "company" }, { field: "name", code: "missing" }],
    ["wrong type", { key: "hr", name: 5, parent: "company" }, { field: "name", code: "wrong_type" }],
  ];

  test.each(badTeams)("POST teams rejects %s", async (_name, body, expected) => {
    const result = await send(db, teams, { path: "/api/v1/teams", token, body });

    expect(result.status).toBe(422);
    expect(result.json.error.details).toContainEqual(expect.objectContaining(expected));
    expect(await db.selectFrom("teams").select("id").execute()).toHaveLength(4);
  });

  test("GET metrics and kpis list the catalog", async () => {
    const metricList = await send(db, metrics, { path: "/api/v1/metrics", token });
    const kpiList = await send(db, kpis, { path: "/api/v1/kpis", token });

    expect(metricList.json.metrics).toContainEqual(expect.objectContaining({ key: "billable_hours", kind: "flow", unit: "h", builtin: true }));
    expect(kpiList.json.kpis).toContainEqual(
      expect.objectContaining({ key: "billability", formula: "billable_hours / worked_hours", unit: "%", names: { nl: "declarabiliteit", en: expect.any(String) } }),
    );
  });
});

describe("KPI values", () => {
  test("worked example of the docs page gives its billability", async () => {
    const written = await send(db, snapshots, { path: "/api/v1/snapshots", token, body: exampleBatch() });
    expect(written.json).toEqual({ items: 10, inserted: 10, replaced: 0, unchanged: 0 });

    const result = await send(db, kpiValues, { path: exampleValuesPath(), token, params: { kpiKey: "billability" } });

    expect(result.status).toBe(200);
    expect(result.json.series).toEqual([
      { team: "delivery", values: [{ period: "2026-W10", start: API_EXAMPLE.week.start, end: API_EXAMPLE.week.end, value: API_EXAMPLE.billability, noValue: null }] },
    ]);
  });

  test("period without hours has no value and a reason", async () => {
    const result = await send(db, kpiValues, { path: "/api/v1/kpis/billability/values?team=sales&from=2026-01-01&to=2026-03-31&interval=quarter", token, params: { kpiKey: "billability" } });

    const [point] = result.json.series[0].values;
    expect(point).toMatchObject({ period: "2026-Q1", value: null, noValue: { code: "no_snapshots" } });
    expect(point.noValue.reason).toContain("2026-Q1");
  });

  test("team defaults to the company", async () => {
    const result = await send(db, kpiValues, { path: "/api/v1/kpis/billability/values?from=2026-01-01&to=2026-01-31", token, params: { kpiKey: "billability" } });

    expect(result.json.series.map((s: { team: string }) => s.team)).toEqual(["company"]);
    expect(result.json.interval).toBe("month");
  });

  const badQueries: [string, string, number, { field: string; code: string } | null][] = [
    ["unknown KPI", "/api/v1/kpis/nope/values?from=2026-01-01&to=2026-01-31", 404, null],
    ["unknown team", "/api/v1/kpis/billability/values?team=nowhere&from=2026-01-01&to=2026-01-31", 422, { field: "team", code: "unknown_team" }],
    ["missing from", "/api/v1/kpis/billability/values?to=2026-01-31", 422, { field: "from", code: "missing" }],
    ["impossible date", "/api/v1/kpis/billability/values?from=2026-02-30&to=2026-03-31", 422, { field: "from", code: "impossible_date" }],
    ["from after to", "/api/v1/kpis/billability/values?from=2026-03-01&to=2026-01-31", 422, { field: "to", code: "from_after_to" }],
    ["bad interval", "/api/v1/kpis/billability/values?from=2026-01-01&to=2026-01-31&interval=day", 422, { field: "interval", code: "invalid_choice" }],
  ];

  test.each(badQueries)("%s is rejected", async (_name, path, status, expected) => {
    const kpiKey = path.split("/")[4];

    const result = await send(db, kpiValues, { path, token, params: { kpiKey } });

    expect(result.status).toBe(status);
    if (expected) expect(result.json.error.details).toContainEqual(expect.objectContaining(expected));
  });

  test("bad interval lists the choices", async () => {
    const path = "/api/v1/kpis/billability/values?from=2026-01-01&to=2026-01-31&interval=day";

    const nl = await send(db, kpiValues, { path, token, params: { kpiKey: "billability" } });
    const en = await send(db, kpiValues, { path, token, params: { kpiKey: "billability" }, headers: { "Accept-Language": "en" } });

    expect(nl.json.error.details[0].message).toBe('interval: "day" is niet een van week, month, quarter.');
    expect(en.json.error.details[0].message).not.toContain("{{");
    expect(en.json.error.details[0].message).toContain("week, month, quarter");
  });

  test("GET error does not mention writing", async () => {
    const result = await send(db, kpiValues, { path: "/api/v1/kpis/billability/values?to=2026-01-31", token, params: { kpiKey: "billability" } });

    expect(result.json.error.message).toBe("Het verzoek heeft 1 probleem; details noemt het met het veld.");
  });
});

describe("objectives, key results and scores", () => {
  test("script sets up a quarter and reads its scores", async () => {
    const created = await send(db, objectives, {
      path: "/api/v1/objectives",
      token,
      body: { title: "Bill more of our time", period: "2026-Q1", team: "delivery", owner: "anna@example.com", status: "active" },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ title: "Bill more of our time", team: "delivery", owner: "anna@example.com", keyResults: [] });

    const kr = await send(db, keyResults, {
      path: "/api/v1/key-results",
      token,
      body: { objectiveId: created.json.id, title: "Billability to 80%", kind: "increase", kpi: "billability", baseline: 60, target: 80 },
    });
    expect(kr.status).toBe(201);
    expect(kr.json).toMatchObject({ kpi: "billability", baseline: 60, target: 80, weight: 1, windowKind: "quarter" });

    await send(db, snapshots, { path: "/api/v1/snapshots", token, body: exampleBatch() });
    const result = await send(db, scores, { path: "/api/v1/quarters/2026-Q1/scores", token, params: { quarter: "2026-Q1" } });

    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ quarter: "2026-Q1", status: "open", asOf: "2026-03-31" });
    const [scored] = result.json.objectives[0].keyResults;
    // (75 - 60) / (80 - 60) = 0.75
    expect(scored).toMatchObject({ kpi: "billability", team: "delivery", value: 75, progress: 0.75, score: 0.75, colour: "green" });
  });

  test("PATCH changes only the given fields", async () => {
    const created = await send(db, objectives, { path: "/api/v1/objectives", token, body: { title: "Grow", period: "2026-Q2", team: "sales" } });

    const patched = await send(db, objective, { method: "PATCH", path: `/api/v1/objectives/${created.json.id}`, token, body: { title: "Grow faster" }, params: { objectiveId: String(created.json.id) } });

    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ title: "Grow faster", period: "2026-Q2", team: "sales", status: "draft" });
    const audit = await db.selectFrom("audit_entries").select("action").where("entity", "=", "objective").orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
  });

  test("API key result gets a score at once", async () => {
    const created = await send(db, objectives, { path: "/api/v1/objectives", token, body: { title: "Grow", period: "2026-Q2", team: "sales", status: "active" } });
    const body = { objectiveId: created.json.id, title: "Billability to 80%", kind: "increase", kpi: "billability", baseline: 60, target: 80 };

    const kr = await send(db, keyResults, { path: "/api/v1/key-results", token, body });

    const rows = await db.selectFrom("score_snapshots").select(["key_result_id", "score"]).execute();
    expect(rows).toEqual([{ key_result_id: kr.json.id, score: 0 }]);
  });

  test("PATCH in a closed quarter names the quarter", async () => {
    const created = await send(db, objectives, { path: "/api/v1/objectives", token, body: { title: "Grow", period: "2026-Q1", team: "sales" } });
    const kr = await send(db, keyResults, { path: "/api/v1/key-results", token, body: { objectiveId: created.json.id, title: "Billability to 80%", kind: "increase", kpi: "billability", baseline: 60, target: 80 } });
    await db.insertInto("quarters").values({ period: "2026-Q1", status: "closed", closed_at: "2026-04-02T10:00:00Z", closed_by: null }).execute();

    const objectivePatch = await send(db, objective, { method: "PATCH", path: `/api/v1/objectives/${created.json.id}`, token, body: { title: "Grow more" }, params: { objectiveId: String(created.json.id) } });
    const keyResultPatch = await send(db, keyResult, { method: "PATCH", path: `/api/v1/key-results/${kr.json.id}`, token, body: { target: 85 }, params: { keyResultId: String(kr.json.id) } });

    for (const result of [objectivePatch, keyResultPatch]) {
      expect(result.status).toBe(422);
      expect(result.json.error.code).toBe("closed_quarter");
      expect(result.json.error.message).toMatch(/^2026-Q1 is afgesloten, .*heropenen op de pagina Kwartalen/);
      expect(result.json.error.details).toEqual([]);
    }
  });

  test("objective type error and unknown team in one answer", async () => {
    const result = await send(db, objectives, { path: "/api/v1/objectives", token, body: { title: 5, period: "2026-Q1", team: "nowhere" } });

    expect(result.json.error.details).toEqual([
      expect.objectContaining({ field: "title", code: "wrong_type" }),
      expect.objectContaining({ field: "team", code: "unknown_team", value: "nowhere" }),
    ]);
  });

  test("key result rules of the form apply", async () => {
    const created = await send(db, objectives, { path: "/api/v1/objectives", token, body: { title: "Grow", period: "2026-Q2", team: "sales" } });
    const body = { objectiveId: created.json.id, title: "Hit rate", kind: "increase", kpi: "billability", baseline: 50, target: 50 };

    const result = await send(db, keyResults, { path: "/api/v1/key-results", token, body });

    expect(result.status).toBe(422);
    expect(result.json.error.details).toEqual([expect.objectContaining({ field: "target", code: "baseline_equals_target" })]);
  });

  const badObjectives: [string, unknown, { field: string; code: string }][] = [
    ["missing title", { period: "2026-Q1", team: "sales" }, { field: "title", code: "missing" }],
    ["unknown team", { title: "x", period: "2026-Q1", team: "nowhere" }, { field: "team", code: "unknown_team" }],
    ["bad period", { title: "x", period: "2026-Q5", team: "sales" }, { field: "period", code: "invalid_period" }],
    ["unknown owner", { title: "x", period: "2026-Q1", team: "sales", owner: "x@example.com" }, { field: "owner", code: "unknown_person" }],
  ];

  test.each(badObjectives)("objective with %s is rejected", async (_name, body, expected) => {
    const result = await send(db, objectives, { path: "/api/v1/objectives", token, body });

    expect(result.status).toBe(422);
    expect(result.json.error.details).toContainEqual(expect.objectContaining(expected));
  });

  test("unknown key result gets 404", async () => {
    const result = await send(db, keyResult, { path: "/api/v1/key-results/999", token, params: { keyResultId: "999" } });

    expect(result.status).toBe(404);
    expect(result.json.error.code).toBe("not_found");
  });

  test("invalid quarter is rejected", async () => {
    const result = await send(db, scores, { path: "/api/v1/quarters/2026-Q5/scores", token, params: { quarter: "2026-Q5" } });

    expect(result.status).toBe(422);
    expect(result.json.error.details).toEqual([expect.objectContaining({ field: "quarter", code: "invalid_quarter" })]);
  });
});
