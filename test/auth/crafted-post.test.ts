import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { action as editKeyResultAction } from "~/routes/key-results.$keyResultId.edit";
import { action as editObjectiveAction } from "~/routes/objectives.$objectiveId.edit";
import { signedInRequest } from "../support/auth";
import { createTestDatabase, testContext } from "../support/db";
import { type RouteFixture, seedRouteFixture } from "./route-rules/fixture";

let db: Kysely<Database>;
let f: RouteFixture;

beforeEach(async () => {
  db = await createTestDatabase();
  f = await seedRouteFixture(db);
});

afterEach(async () => {
  await db.destroy();
});

const snapshot = async () => ({
  keyResults: await db.selectFrom("key_results").selectAll().orderBy("id").execute(),
  objectives: await db.selectFrom("objectives").selectAll().orderBy("id").execute(),
  audit: await db.selectFrom("audit_entries").selectAll().execute(),
});

const rejection = (run: Promise<unknown>) => run.then(() => null, (error: unknown) => (error instanceof Response ? error.status : String(error)));

describe("lead crafting a form post", () => {
  test("other team's key result: 403, unchanged", async () => {
    const before = await snapshot();
    const request = await signedInRequest(db, f.leadId, `/key-results/${f.deliveryKeyResultId}/edit`, {
      body: { title: "Hijacked", ownerId: String(f.leadId), weight: "1", kind: "milestone", grade: "1" },
    });

    const status = await rejection(editKeyResultAction({ request, context: testContext(db), params: { keyResultId: String(f.deliveryKeyResultId) } }));

    expect(status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  test("moving own objective to other team: 403", async () => {
    const before = await snapshot();
    const request = await signedInRequest(db, f.leadId, `/objectives/${f.salesObjectiveId}/edit`, {
      body: { title: "Sell more", description: "", period: "2026-Q4", teamId: String(f.deliveryId), ownerId: "", parentId: "", status: "active" },
    });

    const status = await rejection(editObjectiveAction({ request, context: testContext(db), params: { objectiveId: String(f.salesObjectiveId) } }));

    expect(status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  test("own subteam's objective is allowed", async () => {
    const request = await signedInRequest(db, f.leadId, `/objectives/${f.salesObjectiveId}/edit`, {
      body: { title: "Sell much more", description: "", period: "2026-Q4", teamId: String(f.salesEastId), ownerId: "", parentId: "", status: "active" },
    });

    const result = (await editObjectiveAction({ request, context: testContext(db), params: { objectiveId: String(f.salesObjectiveId) } })) as Response;

    expect(result.status).toBe(302);
    const row = await db.selectFrom("objectives").select(["title", "team_id"]).where("id", "=", f.salesObjectiveId).executeTakeFirstOrThrow();
    expect(row).toEqual({ title: "Sell much more", team_id: f.salesEastId });
  });
});
