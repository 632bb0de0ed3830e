import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { KeyResultInput } from "~/okr/forms";
import {
  archiveKeyResult,
  createKeyResult,
  getKeyResult,
  listKpiChoices,
  updateKeyResult,
} from "~/okr/key-results.server";
import { archiveObjective, createObjective } from "~/okr/objectives.server";
import { createTestDatabase } from "../support/db";
import { type Seed, auditOf, seedCompany } from "../people/seed";

const NOW = new Date("2026-11-02T09:00:00Z");

let db: Kysely<Database>;
let seed: Seed;
let objectiveId: number;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedCompany(db);
  const objective = await createObjective(
    db,
    seed.actor,
    { title: "Win more deals", description: "", period: "2026-Q4", teamId: seed.salesId, ownerId: null, parentId: null, status: "active" },
    NOW,
  );
  if (!objective.ok) throw new Error("seed objective failed");
  objectiveId = objective.id;
});

afterEach(async () => {
  await db.destroy();
});

const input = (overrides: Partial<KeyResultInput> = {}): KeyResultInput => ({
  title: "Hit rate to 40%",
  ownerId: seed.memberId,
  weight: 1,
  kind: "increase",
  kpiId: seed.kpiId,
  scopeTeamId: null,
  windowKind: "quarter",
  windowLength: null,
  baseline: 30,
  target: 40,
  grade: null,
  params: {},
  ...overrides,
});

