import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { InvalidFormData } from "~/components/forms/responses.server";
import { action, loader } from "~/routes/snapshots._index";
import { type Seed, seedCompany } from "../people/seed";
import { createTestDatabase } from "../support/db";
import { ENGLISH, dataWithStatus, get, post, redirectLocation } from "./requests";

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
  metricId: String(seed.flowMetricId),
  teamId: String(seed.salesId),
  periodType: "week",
  period: "2026-W05",
  value: "12",
  ...overrides,
});

const snapshotCount = async () => (await db.selectFrom("metric_snapshots").select("id").execute()).length;

describe("snapshots._index", () => {
  test("valid post redirects with the choices kept and writes", async () => {
    const result = await action(post(db, "/snapshots", fields({ value: "12,5" })));

    const row = await db.selectFrom("metric_snapshots").selectAll().executeTakeFirstOrThrow();
    const location = new URL(redirectLocation(result), "http://localhost");
    expect(location.pathname).toBe("/snapshots");
    expect(Object.fromEntries(location.searchParams)).toEqual({
      metric: String(seed.flowMetricId),
      team: String(seed.salesId),
      periodType: "week",
      saved: String(row.id),
      outcome: "inserted",
    });
    expect(row).toMatchObject({ period_start: "2026-01-26", period_end: "2026-02-01", value: 12.5, source: "manual" });
  });

  test("second value reports the replaced one", async () => {
    await action(post(db, "/snapshots", fields()));

    const result = await action(post(db, "/snapshots", fields({ value: "14" })));

    const location = new URL(redirectLocation(result), "http://localhost");
    expect(location.searchParams.get("outcome")).toBe("replaced");
    expect(location.searchParams.get("old")).toBe("12");
    const page = await loader(get(db, `${location.pathname}${location.search}`));
    expect(page.notice).toMatchObject({ outcome: "replaced", oldValue: 12, row: { value: 14, teamName: "Sales" } });
    expect(page.values).toMatchObject({ metricId: String(seed.flowMetricId), teamId: String(seed.salesId), periodType: "week" });
  });

  test("loader lists the latest snapshots", async () => {
    await action(post(db, "/snapshots", fields()));
    await action(post(db, "/snapshots", fields({ period: "2026-W06", value: "9" })));

    const page = await loader(get(db, "/snapshots"));

    expect(page.title).toBe("Meetwaarden");
    expect(page.latest.map((row) => [row.periodStart, row.value, row.recordedOn])).toEqual([
      ["2026-02-02", 9, "2026-12-04"],
      ["2026-01-26", 12, "2026-12-04"],
    ]);
    expect(page.notice).toBeNull();
  });

  test("invalid week returns 400 in Dutch and writes nothing", async () => {
    const result = await action(post(db, "/snapshots", fields({ period: "2025-W53" })));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.period).toBe('Periode: "2025-W53" is geen ISO-week. Schrijf bijvoorbeeld 2026-W05.');
    expect(body.values.value).toBe("12");
    expect(await snapshotCount()).toBe(0);
  });

  test("stock over a week returns 400 in English", async () => {
    const result = await action(post(db, "/snapshots", fields({ metricId: String(seed.stockMetricId) }), {}, ENGLISH));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.periodType).toBe('Period type: this metric is a stock and holds for one day. Choose "day" and the date of the measurement.');
    expect(await snapshotCount()).toBe(0);
  });

  test("unreadable value returns 400", async () => {
    const result = await action(post(db, "/snapshots", fields({ value: "12 uur" })));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.value).toBe('Waarde: "12 uur" is geen getal. Schrijf bijvoorbeeld 1234 of 1.234,5.');
  });
});
