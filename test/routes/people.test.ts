import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { InvalidFormData } from "~/components/forms/responses.server";
import { action as editPersonAction, loader as editPersonLoader } from "~/routes/people.$personId";
import { action as indexAction, loader as indexLoader } from "~/routes/people._index";
import { action as editTeamAction, loader as editTeamLoader } from "~/routes/people.teams.$teamId";
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

const teamCount = async () => (await db.selectFrom("teams").select("id").execute()).length;
const personFields = (overrides: Record<string, string> = {}) => ({
  intent: "createPerson",
  name: "Carla Consultant",
  email: "Carla@Example.com",
  role: "member",
  teamId: String(seed.deliveryId),
  startedOn: "2026-01-01",
  endedOn: "",
  ...overrides,
});

describe("people._index", () => {
  test("loader lists the team tree with the company first", async () => {
    const page = await indexLoader(get(db, "/people"));

    expect(page.title).toBe("Teams en mensen");
    expect(page.tree.map((team) => [team.name, team.depth, team.members])).toEqual([
      ["Company", 0, 1],
      ["Delivery", 1, 0],
      ["Sales", 1, 1],
    ]);
    expect(page.people.map((person) => [person.name, person.teamName])).toEqual([
      ["Anna Admin", "Company"],
      ["Bob Member", "Sales"],
    ]);
  });

  test("valid team post redirects and writes", async () => {
    const result = await indexAction(post(db, "/people", { intent: "createTeam", key: "sales-east", name: "Sales East", parentId: String(seed.salesId) }));

    const team = await db.selectFrom("teams").selectAll().where("key", "=", "sales-east").executeTakeFirstOrThrow();
    expect(redirectLocation(result)).toBe(`/people#team-${team.id}`);
    expect(team.parent_id).toBe(seed.salesId);
  });

  test("duplicate team key returns 400 in Dutch", async () => {
    const result = await indexAction(post(db, "/people", { intent: "createTeam", key: "sales", name: "Sales 2", parentId: String(seed.companyId) }));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.key).toBe('Sleutel: "sales" is al in gebruik door een ander team. Kies een andere sleutel.');
    expect(body.values.intent).toBe("createTeam");
    expect(await teamCount()).toBe(3);
  });

  test("invalid team key returns 400 in English", async () => {
    const result = await indexAction(post(db, "/people", { intent: "createTeam", key: "Sales East", name: "Sales East", parentId: String(seed.companyId) }, {}, ENGLISH));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.key).toBe('Key: "Sales East" may contain only lowercase letters, digits and single dashes, for example sales-east.');
    expect(await teamCount()).toBe(3);
  });

  test("person post stores email, shows invite", async () => {
    const result = await indexAction(post(db, "/people", personFields()));

    const person = await db.selectFrom("people").selectAll().where("name", "=", "Carla Consultant").executeTakeFirstOrThrow();
    expect(person).toMatchObject({ email: "carla@example.com", started_on: "2026-01-01", ended_on: null, password_hash: null });
    const invite = (result as { invite: { purpose: string; name: string; url: string } }).invite;
    expect(invite.purpose).toBe("sign_up");
    expect(invite.name).toBe("Carla Consultant");
    expect(invite.url).toMatch(/^http:\/\/localhost\/sign-up\/[A-Za-z0-9_-]{43}$/);
  });

  test("duplicate email returns 400", async () => {
    const result = await indexAction(post(db, "/people", personFields({ email: "BOB@example.com" }), {}, ENGLISH));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.email).toBe('Email: "bob@example.com" already belongs to another person. Use another address.');
  });

  test("end before start returns 400", async () => {
    const result = await indexAction(post(db, "/people", personFields({ endedOn: "2025-12-31" })));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.endedOn).toBe("Uit dienst per: de einddatum ligt voor de datum van indiensttreding. Kies een latere einddatum.");
  });

  test("unknown intent returns 400", async () => {
    const result = await indexAction(post(db, "/people", { intent: "dropTables" }));

    expect(dataWithStatus<InvalidFormData>(result, 400).errors.form).toContain('"dropTables"');
  });
});

describe("people.teams.$teamId", () => {
  test("move under own subteam returns 400", async () => {
    await indexAction(post(db, "/people", { intent: "createTeam", key: "sales-east", name: "Sales East", parentId: String(seed.salesId) }));
    const east = await db.selectFrom("teams").select("id").where("key", "=", "sales-east").executeTakeFirstOrThrow();

    const result = await editTeamAction(
      post(db, `/people/teams/${seed.salesId}`, { name: "Sales", parentId: String(east.id), leadPersonId: "" }, { teamId: String(seed.salesId) }),
    );

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.parentId).toBe("Valt onder team: een team kan niet onder zichzelf of een van zijn subteams vallen. Kies een ander team.");
  });

  test("rename and lead redirect and audit", async () => {
    const params = { teamId: String(seed.salesId) };

    const result = await editTeamAction(post(db, `/people/teams/${seed.salesId}`, { name: "Sales NL", parentId: String(seed.companyId), leadPersonId: String(seed.memberId) }, params));

    expect(redirectLocation(result)).toBe(`/people#team-${seed.salesId}`);
    const audit = await auditOf(db, "team", seed.salesId);
    expect(audit[0]).toMatchObject({ action: "update", old: { name: "Sales", lead_person_id: null }, new: { name: "Sales NL", lead_person_id: seed.memberId } });
  });

  test("loader marks the company as root", async () => {
    const page = await editTeamLoader(get(db, `/people/teams/${seed.companyId}`, { teamId: String(seed.companyId) }));

    expect(page.isRoot).toBe(true);
    expect(page.values.parentId).toBe("");
  });

  test("unknown team gives 404", async () => {
    await expectNotFound(editTeamLoader(get(db, "/people/teams/999", { teamId: "999" })));
    await expectNotFound(editTeamAction(post(db, "/people/teams/999", { name: "X", parentId: String(seed.companyId), leadPersonId: "" }, { teamId: "999" })));
  });
});

