import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { InvalidFormData } from "~/components/forms/responses.server";
import { createKeyResult } from "~/okr/key-results.server";
import { createObjective } from "~/okr/objectives.server";
import { action as archiveAction, loader as archiveLoader } from "~/routes/key-results.$keyResultId.archive";
import { action as editAction, loader as editLoader } from "~/routes/key-results.$keyResultId.edit";
import { action as newAction, loader as newLoader } from "~/routes/key-results.new";
import { type Seed, auditOf, seedCompany } from "../people/seed";
import { createTestDatabase } from "../support/db";
import { ENGLISH, dataWithStatus, expectNotFound, get, post, redirectLocation } from "./requests";

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
    new Date("2026-11-01T00:00:00Z"),
  );
  if (!objective.ok) throw new Error("seed objective failed");
  objectiveId = objective.id;
});

afterEach(async () => {
  await db.destroy();
});

const fields = (overrides: Record<string, string> = {}) => ({
  title: "Hit rate to 40%",
  ownerId: String(seed.memberId),
  weight: "1",
  kind: "increase",
  kpiId: String(seed.kpiId),
  scopeTeamId: "",
  windowKind: "quarter",
  windowLength: "",
  baseline: "30",
  target: "40,5",
  ...overrides,
});

const newPath = () => `/key-results/new?objective=${objectiveId}`;
const keyResultCount = async () => (await db.selectFrom("key_results").select("id").execute()).length;

async function existing(kind: "increase" | "milestone" = "increase"): Promise<number> {
  const result = await createKeyResult(
    db,
    seed.actor,
    objectiveId,
    { title: "Existing", ownerId: null, weight: 2, kind, kpiId: seed.paramKpiId, scopeTeamId: null, windowKind: "quarter", windowLength: null, baseline: 10, target: 20, grade: null, params: { list_rate: 120 } },
    new Date("2026-11-01T00:00:00Z"),
  );
  if (!result?.ok) throw new Error("seed key result failed");
  return result.id;
}

describe("key-results.new", () => {
  test("loader lists the KPIs with their unit", async () => {
    const page = await newLoader(get(db, newPath()));

    expect(page.title).toBe("Nieuw key result voor Win more deals");
    const utilization = page.kpis.find((kpi) => kpi.id === seed.paramKpiId);
    expect(utilization?.label).toBe("test_utilization (%)");
    expect(utilization?.params).toEqual([{ field: `param.${seed.paramKpiId}.list_rate`, label: "Parameter catalogusprijs", defaultText: "100" }]);
  });

  test("valid post with a Dutch decimal redirects and writes", async () => {
    const result = await newAction(post(db, newPath(), fields()));

    const row = await db.selectFrom("key_results").selectAll().executeTakeFirstOrThrow();
    expect(redirectLocation(result)).toBe(`/key-results/${row.id}`);
    expect(row).toMatchObject({ objective_id: objectiveId, baseline: 30, target: 40.5, owner_id: seed.memberId, scope_team_id: null });
  });

  test("parameter override is stored", async () => {
    const field = `param.${seed.paramKpiId}.list_rate`;

    await newAction(post(db, newPath(), fields({ kpiId: String(seed.paramKpiId), [field]: "95,5" })));

    const row = await db.selectFrom("key_results").selectAll().executeTakeFirstOrThrow();
    expect(row.kpi_params).toBe('{"list_rate":95.5}');
  });

  test("baseline equal to target returns 400 in Dutch", async () => {
    const result = await newAction(post(db, newPath(), fields({ baseline: "40", target: "40" })));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.target).toBe(
      'Doelwaarde: 40 is gelijk aan de startwaarde. Kies een andere doelwaarde, of gebruik de soort "minstens blijven op" of "hoogstens blijven op".',
    );
    expect(body.values.title).toBe("Hit rate to 40%");
    expect(await keyResultCount()).toBe(0);
  });

  test("baseline equal to target returns 400 in English", async () => {
    const result = await newAction(post(db, newPath(), fields({ baseline: "40", target: "40" }), {}, ENGLISH));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.target).toBe('Target: 40 equals the baseline. Choose another target, or use the kind "stay at least" or "stay at most".');
  });

  test("zero weight as only key result returns 400", async () => {
    const result = await newAction(post(db, newPath(), fields({ weight: "0" })));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.weight).toContain("weegt geen enkel key result");
    expect(await keyResultCount()).toBe(0);
  });

  test("unreadable numbers return 400 per field", async () => {
    const field = `param.${seed.paramKpiId}.list_rate`;

    const result = await newAction(post(db, newPath(), fields({ kpiId: String(seed.paramKpiId), baseline: "veel", [field]: "x" })));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.baseline).toBe('Startwaarde: "veel" is geen getal. Schrijf bijvoorbeeld 56 of 56,5.');
    expect(body.errors[field]).toBe('Parameter catalogusprijs: "x" is geen getal. Schrijf bijvoorbeeld 56 of 56,5.');
  });

  test.each([`/key-results/new`, `/key-results/new?objective=999`, `/key-results/new?objective=x`])("%s gives 404", async (path) => {
    await expectNotFound(newLoader(get(db, path)));
    await expectNotFound(newAction(post(db, path, fields())));
  });
});

