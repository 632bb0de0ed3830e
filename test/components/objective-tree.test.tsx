import { ObjectiveTree } from "~/components/objective-tree";
import { buildObjectiveTree } from "~/okr/dashboard";
import type { ObjectiveSummary } from "~/okr/types";
import { renderPage, textOf } from "../routes/render";

const objective: ObjectiveSummary = {
  objectiveId: 1,
  title: "Win more deals",
  period: "2017-Q4",
  teamId: 1,
  parentId: null,
  ownerId: null,
  status: "active",
  score: 0.5,
  colour: "amber",
  keyResults: [],
  keyResultCount: 3,
};
const tree = buildObjectiveTree([objective], [{ id: 1, name: "Company", parentId: null }]);

describe("ObjectiveTree", () => {
  test.each([
    { language: "nl" as const, count: "3 key results", notice: "open een objective om de key results te zien" },
    { language: "en" as const, count: "3 key results", notice: "open an objective to see its key results" },
  ])("compact lists counts in $language", async ({ language, count, notice }) => {
    const html = await renderPage(<ObjectiveTree tree={tree} teamNames={{ 1: "Company" }} ownerNames={{}} compact />, language);
    expect(textOf(html)).toContain(count);
    expect(textOf(html)).toContain(notice);
    expect(html).not.toContain('class="key-results"');
  });

  test("one key result in singular", async () => {
    const single = buildObjectiveTree([{ ...objective, keyResultCount: 1 }], [{ id: 1, name: "Company", parentId: null }]);
    const html = await renderPage(<ObjectiveTree tree={single} teamNames={{ 1: "Company" }} ownerNames={{}} compact />, "en");
    expect(textOf(html)).toContain("1 key result");
    expect(textOf(html)).not.toContain("1 key results");
  });
});
