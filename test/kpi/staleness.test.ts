import type { Kysely } from "kysely";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../../db/schema";
import { allowedAgeDays, type LatestSnapshot, staleInput, usualIntervalDays } from "~/kpi/staleness";
import { loadStaleness } from "~/kpi/staleness.server";
import { writeSnapshots } from "~/kpi/snapshots.server";
import { type Seed, seedCompany } from "../people/seed";
import { createTestDatabase } from "../support/db";

const latest = (periodStart: string, periodEnd: string, previousEnd: string | null = null): LatestSnapshot => ({
  metricKey: "worked_hours",
  teamId: 1,
  periodStart,
  periodEnd,
  previousEnd,
});

describe("usualIntervalDays", () => {
  test.each([
    { name: "ISO week", snapshot: latest("2026-11-23", "2026-11-29"), days: 7 },
    { name: "month", snapshot: latest("2026-10-01", "2026-10-31"), days: 31 },
    { name: "quarter", snapshot: latest("2026-07-01", "2026-09-30"), days: 92 },
    { name: "stock measured monthly", snapshot: latest("2026-10-31", "2026-10-31", "2026-09-30"), days: 31 },
    { name: "single stock value", snapshot: latest("2026-10-31", "2026-10-31"), days: 1 },
  ])("$name is $days days", ({ snapshot, days }) => {
    expect(usualIntervalDays(snapshot)).toBe(days);
  });
});

describe("allowedAgeDays", () => {
  test.each([
    { interval: 1, allowed: 14 },
    { interval: 7, allowed: 14 },
    { interval: 8, allowed: 45 },
    { interval: 28, allowed: 45 },
    { interval: 31, allowed: 45 },
    { interval: 92, allowed: 106 },
  ])("interval $interval allows $allowed", ({ interval, allowed }) => {
    expect(allowedAgeDays(interval)).toBe(allowed);
  });
});

describe("staleInput", () => {
  test.each([
    // A week ending Sunday 22 November: 12 days old on 4 December, 14 allowed.
    { name: "recent week", snapshot: latest("2026-11-16", "2026-11-22"), stale: false },
    // Ending 20 November: exactly 14 days old is still fresh.
    { name: "week 14 days old", snapshot: latest("2026-11-14", "2026-11-20"), stale: false },
    { name: "week 15 days old", snapshot: latest("2026-11-13", "2026-11-19"), stale: true },
    // October ends 34 days before 4 December: within 45.
    { name: "last month", snapshot: latest("2026-10-01", "2026-10-31"), stale: false },
    // 19 October is 46 days before 4 December.
    { name: "month 46 days old", snapshot: latest("2026-09-20", "2026-10-19"), stale: true },
    { name: "stock measured weekly", snapshot: latest("2026-11-15", "2026-11-15", "2026-11-08"), stale: true },
  ])("$name", ({ snapshot, stale }) => {
    const found = staleInput(snapshot, "2026-12-04");
    if (stale) expect(found).toEqual({ metricKey: "worked_hours", teamId: 1, lastEnd: snapshot.periodEnd, allowedDays: allowedAgeDays(usualIntervalDays(snapshot)) });
    else expect(found).toBeNull();
  });
});

describe("loadStaleness", () => {
  let db: Kysely<Database>;
  let seed: Seed;

  const hours = (teamId: number, start: string, end: string) => ({ metricId: seed.flowMetricId, teamId, periodStart: start, periodEnd: end, value: 8 });

  beforeEach(async () => {
    db = await createTestDatabase();
    seed = await seedCompany(db);
  });

  test("weekly input of a team", async () => {
    await writeSnapshots(db, [hours(seed.salesId, "2026-11-09", "2026-11-15")], { source: "manual", actorId: null, now: new Date() });
    const index = await loadStaleness(db, "2026-12-04");
    expect(index.forKpi(seed.kpiId, seed.salesId)).toEqual([{ metricKey: "test_hours", teamId: seed.salesId, lastEnd: "2026-11-15", allowedDays: 14 }]);
    expect(index.forKpi(seed.kpiId, seed.deliveryId)).toEqual([]);
  });

  test("only the latest snapshot counts", async () => {
    await writeSnapshots(db, [hours(seed.salesId, "2026-11-09", "2026-11-15"), hours(seed.salesId, "2026-11-23", "2026-11-29")], { source: "manual", actorId: null, now: new Date() });
    expect((await loadStaleness(db, "2026-12-04")).forKpi(seed.kpiId, seed.salesId)).toEqual([]);
  });

  test("company rolls up from teams", async () => {
    await writeSnapshots(db, [hours(seed.salesId, "2026-10-01", "2026-10-31"), hours(seed.deliveryId, "2026-09-01", "2026-09-30")], { source: "manual", actorId: null, now: new Date() });
    const stale = (await loadStaleness(db, "2026-12-04")).forKpi(seed.kpiId, seed.companyId);
    // September ends 65 days before 4 December; October 34 days.
    expect(stale.map((input) => input.teamId)).toEqual([seed.deliveryId]);
  });

  test("own snapshots hide subteams", async () => {
    await writeSnapshots(db, [hours(seed.companyId, "2026-11-01", "2026-11-30"), hours(seed.deliveryId, "2026-09-01", "2026-09-30")], { source: "manual", actorId: null, now: new Date() });
    expect((await loadStaleness(db, "2026-12-04")).forKpi(seed.kpiId, seed.companyId)).toEqual([]);
  });

  test("several teams list each stale input once", async () => {
    await writeSnapshots(db, [hours(seed.salesId, "2026-10-01", "2026-10-31"), hours(seed.deliveryId, "2026-09-01", "2026-09-30")], { source: "manual", actorId: null, now: new Date() });
    const index = await loadStaleness(db, "2026-12-04");
    // The company reads Delivery's snapshots, as Delivery does itself: one line, not two.
    const delivery = { metricKey: "test_hours", teamId: seed.deliveryId, lastEnd: "2026-09-30", allowedDays: 45 };
    expect(index.forKpiTeams(seed.kpiId, [seed.companyId, seed.salesId, seed.deliveryId])).toEqual([delivery]);
    expect(index.forKpiTeams(seed.kpiId, [seed.salesId])).toEqual([]);
  });
});
