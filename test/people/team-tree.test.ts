import { buildTeamTree, indentedName, teamTreeOrder } from "~/people/team-tree";

// company 1 ─┬─ sales 2 ─┬─ east 4
//            │           └─ west 5 ── west-a 6
//            └─ delivery 3
const ROWS = [
  { id: 1, parent_id: null, name: "Company" },
  { id: 2, parent_id: 1, name: "Sales" },
  { id: 3, parent_id: 1, name: "Delivery" },
  { id: 4, parent_id: 2, name: "East" },
  { id: 5, parent_id: 2, name: "West" },
  { id: 6, parent_id: 5, name: "West A" },
];
const tree = buildTeamTree(ROWS);

describe("buildTeamTree", () => {
  test("root is the team without a parent", () => {
    expect(tree.root?.id).toBe(1);
  });

  test.each([
    [1, [2, 3]],
    [2, [4, 5]],
    [5, [6]],
    [6, []],
    [99, []],
  ])("children of %i", (id, expected) => {
    expect(tree.children(id).map((team) => team.id)).toEqual(expected);
  });

  test.each([
    [1, [1, 2, 3, 4, 5, 6]],
    [2, [2, 4, 5, 6]],
    [6, [6]],
    [99, []],
  ])("subtree of %i", (id, expected) => {
    expect(tree.subtreeIds(id)).toEqual(expected);
  });

  test.each([
    [1, [2, 3, 4, 5, 6]],
    [5, [6]],
    [4, []],
  ])("descendants of %i", (id, expected) => {
    expect(tree.descendantIds(id)).toEqual(expected);
  });

  test.each([
    [6, [5, 2, 1]],
    [3, [1]],
    [1, []],
    [99, []],
  ])("ancestors of %i", (id, expected) => {
    expect(tree.ancestorIds(id)).toEqual(expected);
  });

  test("depth-first order with depth", () => {
    expect(tree.depthFirst().map(({ team, depth }) => `${depth}:${team.name}`)).toEqual([
      "0:Company",
      "1:Sales",
      "2:East",
      "2:West",
      "3:West A",
      "1:Delivery",
    ]);
  });

  test("get hands back the row", () => {
    expect(tree.get(4)?.name).toBe("East");
  });

  test("empty list has no root", () => {
    expect(buildTeamTree([]).root).toBeNull();
  });

  test("a parent cycle does not loop", () => {
    const cyclic = buildTeamTree([
      { id: 1, parent_id: null },
      { id: 2, parent_id: 3 },
      { id: 3, parent_id: 2 },
    ]);
    expect(cyclic.ancestorIds(2)).toEqual([3]);
    expect(cyclic.subtreeIds(2)).toEqual([2, 3]);
    expect(cyclic.depthFirst().map(({ team }) => team.id)).toEqual([1]);
  });

  test("a missing parent makes a top-level team", () => {
    const orphaned = buildTeamTree([
      { id: 1, parent_id: null },
      { id: 2, parent_id: 42 },
    ]);
    expect(orphaned.depthFirst().map(({ team, depth }) => [team.id, depth])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });
});

describe("teamTreeOrder", () => {
  test("siblings keep input order", () => {
    const byName = [...ROWS].sort((a, b) => a.name.localeCompare(b.name));
    expect(teamTreeOrder(byName).map(({ team }) => team.name)).toEqual(["Company", "Delivery", "Sales", "East", "West", "West A"]);
  });

  test("indentedName indents by depth", () => {
    expect(indentedName({ team: { name: "East" }, depth: 2 })).toBe("\u00a0".repeat(6) + "East");
    expect(indentedName({ team: { name: "Company" }, depth: 0 })).toBe("Company");
  });
});