describe("people.$personId", () => {
  test("role change redirects and audits", async () => {
    const params = { personId: String(seed.memberId) };

    const result = await editPersonAction(post(db, `/people/${seed.memberId}`, personFields({ name: "Bob Member", email: "bob@example.com", role: "lead" }), params));

    expect(redirectLocation(result)).toBe(`/people#person-${seed.memberId}`);
    const audit = await auditOf(db, "person", seed.memberId);
    expect(audit[0]).toMatchObject({ old: { role: "member" }, new: { role: "lead" } });
  });

  test("invalid role returns 400 and keeps the values", async () => {
    const params = { personId: String(seed.memberId) };

    const result = await editPersonAction(post(db, `/people/${seed.memberId}`, personFields({ role: "owner", name: "Bobby" }), params));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.role).toBe('Rol: "owner" is geen geldige keuze. Kies een waarde uit de lijst.');
    expect(body.values.name).toBe("Bobby");
    expect((await db.selectFrom("people").select("name").where("id", "=", seed.memberId).executeTakeFirstOrThrow()).name).toBe("Bob Member");
  });

  describe("last admin who can sign in", () => {
    const annaFields = (overrides: Record<string, string>) =>
      personFields({ name: "Anna Admin", email: "anna@example.com", role: "admin", teamId: String(seed.companyId), endedOn: "", ...overrides });
    const roleOf = async (id: number) => (await db.selectFrom("people").select(["role", "ended_on"]).where("id", "=", id).executeTakeFirstOrThrow());

    beforeEach(async () => {
      await db.updateTable("people").set({ password_hash: "stored-hash" }).where("id", "=", seed.adminId).execute();
    });

    test("own demotion returns 400 in Dutch", async () => {
      const result = await editPersonAction(post(db, `/people/${seed.adminId}`, annaFields({ role: "member" }), { personId: String(seed.adminId) }));

      const body = dataWithStatus<InvalidFormData>(result, 400);
      expect(body.errors.role).toBe(
        "Rol: dit is de laatste beheerder die kan inloggen, dus na deze wijziging kan niemand meer bij de beheerpagina's. Maak eerst iemand anders beheerder en laat die een wachtwoord instellen.",
      );
      expect(await roleOf(seed.adminId)).toEqual({ role: "admin", ended_on: null });
    });

    test("end date returns 400 in English", async () => {
      const result = await editPersonAction(post(db, `/people/${seed.adminId}`, annaFields({ endedOn: "2027-06-30" }), { personId: String(seed.adminId) }, ENGLISH));

      const body = dataWithStatus<InvalidFormData>(result, 400);
      expect(body.errors.endedOn).toBe(
        "Left on: this is the last admin who can sign in, so this change would lock everyone out of the admin pages. First make another person admin and let them set a password.",
      );
      expect(await roleOf(seed.adminId)).toEqual({ role: "admin", ended_on: null });
    });

    test("admin without password does not count", async () => {
      await db.updateTable("people").set({ role: "admin" }).where("id", "=", seed.memberId).execute();

      const result = await editPersonAction(post(db, `/people/${seed.adminId}`, annaFields({ role: "member" }), { personId: String(seed.adminId) }));

      expect(dataWithStatus<InvalidFormData>(result, 400).errors.role).toContain("laatste beheerder");
    });

    test("admin who left does not count", async () => {
      await db.updateTable("people").set({ role: "admin", password_hash: "stored-hash", ended_on: "2020-01-31" }).where("id", "=", seed.memberId).execute();

      const result = await editPersonAction(post(db, `/people/${seed.adminId}`, annaFields({ role: "member" }), { personId: String(seed.adminId) }));

      expect(dataWithStatus<InvalidFormData>(result, 400).errors.role).toContain("laatste beheerder");
    });

    test("demotion allowed with a second admin", async () => {
      await db.updateTable("people").set({ role: "admin", password_hash: "stored-hash" }).where("id", "=", seed.memberId).execute();

      const result = await editPersonAction(post(db, `/people/${seed.adminId}`, annaFields({ role: "member" }), { personId: String(seed.adminId) }));

      expect(redirectLocation(result)).toBe(`/people#person-${seed.adminId}`);
      expect((await roleOf(seed.adminId)).role).toBe("member");
    });

    test("name change of sole admin is allowed", async () => {
      const result = await editPersonAction(post(db, `/people/${seed.adminId}`, annaFields({ name: "Anna Beheer" }), { personId: String(seed.adminId) }));

      expect(redirectLocation(result)).toBe(`/people#person-${seed.adminId}`);
    });
  });

  test("unknown person gives 404", async () => {
    await expectNotFound(editPersonLoader(get(db, "/people/999", { personId: "999" })));
    await expectNotFound(editPersonLoader(get(db, "/people/teams", { personId: "teams" })));
  });
});
