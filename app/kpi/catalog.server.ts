import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database, Kpi, MetricKind } from "../../db/schema";
import { logger } from "../logger.server";
import { inTransaction, recordAudit } from "../okr/audit.server";
import type { Actor } from "../people/actor.server";
import { CATALOG_KPIS, CATALOG_METRICS, type CatalogTexts } from "./catalog";
import { type FieldErrors, fieldErrorsFromZod, invalid, type WriteResult } from "../components/forms/field-errors";
import { formulaFieldError, kpiInputSchema, metricInputSchema } from "./catalog-input";
import { parseFormula } from "./formula";
import type { KpiDefinition, KpiParameter, MetricDefinition } from "./types";

export interface MetricRecord extends MetricDefinition, CatalogTexts {
  id: number;
  builtin: boolean;
}

export interface KpiRecord extends KpiDefinition, CatalogTexts {
  id: number;
  builtin: boolean;
}

/**
 * Write the built-in catalog: insert each built-in metric and KPI missing by key, and bring the
 * names, descriptions and formulas of existing built-in rows up to date. A row an admin created
 * (builtin = 0) under a catalog key is left alone. Idempotent: a second run changes nothing.
 */
export async function syncCatalog(db: Kysely<Database>): Promise<{ inserted: number; updated: number }> {
  return inTransaction(db, async (trx) => {
    const metrics = await syncRows(trx, "metrics", CATALOG_METRICS, (metric) => ({ unit: metric.unit, kind: metric.kind }), []);
    const kpis = await syncRows(
      trx,
      "kpis",
      CATALOG_KPIS,
      (kpi) => ({ formula: kpi.formula, unit: kpi.unit, direction: kpi.direction, params: JSON.stringify(kpi.params) }),
      ["formula"],
    );
    return { inserted: metrics.inserted + kpis.inserted, updated: metrics.updated + kpis.updated };
  });
}

async function syncRows<T extends CatalogTexts & { key: string }>(
  db: Kysely<Database>,
  table: "metrics" | "kpis",
  entries: readonly T[],
  columnsOf: (entry: T) => Record<string, string>,
  updatedColumns: readonly string[],
): Promise<{ inserted: number; updated: number }> {
  const existing = await db.selectFrom(table).selectAll().execute();
  const byKey = new Map(existing.map((row) => [row.key, row as unknown as Record<string, unknown>]));
  let inserted = 0;
  let updated = 0;

  const missing = entries.filter((entry) => !byKey.has(entry.key));
  if (missing.length > 0) {
    const rows = missing.map((entry) => ({ key: entry.key, ...pickTexts(entry), ...columnsOf(entry), builtin: 1 }));
    // The row type differs per table; both tables take these columns.
    await db.insertInto(table).values(rows as never).execute();
    inserted = missing.length;
  }

  for (const entry of entries) {
    const row = byKey.get(entry.key);
    if (!row || row.builtin !== 1) continue;
    const expected: Record<string, string> = { ...pickTexts(entry) };
    for (const column of updatedColumns) expected[column] = columnsOf(entry)[column];
    const changes = Object.fromEntries(Object.entries(expected).filter(([column, value]) => row[column] !== value));
    if (Object.keys(changes).length === 0) continue;
    await db.updateTable(table).set(changes).where("id", "=", row.id as number).execute();
    updated += 1;
  }
  return { inserted, updated };
}

const pickTexts = (entry: CatalogTexts): CatalogTexts => ({
  name_nl: entry.name_nl,
  name_en: entry.name_en,
  description_nl: entry.description_nl,
  description_en: entry.description_en,
});

export async function listMetrics(db: Kysely<Database>): Promise<MetricRecord[]> {
  const rows = await db.selectFrom("metrics").selectAll().orderBy("id").execute();
  return rows.map((row) => ({ ...row, kind: row.kind as MetricKind, builtin: row.builtin === 1 }));
}

export async function listKpis(db: Kysely<Database>): Promise<KpiRecord[]> {
  const rows = await db.selectFrom("kpis").selectAll().orderBy("id").execute();
  return rows.map(toKpiRecord);
}

