import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { loadKpiEvaluator } from "~/kpi/evaluate.server";
import type { KpiDefinition } from "~/kpi/types";
import { syncSurveySnapshots } from "~/surveys/snapshots.server";
import { createTestDatabase } from "../support/db";

let db: Kysely<Database>;
let company: number;
let teamA: number;
let teamB: number;

// Wednesday 2 December 2026: weeks up to 2026-W48 (ending Sunday 29 November) have ended.
const NOW = new Date("2026-12-02T12:00:00Z");
const Q4 = { start: "2026-10-01", end: "2026-12-31" };
const MOOD_INDEX: KpiDefinition = { key: "mood_index", formula: "mood_score_sum / mood_responses", unit: "1-5", direction: "higher", params: [] };
const ENPS: KpiDefinition = {
  key: "enps",
  formula: "100 * (enps_promoters - enps_detractors) / (enps_promoters + enps_passives + enps_detractors)",
  unit: "score",
  direction: "higher",
  params: [],
};

beforeEach(async () => {
  db = await createTestDatabase();
  const team = async (key: string, parent: number | null) =>
    (await db.insertInto("teams").values({ key, name: key, parent_id: parent }).returning("id").executeTakeFirstOrThrow()).id;
  company = await team("company", null);
  teamA = await team("a", company);
  teamB = await team("b", company);
});

afterEach(async () => {
  await db.destroy();
});

let counter = 0;
async function answer(week: string, teamId: number, scores: number[]) {
  for (const score of scores) {
    counter += 1;
    await db.insertInto("mood_answers").values({ id: `id-${counter}`, week, team_id: teamId, score, comment: null, edit_token_hash: `hash-${counter}` }).execute();
  }
}

async function snapshots(metric: string) {
  return db
    .selectFrom("metric_snapshots as s")
    .innerJoin("metrics as m", "m.id", "s.metric_id")
    .select(["s.team_id", "s.period_start", "s.value", "s.source"])
    .where("m.key", "=", metric)
    .orderBy("s.period_start")
    .orderBy("s.team_id")
    .execute();
}

const setThreshold = (value: string) => db.insertInto("settings").values({ key: "surveyThreshold", value }).execute();

describe("syncSurveySnapshots", () => {
  test("mood index pooled across weeks and teams", async () => {
    await setThreshold("3");
    await answer("2026-W47", teamA, [5, 5, 5, 5, 5, 5]);
    await answer("2026-W48", teamB, [2, 2, 2]);

    await syncSurveySnapshots(db, NOW);

    const evaluator = await loadKpiEvaluator(db, Q4);
    // (6 × 5 + 3 × 2) / 9 = 4.0; the mean of the two weekly means would be 3.5.
    expect(evaluator.evaluate(MOOD_INDEX, company, Q4).value).toBe(4);
    expect(evaluator.evaluate(MOOD_INDEX, teamA, Q4).value).toBe(5);
  });

  test("groups under the threshold get no snapshot", async () => {
    await answer("2026-W47", teamA, [4, 4, 4, 4]);
    await answer("2026-W48", teamA, [4, 4, 4, 4, 4]);

    await syncSurveySnapshots(db, NOW);

    expect(await snapshots("mood_responses")).toEqual([
      { team_id: company, period_start: "2026-11-23", value: 5, source: "survey" },
      { team_id: teamA, period_start: "2026-11-23", value: 5, source: "survey" },
    ]);
  });

  test("sibling that gives a small team away gets none", async () => {
    await answer("2026-W48", teamA, [3, 3, 3]);
    await answer("2026-W48", teamB, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);

    await syncSurveySnapshots(db, NOW);

    expect(await snapshots("mood_score_sum")).toEqual([{ team_id: company, period_start: "2026-11-23", value: 57, source: "survey" }]);
  });

  test("current week waits until it ends", async () => {
    await answer("2026-W49", teamA, [5, 5, 5, 5, 5]);

    await syncSurveySnapshots(db, NOW);
    expect(await snapshots("mood_responses")).toEqual([]);

    await syncSurveySnapshots(db, new Date("2026-12-06T22:59:00Z"));
    expect(await snapshots("mood_responses")).toEqual([]);

    await syncSurveySnapshots(db, new Date("2026-12-06T23:00:00Z"));
    expect((await snapshots("mood_responses")).map((s) => s.period_start)).toEqual(["2026-11-30", "2026-11-30"]);
  });

  test("raised threshold removes snapshots with an audit entry", async () => {
    await answer("2026-W48", teamA, [4, 4, 4, 4, 4]);
    await syncSurveySnapshots(db, NOW);

    await setThreshold("6");
    const result = await syncSurveySnapshots(db, NOW);

    expect(result.removed).toBe(4);
    expect(await snapshots("mood_responses")).toEqual([]);
    const audit = await db.selectFrom("audit_entries").select(["entity", "action"]).where("action", "=", "delete").execute();
    expect(audit).toHaveLength(4);
  });

  test("second sync changes nothing", async () => {
    await answer("2026-W48", teamA, [4, 4, 4, 4, 4]);
    await syncSurveySnapshots(db, NOW);

    expect(await syncSurveySnapshots(db, NOW)).toEqual({ inserted: 0, replaced: 0, removed: 0 });
  });

  test("eNPS counts per quarter after it ends", async () => {
    let id = 0;
    for (const score of [10, 9, 8, 5, 10]) {
      id += 1;
      await db.insertInto("enps_answers").values({ id: `e${id}`, quarter: "2026-Q3", team_id: teamA, score, comment: null, edit_token_hash: `e${id}` }).execute();
    }

    await syncSurveySnapshots(db, NOW);

    const evaluator = await loadKpiEvaluator(db, { start: "2026-07-01", end: "2026-09-30" });
    // 3 promoters, 1 passive, 1 detractor: 100 × (3 − 1) / 5 = 40.
    expect(evaluator.evaluate(ENPS, teamA, { start: "2026-07-01", end: "2026-09-30" }).value).toBe(40);
  });
});
