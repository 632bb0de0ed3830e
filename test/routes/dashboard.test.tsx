import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { FieldErrors } from "~/components/forms/field-errors";
import type { DashboardReport } from "~/okr/report-types";
import { DashboardView, loader } from "~/routes/_index";
import { createTestDatabase } from "../support/db";
import { renderPage, textOf } from "./render";
import { type ReportSeed, seedReports } from "./report-seed";
import { dataWithStatus, get } from "./requests";

let db: Kysely<Database>;
let seed: ReportSeed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedReports(db);
});

afterEach(async () => {
  await db.destroy();
});

type Page = { report: DashboardReport; errors: FieldErrors; title: string };
const load = async (path: string) => (await loader(get(db, path))) as Page;

describe("dashboard loader", () => {
  test("company score and success rate", async () => {
    const { report } = await load("/?quarter=2017-Q4");
    expect(report.quarter).toBe("2017-Q4");
    expect(report.company.score).toBe(0.7);
    expect(report.company.successRate).toBe(0.5);
    expect(report.company.keyResultCount).toBe(4);
  });

  test("default quarter is latest with key results", async () => {
    const { report } = await load("/");
    expect(report.quarter).toBe("2017-Q4");
  });

  test("picker lists current and data quarters", async () => {
    const { report } = await load("/");
    expect(report.current).toBe("2026-Q4");
    expect(report.options).toEqual(["2026-Q4", "2018-Q1", "2017-Q4"]);
  });

  test("objectives tree", async () => {
    const { report } = await load("/?quarter=2017-Q4");
    expect(report.tree.company.map((n) => n.objective.objectiveId)).toEqual([seed.companyObjectiveId]);
    expect(report.tree.company[0].children.map((n) => n.objective.objectiveId)).toEqual([seed.salesObjectiveId]);
    expect(report.tree.teams.map((b) => [b.team.name, b.objectives.map((n) => [n.objective.objectiveId, n.draft])])).toEqual([
      ["Delivery", [[seed.deliveryObjectiveId, false], [seed.draftObjectiveId, true]]],
    ]);
  });

  test("team cards skip teams without key results", async () => {
    const { report } = await load("/?quarter=2017-Q4");
    expect(report.teams.map((row) => [row.name, row.score, row.successRate])).toEqual([
      ["Acme", 0.7, 0.5],
      ["Delivery", 0, 0],
      ["Sales", 1, 1],
    ]);
  });

  test("quarter without objectives", async () => {
    const { report } = await load("/?quarter=2030-Q1");
    expect(report.company.score).toBeNull();
    expect(report.options[0]).toBe("2030-Q1");
  });

  test("invalid quarter is 400 with the default view", async () => {
    const page = dataWithStatus<Page>(await loader(get(db, "/?quarter=2017-Q5")), 400);
    expect(page.errors).toEqual({ quarter: { code: "invalid_quarter", params: { value: "2017-Q5" } } });
    expect(page.report.quarter).toBe("2017-Q4");
  });

  test("title in the reader's language", async () => {
    const { title } = await load("/?quarter=2017-Q4");
    expect(title).toBe("Dashboard 2017-Q4 – OKR & KPI");
  });
});

describe("dashboard page", () => {
  test.each([
    { language: "nl" as const, score: "0,70", noValue: "geen waarde", rate: "50% van de key results op 0,7 of hoger; norm 0,7", draft: "concept" },
    { language: "en" as const, score: "0.70", noValue: "no value", rate: "50% of key results at 0.7 or more; norm 0.7", draft: "draft" },
  ])("renders in $language", async ({ language, score, noValue, rate, draft }) => {
    const { report, errors } = await load("/?quarter=2017-Q4");
    const text = textOf(await renderPage(<DashboardView report={report} errors={errors} />, language));
    expect(text).toContain(score);
    expect(text).toContain(noValue);
    expect(text).toContain(rate);
    expect(text).toContain(draft);
  });

  test("company score colour said in words", async () => {
    const { report, errors } = await load("/?quarter=2017-Q4");
    const html = await renderPage(<DashboardView report={report} errors={errors} />, "en");
    expect(html).toContain('class="score green" title="green: norm met"');
  });

  test("key result value in its unit", async () => {
    const { report, errors } = await load("/?quarter=2017-Q4");
    const text = textOf(await renderPage(<DashboardView report={report} errors={errors} />, "nl"));
    expect(text).toContain("Raise the hit rate 40%");
  });

  test("links to pages and new objective", async () => {
    const { report, errors } = await load("/?quarter=2017-Q4");
    const html = await renderPage(<DashboardView report={report} errors={errors} canCreate />, "nl");
    expect(html).toContain(`href="/objectives/${seed.companyObjectiveId}"`);
    expect(html).toContain(`href="/key-results/${seed.hitRateKeyResultId}"`);
    expect(html).toContain('href="/objectives/new?quarter=2017-Q4"');
  });

  test("invalid quarter message", async () => {
    const page = dataWithStatus<Page>(await loader(get(db, "/?quarter=2017-Q5")), 400);
    const text = textOf(await renderPage(<DashboardView report={page.report} errors={page.errors} />, "en"));
    expect(text).toContain('Quarter "2017-Q5" does not exist: choose a quarter of the form 2026-Q4.');
  });
});
