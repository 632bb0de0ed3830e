import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordCheckIn } from "~/checkins/checkins.server";
import { listMyKeyResults } from "~/checkins/my-key-results.server";
import { action as keyResultAction, loader as keyResultLoader } from "~/routes/key-results.$keyResultId._index";
import { signedInRequest } from "../support/auth";
import { createTestDatabase, testContext } from "../support/db";
import { type RouteFixture, seedRouteFixture } from "../auth/route-rules/fixture";

let db: Kysely<Database>;
let f: RouteFixture;
const NOW = new Date("2026-12-04T12:00:00Z");

beforeEach(async () => {
  db = await createTestDatabase();
  f = await seedRouteFixture(db);
});

afterEach(async () => {
  await db.destroy();
});

const grade = async (id: number) => (await db.selectFrom("key_results").select("grade").where("id", "=", id).executeTakeFirstOrThrow()).grade;

describe("check-ins", () => {
  test("owner's milestone check-in sets the grade", async () => {
    const request = await signedInRequest(db, f.memberId, `/key-results/${f.salesKeyResultId}?index`, { body: { value: "0,75", confidence: "8", comment: "Drie klanten getekend" } });

    const result = (await keyResultAction({ request, context: testContext(db, NOW), params: { keyResultId: String(f.salesKeyResultId) } })) as Response;

    expect(result.status).toBe(302);
    expect(await grade(f.salesKeyResultId)).toBe(0.75);
    const rows = await db.selectFrom("check_ins").selectAll().execute();
    expect(rows).toMatchObject([{ key_result_id: f.salesKeyResultId, person_id: f.memberId, value: 0.75, confidence: 8, comment: "Drie klanten getekend", checked_on: "2026-12-04" }]);
    const score = await db.selectFrom("score_snapshots").select("score").where("key_result_id", "=", f.salesKeyResultId).orderBy("id", "desc").executeTakeFirst();
    expect(score?.score).toBe(0.75);
  });

  test("page shows history newest first", async () => {
    await recordCheckIn(db, { personId: f.memberId, role: "member" }, f.salesKeyResultId, { value: 0.3, confidence: 5, comment: "first" }, new Date("2026-11-01T10:00:00Z"));
    await recordCheckIn(db, { personId: f.leadId, role: "lead" }, f.salesKeyResultId, { value: null, confidence: 6, comment: "second" }, new Date("2026-11-20T10:00:00Z"));
    const request = await signedInRequest(db, f.memberId, `/key-results/${f.salesKeyResultId}`);

    const page = await keyResultLoader({ request, context: testContext(db, NOW), params: { keyResultId: String(f.salesKeyResultId) } });

    expect(page.checkIns.checkIns.map((row) => [row.checkedOn, row.personName, row.value, row.confidence, row.comment])).toEqual([
      ["2026-11-20", "Lars Lead", null, 6, "second"],
      ["2026-11-01", "Mia Member", 0.3, 5, "first"],
    ]);
    expect(page.checkIns.canCheckIn).toBe(true);
  });

  test("member of another key result gets 403", async () => {
    const actor = { personId: f.memberId, role: "member" as const };
    const thrown = await recordCheckIn(db, actor, f.deliveryKeyResultId, { value: 1, confidence: 9, comment: "" }, NOW).catch((error: unknown) => error);
    expect((thrown as Response).status).toBe(403);
    expect(await db.selectFrom("check_ins").selectAll().execute()).toEqual([]);
  });

  test.each([
    ["confidence 11", { value: "0,5", confidence: "11", comment: "" }, "confidence", 'Vertrouwen: "11" is geen heel getal van 0 tot 10. Kies een waarde uit de lijst.'],
    ["empty confidence", { value: "0,5", confidence: "", comment: "" }, "confidence", "Vertrouwen ontbreekt: vul dit veld in."],
    ["grade 1,5", { value: "1,5", confidence: "5", comment: "" }, "value", 'Beoordeling: "1,5" ligt niet tussen 0 en 1. Geef bijvoorbeeld 0,5 voor half af.'],
  ])("%s is rejected", async (_name, body, field, message) => {
    const request = await signedInRequest(db, f.memberId, `/key-results/${f.salesKeyResultId}?index`, { body });
    const result = (await keyResultAction({ request, context: testContext(db, NOW), params: { keyResultId: String(f.salesKeyResultId) } })) as {
      data: { errors: Record<string, string> };
      init: ResponseInit;
    };
    expect(result.init.status).toBe(400);
    expect(result.data.errors[field]).toBe(message);
  });

  test("my key results marks stale ones", async () => {
    // Checked in 7 days before 4 December: stale; 6 days before: fresh.
    await recordCheckIn(db, { personId: f.memberId, role: "member" }, f.salesKeyResultId, { value: 0.4, confidence: 5, comment: "" }, new Date("2026-11-27T10:00:00Z"));
    const mine = await listMyKeyResults(db, { personId: f.memberId, role: "member" }, NOW);
    expect(mine.quarter).toBe("2026-Q4");
    expect(mine.rows.map((row) => [row.title, row.owned, row.lastCheckIn, row.stale])).toEqual([["Sign ten clients", true, "2026-11-27", true]]);

    await recordCheckIn(db, { personId: f.memberId, role: "member" }, f.salesKeyResultId, { value: 0.4, confidence: 5, comment: "" }, new Date("2026-11-28T10:00:00Z"));
    const later = await listMyKeyResults(db, { personId: f.memberId, role: "member" }, NOW);
    expect(later.rows[0].stale).toBe(false);

    const lead = await listMyKeyResults(db, { personId: f.leadId, role: "lead" }, NOW);
    expect(lead.rows.map((row) => [row.title, row.owned, row.stale])).toEqual([["Sign ten clients", false, false]]);
  });
});
