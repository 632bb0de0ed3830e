import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { createTeam, getTeam, updateTeam } from "~/people/teams.server";
import { createTestDatabase } from "../support/db";
import { type Seed, auditOf, seedCompany } from "./seed";

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

describe("createTeam", () => {
  test("writes the team under its parent with an audit entry", async () => {
    const result = await createTeam(db, seed.actor, { key: "sales-east", name: "Sales East", parentId: seed.salesId }, NOW);

    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(await getTeam(db, result.id)).toMatchObject({ key: "sales-east", parent_id: seed.salesId });
    const audit = await auditOf(db, "team", result.id);
    expect(audit[0]).toMatchObject({ action: "create", old: null, new: { key: "sales-east" } });
  });

  test("duplicate key is rejected", async () => {
    const result = await createTeam(db, seed.actor, { key: "sales", name: "Sales again", parentId: seed.companyId }, NOW);

    expect(result).toEqual({ ok: false, errors: { key: { code: "duplicate_key", params: { value: "sales" } } } });
  });

  test("second root is rejected", async () => {
    const result = await createTeam(db, seed.actor, { key: "other", name: "Other", parentId: null }, NOW);

    expect(result).toEqual({ ok: false, errors: { parentId: { code: "required" } } });
  });

  test("first team becomes the root", async () => {
    const empty = await createTestDatabase();

    const result = await createTeam(empty, { personId: null, role: "admin" }, { key: "acme", name: "Acme", parentId: null }, NOW);

    expect(result.ok).toBe(true);
    await empty.destroy();
  });
});

describe("updateTeam", () => {
  test("rename, move and lead with old and new values audited", async () => {
    const result = await updateTeam(db, seed.actor, seed.salesId, { name: "Sales NL", parentId: seed.deliveryId, leadPersonId: seed.memberId }, NOW);

    expect(result).toEqual({ ok: true, id: seed.salesId });
    expect(await getTeam(db, seed.salesId)).toMatchObject({ name: "Sales NL", parent_id: seed.deliveryId, lead_person_id: seed.memberId });
    const audit = await auditOf(db, "team", seed.salesId);
    expect(audit[0].old).toMatchObject({ name: "Sales", parent_id: seed.companyId, lead_person_id: null });
    expect(audit[0].new).toMatchObject({ name: "Sales NL", parent_id: seed.deliveryId, lead_person_id: seed.memberId });
  });

  test("move under own subteam is rejected", async () => {
    const child = await createTeam(db, seed.actor, { key: "sales-east", name: "Sales East", parentId: seed.salesId }, NOW);
    if (!child.ok) throw new Error("child failed");

    const result = await updateTeam(db, seed.actor, seed.salesId, { name: "Sales", parentId: child.id, leadPersonId: null }, NOW);

    expect(result).toEqual({ ok: false, errors: { parentId: { code: "parent_cycle", params: { parent: "Sales East" } } } });
    expect((await getTeam(db, seed.salesId))?.parent_id).toBe(seed.companyId);
  });

  test.each([
    ["itself", () => seed.salesId, "parent_cycle"],
    ["no parent", () => null, "required"],
    ["unknown parent", () => 999, "unknown_team"],
  ])("move to %s is rejected", async (_case, parentOf, code) => {
    const parentId = parentOf();

    const result = await updateTeam(db, seed.actor, seed.salesId, { name: "Sales", parentId, leadPersonId: null }, NOW);

    expect(result).toEqual({ ok: false, errors: { parentId: { code } } });
  });

  test("company stays the root", async () => {
    const result = await updateTeam(db, seed.actor, seed.companyId, { name: "Company", parentId: seed.salesId, leadPersonId: null }, NOW);

    expect(result).toEqual({ ok: false, errors: { parentId: { code: "root_stays_root" } } });
  });

  test("unknown lead is rejected", async () => {
    const result = await updateTeam(db, seed.actor, seed.salesId, { name: "Sales", parentId: seed.companyId, leadPersonId: 999 }, NOW);

    expect(result).toEqual({ ok: false, errors: { leadPersonId: { code: "unknown_person" } } });
  });

  test("unknown team gives null", async () => {
    expect(await updateTeam(db, seed.actor, 999, { name: "X", parentId: seed.companyId, leadPersonId: null }, NOW)).toBeNull();
  });
});
