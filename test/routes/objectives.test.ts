import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { InvalidFormData } from "~/components/forms/responses.server";
import { createObjective } from "~/okr/objectives.server";
import { action as archiveAction, loader as archiveLoader } from "~/routes/objectives.$objectiveId.archive";
import { action as editAction, loader as editLoader } from "~/routes/objectives.$objectiveId.edit";
import { action as newAction, loader as newLoader } from "~/routes/objectives.new";
import { type Seed, auditOf, seedCompany } from "../people/seed";
import { createTestDatabase } from "../support/db";
import { ENGLISH, dataWithStatus, expectNotFound, get, post, redirectLocation } from "./requests";

let db: Kysely<Database>;
let seed: Seed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedCompany(db);
});

afterEach(async () => {
  await db.destroy();
});

const fields = (overrides: Record<string, string> = {}) => ({
  title: "Grow the consulting practice",
  description: "Bigger and better",
  period: "2026-Q4",
  teamId: String(seed.companyId),
  ownerId: String(seed.adminId),
  parentId: "",
  status: "active",
  ...overrides,
});

const objectiveCount = async () => (await db.selectFrom("objectives").select("id").execute()).length;

async function existing(): Promise<number> {
  const result = await createObjective(
    db,
    seed.actor,
    { title: "Existing", description: "", period: "2026-Q4", teamId: seed.salesId, ownerId: null, parentId: null, status: "draft" },
    new Date("2026-11-01T00:00:00Z"),
  );
  if (!result.ok) throw new Error("seed objective failed");
  return result.id;
}

describe("objectives.new", () => {
  test("loader defaults to the current quarter and the company", async () => {
    const page = await newLoader(get(db, "/objectives/new"));

    expect(page.values.period).toBe("2026-Q4");
    expect(page.values.teamId).toBe(String(seed.companyId));
    expect(page.title).toBe("Nieuw objective");
  });

  test("loader takes the quarter from the query", async () => {
    const page = await newLoader(get(db, "/objectives/new?quarter=2027-Q1"));

    expect(page.values.period).toBe("2027-Q1");
  });

  test("valid post redirects and writes", async () => {
    const result = await newAction(post(db, "/objectives/new", fields()));

    const location = redirectLocation(result);
    const row = await db.selectFrom("objectives").selectAll().executeTakeFirstOrThrow();
    expect(location).toBe(`/objectives/${row.id}`);
    expect(row).toMatchObject({ title: "Grow the consulting practice", period: "2026-Q4", team_id: seed.companyId });
    expect((await auditOf(db, "objective", row.id))[0].action).toBe("create");
  });

  test("invalid post returns 400 in Dutch and writes nothing", async () => {
    const result = await newAction(post(db, "/objectives/new", fields({ title: " ", period: "Q4" })));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.title).toBe("Titel ontbreekt: vul dit veld in.");
    expect(body.errors.period).toContain('"Q4" is geen periode');
    expect(body.values.description).toBe("Bigger and better");
    expect(await objectiveCount()).toBe(0);
  });

  test("invalid post answers in English with the lang cookie", async () => {
    const result = await newAction(post(db, "/objectives/new", fields({ title: "" }), {}, ENGLISH));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.title).toBe("Title is missing: fill in this field.");
  });

  test("unknown team comes back as a field error", async () => {
    const result = await newAction(post(db, "/objectives/new", fields({ teamId: "999" })));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.teamId).toContain("Team: het gekozen team bestaat niet");
    expect(await objectiveCount()).toBe(0);
  });
});

describe("objectives.$objectiveId.edit", () => {
  test("loader fills the form", async () => {
    const id = await existing();

    const page = await editLoader(get(db, `/objectives/${id}/edit`, { objectiveId: String(id) }));

    expect(page.values).toMatchObject({ title: "Existing", teamId: String(seed.salesId), ownerId: "", status: "draft" });
  });

  test("valid post redirects and updates", async () => {
    const id = await existing();

    const result = await editAction(post(db, `/objectives/${id}/edit`, fields({ title: "Renamed" }), { objectiveId: String(id) }));

    expect(redirectLocation(result)).toBe(`/objectives/${id}`);
    const audit = await auditOf(db, "objective", id);
    expect(audit[1]).toMatchObject({ action: "update", old: { title: "Existing" }, new: { title: "Renamed" } });
  });

  test("parent cycle returns 400", async () => {
    const id = await existing();
    const child = await createObjective(db, seed.actor, { title: "Child", description: "", period: "2026-Q4", teamId: seed.salesId, ownerId: null, parentId: id, status: "draft" }, new Date());
    if (!child.ok) throw new Error("child failed");

    const result = await editAction(post(db, `/objectives/${id}/edit`, fields({ parentId: String(child.id) }), { objectiveId: String(id) }, ENGLISH));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.parentId).toContain('"Child" is already aligned under this objective');
  });

  test.each(["999", "abc"])("unknown id %s gives 404", async (objectiveId) => {
    await expectNotFound(editLoader(get(db, `/objectives/${objectiveId}/edit`, { objectiveId })));
    await expectNotFound(editAction(post(db, `/objectives/${objectiveId}/edit`, fields(), { objectiveId })));
  });
});

describe("objectives.$objectiveId.archive", () => {
  test("post archives and redirects to the quarter", async () => {
    const id = await existing();

    const result = await archiveAction(post(db, `/objectives/${id}/archive`, {}, { objectiveId: String(id) }));

    expect(redirectLocation(result)).toBe("/?quarter=2026-Q4");
    const row = await db.selectFrom("objectives").select("archived_at").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.archived_at).toBe("2026-12-04T12:00:00.000Z");
  });

  test("archived objective gives 404", async () => {
    const id = await existing();
    await archiveAction(post(db, `/objectives/${id}/archive`, {}, { objectiveId: String(id) }));

    await expectNotFound(archiveLoader(get(db, `/objectives/${id}/archive`, { objectiveId: String(id) })));
    await expectNotFound(editLoader(get(db, `/objectives/${id}/edit`, { objectiveId: String(id) })));
  });
});
