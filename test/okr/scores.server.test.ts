import type { Kysely } from "kysely";
import type { Database, NewKeyResult, ObjectiveStatus } from "../../db/schema";
import { writeSnapshots } from "~/kpi/snapshots.server";
import { keyResultSeries, recordScoreSnapshots, refreshScores, scoreQuarter } from "~/okr/scores.server";
import type { QuarterScores } from "~/okr/types";
import { createTestDatabase } from "../support/db";

const NOW = new Date("2026-04-15T10:00:00Z");
const UPDATED_AT = "2026-01-01T09:00:00.000Z";

async function addTeam(db: Kysely<Database>, key: string, parentId: number | null): Promise<number> {
  const row = await db
    .insertInto("teams")
    .values({ key, name: key, parent_id: parentId, lead_person_id: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function addObjective(db: Kysely<Database>, teamId: number, status: ObjectiveStatus, period = "2026-Q1") {
  const row = await db
    .insertInto("objectives")
    .values({ title: `Objective of team ${teamId}`, description: "", period, team_id: teamId, status, updated_at: UPDATED_AT })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

type KeyResultFields = Partial<NewKeyResult> & Pick<NewKeyResult, "kind">;

const newKeyResult = (objectiveId: number, fields: KeyResultFields): NewKeyResult => ({
  objective_id: objectiveId,
  title: `Key result of ${objectiveId}`,
  weight: 1,
  window_kind: "quarter",
  kpi_params: "{}",
  updated_at: UPDATED_AT,
  ...fields,
});

async function addKeyResult(db: Kysely<Database>, objectiveId: number, fields: KeyResultFields): Promise<number> {
  const row = await db
    .insertInto("key_results")
    .values(newKeyResult(objectiveId, fields))
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function idsByKey(db: Kysely<Database>, table: "metrics" | "kpis"): Promise<Record<string, number>> {
  const rows = await db.selectFrom(table).select(["id", "key"]).execute();
  return Object.fromEntries(rows.map((row) => [row.key, row.id]));
}

// Monthly deals of the sales team: 12 won and 18 lost in 2026-Q1, and 0 won, 10 lost in December 2025.
const MONTHS = [
  { start: "2025-12-01", end: "2025-12-31", won: 0, lost: 10, cycleDays: 0 },
  { start: "2026-01-01", end: "2026-01-31", won: 2, lost: 8, cycleDays: 60 },
  { start: "2026-02-01", end: "2026-02-28", won: 4, lost: 6, cycleDays: 100 },
  { start: "2026-03-01", end: "2026-03-31", won: 6, lost: 4, cycleDays: 128 },
];

async function writeSalesSnapshots(db: Kysely<Database>, salesId: number) {
  const metrics = await idsByKey(db, "metrics");
  const rows = MONTHS.flatMap((m) => [
    { metricId: metrics.deals_won, teamId: salesId, periodStart: m.start, periodEnd: m.end, value: m.won },
    { metricId: metrics.deals_lost, teamId: salesId, periodStart: m.start, periodEnd: m.end, value: m.lost },
    { metricId: metrics.sales_cycle_days, teamId: salesId, periodStart: m.start, periodEnd: m.end, value: m.cycleDays },
  ]);
  await writeSnapshots(db, rows, { source: "manual", actorId: null, now: NOW });
}

/**
 * Company (root) with teams sales and delivery, in 2026-Q1:
 * - company objective: hit rate from 20% to 40% (the company rolls up from sales);
 * - sales objective: sales cycle from 30 to 20 days (weight 2) and a milestone graded 1 (weight 1);
 * - delivery objective: billability at least 75% without snapshots;
 * - a sales draft objective with a milestone graded 1, which does not count.
 */
async function seedQuarter() {
  const db = await createTestDatabase();
  const kpis = await idsByKey(db, "kpis");
  const company = await addTeam(db, "company", null);
  const sales = await addTeam(db, "sales", company);
  const delivery = await addTeam(db, "delivery", company);
  await writeSalesSnapshots(db, sales);

  const companyObjective = await addObjective(db, company, "active");
  const hitRate = await addKeyResult(db, companyObjective, { kind: "increase", kpi_id: kpis.hit_rate, baseline: 20, target: 40 });
  const salesObjective = await addObjective(db, sales, "active");
  const salesCycle = await addKeyResult(db, salesObjective, {
    kind: "decrease",
    kpi_id: kpis.sales_cycle,
    baseline: 30,
    target: 20,
    weight: 2,
  });
  const milestone = await addKeyResult(db, salesObjective, { kind: "milestone", grade: 1, weight: 1 });
  const deliveryObjective = await addObjective(db, delivery, "closed");
  const billability = await addKeyResult(db, deliveryObjective, { kind: "at_least", kpi_id: kpis.billability, target: 75 });
  const draftObjective = await addObjective(db, sales, "draft");
  const draftMilestone = await addKeyResult(db, draftObjective, { kind: "milestone", grade: 1 });

  return {
    db,
    kpis,
    teams: { company, sales, delivery },
    objectives: { companyObjective, salesObjective, deliveryObjective, draftObjective },
    keyResults: { hitRate, salesCycle, milestone, billability, draftMilestone },
  };
}

type Seed = Awaited<ReturnType<typeof seedQuarter>>;

const keyResult = (scores: QuarterScores, id: number) =>
  scores.objectives.flatMap((o) => o.keyResults).find((kr) => kr.keyResultId === id)!;
const objective = (scores: QuarterScores, id: number) => scores.objectives.find((o) => o.objectiveId === id)!;
const team = (scores: QuarterScores, id: number) => scores.teams.find((t) => t.teamId === id)!;

describe("scoreQuarter after the quarter", () => {
  let seed: Seed;
  let scores: QuarterScores;
  beforeAll(async () => {
    seed = await seedQuarter();
    scores = await scoreQuarter(seed.db, { quarter: "2026-Q1", today: "2026-04-15" });
  });
  afterAll(() => seed.db.destroy());

  test("asOf clamps to quarter end", () => {
    expect(scores.asOf).toBe("2026-03-31");
    expect(scores.window).toEqual({ start: "2026-01-01", end: "2026-03-31" });
    expect(scores.norm).toBe(0.7);
  });

  test("hit rate 12 won 18 lost: 40, score 1", () => {
    const kr = keyResult(scores, seed.keyResults.hitRate);
    expect(kr.value).toBeCloseTo(40, 9);
    expect(kr.unit).toBe("%");
    expect(kr.kpiKey).toBe("hit_rate");
    expect(kr.teamId).toBe(seed.teams.company);
    expect(kr.window).toEqual({ start: "2026-01-01", end: "2026-03-31" });
    expect(kr.progress).toBe(1);
    expect(kr.score).toBe(1);
    expect(kr.colour).toBe("green");
  });

  test("sales cycle 288 days over 12 deals: 24, score 0.6", () => {
    const kr = keyResult(scores, seed.keyResults.salesCycle);
    expect(kr.value).toBeCloseTo(24, 9);
    expect(kr.progress).toBe(0.6);
    expect(kr.score).toBe(0.6);
    expect(kr.colour).toBe("amber");
  });

  test("no snapshots: no value, score 0", () => {
    const kr = keyResult(scores, seed.keyResults.billability);
    expect(kr.value).toBeNull();
    expect(kr.reason?.code).toBe("no_snapshots");
    expect(kr.progress).toBeNull();
    expect(kr.score).toBe(0);
    expect(kr.colour).toBe("red");
  });

  test("milestone: grade as value and score", () => {
    const kr = keyResult(scores, seed.keyResults.milestone);
    expect(kr.value).toBe(1);
    expect(kr.score).toBe(1);
    expect(kr.unit).toBeNull();
    expect(kr.kpiKey).toBeNull();
  });

  test("objective weighted mean", () => {
    // (2 × 0.6 + 1 × 1) / 3
    expect(objective(scores, seed.objectives.salesObjective).score).toBe(0.7333);
    expect(objective(scores, seed.objectives.salesObjective).colour).toBe("green");
    expect(objective(scores, seed.objectives.companyObjective).score).toBe(1);
    expect(objective(scores, seed.objectives.deliveryObjective).score).toBe(0);
  });

  test("draft listed but not counted", () => {
    const draft = objective(scores, seed.objectives.draftObjective);
    expect(draft.status).toBe("draft");
    expect(draft.score).toBe(1);
    expect(team(scores, seed.teams.sales).keyResultCount).toBe(2);
    expect(team(scores, seed.teams.sales).score).toBe(0.7333);
  });

  test.each([
    // team, score, own rate, subtree rate, own count, subtree count
    ["company", 1, 1, 0.5, 1, 4],
    ["sales", 0.7333, 0.5, 0.5, 2, 2],
    ["delivery", 0, 0, 0, 1, 1],
  ] as const)("team %s", (key, score, rate, subtreeRate, count, subtreeCount) => {
    const t = team(scores, seed.teams[key]);
    expect(t.score).toBe(score);
    expect(t.successRate).toBe(rate);
    expect(t.subtreeSuccessRate).toBe(subtreeRate);
    expect(t.keyResultCount).toBe(count);
    expect(t.subtreeKeyResultCount).toBe(subtreeCount);
  });

  test("company score and success rate", () => {
    expect(scores.company).toEqual({ score: 1, colour: "green", successRate: 0.5, keyResultCount: 4 });
  });

  test("invalid quarter throws", async () => {
    await expect(scoreQuarter(seed.db, { quarter: "2026-Q5", today: "2026-04-15" })).rejects.toThrow(/2026-Q5/);
  });
});

describe("scoreQuarter during the quarter", () => {
  let seed: Seed;
  beforeAll(async () => {
    seed = await seedQuarter();
  });
  afterAll(() => seed.db.destroy());

  test("mid-quarter window ends today", async () => {
    const scores = await scoreQuarter(seed.db, { quarter: "2026-Q1", today: "2026-02-20" });
    const hitRate = keyResult(scores, seed.keyResults.hitRate);
    const salesCycle = keyResult(scores, seed.keyResults.salesCycle);

    expect(scores.asOf).toBe("2026-02-20");
    expect(hitRate.window).toEqual({ start: "2026-01-01", end: "2026-02-20" });
    // January and February: 6 won, 14 lost.
    expect(hitRate.value).toBeCloseTo(30, 9);
    expect(hitRate.score).toBe(0.5);
    // 160 days over 6 deals: 26.67, progress (26.67 − 30) / (20 − 30).
    expect(salesCycle.value).toBeCloseTo(26.6667, 4);
    expect(salesCycle.score).toBe(0.3333);
  });

  test("before the quarter: no value", async () => {
    const scores = await scoreQuarter(seed.db, { quarter: "2026-Q1", today: "2025-12-20" });
    const hitRate = keyResult(scores, seed.keyResults.hitRate);

    expect(scores.asOf).toBe("2025-12-20");
    expect(hitRate.value).toBeNull();
    expect(hitRate.reason).toBeNull();
    expect(hitRate.score).toBe(0);
    expect(keyResult(scores, seed.keyResults.milestone).score).toBe(1);
  });

  test("trailing window reaches into last quarter", async () => {
    const objectiveId = await addObjective(seed.db, seed.teams.company, "active");
    const trailing = await addKeyResult(seed.db, objectiveId, {
      kind: "increase",
      kpi_id: seed.kpis.hit_rate,
      scope_team_id: seed.teams.sales,
      window_kind: "trailing_months",
      window_length: 3,
      baseline: 10,
      target: 30,
    });
    const scores = await scoreQuarter(seed.db, { quarter: "2026-Q1", today: "2026-02-28" });
    const kr = keyResult(scores, trailing);

    expect(kr.teamId).toBe(seed.teams.sales);
    expect(kr.windowKind).toBe("trailing_months");
    expect(kr.window).toEqual({ start: "2025-11-29", end: "2026-02-28" });
    // December to February: 6 won, 24 lost.
    expect(kr.value).toBeCloseTo(20, 9);
    expect(kr.score).toBe(0.5);
  });
});

describe("keyResultSeries", () => {
  let seed: Seed;
  beforeAll(async () => {
    seed = await seedQuarter();
  });
  afterAll(() => seed.db.destroy());

  test("a point per Sunday and today", async () => {
    const series = await keyResultSeries(seed.db, seed.keyResults.hitRate, { today: "2026-02-20" });

    expect(series?.unit).toBe("%");
    expect(series?.baseline).toBe(20);
    expect(series?.target).toBe(40);
    expect(series?.points.map((p) => p.date)).toEqual([
      "2026-01-04",
      "2026-01-11",
      "2026-01-18",
      "2026-01-25",
      "2026-02-01",
      "2026-02-08",
      "2026-02-15",
      "2026-02-20",
    ]);
  });

  test("values as of each day", async () => {
    const series = await keyResultSeries(seed.db, seed.keyResults.hitRate, { today: "2026-02-20" });
    const points = series!.points;

    // The January snapshot counts from its middle day, 16 January; February's from 14 February.
    expect(points[0]).toEqual({ date: "2026-01-04", value: null, score: 0 });
    expect(points[2].value).toBeCloseTo(20, 9);
    expect(points[2].score).toBe(0);
    expect(points[5].value).toBeCloseTo(20, 9);
    expect(points[6].value).toBeCloseTo(30, 9);
    expect(points[6].score).toBe(0.5);
    expect(points[7].score).toBe(0.5);
  });

  test("after the quarter: 13 Sundays and quarter end", async () => {
    const series = await keyResultSeries(seed.db, seed.keyResults.salesCycle, { today: "2026-06-01" });
    const last = series!.points.at(-1)!;

    expect(series!.points).toHaveLength(14);
    expect(last.date).toBe("2026-03-31");
    expect(last.value).toBeCloseTo(24, 9);
    expect(last.score).toBe(0.6);
  });

  test("milestone: one point", async () => {
    const series = await keyResultSeries(seed.db, seed.keyResults.milestone, { today: "2026-02-20" });
    expect(series?.points).toEqual([{ date: "2026-02-20", value: 1, score: 1 }]);
  });

  test("unknown key result: null", async () => {
    expect(await keyResultSeries(seed.db, 999_999, { today: "2026-02-20" })).toBeNull();
  });
});

describe("recordScoreSnapshots", () => {
  let seed: Seed;
  beforeEach(async () => {
    seed = await seedQuarter();
  });
  afterEach(() => seed.db.destroy());

  const rowsOf = (db: Kysely<Database>) =>
    db.selectFrom("score_snapshots").selectAll().orderBy("key_result_id").orderBy("as_of").execute();

  test("one row per counted key result", async () => {
    const scores = await scoreQuarter(seed.db, { quarter: "2026-Q1", today: "2026-02-20" });
    const written = await recordScoreSnapshots(seed.db, scores, NOW);
    const rows = await rowsOf(seed.db);

    expect(written).toBe(4);
    expect(rows.map((r) => r.key_result_id)).not.toContain(seed.keyResults.draftMilestone);
    const hitRate = rows.find((r) => r.key_result_id === seed.keyResults.hitRate)!;
    expect(hitRate.as_of).toBe("2026-02-20");
    expect(hitRate.value).toBeCloseTo(30, 9);
    expect(hitRate.progress).toBe(0.5);
    expect(hitRate.score).toBe(0.5);
    expect(hitRate.frozen).toBe(0);
    expect(hitRate.computed_at).toBe(NOW.toISOString());
  });

  test("same day twice keeps one row", async () => {
    const first = await scoreQuarter(seed.db, { quarter: "2026-Q1", today: "2026-02-20" });
    await recordScoreSnapshots(seed.db, first, NOW);
    await seed.db.updateTable("key_results").set({ grade: 0.5 }).where("id", "=", seed.keyResults.milestone).execute();
    const second = await scoreQuarter(seed.db, { quarter: "2026-Q1", today: "2026-02-20" });
    await recordScoreSnapshots(seed.db, second, new Date("2026-04-16T10:00:00Z"));
    const rows = await rowsOf(seed.db);
    const milestone = rows.filter((r) => r.key_result_id === seed.keyResults.milestone);

    expect(rows).toHaveLength(4);
    expect(milestone).toHaveLength(1);
    expect(milestone[0].score).toBe(0.5);
    expect(milestone[0].computed_at).toBe("2026-04-16T10:00:00.000Z");
  });

  test("frozen rows stay", async () => {
    await seed.db
      .insertInto("score_snapshots")
      .values({
        key_result_id: seed.keyResults.hitRate,
        as_of: "2026-03-31",
        value: 35,
        progress: 0.75,
        score: 0.75,
        frozen: 1,
        computed_at: UPDATED_AT,
      })
      .execute();
    const scores = await scoreQuarter(seed.db, { quarter: "2026-Q1", today: "2026-04-15" });
    const written = await recordScoreSnapshots(seed.db, scores, NOW);
    const frozen = await seed.db
      .selectFrom("score_snapshots")
      .selectAll()
      .where("key_result_id", "=", seed.keyResults.hitRate)
      .executeTakeFirstOrThrow();

    expect(written).toBe(3);
    expect(frozen).toMatchObject({ as_of: "2026-03-31", value: 35, score: 0.75, frozen: 1, computed_at: UPDATED_AT });
  });

  test("quarter not started: nothing", async () => {
    const scores = await scoreQuarter(seed.db, { quarter: "2026-Q1", today: "2025-12-20" });
    expect(await recordScoreSnapshots(seed.db, scores, NOW)).toBe(0);
    expect(await rowsOf(seed.db)).toHaveLength(0);
  });
});

describe("refreshScores", () => {
  let seed: Seed;
  beforeEach(async () => {
    seed = await seedQuarter();
  });
  afterEach(() => seed.db.destroy());

  test("every quarter with objectives", async () => {
    const later = await addObjective(seed.db, seed.teams.sales, "active", "2026-Q2");
    await addKeyResult(seed.db, later, { kind: "milestone", grade: 0.4 });
    await addObjective(seed.db, seed.teams.sales, "active", "2026");

    const result = await refreshScores(seed.db, { today: "2026-04-15", now: NOW });
    const rows = await seed.db.selectFrom("score_snapshots").select(["as_of"]).execute();

    expect(result).toEqual([
      { quarter: "2026-Q1", recorded: 4 },
      { quarter: "2026-Q2", recorded: 1 },
    ]);
    expect(rows.filter((r) => r.as_of === "2026-03-31")).toHaveLength(4);
    expect(rows.filter((r) => r.as_of === "2026-04-15")).toHaveLength(1);
  });

  test("only the quarters given", async () => {
    const result = await refreshScores(seed.db, { today: "2026-02-20", quarters: ["2026-Q1"], now: NOW });
    expect(result).toEqual([{ quarter: "2026-Q1", recorded: 4 }]);
  });
});

describe("scoreQuarter speed", () => {
  test("1,000 key results of 100 teams", async () => {
    const db = await createTestDatabase();
    const kpis = await idsByKey(db, "kpis");
    const metrics = await idsByKey(db, "metrics");
    const company = await addTeam(db, "company", null);
    const teamIds = [company];
    for (let i = 1; i < 100; i++) teamIds.push(await addTeam(db, `team-${i}`, i < 10 ? company : teamIds[i % 9 + 1]));

    const snapshots = teamIds.flatMap((teamId, t) =>
      Array.from({ length: 13 }, (_, week) => {
        const day = new Date(Date.UTC(2025, 11, 29 + week * 7));
        const periodStart = day.toISOString().slice(0, 10);
        const periodEnd = new Date(day.getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
        const values = { deals_won: 1 + (t % 3), deals_lost: 2, sales_cycle_days: 30, billable_hours: 120, worked_hours: 160 };
        return Object.entries(values).map(([key, value]) => ({ metricId: metrics[key], teamId, periodStart, periodEnd, value }));
      }).flat(),
    );
    await writeSnapshots(db, snapshots, { source: "demo", actorId: null, now: NOW });

    const rows: NewKeyResult[] = [];
    for (const teamId of teamIds) {
      for (let o = 0; o < 2; o++) {
        const objectiveId = await addObjective(db, teamId, "active");
        rows.push(
          newKeyResult(objectiveId, { kind: "increase", kpi_id: kpis.hit_rate, baseline: 20, target: 50 }),
          newKeyResult(objectiveId, { kind: "decrease", kpi_id: kpis.sales_cycle, baseline: 40, target: 20 }),
          newKeyResult(objectiveId, {
            kind: "at_least",
            kpi_id: kpis.billability,
            target: 70,
            window_kind: "trailing_weeks",
            window_length: 4,
          }),
          newKeyResult(objectiveId, {
            kind: "increase",
            kpi_id: kpis.billability,
            baseline: 60,
            target: 80,
            window_kind: "trailing_months",
            window_length: 1,
            scope_team_id: company,
          }),
          newKeyResult(objectiveId, { kind: "milestone", grade: 0.5 }),
        );
      }
    }
    await db.insertInto("key_results").values(rows).execute();

    // Speed is measured by `npm run bench`, not here: this checks the large case stays correct.
    const scores = await scoreQuarter(db, { quarter: "2026-Q1", today: "2026-04-15" });

    // The company's own weekly snapshots: 13 won, 26 lost.
    const companyHitRate = scores.objectives[0].keyResults[0];
    expect(companyHitRate.value).toBeCloseTo(33.3333, 4);
    expect(companyHitRate.score).toBe(0.4444);
    expect(scores.company.keyResultCount).toBe(1_000);
    expect(scores.teams).toHaveLength(100);
    await db.destroy();
  });
});

describe("scoreQuarter parameters", () => {
  test("overrides over KPI defaults", async () => {
    const db = await createTestDatabase();
    const team = await db.insertInto("teams").values({ key: "company", name: "Company", parent_id: null }).returning("id").executeTakeFirstOrThrow();
    const kpis = await idsByKey(db, "kpis");
    const objectiveId = await addObjective(db, team.id, "active");
    const own = await addKeyResult(db, objectiveId, { kind: "increase", kpi_id: kpis.utilization, baseline: 50, target: 60, kpi_params: '{"list_rate":120}' });
    const catalog = await addKeyResult(db, objectiveId, { kind: "increase", kpi_id: kpis.utilization, baseline: 50, target: 60 });

    const scores = await scoreQuarter(db, { quarter: "2026-Q1", today: "2026-04-15" });
    expect(keyResult(scores, own).params).toEqual({ list_rate: 120 });
    expect(keyResult(scores, catalog).params).toEqual({ list_rate: 100 });
    await db.destroy();
  });
});
