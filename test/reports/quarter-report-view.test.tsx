import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { QuarterReportView } from "~/components/quarter-report-view";
import { loadQuarterReport } from "~/reports/quarter-report.server";
import { createTestDatabase } from "../support/db";
import { renderPage, textOf } from "../routes/render";
import { type ReportSeed, seedReports } from "../routes/report-seed";

let db: Kysely<Database>;
let seed: ReportSeed;

beforeAll(async () => {
  db = await createTestDatabase();
  seed = await seedReports(db);
  await db.insertInto("quarters").values({ period: "2017-Q4", status: "closed", closed_at: "2018-01-02T09:00:00Z", closed_by: seed.adminId }).execute();
});

/** Visible text with the spaces that tags leave inside brackets and before colons removed. */
const readable = (html: string) => textOf(html).replace(/\( /g, "(").replace(/ \)/g, ")").replace(/ :/g, ":");

const load = () => loadQuarterReport(db, { personId: seed.adminId, role: "admin" }, { quarter: "2017-Q4", today: "2026-12-04" });

describe("QuarterReportView", () => {
  test("renders the charts as SVG on the server", async () => {
    const html = await renderPage(<QuarterReportView report={await load()} />, "nl");
    // Team scores and key results by colour: two bar charts with their bars in the server HTML.
    expect(html.match(/<svg/g)?.length).toBe(2);
    // nivo writes the bar colours as rgba: green #1f8a4c is rgba(31, 138, 76, 1).
    expect(html).toMatch(/<rect[^>]+fill="rgba\(31, 138, 76, 1\)"[^>]+data-testid="bar\.item\.score/);
    expect(html).toMatch(/<rect[^>]+data-testid="bar\.item\.green/);
  });

  test("Dutch text: verdicts, colours and movers", async () => {
    const text = readable(await renderPage(<QuarterReportView report={await load()} />, "nl"));
    expect(text).toContain("Kwartaalrapport 2017-Q4");
    expect(text).toContain("Dit kwartaal is afgesloten");
    expect(text).toContain("2 groen, 1 oranje, 1 rood");
    expect(text).toContain("Doelen te makkelijk: de afgesloten kwartalen scoren gemiddeld 1,00, boven 0,9.");
    expect(text).toContain("Doelen buiten bereik");
    expect(text).toContain("Keep the hit rate up (Win more deals): 0,00 → 1,00 (+1) sinds 01-10-2017");
  });

  test("English text and the download link", async () => {
    const html = await renderPage(<QuarterReportView report={await load()} />, "en");
    const text = readable(html);
    expect(text).toContain("Goals well set: the closed quarters average 0.70, between 0.4 and 0.9.");
    expect(text).toContain("Raise the hit rate (Grow profitably): 0.00 → 0.50 (+0.5) since 01/10/2017");
    expect(text).toContain("Met with subteams (1 key result)");
    expect(html).toContain('href="/exports/scores.csv?quarter=2017-Q4"');
  });
});
