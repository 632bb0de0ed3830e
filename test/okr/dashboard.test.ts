import { describe, expect, test } from "vitest";
import {
  buildObjectiveTree,
  defaultQuarter,
  type ObjectiveNode,
  quarterOptions,
  teamBars,
  teamRows,
  teamsInTreeOrder,
  type TreeTeam,
} from "~/okr/dashboard";
import { scoreColour } from "~/okr/scoring";
import type { ObjectiveScore, TeamScore } from "~/okr/types";

const teams: TreeTeam[] = [
  { id: 1, name: "Acme", parentId: null },
  { id: 3, name: "Sales", parentId: 1 },
  { id: 2, name: "Delivery", parentId: 1 },
  { id: 4, name: "Design", parentId: 2 },
];

function objective(id: number, teamId: number, parentId: number | null = null, status: ObjectiveScore["status"] = "active"): ObjectiveScore {
  return {
    objectiveId: id,
    title: `O${id}`,
    period: "2017-Q4",
    teamId,
    parentId,
    ownerId: null,
    status,
    score: 0.5,
    colour: "amber",
    keyResults: [],
  };
}

/** The tree as nested ids, so a whole shape compares in one assertion. */
const shape = (nodes: ObjectiveNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? { [n.objective.objectiveId]: shape(n.children) } : n.objective.objectiveId));

describe("quarterOptions", () => {
  test.each([
    { periods: ["2017-Q3", "2017-Q4", "2017-Q3"], current: "2026-Q4", expected: ["2026-Q4", "2017-Q4", "2017-Q3"] },
    { periods: ["2026-Q4", "2027-Q1"], current: "2026-Q4", expected: ["2027-Q1", "2026-Q4"] },
    { periods: ["2017", "2017-Q2"], current: "2017-Q1", expected: ["2017-Q2", "2017-Q1"] },
    { periods: [], current: "2026-Q4", expected: ["2026-Q4"] },
    { periods: ["2009-Q4", "2010-Q1"], current: "2010-Q2", expected: ["2010-Q2", "2010-Q1", "2009-Q4"] },
  ])("options of $periods with current $current", ({ periods, current, expected }) => {
    expect(quarterOptions(periods, current)).toEqual(expected);
  });

  test("selected quarter without objectives is included", () => {
    expect(quarterOptions(["2017-Q4"], "2026-Q4", "2030-Q1")).toEqual(["2030-Q1", "2026-Q4", "2017-Q4"]);
  });
});

describe("defaultQuarter", () => {
  test.each([
    {
      name: "latest past quarter with key results",
      quarters: [
        { quarter: "2017-Q3", hasKeyResults: true },
        { quarter: "2017-Q4", hasKeyResults: true },
        { quarter: "2018-Q1", hasKeyResults: false },
      ],
      expected: "2017-Q4",
    },
    {
      name: "current quarter when it has key results",
      quarters: [
        { quarter: "2026-Q4", hasKeyResults: true },
        { quarter: "2027-Q1", hasKeyResults: true },
      ],
      expected: "2026-Q4",
    },
    {
      name: "nearest future quarter when none is past",
      quarters: [
        { quarter: "2027-Q2", hasKeyResults: true },
        { quarter: "2027-Q1", hasKeyResults: true },
      ],
      expected: "2027-Q1",
    },
    { name: "current quarter without key results", quarters: [{ quarter: "2017-Q4", hasKeyResults: false }], expected: "2026-Q4" },
    { name: "current quarter without objectives", quarters: [], expected: "2026-Q4" },
    { name: "year periods ignored", quarters: [{ quarter: "2017", hasKeyResults: true }], expected: "2026-Q4" },
  ])("$name", ({ quarters, expected }) => {
    expect(defaultQuarter(quarters, "2026-Q4")).toBe(expected);
  });
});

