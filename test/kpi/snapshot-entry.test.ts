import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { parseSnapshotForm, periodFromInput } from "~/kpi/snapshot-entry";
import { countOverlappingSnapshots, listLatestSnapshots, recordManualSnapshot } from "~/kpi/snapshot-entry.server";
import { type Seed, auditOf, seedCompany } from "../people/seed";
import { createTestDatabase } from "../support/db";

describe("periodFromInput", () => {
  test.each([
    ["day", "2026-03-31", 1, "2026-03-31", "2026-03-31"],
    ["day", "31-03-2026", 1, "2026-03-31", "2026-03-31"],
    ["day", "1/4/2026", 1, "2026-04-01", "2026-04-01"],
    ["week", "2026-W05", 1, "2026-01-26", "2026-02-01"],
    ["week", "2026-w53", 1, "2026-12-28", "2027-01-03"],
    ["month", "2026-02", 1, "2026-02-01", "2026-02-28"],
    ["quarter", "2026-Q1", 1, "2026-01-01", "2026-03-31"],
    ["quarter", "2026-Q4", 4, "2027-01-01", "2027-03-31"],
  ] as const)("%s %s (fiscal start %d)", (type, text, fiscalStart, start, end) => {
    expect(periodFromInput(type, text, fiscalStart)).toEqual({ start, end });
  });

  test.each([
    ["day", "2026-02-30"],
    ["day", "31-02-2026"],
    ["week", "2025-W53"],
    ["month", "2026-13"],
    ["quarter", "2026-Q5"],
    ["month", "2026-Q1"],
  ] as const)("%s %s is no period", (type, text) => {
    expect(periodFromInput(type, text, 1)).toBeNull();
  });
});

describe("parseSnapshotForm", () => {
  const form = (overrides: Record<string, string> = {}) => ({ metricId: "1", teamId: "2", periodType: "month", period: "2026-03", value: "1.234,5", ...overrides });

  test("Dutch value and a month", () => {
    expect(parseSnapshotForm(form(), "nl", 1)).toEqual({
      ok: true,
      input: { metricId: 1, teamId: 2, periodType: "month", period: { start: "2026-03-01", end: "2026-03-31" }, value: 1234.5 },
    });
  });

  test.each([
    [{ period: "maart" }, "period", "invalid_month"],
    [{ periodType: "week", period: "2026-03" }, "period", "invalid_week"],
    [{ periodType: "year" }, "periodType", "invalid_choice"],
    [{ value: "" }, "value", "required"],
    [{ value: "twaalf" }, "value", "invalid_number"],
    [{ metricId: "" }, "metricId", "required"],
  ])("%j gives %s %s", (overrides, field, code) => {
    const result = parseSnapshotForm(form(overrides), "nl", 1);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]?.code).toBe(code);
  });
});

describe("recordManualSnapshot", () => {
  const NOW = new Date("2026-11-02T09:00:00Z");
  let db: Kysely<Database>;
  let seed: Seed;

  beforeEach(async () => {
    db = await createTestDatabase();
    seed = await seedCompany(db);
  });

  afterEach(async () => {
    await db.destroy();
  });

  const march = { start: "2026-03-01", end: "2026-03-31" };
  const entry = (value: number) => ({ metricId: seed.flowMetricId, teamId: seed.salesId, periodType: "month" as const, period: march, value });

  test("insert, replace and unchanged", async () => {
    const first = await recordManualSnapshot(db, seed.actor, entry(12), NOW);
    const second = await recordManualSnapshot(db, seed.actor, entry(14), NOW);
    const third = await recordManualSnapshot(db, seed.actor, entry(14), NOW);

    expect(first).toMatchObject({ ok: true, outcome: "inserted" });
    expect(second).toMatchObject({ ok: true, outcome: "replaced", oldValue: 12 });
    expect(third).toMatchObject({ ok: true, outcome: "unchanged" });
    const rows = await db.selectFrom("metric_snapshots").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 14, source: "manual", recorded_by: seed.adminId, mid_date: "2026-03-16" });
  });

  test("insert and replace are audited", async () => {
    const first = await recordManualSnapshot(db, seed.actor, entry(12), NOW);
    await recordManualSnapshot(db, seed.actor, entry(14), NOW);

    if (!first.ok) throw new Error("insert failed");
    const audit = await auditOf(db, "metric_snapshot", first.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "replace"]);
    expect(audit[1]).toMatchObject({ old: { value: 12 }, new: { value: 14 } });
  });

  test("overlapping flow periods are counted", async () => {
    const month = await recordManualSnapshot(db, seed.actor, entry(40), NOW);
    const week = { start: "2026-03-09", end: "2026-03-15" };
    const inside = await recordManualSnapshot(db, seed.actor, { ...entry(10), periodType: "week" as const, period: week }, NOW);
    const april = { start: "2026-04-01", end: "2026-04-30" };
    const apart = await recordManualSnapshot(db, seed.actor, { ...entry(50), period: april }, NOW);
    if (!month.ok || !inside.ok || !apart.ok) throw new Error("write failed");

    expect(await countOverlappingSnapshots(db, month.id)).toBe(1);
    expect(await countOverlappingSnapshots(db, inside.id)).toBe(1);
    expect(await countOverlappingSnapshots(db, apart.id)).toBe(0);
  });

  test("stock metric over a month is rejected", async () => {
    const result = await recordManualSnapshot(db, seed.actor, { ...entry(200), metricId: seed.stockMetricId }, NOW);

    expect(result).toEqual({ ok: false, errors: { periodType: { code: "stock_single_day" } } });
  });

  test("unknown metric and team are rejected", async () => {
    const result = await recordManualSnapshot(db, seed.actor, { ...entry(1), metricId: 999, teamId: 998 }, NOW);

    expect(result).toEqual({ ok: false, errors: { metricId: { code: "unknown_metric" }, teamId: { code: "unknown_team" } } });
  });

  test("latest list is newest first with names", async () => {
    await recordManualSnapshot(db, seed.actor, entry(12), new Date("2026-11-01T09:00:00Z"));
    await recordManualSnapshot(db, seed.actor, { ...entry(7), period: { start: "2026-04-01", end: "2026-04-30" } }, NOW);

    const rows = await listLatestSnapshots(db, 50);

    expect(rows.map((row) => [row.value, row.teamName, row.metricKey, row.recordedBy])).toEqual([
      [7, "Sales", "test_hours", "Anna Admin"],
      [12, "Sales", "test_hours", "Anna Admin"],
    ]);
  });
});
