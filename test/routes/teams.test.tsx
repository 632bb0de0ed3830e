import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { TeamComparisonReport } from "~/okr/report-types";
import { TeamComparisonView, loader } from "~/routes/teams._index";
import { createTestDatabase } from "../support/db";
import { renderPage, textOf } from "./render";
import { seedReports } from "./report-seed";
import { dataWithStatus, get } from "./requests";

let db: Kysely<Database>;

beforeEach(async () => {
  db = await createTestDatabase();
  await seedReports(db);
});

afterEach(async () => {
  await db.destroy();
});

type Page = { report: TeamComparisonReport; errors: Record<string, never>; title: string };

describe("team comparison", () => {
  test("rows for every team, bars for scored ones", async () => {
    const { report } = (await loader(get(db, "/teams?quarter=2017-Q4"))) as Page;
    expect(report.rows.map((r) => [r.name, r.score, r.keyResultCount])).toEqual([
      ["Acme", 0.7, 2],
      ["Delivery", 0, 1],
      ["Sales", 1, 1],
    ]);
    expect(report.bars.map((b) => [b.team, b.score, b.colour])).toEqual([
      ["Acme", 0.7, "green"],
      ["Delivery", 0, "red"],
      ["Sales", 1, "green"],
    ]);
  });

  test("default quarter", async () => {
    const { report } = (await loader(get(db, "/teams"))) as Page;
    expect(report.quarter).toBe("2017-Q4");
  });

  test("invalid quarter is 400", async () => {
    const page = dataWithStatus<Page>(await loader(get(db, "/teams?quarter=Q4")), 400);
    expect(Object.keys(page.errors)).toEqual(["quarter"]);
  });

  test("bar chart renders on the server", async () => {
    const { report, errors } = (await loader(get(db, "/teams?quarter=2017-Q4"))) as Page;
    const html = await renderPage(<TeamComparisonView report={report} errors={errors} />, "nl");
    expect(html).toContain("<svg");
    expect(html).toContain("<rect");
    expect(textOf(html)).toContain("norm 0,7");
  });

  test("placeholder without scores", async () => {
    const { report, errors } = (await loader(get(db, "/teams?quarter=2030-Q1"))) as Page;
    const html = await renderPage(<TeamComparisonView report={report} errors={errors} />, "en");
    expect(html).not.toContain("<svg");
    expect(textOf(html)).toContain("No team has a score in this quarter.");
  });
});