describe("buildObjectiveTree", () => {
  test.each([
    {
      name: "company objectives with aligned team objectives",
      objectives: [objective(10, 1), objective(11, 3, 10), objective(12, 4, 11), objective(13, 1)],
      company: [{ 10: [{ 11: [12] }] }, 13],
      teams: [],
    },
    {
      name: "team objectives without a parent under their team",
      objectives: [objective(10, 1), objective(20, 4), objective(21, 3), objective(22, 2)],
      company: [10],
      teams: [
        { team: 2, ids: [22] },
        { team: 4, ids: [20] },
        { team: 3, ids: [21] },
      ],
    },
    {
      name: "parent from another quarter under the team",
      objectives: [objective(30, 3, 99)],
      company: [],
      teams: [{ team: 3, ids: [30] }],
    },
    {
      name: "company objective aligned elsewhere at the top",
      objectives: [objective(31, 1, 98)],
      company: [31],
      teams: [],
    },
    {
      name: "alignment cycle kept under the team",
      objectives: [objective(40, 3, 41), objective(41, 3, 40)],
      company: [],
      teams: [{ team: 3, ids: [{ 40: [41] }] }],
    },
  ])("$name", ({ objectives, company, teams: expectedTeams }) => {
    const tree = buildObjectiveTree(objectives, teams);
    expect(shape(tree.company)).toEqual(company);
    expect(tree.teams.map((b) => ({ team: b.team.id, ids: shape(b.objectives) }))).toEqual(expectedTeams);
  });

  test("orphan marks parent elsewhere", () => {
    const tree = buildObjectiveTree([objective(30, 3, 99), objective(31, 3)], teams);
    expect(tree.teams[0].objectives.map((n) => n.parentElsewhere)).toEqual([99, null]);
  });

  test("drafts are marked", () => {
    const tree = buildObjectiveTree([objective(10, 1, null, "draft"), objective(11, 1, 10, "active")], teams);
    expect(tree.company[0].draft).toBe(true);
    expect(tree.company[0].children[0].draft).toBe(false);
  });

  test("team branch depth", () => {
    const tree = buildObjectiveTree([objective(20, 4), objective(21, 3)], teams);
    expect(tree.teams.map((b) => [b.team.name, b.depth])).toEqual([
      ["Design", 2],
      ["Sales", 1],
    ]);
  });

  test("unknown team still shown", () => {
    const tree = buildObjectiveTree([objective(50, 77)], teams);
    expect(tree.teams.map((b) => b.team.id)).toEqual([77]);
  });
});

describe("teamsInTreeOrder", () => {
  test("depth first, siblings by name", () => {
    expect(teamsInTreeOrder(teams).map(({ team, depth }) => `${depth}:${team.name}`)).toEqual([
      "0:Acme",
      "1:Delivery",
      "2:Design",
      "1:Sales",
    ]);
  });

  test("team in a parent cycle kept", () => {
    const cyclic = [...teams, { id: 8, name: "Loop A", parentId: 9 }, { id: 9, name: "Loop B", parentId: 8 }];
    expect(teamsInTreeOrder(cyclic).map(({ team }) => team.id)).toEqual([1, 2, 4, 3, 8, 9]);
  });
});

describe("teamRows and teamBars", () => {
  const score = (teamId: number, name: string, parentId: number | null, value: number | null): TeamScore => ({
    teamId,
    key: name.toLowerCase(),
    name,
    parentId,
    score: value,
    colour: value === null ? null : scoreColour(value),
    successRate: null,
    subtreeSuccessRate: null,
    keyResultCount: 0,
    subtreeKeyResultCount: 0,
  });
  const scores = [score(3, "Sales", 1, 0.35), score(1, "Acme", null, 0.7), score(2, "Delivery", 1, null)];

  test("rows in tree order with depth", () => {
    expect(teamRows(scores).map((r) => [r.name, r.depth])).toEqual([
      ["Acme", 0],
      ["Delivery", 1],
      ["Sales", 1],
    ]);
  });

  test("bars skip teams without score", () => {
    expect(teamBars(teamRows(scores))).toEqual([
      { key: "acme", team: "Acme", score: 0.7, colour: "green" },
      { key: "sales", team: "Sales", score: 0.35, colour: "red" },
    ]);
  });
});
