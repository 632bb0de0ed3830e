import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import * as snapshots from "~/routes/api.v1.snapshots";
import { createTestDatabase } from "../support/db";
import { seedApiCompany, send, snapshotCount, tokenFor } from "./support";

let db: Kysely<Database>;
let token: string;

beforeEach(async () => {
  db = await createTestDatabase();
  await seedApiCompany(db);
  token = await tokenFor(db, null, "write");
});

afterEach(async () => {
  await db.destroy();
});

const item = (overrides: Record<string, unknown> = {}) => ({ metric: "worked_hours", team: "delivery", date: "2026-03-02", value: 40, ...overrides });
const post = (body: unknown) => send(db, snapshots, { path: "/api/v1/snapshots", token, body });

describe("POST /api/v1/snapshots", () => {
  test("valid batch writes every item", async () => {
    const result = await post({
      items: [item(), item({ date: undefined, periodStart: "2026-03-09", periodEnd: "2026-03-15", value: 38.5 }), item({ metric: "headcount", value: 10 })],
    });

    expect(result.status).toBe(200);
    expect(result.json).toEqual({ items: 3, inserted: 3, replaced: 0, unchanged: 0 });
    const rows = await db.selectFrom("metric_snapshots").select(["period_start", "period_end", "value", "source"]).orderBy("id").execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { period_start: "2026-03-02", period_end: "2026-03-02", value: 40, source: "api" },
        { period_start: "2026-03-02", period_end: "2026-03-02", value: 10, source: "api" },
        { period_start: "2026-03-09", period_end: "2026-03-15", value: 38.5, source: "api" },
      ]),
    );
    expect(rows).toHaveLength(3);
  });

  test("same batch twice gives the same state", async () => {
    const batch = { items: [item(), item({ date: "2026-03-03", value: 41 })] };
    await post(batch);
    const before = await db.selectFrom("metric_snapshots").select(["metric_id", "team_id", "period_start", "value"]).orderBy("id").execute();

    const second = await post(batch);

    expect(second.json).toEqual({ items: 2, inserted: 0, replaced: 0, unchanged: 2 });
    const after = await db.selectFrom("metric_snapshots").select(["metric_id", "team_id", "period_start", "value"]).orderBy("id").execute();
    expect(after).toEqual(before);
  });

  test("changed value replaces and is audited", async () => {
    await post({ items: [item()] });

    const result = await post({ items: [item({ value: 36 })] });

    expect(result.json).toMatchObject({ replaced: 1, inserted: 0 });
    const audit = await db.selectFrom("audit_entries").selectAll().where("entity", "=", "metric_snapshot").where("action", "=", "replace").execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].old_value!)).toMatchObject({ value: 40 });
    expect(JSON.parse(audit[0].new_value!)).toMatchObject({ value: 36, source: "api" });
    const batches = await db.selectFrom("audit_entries").selectAll().where("action", "=", "write_snapshots").execute();
    expect(batches).toHaveLength(2);
  });

  const invalid: [string, unknown[], { index: number; field: string; code: string }][] = [
    ["missing field", [item({ value: undefined })], { index: 0, field: "value", code: "missing" }],
    ["missing period", [item({ date: undefined })], { index: 0, field: "date", code: "missing_period" }],
    ["unknown metric", [item(), item({ metric: "billable_hourz" })], { index: 1, field: "metric", code: "unknown_metric" }],
    ["unknown team", [item({ team: "nowhere" })], { index: 0, field: "team", code: "unknown_team" }],
    ["wrong type of value", [item({ value: "40" })], { index: 0, field: "value", code: "wrong_type" }],
    ["wrong type of metric", [item({ metric: 7 })], { index: 0, field: "metric", code: "wrong_type" }],
    ["date that does not exist", [item({ date: "2026-02-30" })], { index: 0, field: "date", code: "impossible_date" }],
    ["date in another format", [item({ date: "02-03-2026" })], { index: 0, field: "date", code: "invalid_date" }],
    ["end before start", [item({ date: undefined, periodStart: "2026-03-08", periodEnd: "2026-03-02" })], { index: 0, field: "periodEnd", code: "period_end_before_start" }],
    ["stock over a week", [item({ metric: "headcount", date: undefined, periodStart: "2026-03-02", periodEnd: "2026-03-08" })], { index: 0, field: "periodEnd", code: "stock_needs_date" }],
    ["same period twice", [item(), item({ value: 1 })], { index: 1, field: "date", code: "duplicate_snapshot" }],
    ["unknown field", [item({ hours: 3 })], { index: 0, field: "hours", code: "unknown_field" }],
  ];

  test.each(invalid)("%s is rejected with index and field, writing nothing", async (_name, items, expected) => {
    const result = await post({ items });

    expect(result.status).toBe(422);
    expect(result.json.error.code).toBe("invalid_request");
    expect(result.json.error.details).toContainEqual(expect.objectContaining(expected));
    expect(result.json.error.details.every((d: { message: string }) => d.message.length > 0)).toBe(true);
    expect(await snapshotCount(db)).toBe(0);
  });

  test("a failed batch writes none of its valid items", async () => {
    const result = await post({ items: [item(), item({ date: "2026-03-03" }), item({ team: "nowhere", date: "2026-03-04" })] });

    expect(result.status).toBe(422);
    expect(result.json.error.details).toEqual([expect.objectContaining({ index: 2, field: "team", code: "unknown_team", value: "nowhere" })]);
    expect(await snapshotCount(db)).toBe(0);
  });

  test("every invalid item is listed", async () => {
    const result = await post({ items: [item({ metric: "x" }), item({ date: "2026-13-01" }), item({ team: "y", date: "2026-03-05" })] });

    expect(result.json.error.details.map((d: { index: number; code: string }) => [d.index, d.code])).toEqual([
      [0, "unknown_metric"],
      [1, "impossible_date"],
      [2, "unknown_team"],
    ]);
  });

  test("empty batch is rejected", async () => {
    const result = await post({ items: [] });

    expect(result.status).toBe(422);
    expect(result.json.error).toMatchObject({ code: "empty_batch", details: [] });
  });

  test("batch over the limit is rejected", async () => {
    const items = Array.from({ length: 10_001 }, (_, i) => ({ metric: "worked_hours", team: "delivery", date: "2026-03-02", value: i }));

    const result = await post({ items });

    expect(result.status).toBe(422);
    expect(result.json.error.code).toBe("batch_too_large");
    expect(result.json.error.message).toContain("10001");
    expect(await snapshotCount(db)).toBe(0);
  });

  test("period in a closed quarter is rejected", async () => {
    await db.insertInto("quarters").values({ period: "2026-Q1", status: "closed", closed_at: "2026-04-02T10:00:00Z", closed_by: null }).execute();

    const result = await post({ items: [item({ date: "2026-04-01" }), item({ date: undefined, periodStart: "2026-03-30", periodEnd: "2026-04-05" }), item({ date: "2026-03-31" })] });

    expect(result.status).toBe(422);
    expect(result.json.error.details).toEqual([
      expect.objectContaining({ index: 2, field: "date", code: "closed_quarter", value: "2026-03-31" }),
    ]);
    expect(result.json.error.details[0].message).toContain("2026-Q1");
    expect(await snapshotCount(db)).toBe(0);
  });

  test("week whose middle day is in the closed quarter is rejected", async () => {
    await db.insertInto("quarters").values({ period: "2026-Q1", status: "closed", closed_at: "2026-04-02T10:00:00Z", closed_by: null }).execute();

    const result = await post({ items: [item({ date: undefined, periodStart: "2026-03-26", periodEnd: "2026-04-01" })] });

    expect(result.json.error.details).toEqual([expect.objectContaining({ index: 0, field: "periodStart", code: "closed_quarter" })]);
  });

  test("English message with Accept-Language en", async () => {
    const result = await send(db, snapshots, { path: "/api/v1/snapshots", token, body: { items: [item({ team: "nowhere" })] }, headers: { "Accept-Language": "en-GB,en;q=0.9,nl;q=0.5" } });

    expect(result.json.error.details[0].message).toBe('team: there is no team "nowhere". GET /api/v1/teams lists the keys.');
  });

  test("Dutch message by default", async () => {
    const result = await post({ items: [item({ team: "nowhere" })] });

    expect(result.json.error.details[0].message).toBe('team: er is geen team "nowhere". GET /api/v1/teams geeft de sleutels.');
  });

  test("body over 2 MiB gets 413", async () => {
    const padding = "x".repeat(2 * 1024 * 1024);
    const result = await send(db, snapshots, { path: "/api/v1/snapshots", token, text: JSON.stringify({ items: [item()], padding }) });

    expect(result.status).toBe(413);
    expect(result.json.error.code).toBe("body_too_large");
  });

  test("body that is no JSON gets 400", async () => {
    const result = await send(db, snapshots, { path: "/api/v1/snapshots", token, text: "{items: [" });

    expect(result.status).toBe(400);
    expect(result.json.error.code).toBe("invalid_json");
    expect(result.json.error.message).toBe(
      "De body is geen geldige JSON: de fout zit bij teken 2 (regel 1, kolom 2). Controleer aanhalingstekens, komma's en haakjes daar.",
    );
  });

  test("JSON error names line and column", async () => {
    const result = await send(db, snapshots, { path: "/api/v1/snapshots", token, text: "{\n  items: []\n}", headers: { "Accept-Language": "en" } });

    expect(result.json.error.message).toContain("at character 5 (line 2, column 3)");
  });

  test("truncated JSON says it ends early", async () => {
    const result = await send(db, snapshots, { path: "/api/v1/snapshots", token, text: '{"items": [' });

    expect(result.json.error.message).toBe("De body is geen geldige JSON: hij houdt op voordat hij af is. Controleer of elk haakje en aanhalingsteken gesloten is.");
  });

  test("type error and unknown keys in one answer", async () => {
    const result = await post({ items: [item({ team: "nowhere", value: "40" }), item({ metric: "nothing", date: "2026-13-01" })] });

    expect(result.json.error.details.map((d: { index: number; field: string; code: string }) => [d.index, d.field, d.code])).toEqual([
      [0, "value", "wrong_type"],
      [0, "team", "unknown_team"],
      [1, "date", "impossible_date"],
      [1, "metric", "unknown_metric"],
    ]);
  });

  test("problem count uses singular and plural", async () => {
    const one = await post({ items: [item({ team: "nowhere" })] });
    const two = await send(db, snapshots, { path: "/api/v1/snapshots", token, body: { items: [item({ team: "x" }), item({ team: "y" })] }, headers: { "Accept-Language": "en" } });

    expect(one.json.error.message).toBe("Het verzoek heeft 1 probleem; details noemt het met het veld. Er is niets opgeslagen.");
    expect(two.json.error.message).toBe("The request has 2 problems; details lists each with its field. Nothing was written.");
  });

  test("form body gets 415", async () => {
    const result = await send(db, snapshots, { path: "/api/v1/snapshots", token, text: "a=1", headers: { "Content-Type": "application/x-www-form-urlencoded" } });

    expect(result.status).toBe(415);
    expect(result.json.error.code).toBe("unsupported_media_type");
  });
});
