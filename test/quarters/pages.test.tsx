import type { Kysely } from "kysely";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../../db/schema";
import { KeyResultView, loader as keyResultLoader } from "~/routes/key-results.$keyResultId._index";
import { action as quartersAction, loader as quartersLoader } from "~/routes/quarters._index";
import { closeQuarter } from "~/quarters/quarters.server";
import { renderPage, textOf } from "../routes/render";
import { ENGLISH, dataWithStatus, get, post, redirectLocation } from "../routes/requests";
import { NOW, type QuarterSeed, TODAY, seedQuarter, writeMonthlyHours } from "./seed";
import { createTestDatabase } from "../support/db";

let db: Kysely<Database>;
let seed: QuarterSeed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedQuarter(db);
  await writeMonthlyHours(db, seed, { "2026-07": 20, "2026-08": 20, "2026-09": 20 });
});

async function keyResultText() {
  const page = (await keyResultLoader(get(db, `/key-results/${seed.keyResultId}`, { keyResultId: String(seed.keyResultId) }, ENGLISH))) as Awaited<
    ReturnType<typeof keyResultLoader>
  >;
  return { page, text: textOf(await renderPage(<KeyResultView report={page.report} canEdit />, "en")) };
}

describe("key result page", () => {
  test("shows pace, forecast and stale mark", async () => {
    const { page, text } = await keyResultText();
    // On 4 December Q3 is over: expected 0.7, and 0.6 is at risk.
    expect(text).toContain("Pace at risk");
    // Monthly values count by their middle day, so the quarter-to-date sum rises 20 per month.
    expect(text).toMatch(/Forecast \d\.\d\d at quarter end/);
    // September ends 65 days before 4 December, 45 allowed for a monthly input.
    expect(text).toContain("Stale inputs stale test_hours");
    expect(page.report.chart.scoreLines.map((line) => line.id)).toEqual(["score", "norm", "expected"]);
  });

  test("closed quarter hides edit links", async () => {
    await closeQuarter(db, seed.actor, "2026-Q3", { today: TODAY, now: NOW });
    const { text, page } = await keyResultText();
    expect(text).toContain("2026-Q3 is closed: these scores are frozen as of 30/09/2026");
    expect(page.report.outlook.closed).toBe(true);
    const html = await renderPage(<KeyResultView report={page.report} canEdit />, "en");
    expect(html).not.toContain(`/key-results/${seed.keyResultId}/edit`);
  });
});

describe("quarters page", () => {
  test("close and reopen", async () => {
    const closed = redirectLocation(await quartersAction(post(db, "/quarters", { intent: "close", quarter: "2026-Q3" })));
    expect(closed).toBe("/quarters?done=closed&quarter=2026-Q3&count=2");

    const page = await quartersLoader(get(db, closed, {}, ENGLISH));
    expect(page.quarters.map((row) => [row.quarter, row.status])).toEqual([["2026-Q3", "closed"]]);
    expect(page.done).toEqual({ done: "closed", quarter: "2026-Q3", count: 2 });

    const reopened = redirectLocation(await quartersAction(post(db, "/quarters", { intent: "reopen", quarter: "2026-Q3", reason: "late invoices" })));
    expect(reopened).toBe("/quarters?done=reopened&quarter=2026-Q3&count=0");
  });

  test("reopen without reason is 400", async () => {
    await closeQuarter(db, seed.actor, "2026-Q3", { today: TODAY, now: NOW });
    const result = dataWithStatus<{ error: string }>(
      await quartersAction(post(db, "/quarters", { intent: "reopen", quarter: "2026-Q3", reason: " " }, {}, ENGLISH)),
      400,
    );
    expect(result.error).toBe('Reason is missing: say why 2026-Q3 is reopened, for example "invoices of September arrived late".');
  });

  test("closing an open quarter early is 409", async () => {
    const result = dataWithStatus<{ error: string }>(await quartersAction(post(db, "/quarters", { intent: "close", quarter: "2026-Q4" }, {}, ENGLISH)), 409);
    expect(result.error).toBe("2026-Q4 runs until 31/12/2026. Close it after that day, when all its values are in.");
  });
});
