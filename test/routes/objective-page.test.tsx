import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { KeyResultReport, ObjectiveReport } from "~/okr/report-types";
import { KeyResultView, loader as keyResultLoader } from "~/routes/key-results.$keyResultId._index";
import { ObjectiveView, loader as objectiveLoader } from "~/routes/objectives.$objectiveId._index";
import { createPersonWithRole, signedInRequest } from "../support/auth";
import { createTestDatabase, testContext } from "../support/db";
import { renderPage, textOf } from "./render";
import { type ReportSeed, seedReports } from "./report-seed";
import { expectNotFound, get } from "./requests";

let db: Kysely<Database>;
let seed: ReportSeed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedReports(db);
});

afterEach(async () => {
  await db.destroy();
});

const objectivePage = async (id: number | string) =>
  (await objectiveLoader(get(db, `/objectives/${id}`, { objectiveId: String(id) }))) as { report: ObjectiveReport; title: string };
const keyResultPage = async (id: number | string) =>
  (await keyResultLoader(get(db, `/key-results/${id}`, { keyResultId: String(id) }))) as { report: KeyResultReport; title: string };

describe("objective loader", () => {
  test.each(["999", "abc", "0"])("404 for id %s", async (id) => {
    await expectNotFound(objectiveLoader(get(db, `/objectives/${id}`, { objectiveId: id })));
  });

  test("404 for archived objective", async () => {
    await db.updateTable("objectives").set({ archived_at: "2017-11-01T00:00:00.000Z" }).where("id", "=", seed.deliveryObjectiveId).execute();
    await expectNotFound(objectivePage(seed.deliveryObjectiveId));
  });

  test("score, alignment and key results", async () => {
    const { report } = await objectivePage(seed.companyObjectiveId);
    expect(report.score?.score).toBe(0.7);
    expect(report.parent).toBeNull();
    expect(report.children.map((c) => c.id)).toEqual([seed.salesObjectiveId]);
    expect(report.score?.keyResults.map((kr) => [kr.title, kr.value, kr.progress, kr.score])).toEqual([
      ["Raise the hit rate", 40, 0.5, 0.5],
      ["Open the Utrecht office", 0.9, null, 0.9],
    ]);
    expect(report.asOf).toBe("2017-12-31");
  });

  test("child names its parent", async () => {
    const { report } = await objectivePage(seed.salesObjectiveId);
    expect(report.parent?.id).toBe(seed.companyObjectiveId);
  });
});

describe("objective page", () => {
  test.each([
    { language: "nl" as const, facts: ["40%", "30% → 50%", "50%", "0,50", "cijfer 0,90", "01-10-2017 t/m 31-12-2017"] },
    { language: "en" as const, facts: ["40%", "30% → 50%", "50%", "0.50", "grade 0.90", "01/10/2017 to 31/12/2017"] },
  ])("key result facts in $language", async ({ language, facts }) => {
    const { report } = await objectivePage(seed.companyObjectiveId);
    const text = textOf(await renderPage(<ObjectiveView report={report} canEdit />, language));
    for (const fact of facts) expect(text).toContain(fact);
  });

  test("formula and inputs", async () => {
    const { report } = await objectivePage(seed.companyObjectiveId);
    const text = textOf(await renderPage(<ObjectiveView report={report} canEdit />, "en"));
    expect(text).toContain("deals_won / (deals_won + deals_lost)");
    expect(text).toContain("sum over the period");
    expect(text).toMatch(/deals_won sum over the period 12 /);
    expect(text).toMatch(/deals_lost sum over the period 18 /);
  });

  test("no value with reason", async () => {
    const { report } = await objectivePage(seed.deliveryObjectiveId);
    const text = textOf(await renderPage(<ObjectiveView report={report} canEdit />, "nl"));
    expect(text).toContain("geen waarde (");
  });

  test("links to edit, archive and new key result", async () => {
    const { report } = await objectivePage(seed.companyObjectiveId);
    const html = await renderPage(<ObjectiveView report={report} canEdit />, "nl");
    expect(html).toContain(`href="/objectives/${seed.companyObjectiveId}/edit"`);
    expect(html).toContain(`href="/objectives/${seed.companyObjectiveId}/archive"`);
    expect(html).toContain(`href="/key-results/new?objective=${seed.companyObjectiveId}"`);
  });
});

describe("key result page", () => {
  test.each(["999", "x"])("404 for id %s", async (id) => {
    await expectNotFound(keyResultLoader(get(db, `/key-results/${id}`, { keyResultId: id })));
  });

  test("weekly points up to quarter end", async () => {
    const { report } = await keyResultPage(seed.hitRateKeyResultId);
    expect(report.score?.value).toBe(40);
    expect(report.points.at(-1)).toEqual({ date: "2017-12-31", value: 40, score: 0.5 });
    expect(report.chart.valueEmpty).toBe(false);
    expect(report.chart.valueLines.map((l) => l.id)).toEqual(["value", "baseline", "target"]);
  });

  test("chart renders on the server", async () => {
    const { report } = await keyResultPage(seed.hitRateKeyResultId);
    const html = await renderPage(<KeyResultView report={report} canEdit />, "nl");
    expect(html).toContain("<svg");
    expect(textOf(html)).toContain("Startwaarde");
  });

  test("placeholder without values", async () => {
    const { report } = await keyResultPage(seed.npsKeyResultId);
    expect(report.chart.valueEmpty).toBe(true);
    const html = await renderPage(<KeyResultView report={report} canEdit />, "en");
    // The value chart has nothing to draw; the score chart shows 0, the score without a value.
    expect(html.match(/<svg/g)?.length).toBe(1);
    expect(textOf(html)).toContain("No values in this quarter yet: there is nothing to draw.");
    expect(textOf(html)).toContain("no value");
  });
});

describe("edit links follow the permissions", () => {
  test("a member sees no edit links, the admin does", async () => {
    const memberId = await createPersonWithRole(db, "member");
    const request = await signedInRequest(db, memberId, `/objectives/${seed.companyObjectiveId}`);
    const asMember = (await objectiveLoader({ request, params: { objectiveId: String(seed.companyObjectiveId) }, context: testContext(db) })) as {
      report: ObjectiveReport;
      canEdit: boolean;
    };
    expect(asMember.canEdit).toBe(false);
    const hidden = await renderPage(<ObjectiveView report={asMember.report} canEdit={asMember.canEdit} />, "en");
    expect(hidden).not.toContain(`/objectives/${seed.companyObjectiveId}/edit`);

    const asAdmin = (await objectiveLoader(get(db, `/objectives/${seed.companyObjectiveId}`, { objectiveId: String(seed.companyObjectiveId) }))) as {
      canEdit: boolean;
    };
    expect(asAdmin.canEdit).toBe(true);
  });
});
