import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { CATALOG_KPIS, CATALOG_METRICS } from "~/kpi/catalog";
import { createKpi, createMetric, getKpiById, getKpiByKey, listKpis, listMetrics, syncCatalog } from "~/kpi/catalog.server";
import type { Actor } from "~/people/actor.server";
import { createTestDatabase } from "../support/db";

const ADMIN: Actor = { personId: null, role: "admin" };
const MEMBER: Actor = { personId: null, role: "member" };
const NOW = new Date("2026-03-31T10:00:00Z");

let db: Kysely<Database>;

beforeEach(async () => {
  db = await createTestDatabase();
});

afterEach(async () => {
  await db.destroy();
});

describe("syncCatalog", () => {
  test("boot writes every built-in metric and KPI", async () => {
    const metrics = await listMetrics(db);
    const kpis = await listKpis(db);
    expect(metrics.map((m) => m.key)).toEqual(CATALOG_METRICS.map((m) => m.key));
    expect(kpis.map((k) => k.key)).toEqual(CATALOG_KPIS.map((k) => k.key));
    expect(metrics.every((m) => m.builtin)).toBe(true);
  });

  test("second run changes nothing", async () => {
    expect(await syncCatalog(db)).toEqual({ inserted: 0, updated: 0 });
  });

  test("restores names and formulas of built-in rows", async () => {
    await db.updateTable("metrics").set({ name_nl: "oud" }).where("key", "=", "revenue").execute();
    await db.updateTable("kpis").set({ formula: "deals_won", description_en: "old" }).where("key", "=", "hit_rate").execute();

    expect(await syncCatalog(db)).toEqual({ inserted: 0, updated: 2 });
    const hitRate = await getKpiByKey(db, "hit_rate");
    expect(hitRate?.formula).toBe("deals_won / (deals_won + deals_lost)");
    expect(hitRate?.description_en).toBe("Deals won as a share of all deals closed.");
    const revenue = (await listMetrics(db)).find((m) => m.key === "revenue");
    expect(revenue?.name_nl).toBe("omzet (netto-omzet)");
  });

  test("inserts a missing built-in KPI", async () => {
    await db.deleteFrom("kpis").where("key", "=", "backlog").execute();
    expect(await syncCatalog(db)).toEqual({ inserted: 1, updated: 0 });
    expect((await getKpiByKey(db, "backlog"))?.builtin).toBe(true);
  });

  test("leaves an admin's row under a catalog key alone", async () => {
    await db.deleteFrom("kpis").where("key", "=", "backlog").execute();
    await db
      .insertInto("kpis")
      .values({ key: "backlog", name_nl: "eigen", name_en: "own", description_nl: "", description_en: "", formula: "revenue", unit: "EUR", direction: "higher", params: "[]", builtin: 0 })
      .execute();

    expect(await syncCatalog(db)).toEqual({ inserted: 0, updated: 0 });
    expect((await getKpiByKey(db, "backlog"))?.formula).toBe("revenue");
  });
});

describe("reading KPIs", () => {
  test("parameters come parsed", async () => {
    const utilization = await getKpiByKey(db, "utilization");
    expect(utilization?.params).toEqual([{ key: "list_rate", name_nl: "catalogusprijs", name_en: "list rate", default: 100 }]);
    expect((await getKpiByKey(db, "clv"))?.params[0]).toMatchObject({ key: "relationship_months", default: 36 });
  });

  test("by id and key", async () => {
    const byKey = await getKpiByKey(db, "nps");
    expect(byKey).not.toBeNull();
    expect(await getKpiById(db, byKey?.id ?? -1)).toEqual(byKey);
    expect(await getKpiById(db, 99_999)).toBeNull();
    expect(await getKpiByKey(db, "no_such_kpi")).toBeNull();
  });

  test("corrupt params read as none", async () => {
    await db.updateTable("kpis").set({ params: "{not json" }).where("key", "=", "utilization").execute();
    expect((await getKpiByKey(db, "utilization"))?.params).toEqual([]);
  });
});