async function create(overrides: Partial<KeyResultInput> = {}): Promise<number> {
  const result = await createKeyResult(db, seed.actor, objectiveId, input(overrides), NOW);
  if (!result?.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.id;
}

describe("createKeyResult", () => {
  test("writes the row and a create audit entry", async () => {
    const id = await create();

    const row = await getKeyResult(db, id);
    expect(row).toMatchObject({ objective_id: objectiveId, kind: "increase", kpi_id: seed.kpiId, baseline: 30, target: 40, grade: null, kpi_params: "{}" });
    const audit = await auditOf(db, "key_result", id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", actor_id: seed.adminId, old: null });
    expect(audit[0].new.target).toBe(40);
  });

  test.each([
    ["increase", 40, 40, "baseline_equals_target"],
    ["decrease", 40, 40, "baseline_equals_target"],
    ["increase", 40, 30, "target_not_above_baseline"],
    ["decrease", 30, 40, "target_not_below_baseline"],
  ] as const)("%s from %d to %d is rejected", async (kind, baseline, target, code) => {
    const result = await createKeyResult(db, seed.actor, objectiveId, input({ kind, baseline, target }), NOW);

    expect(result).toEqual({ ok: false, errors: { target: { code } } });
    expect(await db.selectFrom("key_results").select("id").execute()).toEqual([]);
  });

  test("stay at least accepts baseline equal to target", async () => {
    const result = await createKeyResult(db, seed.actor, objectiveId, input({ kind: "at_least", baseline: 40, target: 40 }), NOW);

    expect(result?.ok).toBe(true);
  });

  test("only key result with weight zero is rejected", async () => {
    const result = await createKeyResult(db, seed.actor, objectiveId, input({ weight: 0 }), NOW);

    expect(result).toEqual({ ok: false, errors: { weight: { code: "all_weights_zero" } } });
  });

  test("weight zero beside a positive weight is accepted", async () => {
    await create({ weight: 2 });

    const result = await createKeyResult(db, seed.actor, objectiveId, input({ weight: 0 }), NOW);

    expect(result?.ok).toBe(true);
  });

  test("milestone stores grade 0 and no KPI", async () => {
    const id = await create({ kind: "milestone", kpiId: seed.kpiId, baseline: 1, target: 2, windowKind: "trailing_weeks", windowLength: 4 });

    const row = await getKeyResult(db, id);
    expect(row).toMatchObject({ kind: "milestone", kpi_id: null, baseline: null, target: null, grade: 0, window_kind: "quarter", window_length: null });
  });

  test("parameter equal to the default is not stored", async () => {
    const sameId = await create({ kpiId: seed.paramKpiId, params: { list_rate: 100 } });
    const otherId = await create({ kpiId: seed.paramKpiId, params: { list_rate: 120 } });

    expect((await getKeyResult(db, sameId))?.kpi_params).toBe("{}");
    expect((await getKeyResult(db, otherId))?.kpi_params).toBe('{"list_rate":120}');
  });

  test("unknown parameter, KPI and scope team give field errors", async () => {
    const badParam = await createKeyResult(db, seed.actor, objectiveId, input({ params: { list_rate: 1 } }), NOW);
    const badKpi = await createKeyResult(db, seed.actor, objectiveId, input({ kpiId: 999, scopeTeamId: 998 }), NOW);

    expect(badParam).toEqual({ ok: false, errors: { [`param.${seed.kpiId}.list_rate`]: { code: "unknown_param" } } });
    expect(badKpi).toEqual({ ok: false, errors: { kpiId: { code: "unknown_kpi" }, scopeTeamId: { code: "unknown_team" } } });
  });

  test("archived objective gives null", async () => {
    await archiveObjective(db, seed.actor, objectiveId, NOW);

    expect(await createKeyResult(db, seed.actor, objectiveId, input(), NOW)).toBeNull();
  });
});

describe("updateKeyResult", () => {
  test("audit entry holds old and new values", async () => {
    const id = await create();

    const result = await updateKeyResult(db, seed.actor, id, input({ target: 45, windowKind: "trailing_weeks", windowLength: 6 }), NOW);

    expect(result).toEqual({ ok: true, id });
    const audit = await auditOf(db, "key_result", id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1].old).toMatchObject({ target: 40, window_kind: "quarter", window_length: null });
    expect(audit[1].new).toMatchObject({ target: 45, window_kind: "trailing_weeks", window_length: 6 });
  });

  test("setting the last positive weight to zero is rejected", async () => {
    const id = await create({ weight: 1 });
    await create({ weight: 0, title: "Side result" });

    const result = await updateKeyResult(db, seed.actor, id, input({ weight: 0 }), NOW);

    expect(result).toEqual({ ok: false, errors: { weight: { code: "all_weights_zero" } } });
    expect((await getKeyResult(db, id))?.weight).toBe(1);
  });

  test("milestone grade is saved and kept when absent", async () => {
    const id = await create({ kind: "milestone" });

    await updateKeyResult(db, seed.actor, id, input({ kind: "milestone", grade: 0.75 }), NOW);
    expect((await getKeyResult(db, id))?.grade).toBe(0.75);

    await updateKeyResult(db, seed.actor, id, input({ kind: "milestone", grade: null, title: "Renamed" }), NOW);
    expect((await getKeyResult(db, id))?.grade).toBe(0.75);
  });

  test("baseline equal to target is rejected", async () => {
    const id = await create();

    const result = await updateKeyResult(db, seed.actor, id, input({ baseline: 40, target: 40 }), NOW);

    expect(result).toEqual({ ok: false, errors: { target: { code: "baseline_equals_target" } } });
  });

  test("unknown key result gives null", async () => {
    expect(await updateKeyResult(db, seed.actor, 4242, input(), NOW)).toBeNull();
  });
});

describe("archiveKeyResult", () => {
  test("sets archived_at and writes an audit entry", async () => {
    const id = await create();

    expect(await archiveKeyResult(db, seed.actor, id, NOW)).toEqual({ ok: true, id });

    expect(await getKeyResult(db, id)).toBeUndefined();
    const audit = await auditOf(db, "key_result", id);
    expect(audit[1]).toMatchObject({ action: "archive", old: { archived_at: null }, new: { archived_at: NOW.toISOString() } });
  });

  test("archive leaving only zero weights is rejected", async () => {
    const id = await create({ weight: 1 });
    await create({ weight: 0, title: "Side result" });

    const result = await archiveKeyResult(db, seed.actor, id, NOW);

    expect(result).toEqual({ ok: false, errors: { form: { code: "archive_leaves_zero_weights" } } });
    expect(await getKeyResult(db, id)).toBeDefined();
  });
});

describe("listKpiChoices", () => {
  test("parses the parameters", async () => {
    const choices = await listKpiChoices(db);

    const utilization = choices.find((c) => c.id === seed.paramKpiId);
    expect(utilization?.params).toEqual([{ key: "list_rate", name_nl: "catalogusprijs", name_en: "list rate", default: 100 }]);
  });
});
