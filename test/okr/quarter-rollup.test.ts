import { countsTowardScores, rollUpQuarter } from "~/okr/quarter-rollup";
import { weightedScore } from "~/okr/scoring";
import type { KeyResultScore, ObjectiveScore } from "~/okr/types";
import type { ObjectiveStatus } from "../../db/schema";

const teams = [
  { id: 1, key: "company", name: "Company", parentId: null },
  { id: 2, key: "sales", name: "Sales", parentId: 1 },
  { id: 3, key: "sales-east", name: "Sales East", parentId: 2 },
  { id: 4, key: "operations", name: "Operations", parentId: 1 },
];

function objective(objectiveId: number, teamId: number, status: ObjectiveStatus, scores: number[]): ObjectiveScore {
  const keyResults = scores.map((score) => ({ score, weight: 1 }) as KeyResultScore);
  return {
    objectiveId,
    title: `Objective ${objectiveId}`,
    period: "2026-Q1",
    teamId,
    parentId: null,
    ownerId: null,
    status,
    score: weightedScore(keyResults),
    colour: null,
    keyResults,
  };
}

const objectives = [
  objective(1, 1, "active", [1, 0.6]),
  objective(2, 1, "closed", [0.3]),
  objective(3, 2, "active", [0.7, 0.2, 0.9]),
  objective(4, 3, "active", [0.5]),
  objective(5, 3, "draft", [1, 1]),
  objective(6, 4, "active", []),
];

describe("countsTowardScores", () => {
  test.each([
    ["draft", false],
    ["active", true],
    ["closed", true],
  ] as const)("%s: %s", (status, counts) => {
    expect(countsTowardScores(status)).toBe(counts);
  });
});

describe("rollUpQuarter", () => {
  const rollup = rollUpQuarter(teams, objectives, 0.7);
  const team = (id: number) => rollup.teams.find((t) => t.teamId === id)!;

  test.each([
    // team, score, colour, own rate, subtree rate, own count, subtree count
    [1, 0.55, "amber", 0.3333, 0.4286, 3, 7],
    [2, 0.6, "amber", 0.6667, 0.5, 3, 4],
    [3, 0.5, "amber", 0, 0, 1, 1],
    [4, null, null, null, null, 0, 0],
  ])("team %d", (id, score, colour, rate, subtreeRate, count, subtreeCount) => {
    expect(team(id).score).toBe(score);
    expect(team(id).colour).toBe(colour);
    expect(team(id).successRate).toBe(rate);
    expect(team(id).subtreeSuccessRate).toBe(subtreeRate);
    expect(team(id).keyResultCount).toBe(count);
    expect(team(id).subtreeKeyResultCount).toBe(subtreeCount);
  });

  test("company", () => {
    expect(rollup.company).toEqual({ score: 0.55, colour: "amber", successRate: 0.4286, keyResultCount: 7 });
  });

  test("keeps team order and names", () => {
    expect(rollup.teams.map((t) => t.key)).toEqual(["company", "sales", "sales-east", "operations"]);
    expect(team(3).parentId).toBe(2);
  });

  test("norm 0.5 colours 0.5 green", () => {
    const lower = rollUpQuarter(teams, objectives, 0.5);
    expect(lower.teams[2].colour).toBe("green");
    expect(lower.company.successRate).toBe(0.7143);
  });

  test("no teams: company without score", () => {
    expect(rollUpQuarter([], [], 0.7).company).toEqual({ score: null, colour: null, successRate: null, keyResultCount: 0 });
  });
});
