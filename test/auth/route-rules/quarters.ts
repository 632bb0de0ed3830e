import type { Kysely } from "kysely";
import type { Database } from "../../../db/schema";
import type { RouteFixture } from "./fixture";
import type { RouteRule } from "./types";

// Every signed-in person sees which quarters are closed. Closing and reopening are for admins.
// Carrying over is for admins and leads, and a lead sees only the objectives of teams they lead.
// The fixture's clock is 4 December 2026, so 2026-Q3 has ended and 2026-Q4 has not.

async function addQ3Objective(db: Kysely<Database>, fixture: RouteFixture) {
  await db
    .insertInto("objectives")
    .values({ title: "Q3 sales", description: "", period: "2026-Q3", team_id: fixture.salesId, owner_id: null, parent_id: null, status: "active", archived_at: null, updated_at: "2026-07-01T00:00:00.000Z" })
    .execute();
}

async function closeQ3(db: Kysely<Database>, fixture: RouteFixture) {
  await addQ3Objective(db, fixture);
  await db.insertInto("quarters").values({ period: "2026-Q3", status: "closed", closed_at: "2026-10-02T00:00:00.000Z", closed_by: fixture.adminId }).execute();
}

async function q3ObjectiveId(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom("objectives").select("id").where("period", "=", "2026-Q3").executeTakeFirstOrThrow();
  return String(row.id);
}

let carriedObjective = "0";

export const rules: RouteRule[] = [
  { route: "quarters._index", method: "GET", path: "/quarters", expect: { anonymous: 302, member: 200, lead: 200, admin: 200 } },
  {
    route: "quarters._index",
    method: "POST",
    path: "/quarters",
    form: { intent: "close", quarter: "2026-Q3" },
    setup: addQ3Objective,
    expect: { anonymous: 302, member: 403, lead: 403, admin: 302 },
    note: "close an ended quarter",
  },
  {
    route: "quarters._index",
    method: "POST",
    path: "/quarters",
    form: { intent: "close", quarter: "2026-Q4" },
    expect: { anonymous: 302, member: 403, lead: 403, admin: 409 },
    note: "close a quarter that has not ended",
  },
  {
    route: "quarters._index",
    method: "POST",
    path: "/quarters",
    form: { intent: "reopen", quarter: "2026-Q3", reason: "late invoices" },
    setup: closeQ3,
    expect: { anonymous: 302, member: 403, lead: 403, admin: 302 },
    note: "reopen with a reason",
  },
  {
    route: "quarters._index",
    method: "POST",
    path: "/quarters",
    form: { intent: "reopen", quarter: "2026-Q3", reason: "" },
    setup: closeQ3,
    expect: { anonymous: 302, member: 403, lead: 403, admin: 400 },
    note: "reopen without a reason",
  },
  {
    route: "quarters.$quarter.carry-over",
    method: "GET",
    path: "/quarters/2026-Q3/carry-over",
    params: { quarter: "2026-Q3" },
    setup: addQ3Objective,
    expect: { anonymous: 302, member: 403, lead: 200, admin: 200 },
  },
  {
    route: "quarters.$quarter.carry-over",
    method: "GET",
    path: "/quarters/2026-Q9/carry-over",
    params: { quarter: "2026-Q9" },
    expect: { anonymous: 302, member: 403, lead: 404, admin: 404 },
    note: "invalid quarter",
  },
  {
    route: "quarters.$quarter.carry-over",
    method: "POST",
    path: "/quarters/2026-Q3/carry-over",
    params: { quarter: "2026-Q3" },
    setup: async (db, fixture) => {
      await addQ3Objective(db, fixture);
      carriedObjective = await q3ObjectiveId(db);
    },
    form: () => ({ objective: carriedObjective }),
    expect: { anonymous: 302, member: 403, lead: 302, admin: 302 },
    note: "carry over a Sales objective",
  },
  {
    route: "quarters.$quarter.carry-over",
    method: "POST",
    path: "/quarters/2026-Q3/carry-over",
    params: { quarter: "2026-Q3" },
    form: (fixture) => ({ objective: String(fixture.deliveryObjectiveId) }),
    expect: { anonymous: 302, member: 403, lead: 400, admin: 400 },
    note: "an objective not in the quarter",
  },
];
