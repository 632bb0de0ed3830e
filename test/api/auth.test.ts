import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { RATE_LIMIT } from "~/api/handler.server";
import { authenticateToken, revokeApiToken } from "~/api/tokens.server";
import * as notFound from "~/routes/api.v1.$";
import * as snapshots from "~/routes/api.v1.snapshots";
import * as teams from "~/routes/api.v1.teams";
import { createTestDatabase } from "../support/db";
import { seedApiCompany, send, snapshotCount, tokenFor } from "./support";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof seedApiCompany>>;

beforeEach(async () => {
  db = await createTestDatabase();
  ids = await seedApiCompany(db);
});

afterEach(async () => {
  await db.destroy();
});

const batch = { items: [{ metric: "worked_hours", team: "delivery", date: "2026-03-02", value: 40 }] };

describe("API tokens", () => {
  test("missing token gets 401", async () => {
    const result = await send(db, teams, { path: "/api/v1/teams" });

    expect(result.status).toBe(401);
    expect(result.json.error.code).toBe("token_missing");
    expect(result.headers.get("WWW-Authenticate")).toContain("Bearer");
  });

  test("unknown token gets 401", async () => {
    const result = await send(db, teams, { path: "/api/v1/teams", token: "okr_not-a-real-token" });

    expect(result.status).toBe(401);
    expect(result.json.error.code).toBe("token_invalid");
  });

  test("revoked token gets 401", async () => {
    const token = await tokenFor(db, ids.adminId, "write");
    const row = await db.selectFrom("api_tokens").select("id").executeTakeFirstOrThrow();
    expect(await revokeApiToken(db, { personId: ids.adminId, role: "admin" }, row.id, new Date())).toBe(true);

    const result = await send(db, teams, { path: "/api/v1/teams", token });

    expect(result.status).toBe(401);
    expect(result.json.error.code).toBe("token_revoked");
  });

  test("read token may read", async () => {
    const token = await tokenFor(db, ids.adminId, "read");

    const result = await send(db, teams, { path: "/api/v1/teams", token });

    expect(result.status).toBe(200);
    expect(result.json.teams.map((team: { key: string }) => team.key)).toEqual(["company", "delivery", "sales", "sales-east"]);
  });

  test("read token may not write", async () => {
    const token = await tokenFor(db, ids.adminId, "read");

    const result = await send(db, snapshots, { path: "/api/v1/snapshots", token, body: batch });

    expect(result.status).toBe(403);
    expect(result.json.error.code).toBe("insufficient_scope");
    expect(await snapshotCount(db)).toBe(0);
  });

  test("token of a demoted creator may not create teams", async () => {
    const token = await tokenFor(db, ids.adminId, "write");
    await db.updateTable("people").set({ role: "member" }).where("id", "=", ids.adminId).execute();

    const result = await send(db, teams, { path: "/api/v1/teams", token, body: { key: "hr", name: "HR", parent: "company" } });

    expect(result.status).toBe(403);
    expect(result.json.error.code).toBe("forbidden");
    expect(result.json.error.message).toContain("de rol beheerder die");
  });

  test("token of a demoted creator may not write snapshots", async () => {
    const token = await tokenFor(db, ids.adminId, "write");
    await db.updateTable("people").set({ role: "member" }).where("id", "=", ids.adminId).execute();

    const result = await send(db, snapshots, { path: "/api/v1/snapshots", token, body: batch });

    expect(result.status).toBe(403);
    expect(result.json.error.code).toBe("forbidden_snapshot_teams");
    expect(result.json.error.message).toContain("delivery");
    expect(await snapshotCount(db)).toBe(0);
  });

  test("token of a lead writes only led teams", async () => {
    const token = await tokenFor(db, ids.adminId, "write");
    await db.updateTable("people").set({ role: "lead" }).where("id", "=", ids.adminId).execute();
    await db.updateTable("teams").set({ lead_person_id: ids.adminId }).where("id", "=", ids.salesId).execute();
    const subteam = { items: [{ metric: "worked_hours", team: "sales-east", date: "2026-03-02", value: 40 }] };

    const allowed = await send(db, snapshots, { path: "/api/v1/snapshots", token, body: subteam });
    const refused = await send(db, snapshots, { path: "/api/v1/snapshots", token, body: { items: [...subteam.items, ...batch.items] } });

    expect(allowed.status).toBe(200);
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toContain("voor delivery.");
    expect(await snapshotCount(db)).toBe(1);
  });

  test("only the hash is stored", async () => {
    const token = await tokenFor(db, ids.adminId, "read");

    const row = await db.selectFrom("api_tokens").selectAll().executeTakeFirstOrThrow();
    expect(token.startsWith("okr_")).toBe(true);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.token_prefix).toBe(token.slice(0, 9));
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test("use records last_used_at", async () => {
    const token = await tokenFor(db, ids.adminId, "read");
    const now = new Date("2026-12-04T12:00:00Z");

    const check = await authenticateToken(db, `Bearer ${token}`, now);

    expect(check.ok).toBe(true);
    const row = await db.selectFrom("api_tokens").select("last_used_at").executeTakeFirstOrThrow();
    expect(row.last_used_at).toBe(now.toISOString());
  });

  test("rate limit answers 429 with Retry-After", async () => {
    const token = await tokenFor(db, ids.adminId, "read");
    const now = new Date("2026-12-04T12:00:00Z");
    for (let i = 0; i < RATE_LIMIT.capacity; i += 1) {
      const ok = await send(db, teams, { path: "/api/v1/teams", token, now });
      expect(ok.status).toBe(200);
    }

    const limited = await send(db, teams, { path: "/api/v1/teams", token, now });

    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("rate_limited");
    expect(limited.headers.get("Retry-After")).toBe("1");
    expect(limited.json.error.message).toContain("over 1 seconde opnieuw");
    const later = await send(db, teams, { path: "/api/v1/teams", token, now: new Date(now.getTime() + 1000) });
    expect(later.status).toBe(200);
  });

  test("other method gets 405 with Allow", async () => {
    const token = await tokenFor(db, ids.adminId, "write");

    const result = await send(db, teams, { method: "PATCH", path: "/api/v1/teams", token, body: {} });

    expect(result.status).toBe(405);
    expect(result.headers.get("Allow")).toBe("GET, POST");
  });

  test("unknown route gets a JSON 404", async () => {
    const result = await send(db, notFound, { path: "/api/v1/nothing-here", params: { "*": "nothing-here" } });

    expect(result.status).toBe(404);
    expect(result.json.error).toMatchObject({ code: "unknown_route", details: [] });
    expect(result.json.error.message).toContain("/api/v1/nothing-here");
  });
});
