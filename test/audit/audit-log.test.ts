import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { changedFields } from "~/audit/diff";
import { requireActor } from "~/people/actor.server";
import { loader as auditLoader } from "~/routes/audit";
import { action as personAction } from "~/routes/people.$personId";
import { signedInRequest } from "../support/auth";
import { createTestDatabase, testContext } from "../support/db";
import { type RouteFixture, seedRouteFixture } from "../auth/route-rules/fixture";

let db: Kysely<Database>;
let f: RouteFixture;

beforeEach(async () => {
  db = await createTestDatabase();
  f = await seedRouteFixture(db);
});

afterEach(async () => {
  await db.destroy();
});

describe("audit log", () => {
  test("role change records old and new value", async () => {
    const request = await signedInRequest(db, f.adminId, `/people/${f.memberId}`, {
      body: { name: "Mia Member", email: "mia.member@example.com", role: "lead", teamId: String(f.salesEastId), startedOn: "", endedOn: "" },
    });
    await personAction({ request, context: testContext(db), params: { personId: String(f.memberId) } });

    const page = await auditLoader({ request: await signedInRequest(db, f.adminId, "/audit?entity=person"), context: testContext(db), params: {} });
    const entries = (page as { entries: { actorName: string | null; entityId: number | null; action: string; changes: unknown[] }[] }).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorName: "Ada Admin", entityId: f.memberId, action: "update" });
    expect(entries[0].changes).toEqual([{ field: "role", label: "rol", oldValue: '"member"', newValue: '"lead"' }]);
    const stored = await db.selectFrom("audit_entries").select(["old_value", "new_value"]).executeTakeFirstOrThrow();
    expect(stored.old_value).not.toContain("password");
    expect(stored.new_value).not.toContain("password");
  });

  test("role change signs the person out", async () => {
    const memberRequest = await signedInRequest(db, f.memberId, "/");
    const request = await signedInRequest(db, f.adminId, `/people/${f.memberId}`, {
      body: { name: "Mia Member", email: "mia.member@example.com", role: "lead", teamId: String(f.salesEastId), startedOn: "", endedOn: "" },
    });
    await personAction({ request, context: testContext(db), params: { personId: String(f.memberId) } });
    expect(await db.selectFrom("sessions").select("id").where("person_id", "=", f.memberId).execute()).toEqual([]);
    const thrown = (await requireActor(memberRequest, db).catch((error: unknown) => error)) as Response;
    expect(thrown.status).toBe(302);
  });

  test("filters by date range", async () => {
    await db
      .insertInto("audit_entries")
      .values([
        { actor_id: f.adminId, at: "2026-11-30T23:59:59.000Z", entity: "objective", entity_id: 1, action: "update", old_value: '{"title":"A"}', new_value: '{"title":"B"}' },
        { actor_id: f.leadId, at: "2026-12-01T00:00:00.000Z", entity: "objective", entity_id: 1, action: "update", old_value: '{"title":"B"}', new_value: '{"title":"C"}' },
        { actor_id: f.leadId, at: "2026-12-02T23:59:59.000Z", entity: "key_result", entity_id: 2, action: "archive", old_value: null, new_value: null },
      ])
      .execute();

    const load = async (query: string) =>
      ((await auditLoader({ request: await signedInRequest(db, f.adminId, `/audit${query}`), context: testContext(db), params: {} })) as { entries: { at: string }[] }).entries.map((entry) => entry.at);

    // Days are Amsterdam days (UTC+1 in winter): 1 and 2 December run from 2026-11-30T23:00Z to 2026-12-02T23:00Z.
    expect(await load("?from=2026-12-01&to=2026-12-02")).toEqual(["2026-12-01T00:00:00.000Z", "2026-11-30T23:59:59.000Z"]);
    expect(await load("?from=2026-12-03&to=2026-12-03")).toEqual(["2026-12-02T23:59:59.000Z"]);
    expect(await load(`?personId=${f.adminId}`)).toEqual(["2026-11-30T23:59:59.000Z"]);
    expect(await load("?entity=key_result")).toEqual(["2026-12-02T23:59:59.000Z"]);
  });

  describe("labels", () => {
    type Page = {
      entities: { value: string; label: string }[];
      entries: { entity: string; entityLabel: string; actionLabel: string; changes: { field: string; label: string }[] }[];
    };
    const loadPage = async (cookie?: string) => {
      const headers = cookie ? { Cookie: cookie } : undefined;
      const request = await signedInRequest(db, f.adminId, "/audit", headers ? { headers } : {});
      return (await auditLoader({ request, context: testContext(db), params: {} })) as Page;
    };

    beforeEach(async () => {
      await db
        .insertInto("audit_entries")
        .values([
          { actor_id: f.adminId, at: "2026-12-01T10:00:00.000Z", entity: "quarter", entity_id: null, action: "reopen", old_value: '{"status":"closed"}', new_value: '{"status":"open","unfrozenScores":3}' },
          { actor_id: f.adminId, at: "2026-12-01T09:00:00.000Z", entity: "metric_snapshot", entity_id: 4, action: "create", old_value: null, new_value: '{"metric_id":2,"team_id":1,"period_start":"2026-10-01","oddField":1}' },
          { actor_id: f.adminId, at: "2026-12-01T08:00:00.000Z", entity: "api_token", entity_id: 5, action: "update", old_value: '{"revoked_at":null}', new_value: '{"revoked_at":"2026-12-01"}' },
        ])
        .execute();
    });

    test("Dutch actions, entities and fields", async () => {
      const page = await loadPage();

      expect(page.entries.map((entry) => [entry.entityLabel, entry.actionLabel])).toEqual([
        ["kwartaal", "heropend"],
        ["snapshot", "aangemaakt"],
        ["API-token", "gewijzigd"],
      ]);
      expect(page.entries[0].changes.map((change) => change.label)).toEqual(["status", "scores ontdooid"]);
      expect(page.entries[1].changes.map((change) => change.label)).toEqual(["metriek", "team", "begin periode", "oddField"]);
      expect(page.entities).toContainEqual({ value: "api_token", label: "API-token" });
    });

    test("English actions, entities and fields", async () => {
      const page = await loadPage("lang=ImVuIg%3D%3D");

      expect(page.entries.map((entry) => [entry.entityLabel, entry.actionLabel])).toEqual([
        ["quarter", "reopened"],
        ["snapshot", "created"],
        ["API token", "changed"],
      ]);
      expect(page.entries[1].changes.map((change) => change.label)).toEqual(["metric", "team", "period start", "oddField"]);
      expect(page.entries[2].changes.map((change) => change.label)).toEqual(["revoked at"]);
      expect(page.entities).toContainEqual({ value: "quarter", label: "quarter" });
    });
  });

  test("reversed date range is 400", async () => {
    const result = (await auditLoader({ request: await signedInRequest(db, f.adminId, "/audit?from=2026-12-02&to=2026-12-01"), context: testContext(db), params: {} })) as {
      data: { errors: Record<string, string> };
      init: ResponseInit;
    };
    expect(result.init.status).toBe(400);
    expect(result.data.errors.to).toBe("Tot en met: de einddatum ligt voor de begindatum. Kies een latere einddatum.");
  });
});

describe("changedFields", () => {
  test.each([
    ["update", '{"a":1,"b":2,"updated_at":"x"}', '{"a":1,"b":3,"updated_at":"y"}', [{ field: "b", oldValue: "2", newValue: "3" }]],
    ["create", null, '{"a":1}', [{ field: "a", oldValue: "null", newValue: "1" }]],
    ["added field", '{"a":1}', '{"a":1,"c":true}', [{ field: "c", oldValue: "null", newValue: "true" }]],
    ["plain values", "5", "6", [{ field: "", oldValue: "5", newValue: "6" }]],
    ["no change", '{"a":1}', '{"a":1}', []],
  ])("%s", (_name, before, after, expected) => {
    expect(changedFields(before, after)).toEqual(expected);
  });
});