export async function getKpiById(db: Kysely<Database>, id: number): Promise<KpiRecord | null> {
  const row = await db.selectFrom("kpis").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toKpiRecord(row) : null;
}

export async function getKpiByKey(db: Kysely<Database>, key: string): Promise<KpiRecord | null> {
  const row = await db.selectFrom("kpis").selectAll().where("key", "=", key).executeTakeFirst();
  return row ? toKpiRecord(row) : null;
}

const storedParamsSchema = z.array(
  z.object({ key: z.string(), name_nl: z.string(), name_en: z.string(), default: z.number() }),
);

function toKpiRecord(row: Kpi): KpiRecord {
  return { ...row, builtin: row.builtin === 1, params: parseStoredParams(row) };
}

/** Read the params column. A corrupt column is logged and read as no parameters, so a formula using one fails to parse. */
function parseStoredParams(row: Kpi): KpiParameter[] {
  try {
    return storedParamsSchema.parse(JSON.parse(row.params));
  } catch (error) {
    logger.error({ err: error, kpiId: row.id, kpiKey: row.key }, "invalid params JSON of a KPI, read as no parameters");
    return [];
  }
}

/**
 * Add an admin's own metric from form values, checked with metricInputSchema. Rejects a key that
 * is taken by a metric or by a KPI parameter.
 */
export async function createMetric(db: Kysely<Database>, actor: Actor, input: unknown, now = new Date()): Promise<WriteResult> {
  if (actor.role !== "admin") return invalid({ form: { code: "forbidden" } });
  const parsed = metricInputSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error));
  const metric = parsed.data;

  const sameKey = await db.selectFrom("metrics").select("id").where("key", "=", metric.key).executeTakeFirst();
  const parameterKeys = (await listKpis(db)).flatMap((kpi) => kpi.params.map((param) => param.key));
  if (sameKey || parameterKeys.includes(metric.key)) {
    return invalid({ key: { code: "key_taken", params: { value: metric.key } } });
  }

  return inTransaction(db, async (trx) => {
    const { id } = await trx.insertInto("metrics").values({ ...metric, builtin: 0 }).returning("id").executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "metric", entityId: id, action: "create", oldValue: null, newValue: metric }, now);
    return { ok: true, id };
  });
}

/**
 * Add an admin's own KPI from form values, checked with kpiInputSchema (params as an array of
 * objects). Its formula must parse and name only existing metrics and the KPI's own parameters.
 * Parameter keys must be unique and differ from every metric key.
 */
export async function createKpi(db: Kysely<Database>, actor: Actor, input: unknown, now = new Date()): Promise<WriteResult> {
  if (actor.role !== "admin") return invalid({ form: { code: "forbidden" } });
  const parsed = kpiInputSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFromZod(parsed.error));
  const kpi = parsed.data;

  const metrics = await db.selectFrom("metrics").select(["key", "kind"]).execute();
  const metricKinds = new Map(metrics.map((metric) => [metric.key, metric.kind as MetricKind]));
  const errors: FieldErrors = {};

  const sameKey = await db.selectFrom("kpis").select("id").where("key", "=", kpi.key).executeTakeFirst();
  if (sameKey) errors.key = { code: "key_taken", params: { value: kpi.key } };
  kpi.params.forEach((param, i) => {
    const field = `params.${i}.key`;
    if (metricKinds.has(param.key)) errors[field] = { code: "param_is_metric", params: { value: param.key } };
    else if (kpi.params.findIndex((other) => other.key === param.key) < i) errors[field] = { code: "param_duplicate", params: { value: param.key } };
  });
  const formula = parseFormula(kpi.formula, { metrics: metricKinds, params: kpi.params.map((param) => param.key) });
  if (!formula.ok) errors.formula = formulaFieldError(formula.error);
  if (Object.keys(errors).length > 0) return invalid(errors);

  return inTransaction(db, async (trx) => {
    const row = { ...kpi, params: JSON.stringify(kpi.params), builtin: 0 };
    const { id } = await trx.insertInto("kpis").values(row).returning("id").executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "kpi", entityId: id, action: "create", oldValue: null, newValue: kpi }, now);
    return { ok: true, id };
  });
}
