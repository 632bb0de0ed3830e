import { FiscalYearProvider } from "~/components/fiscal-year";
import { KpiValue, Progress } from "~/components/kpi-value";
import { ScoreBadge } from "~/components/score-badge";
import type { NoValueReason } from "~/kpi/types";
import { renderPage, textOf } from "../routes/render";

const noDeals: NoValueReason = { code: "no_snapshots", metric: "deals_won", window: { start: "2017-04-01", end: "2017-06-30" } };

describe("KpiValue", () => {
  test.each([
    { language: "nl" as const, value: 56, unit: "%", text: "56%" },
    { language: "en" as const, value: 2343.4, unit: "EUR", text: "€2,343" },
    { language: "nl" as const, value: 2343.4, unit: "EUR", text: "€ 2.343" },
  ])("$value $unit in $language", async ({ language, value, unit, text }) => {
    const html = await renderPage(<KpiValue value={value} unit={unit} kind="increase" reason={null} />, language);
    expect(textOf(html)).toContain(text);
  });

  test.each([
    { language: "nl" as const, grade: "cijfer 0,50" },
    { language: "en" as const, grade: "grade 0.50" },
  ])("milestone grade in $language", async ({ language, grade }) => {
    const html = await renderPage(<KpiValue value={0.5} unit={null} kind="milestone" reason={null} />, language);
    expect(textOf(html)).toContain(grade);
  });

  test("no value never shows 0", async () => {
    const text = textOf(await renderPage(<KpiValue value={null} unit="%" kind="increase" reason={noDeals} explain />, "nl"));
    expect(text).toContain("geen waarde");
    expect(text).not.toMatch(/\b0%/);
  });

  test.each([
    { fiscalStartMonth: 1, quarter: "2017-Q2" },
    { fiscalStartMonth: 4, quarter: "2017-Q1" },
  ])("reason names fiscal quarter (start month $fiscalStartMonth)", async ({ fiscalStartMonth, quarter }) => {
    const html = await renderPage(
      <FiscalYearProvider value={fiscalStartMonth}>
        <KpiValue value={null} unit="%" kind="increase" reason={noDeals} explain />
      </FiscalYearProvider>,
      "en",
    );
    expect(textOf(html)).toContain(quarter);
  });
});

describe("Progress", () => {
  test.each([
    { progress: 1.3, text: "130%" },
    { progress: -0.25, text: "-25%" },
    { progress: null, text: "–" },
  ])("progress $progress", async ({ progress, text }) => {
    expect(textOf(await renderPage(<Progress progress={progress} />, "nl"))).toContain(text);
  });
});

describe("ScoreBadge", () => {
  test.each([
    { score: 0.7, colour: "green" as const, nl: "0,70", en: "0.70" },
    // Cut, not rounded: an amber score never reads as 0,70.
    { score: 0.6999, colour: "amber" as const, nl: "0,69", en: "0.69" },
    { score: 0.05, colour: "red" as const, nl: "0,05", en: "0.05" },
  ])("score $score", async ({ score, colour, nl, en }) => {
    const dutch = await renderPage(<ScoreBadge score={score} colour={colour} />, "nl");
    const english = await renderPage(<ScoreBadge score={score} colour={colour} />, "en");
    expect(dutch).toContain(`class="score ${colour}"`);
    expect(textOf(dutch)).toContain(nl);
    expect(textOf(english)).toContain(en);
  });

  test("no score in words", async () => {
    expect(textOf(await renderPage(<ScoreBadge score={null} colour={null} />, "en"))).toContain("no value");
  });
});
