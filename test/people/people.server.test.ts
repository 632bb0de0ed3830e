import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { PersonInput } from "~/people/forms";
import { createPerson, getPerson, updatePerson } from "~/people/people.server";
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

const input = (overrides: Partial<PersonInput> = {}): PersonInput => ({
  name: "Carla Consultant",
  email: "carla@example.com",
  role: "member",
  teamId: seed.deliveryId,
  startedOn: "2026-01-01",
  endedOn: null,
  ...overrides,
});

describe("createPerson", () => {
  test("writes the person with an audit entry", async () => {
    const result = await createPerson(db, seed.actor, input(), NOW);

    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(await getPerson(db, result.id)).toMatchObject({ email: "carla@example.com", team_id: seed.deliveryId, started_on: "2026-01-01" });
    const audit = await auditOf(db, "person", result.id);
    expect(audit[0]).toMatchObject({ action: "create", actor_id: seed.adminId, old: null, new: { role: "member" } });
  });

  test("duplicate email is rejected", async () => {
    const result = await createPerson(db, seed.actor, input({ email: "bob@example.com" }), NOW);

    expect(result).toEqual({ ok: false, errors: { email: { code: "duplicate_email", params: { value: "bob@example.com" } } } });
  });

  test("unknown team is rejected", async () => {
    const result = await createPerson(db, seed.actor, input({ teamId: 999 }), NOW);

    expect(result).toEqual({ ok: false, errors: { teamId: { code: "unknown_team" } } });
  });
});

describe("updatePerson", () => {
  test("role change is audited with old and new values", async () => {
    const result = await updatePerson(db, seed.actor, seed.memberId, input({ name: "Bob Member", email: "bob@example.com", role: "lead" }), NOW);

    expect(result).toEqual({ ok: true, id: seed.memberId });
    const audit = await auditOf(db, "person", seed.memberId);
    expect(audit[0].old.role).toBe("member");
    expect(audit[0].new.role).toBe("lead");
  });

  test("email of another person is rejected", async () => {
    const result = await updatePerson(db, seed.actor, seed.memberId, input({ email: "anna@example.com" }), NOW);

    expect(result).toEqual({ ok: false, errors: { email: { code: "duplicate_email", params: { value: "anna@example.com" } } } });
  });

  test("unknown person gives null", async () => {
    expect(await updatePerson(db, seed.actor, 999, input(), NOW)).toBeNull();
  });
});
