import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { KpiReport } from "~/kpi/kpi-report.server";
import type { KpiSummary } from "~/okr/report-types";
import { KpiView, loader as kpiLoader } from "~/routes/kpis.$kpiKey";
import { KpiListView, loader as listLoader } from "~/routes/kpis._index";
import { createTestDatabase } from "../support/db";
import { renderPage, textOf } from "./render";
import { type ReportSeed, seedReports } from "./report-seed";
import { dataWithStatus, expectNotFound, get } from "./requests";

let db: Kysely<Database>;
let seed: ReportSeed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedReports(db);
});

afterEach(async () => {
  await db.destroy();
});

type Page = { report: KpiReport; errors: Record<string, { code: string }>; title: string };
const kpiPage = async (search = "") => (await kpiLoader(get(db, `/kpis/hit_rate${search}`, { kpiKey: "hit_rate" }))) as Page;

describe("kpi list", () => {
  test("every KPI with a link to new", async () => {
    const { kpis } = (await listLoader(get(db, "/kpis"))) as { kpis: KpiSummary[] };
    expect(kpis.map((k) => k.key)).toContain("hit_rate");
    const text = textOf(await renderPage(<KpiListView kpis={kpis} canCreate />, "nl"));
    expect(text).toContain("slagingspercentage");
    expect(text).toContain("deals_won / (deals_won + deals_lost)");
    const html = await renderPage(<KpiListView kpis={kpis} canCreate />, "nl");
    expect(html).toContain('href="/kpis/new"');
    expect(html).toContain('href="/kpis/hit_rate"');
  });

  test("no link to new for those who may not add KPIs", async () => {
    const { kpis } = (await listLoader(get(db, "/kpis"))) as { kpis: KpiSummary[] };
    const html = await renderPage(<KpiListView kpis={kpis} canCreate={false} />, "nl");
    expect(html).not.toContain('href="/kpis/new"');
  });
});

describe("kpi page loader", () => {
  test("404 for unknown KPI", async () => {
    await expectNotFound(kpiLoader(get(db, "/kpis/nope", { kpiKey: "nope" })));
  });

  test("defaults to company and children", async () => {
    const { report } = await kpiPage();
    expect(report.query).toEqual({
      teamIds: [seed.companyId, seed.deliveryId, seed.salesId],
      interval: "month",
      from: "2017-01-01",
      to: "2017-12-31",
    });
  });

  test("company value per month from subteams", async () => {
    const { report } = await kpiPage(`?team=${seed.companyId}&interval=month&from=2017-10-01&to=2017-12-31`);
    // 5 won of 13 closed in October, 7 of 17 in November, none in December.
    const rounded = report.chart.lines.map((line) => ({
      id: line.id,
      data: line.data.map((d) => ({ x: d.x, y: d.y === null ? null : Math.round(d.y * 100) / 100 })),
    }));
    expect(rounded).toEqual([
      {
        id: String(seed.companyId),
        data: [
          { x: "2017-10", y: 38.46 },
          { x: "2017-11", y: 41.18 },
          { x: "2017-12", y: null },
        ],
      },
    ]);
  });

  test("team without snapshots listed apart", async () => {
    const { report } = await kpiPage(`?team=${seed.salesId}&team=${seed.deliveryId}&interval=quarter&from=2017-10-01&to=2017-12-31`);
    expect(report.chart.lines.map((l) => [l.id, l.data.map((d) => d.y)])).toEqual([[String(seed.salesId), [40]]]);
    expect(report.chart.teamsWithoutValue).toEqual([seed.deliveryId]);
  });

  test.each([
    { search: "?interval=day", field: "interval" },
    { search: "?team=999", field: "team" },
    { search: "?from=2017-12-01&to=2017-01-01", field: "to" },
    { search: "?from=2000-01-01&to=2017-01-01", field: "to" },
  ])("400 for $search", async ({ search, field }) => {
    const page = dataWithStatus<Page>(await kpiLoader(get(db, `/kpis/hit_rate${search}`, { kpiKey: "hit_rate" })), 400);
    expect(Object.keys(page.errors)).toEqual([field]);
    expect(page.report.query.interval).toBe("month");
  });
});

describe("kpi page", () => {
  test("chart and form render", async () => {
    const { report, errors } = await kpiPage();
    const html = await renderPage(<KpiView report={report} errors={errors} />, "en");
    expect(html).toContain("<svg");
    expect(html).toContain(`name="team" checked="" value="${seed.salesId}"`);
    expect(textOf(html)).toContain("01/01/2017 to 31/12/2017, per month");
  });

  test("range message names the dates", async () => {
    const page = dataWithStatus<Page>(await kpiLoader(get(db, "/kpis/hit_rate?from=2017-12-01&to=2017-01-01", { kpiKey: "hit_rate" })), 400);
    const text = textOf(await renderPage(<KpiView report={page.report} errors={page.errors} />, "nl"));
    expect(text).toContain("De periode 01-12-2017 t/m 01-01-2017 eindigt vóór ze begint");
  });
});
