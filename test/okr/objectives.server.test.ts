import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { ObjectiveInput } from "~/okr/forms";
import {
  archiveObjective,
  createObjective,
  enclosingPeriods,
  getObjective,
  listParentChoices,
  updateObjective,
} from "~/okr/objectives.server";
import { createTestDatabase } from "../support/db";
import { type Seed, auditOf, seedCompany } from "../people/seed";

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

const input = (overrides: Partial<ObjectiveInput> = {}): ObjectiveInput => ({
  title: "Grow the consulting practice",
  description: "",
  period: "2026-Q4",
  teamId: seed.companyId,
  ownerId: seed.adminId,
  parentId: null,
  status: "active",
  ...overrides,
});

async function create(overrides: Partial<ObjectiveInput> = {}): Promise<number> {
  const result = await createObjective(db, seed.actor, input(overrides), NOW);
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result.errors)}`);
  return result.id;
}

describe("enclosingPeriods", () => {
  test.each([
    ["2026-Q4", ["2026-Q4", "2026"]],
    ["2026", ["2026"]],
  ])("%s", (period, expected) => {
    expect(enclosingPeriods(period)).toEqual(expected);
  });
});

describe("createObjective", () => {
  test("writes the row and a create audit entry", async () => {
    const id = await create();

    const row = await getObjective(db, id);
    expect(row?.title).toBe("Grow the consulting practice");
    expect(row?.updated_at).toBe(NOW.toISOString());
    const audit = await auditOf(db, "objective", id);
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe("create");
    expect(audit[0].actor_id).toBe(seed.adminId);
    expect(audit[0].old).toBeNull();
    expect(audit[0].new.title).toBe("Grow the consulting practice");
  });

  test("unknown team, owner and parent give field errors", async () => {
    const result = await createObjective(db, seed.actor, input({ teamId: 999, ownerId: 998, parentId: 997 }), NOW);

    expect(result).toEqual({
      ok: false,
      errors: {
        teamId: { code: "unknown_team" },
        ownerId: { code: "unknown_person" },
        parentId: { code: "unknown_objective" },
      },
    });
    expect(await db.selectFrom("objectives").select("id").execute()).toEqual([]);
  });

  test("quarter aligns under its year", async () => {
    const yearId = await create({ period: "2026" });

    const result = await createObjective(db, seed.actor, input({ teamId: seed.salesId, parentId: yearId }), NOW);

    expect(result.ok).toBe(true);
  });

  test("parent of another quarter is rejected", async () => {
    const otherId = await create({ period: "2026-Q3" });

    const result = await createObjective(db, seed.actor, input({ parentId: otherId }), NOW);

    expect(result).toEqual({
      ok: false,
      errors: { parentId: { code: "parent_period", params: { parentPeriod: "2026-Q3", period: "2026-Q4" } } },
    });
  });
});

describe("updateObjective", () => {
  test("audit entry holds old and new values", async () => {
    const id = await create();

    const result = await updateObjective(db, seed.actor, id, input({ title: "Grow faster", status: "closed" }), NOW);

    expect(result).toEqual({ ok: true, id });
    const audit = await auditOf(db, "objective", id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1].old.title).toBe("Grow the consulting practice");
    expect(audit[1].old.status).toBe("active");
    expect(audit[1].new.title).toBe("Grow faster");
    expect(audit[1].new.status).toBe("closed");
  });

  test("parent cycle is rejected", async () => {
    const topId = await create();
    const middleId = await create({ parentId: topId, teamId: seed.salesId });
    const bottomId = await create({ parentId: middleId, teamId: seed.salesId });

    const result = await updateObjective(db, seed.actor, topId, input({ parentId: bottomId }), NOW);

    expect(result).toEqual({ ok: false, errors: { parentId: { code: "parent_cycle", params: { parent: "Grow the consulting practice" } } } });
    expect((await getObjective(db, topId))?.parent_id).toBeNull();
  });

  test("itself as parent is rejected", async () => {
    const id = await create();

    const result = await updateObjective(db, seed.actor, id, input({ parentId: id }), NOW);

    expect(result).toEqual({ ok: false, errors: { parentId: { code: "parent_self" } } });
  });

  test("unknown objective gives null", async () => {
    expect(await updateObjective(db, seed.actor, 12345, input(), NOW)).toBeNull();
  });
});

describe("archiveObjective", () => {
  test("sets archived_at and writes an audit entry", async () => {
    const id = await create();

    expect(await archiveObjective(db, seed.actor, id, NOW)).toBe(true);

    expect(await getObjective(db, id)).toBeUndefined();
    const row = await db.selectFrom("objectives").select("archived_at").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.archived_at).toBe(NOW.toISOString());
    const audit = await auditOf(db, "objective", id);
    expect(audit[1].action).toBe("archive");
    expect(audit[1].old.archived_at).toBeNull();
    expect(audit[1].new.archived_at).toBe(NOW.toISOString());
  });

  test("archived objective cannot be archived again", async () => {
    const id = await create();
    await archiveObjective(db, seed.actor, id, NOW);

    expect(await archiveObjective(db, seed.actor, id, NOW)).toBe(false);
  });
});

describe("listParentChoices", () => {
  test("same and enclosing period, without itself and descendants", async () => {
    const yearId = await create({ period: "2026", title: "Year" });
    const topId = await create({ title: "Top" });
    const childId = await create({ title: "Child", parentId: topId });
    await create({ title: "Other quarter", period: "2027-Q1" });
    const archivedId = await create({ title: "Archived" });
    await archiveObjective(db, seed.actor, archivedId, NOW);

    const choices = await listParentChoices(db, "2026-Q4", topId);

    expect(choices.map((c) => c.id).sort()).toEqual([yearId]);
    const forNew = await listParentChoices(db, "2026-Q4", null);
    expect(forNew.map((c) => c.id).sort((a, b) => a - b)).toEqual([yearId, topId, childId]);
  });
});