describe("createMetric", () => {
  const valid = { key: "site_visits", name_nl: "bezoeken", name_en: "visits", unit: "count", kind: "flow" };

  test("adds a metric with an audit entry", async () => {
    const result = await createMetric(db, ADMIN, valid, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.selectFrom("metrics").selectAll().where("id", "=", result.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ key: "site_visits", kind: "flow", builtin: 0, description_nl: "" });
    const audit = await db.selectFrom("audit_entries").selectAll().where("entity", "=", "metric").executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: result.id, action: "create", at: NOW.toISOString() });
  });

  test.each([
    [{ key: "revenue" }, "key", "key_taken"],
    [{ key: "list_rate" }, "key", "key_taken"],
    [{ key: "Site-Visits" }, "key", "key_format"],
    [{ key: "window_days" }, "key", "key_reserved"],
    [{ key: "sum" }, "key", "key_reserved"],
    [{ name_nl: "  " }, "name_nl", "required"],
    [{ name_en: "x".repeat(121) }, "name_en", "too_long"],
    [{ unit: "kg" }, "unit", "unit_invalid"],
    [{ kind: "level" }, "kind", "kind_invalid"],
  ])("%o: %s %s", async (change, field, code) => {
    const result = await createMetric(db, ADMIN, { ...valid, ...change }, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[field]?.code).toBe(code);
  });

  test("members may not add metrics", async () => {
    expect(await createMetric(db, MEMBER, valid, NOW)).toEqual({ ok: false, errors: { form: { code: "forbidden" } } });
  });
});

describe("createKpi", () => {
  const valid = {
    key: "revenue_per_visit",
    name_nl: "omzet per bezoek",
    name_en: "revenue per visit",
    formula: "revenue / (deals_won * factor)",
    unit: "EUR",
    direction: "higher",
    params: [{ key: "factor", name_nl: "factor", name_en: "factor", default: "2" }],
  };

  test("adds a KPI with its parameters", async () => {
    const result = await createKpi(db, ADMIN, valid, NOW);
    expect(result.ok).toBe(true);
    const kpi = await getKpiByKey(db, "revenue_per_visit");
    expect(kpi).toMatchObject({ builtin: false, formula: "revenue / (deals_won * factor)", params: [{ key: "factor", default: 2 }] });
  });

  test("unknown metric with position and suggestion", async () => {
    const result = await createKpi(db, ADMIN, { ...valid, formula: "deals_won / (deals_won + dealz_lost)" }, NOW);
    expect(result).toEqual({
      ok: false,
      errors: { formula: { code: "unknown_metric_suggestion", params: { position: 26, name: "dealz_lost", suggestion: "deals_lost" } } },
    });
  });

  test.each([
    [{ key: "hit_rate" }, "key", "key_taken"],
    [{ formula: "" }, "formula", "required"],
    [{ formula: "revenue % 2" }, "formula", "unsupported_operator"],
    [{ formula: "revenue * facto" }, "formula", "unknown_parameter_suggestion"],
    [{ unit: "kg" }, "unit", "unit_invalid"],
    [{ direction: "up" }, "direction", "direction_invalid"],
    [{ params: [{ key: "revenue", name_nl: "x", name_en: "x", default: 1 }] }, "params.0.key", "param_is_metric"],
    [{ params: [{ key: "factor", name_nl: "x", name_en: "x", default: "veel" }] }, "params.0.default", "number_invalid"],
    [{ params: [{ key: "window_months", name_nl: "x", name_en: "x", default: 1 }] }, "params.0.key", "key_reserved"],
  ])("%o: %s %s", async (change, field, code) => {
    const result = await createKpi(db, ADMIN, { ...valid, ...change }, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[field]?.code).toBe(code);
  });

  test("duplicate parameter keys", async () => {
    const param = { key: "factor", name_nl: "f", name_en: "f", default: 1 };
    const result = await createKpi(db, ADMIN, { ...valid, params: [param, param] }, NOW);
    expect(result).toEqual({ ok: false, errors: { "params.1.key": { code: "param_duplicate", params: { value: "factor" } } } });
  });

  test("members may not add KPIs", async () => {
    expect(await createKpi(db, MEMBER, valid, NOW)).toEqual({ ok: false, errors: { form: { code: "forbidden" } } });
  });
});
