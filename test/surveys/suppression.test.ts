import { buildShownCells, MOOD_SCALE, type SurveyAnswer } from "~/surveys/aggregate";
import { isPeriodClosed, shownTeams, type TeamNode } from "~/surveys/suppression";

// company (1) ─┬─ department (2) ─┬─ team A (3)
//              │                  └─ team B (4)
//              └─ team C (5)
const TEAMS: TeamNode[] = [
  { id: 1, parent_id: null },
  { id: 2, parent_id: 1 },
  { id: 3, parent_id: 2 },
  { id: 4, parent_id: 2 },
  { id: 5, parent_id: 1 },
];

const counts = (entries: Record<number, number>) => new Map(Object.entries(entries).map(([id, n]) => [Number(id), n]));
const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);

describe("shownTeams", () => {
  test.each([
    { name: "4 answers hidden", direct: { 5: 4 }, threshold: 5, shown: [] },
    { name: "5 answers shown", direct: { 5: 5 }, threshold: 5, shown: [1, 5] },
    { name: "threshold below 3 counts as 3", direct: { 5: 2 }, threshold: 1, shown: [] },
    { name: "threshold of 3 shows 3", direct: { 5: 3 }, threshold: 3, shown: [1, 5] },
  ])("$name", ({ direct, threshold, shown }) => {
    expect(sorted(shownTeams(TEAMS, counts(direct), threshold))).toEqual(shown);
  });

  test("hidden team of 3 hides its only sibling of 12", () => {
    const shown = shownTeams(TEAMS, counts({ 3: 3, 4: 12 }), 5);

    expect(shown.has(2)).toBe(true);
    expect(shown.has(3)).toBe(false);
    expect(shown.has(4)).toBe(false);
  });

  test("hidden team merged into a shown parent", () => {
    // The department's 15 answers are shown; team A's 3 are inside them, not dropped.
    const shown = shownTeams(TEAMS, counts({ 3: 3, 4: 12, 5: 20 }), 5);

    expect(sorted(shown)).toEqual([1, 2, 5]);
  });

  test("department's own 2 answers hide a child", () => {
    // Department 2 itself has 2 answers. With both children shown, 14 − 6 − 6 would reveal them.
    const shown = shownTeams(TEAMS, counts({ 2: 2, 3: 6, 4: 6 }), 5);

    expect(shown.has(2)).toBe(true);
    expect([shown.has(3), shown.has(4)]).toEqual([false, true]);
  });

  test("residual at the threshold hides no sibling", () => {
    const shown = shownTeams(TEAMS, counts({ 3: 5, 4: 12, 5: 30 }), 5);

    expect(sorted(shown)).toEqual([1, 2, 3, 4, 5]);
  });

  test("hidden team hides its whole subtree", () => {
    // The department (4) is hidden, and team C (20) with it, because 24 − 20 would give the 4 away.
    const shown = shownTeams(TEAMS, counts({ 3: 2, 4: 2, 5: 20 }), 5);

    expect(sorted(shown)).toEqual([1]);
  });
});

describe("buildShownCells", () => {
  const answers = (period: string, teamId: number, scores: number[]): SurveyAnswer[] =>
    scores.map((score) => ({ period, teamId, score, comment: null }));
  const ends = new Map([
    ["2026-W47", "2026-11-22"],
    ["2026-W48", "2026-11-29"],
    ["2026-W49", "2026-12-06"],
  ]);

  test("cross-section under the threshold hidden", () => {
    // Team C has 9 answers over two weeks, but only 4 in W48: that cell is hidden.
    const cells = buildShownCells({
      teams: TEAMS,
      answers: [...answers("2026-W47", 5, [4, 4, 4, 4, 4]), ...answers("2026-W48", 5, [1, 2, 3, 4])],
      periodEnds: ends,
      today: "2026-12-04",
      threshold: 5,
      scale: MOOD_SCALE,
    });

    expect(cells.map((c) => [c.period, c.teamId, c.responses])).toEqual([
      ["2026-W47", 1, 5],
      ["2026-W47", 5, 5],
    ]);
  });

  test.each([
    { today: "2026-12-06", shown: false },
    { today: "2026-12-07", shown: true },
  ])("current week on $today shown: $shown", ({ today, shown }) => {
    const cells = buildShownCells({
      teams: TEAMS,
      answers: answers("2026-W49", 5, [3, 3, 3, 3, 3, 3]),
      periodEnds: ends,
      today,
      threshold: 5,
      scale: MOOD_SCALE,
    });

    expect(cells.length > 0).toBe(shown);
  });

  test("comments sorted alphabetically", () => {
    const cells = buildShownCells({
      teams: TEAMS,
      answers: ["werkdruk", "Aardig team", "", "koffie", "  "].map((comment, i) => ({ period: "2026-W47", teamId: 5, score: i + 1, comment })),
      periodEnds: ends,
      today: "2026-12-04",
      threshold: 5,
      scale: MOOD_SCALE,
    });

    expect(cells.find((c) => c.teamId === 5)?.comments).toEqual(["Aardig team", "koffie", "werkdruk"]);
    expect(cells.find((c) => c.teamId === 5)?.distribution).toEqual([1, 1, 1, 1, 1]);
  });
});

describe("isPeriodClosed", () => {
  test.each([
    { end: "2026-12-06", today: "2026-12-06", closed: false },
    { end: "2026-12-06", today: "2026-12-07", closed: true },
    { end: "2026-12-06", today: "2026-12-01", closed: false },
  ])("week ending $end on $today: $closed", ({ end, today, closed }) => {
    expect(isPeriodClosed(end, today)).toBe(closed);
  });
});
