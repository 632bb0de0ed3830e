import type { Kysely } from "kysely";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../../db/schema";
import { importCsvText, previewImport } from "~/imports/import.server";
import { recordManualSnapshot } from "~/kpi/snapshot-entry.server";
import type { KeyResultInput, ObjectiveInput } from "~/okr/forms";
import { archiveKeyResult, createKeyResult, updateKeyResult } from "~/okr/key-results.server";
import { archiveObjective, createObjective, updateObjective } from "~/okr/objectives.server";
import { ClosedQuarterError } from "~/quarters/closed-quarters.server";
import { closeQuarter } from "~/quarters/quarters.server";
import { createTestDatabase } from "../support/db";
import { NOW, type QuarterSeed, TODAY, seedQuarter, writeMonthlyHours } from "./seed";

let db: Kysely<Database>;
let seed: QuarterSeed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedQuarter(db);
  await writeMonthlyHours(db, seed, { "2026-07": 20, "2026-08": 20, "2026-09": 20 });
  expect((await closeQuarter(db, seed.actor, "2026-Q3", { today: TODAY, now: NOW })).ok).toBe(true);
});

const objectiveInput = (period: string): ObjectiveInput => ({
  title: "Keep clients",
  description: "",
  period,
  teamId: seed.salesId,
  ownerId: null,
  parentId: null,
  status: "active",
});

const milestoneInput: KeyResultInput = {
  title: "Hire a lead",
  ownerId: null,
  weight: 1,
  kind: "milestone",
  kpiId: null,
  scopeTeamId: null,
  windowKind: "quarter",
  windowLength: null,
  baseline: null,
  target: null,
  grade: 1,
  params: {},
};

const closedForm = { ok: false, errors: { form: { code: "closed_quarter", params: { quarter: "2026-Q3" } } } };

describe("objectives of a closed quarter", () => {
  test("create is rejected on period", async () => {
    expect(await createObjective(db, seed.actor, objectiveInput("2026-Q3"), NOW)).toEqual({
      ok: false,
      errors: { period: { code: "closed_quarter_period", params: { quarter: "2026-Q3" } } },
    });
  });

  test("create in an open quarter works", async () => {
    expect((await createObjective(db, seed.actor, objectiveInput("2026-Q4"), NOW)).ok).toBe(true);
  });

  test("update is rejected", async () => {
    expect(await updateObjective(db, seed.actor, seed.objectiveId, objectiveInput("2026-Q3"), NOW)).toEqual(closedForm);
    // Moving it out of the closed quarter is an edit too.
    expect(await updateObjective(db, seed.actor, seed.objectiveId, objectiveInput("2026-Q4"), NOW)).toEqual(closedForm);
  });

  test("moving into a closed quarter is rejected", async () => {
    const created = await createObjective(db, seed.actor, objectiveInput("2026-Q4"), NOW);
    if (!created.ok) throw new Error("objective not created");
    const moved = await updateObjective(db, seed.actor, created.id, objectiveInput("2026-Q3"), NOW);
    expect(moved).toEqual({ ok: false, errors: { period: { code: "closed_quarter_period", params: { quarter: "2026-Q3" } } } });
  });

  test("archive throws ClosedQuarterError", async () => {
    await expect(archiveObjective(db, seed.actor, seed.objectiveId, NOW)).rejects.toBeInstanceOf(ClosedQuarterError);
    const row = await db.selectFrom("objectives").select("archived_at").where("id", "=", seed.objectiveId).executeTakeFirstOrThrow();
    expect(row.archived_at).toBeNull();
  });
});

describe("key results of a closed quarter", () => {
  test("create is rejected", async () => {
    expect(await createKeyResult(db, seed.actor, seed.objectiveId, milestoneInput, NOW)).toEqual(closedForm);
  });

  test("update is rejected", async () => {
    expect(await updateKeyResult(db, seed.actor, seed.milestoneId, milestoneInput, NOW)).toEqual(closedForm);
    const row = await db.selectFrom("key_results").select("grade").where("id", "=", seed.milestoneId).executeTakeFirstOrThrow();
    expect(row.grade).toBe(0.2);
  });

  test("archive is rejected", async () => {
    expect(await archiveKeyResult(db, seed.actor, seed.milestoneId, NOW)).toEqual(closedForm);
  });
});

describe("snapshots dated in a closed quarter", () => {
  const entry = (start: string, end: string) => ({
    metricId: seed.flowMetricId,
    teamId: seed.salesId,
    periodType: "month" as const,
    period: { start, end },
    value: 5,
  });

  test("manual entry gets a period error", async () => {
    expect(await recordManualSnapshot(db, seed.actor, entry("2026-09-01", "2026-09-30"), NOW)).toEqual({
      ok: false,
      errors: { period: { code: "closed_quarter", params: { quarter: "2026-Q3" } } },
    });
  });

  test("manual entry of the next quarter works", async () => {
    expect(await recordManualSnapshot(db, seed.actor, entry("2026-10-01", "2026-10-31"), NOW)).toMatchObject({ ok: true, outcome: "inserted" });
  });

  test("back-dated import is rejected", async () => {
    const text = "period,team,metric,value\n2026-10,sales,test_hours,7\n2026-09,sales,test_hours,99\n2026-08,sales,test_hours,98\n";
    const outcome = await importCsvText(db, seed.actor, { kind: "snapshots", fileName: "hours.csv", text }, NOW);

    expect(outcome.status).toBe("invalid");
    if (outcome.status !== "invalid") return;
    expect(outcome.preview.errors).toEqual([
      {
        row: 1,
        column: "",
        value: "2026-Q3",
        code: "closed_quarter",
        params: { quarter: "2026-Q3", count: 2, metric: "test_hours", team: "sales", start: "2026-09-01", end: "2026-09-30" },
      },
    ]);
    const october = await db.selectFrom("metric_snapshots").select("id").where("period_start", "=", "2026-10-01").execute();
    expect(october).toEqual([]);
  });

  test("import of the next quarter is accepted", async () => {
    const text = "period,team,metric,value\n2026-10,sales,test_hours,7\n2026-W40,sales,test_hours,3\n";
    const outcome = await importCsvText(db, seed.actor, { kind: "snapshots", fileName: "hours.csv", text }, NOW);
    expect(outcome).toMatchObject({ status: "imported", written: { inserted: 2 } });
  });

  test("preview lists the closed quarter", async () => {
    const text = "period,team,metric,value\n2026-09,sales,test_hours,99\n";
    const preview = await previewImport(db, {
      kind: "snapshots",
      fileName: "hours.csv",
      numberFormat: "auto",
      mapping: {},
      content: new TextEncoder().encode(text),
    });
    expect(preview.errors.map((error) => error.code)).toEqual(["closed_quarter"]);
  });
});