describe("key-results.$keyResultId.edit", () => {
  test("loader fills the form with Dutch decimals and the override", async () => {
    const id = await existing();

    const page = await editLoader(get(db, `/key-results/${id}/edit`, { keyResultId: String(id) }));

    expect(page.values).toMatchObject({ weight: "2", baseline: "10", target: "20", kpiId: String(seed.paramKpiId) });
    expect(page.values[`param.${seed.paramKpiId}.list_rate`]).toBe("120");
  });

  test("milestone grade is saved", async () => {
    const id = await existing("milestone");

    const result = await editAction(post(db, `/key-results/${id}/edit`, fields({ kind: "milestone", grade: "0,75" }), { keyResultId: String(id) }));

    expect(redirectLocation(result)).toBe(`/key-results/${id}`);
    const audit = await auditOf(db, "key_result", id);
    expect(audit[1]).toMatchObject({ action: "update", old: { grade: 0 }, new: { grade: 0.75 } });
  });

  test("grade above 1 returns 400", async () => {
    const id = await existing("milestone");

    const result = await editAction(post(db, `/key-results/${id}/edit`, fields({ kind: "milestone", grade: "1,5" }), { keyResultId: String(id) }, ENGLISH));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.grade).toBe('Grade: "1,5" is not between 0 and 1. Give for example 0.5 for half done.');
  });

  test("unknown id gives 404", async () => {
    await expectNotFound(editLoader(get(db, "/key-results/999/edit", { keyResultId: "999" })));
    await expectNotFound(editAction(post(db, "/key-results/999/edit", fields(), { keyResultId: "999" })));
  });
});

describe("key-results.$keyResultId.archive", () => {
  test("post archives and redirects to the objective", async () => {
    const id = await existing();

    const result = await archiveAction(post(db, `/key-results/${id}/archive`, {}, { keyResultId: String(id) }));

    expect(redirectLocation(result)).toBe(`/objectives/${objectiveId}`);
    await expectNotFound(archiveLoader(get(db, `/key-results/${id}/archive`, { keyResultId: String(id) })));
  });

  test("archive leaving zero weights returns 400", async () => {
    const id = await existing();
    await createKeyResult(
      db,
      seed.actor,
      objectiveId,
      { title: "Zero", ownerId: null, weight: 0, kind: "milestone", kpiId: null, scopeTeamId: null, windowKind: "quarter", windowLength: null, baseline: null, target: null, grade: null, params: {} },
      new Date("2026-11-01T00:00:00Z"),
    );

    const result = await archiveAction(post(db, `/key-results/${id}/archive`, {}, { keyResultId: String(id) }, ENGLISH));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.form).toBe("After archiving, every other key result of this objective has weight 0. First give another key result a weight above 0.");
  });
});
