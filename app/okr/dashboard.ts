import { isQuarter } from "../kpi/calendar";
import type { ObjectiveSummary, ScoreColour, TeamScore } from "./types";

/** A quarter that has objectives, and whether any of them has key results. */
export interface QuarterWithObjectives {
  quarter: string;
  hasKeyResults: boolean;
}

/**
 * Quarters for the quarter picker, newest first: every quarter with objectives, the current quarter
 * and the selected one. Year periods ("2026") are left out.
 */
export function quarterOptions(periods: string[], current: string, selected?: string): string[] {
  const all = new Set(periods.filter(isQuarter));
  all.add(current);
  if (selected && isQuarter(selected)) all.add(selected);
  return [...all].sort().reverse();
}

/**
 * Choose the quarter the dashboard opens on: the latest quarter up to the current one whose
 * objectives have key results. When every such quarter lies ahead, it is the nearest of them, and
 * without any it is the current quarter. Quarter labels sort as text because the year has four digits.
 */
export function defaultQuarter(quarters: QuarterWithObjectives[], current: string): string {
  const withKeyResults = quarters
    .filter((q) => q.hasKeyResults && isQuarter(q.quarter))
    .map((q) => q.quarter)
    .sort();
  const pastOrCurrent = withKeyResults.filter((q) => q <= current);
  if (pastOrCurrent.length > 0) return pastOrCurrent[pastOrCurrent.length - 1];
  return withKeyResults[0] ?? current;
}

export interface TreeTeam {
  id: number;
  name: string;
  parentId: number | null;
}

export interface ObjectiveNode {
  objective: ObjectiveSummary;
  draft: boolean;
  /** Set when the objective is aligned to an objective outside this quarter's list (another period, archived). */
  parentElsewhere: number | null;
  children: ObjectiveNode[];
}

export interface TeamBranch {
  team: TreeTeam;
  /** Depth below the company: 1 for a department, 2 for its teams. */
  depth: number;
  objectives: ObjectiveNode[];
}

export interface ObjectiveTree {
  /** Company objectives (owned by the root team) that are not aligned under another objective. */
  company: ObjectiveNode[];
  /** Team objectives without a parent in this quarter, grouped by team in the order of the team tree. */
  teams: TeamBranch[];
}

/**
 * Arrange a quarter's objectives as the dashboard shows them: company objectives at the top, aligned
 * objectives under their parent, and the remaining team objectives under their team. Objectives that
 * form an alignment cycle are shown under their team, so none is lost.
 */
export function buildObjectiveTree(objectives: ObjectiveSummary[], teams: TreeTeam[]): ObjectiveTree {
  const sorted = [...objectives].sort((a, b) => a.objectiveId - b.objectiveId);
  const byId = new Map(sorted.map((o) => [o.objectiveId, o]));
  const childrenOf = new Map<number, ObjectiveSummary[]>();
  for (const objective of sorted) {
    if (objective.parentId === null || !byId.has(objective.parentId)) continue;
    const siblings = childrenOf.get(objective.parentId) ?? [];
    siblings.push(objective);
    childrenOf.set(objective.parentId, siblings);
  }

  const placed = new Set<number>();
  const toNode = (objective: ObjectiveSummary): ObjectiveNode => {
    placed.add(objective.objectiveId);
    const parentElsewhere =
      objective.parentId !== null && !byId.has(objective.parentId) ? objective.parentId : null;
    const children = (childrenOf.get(objective.objectiveId) ?? []).filter((c) => !placed.has(c.objectiveId));
    return { objective, draft: objective.status === "draft", parentElsewhere, children: children.map(toNode) };
  };

  const rootTeamId = teams.find((t) => t.parentId === null)?.id ?? null;
  const isTopLevel = (o: ObjectiveSummary) => o.parentId === null || !byId.has(o.parentId);
  const company = sorted.filter((o) => o.teamId === rootTeamId && isTopLevel(o)).map(toNode);

  const teamRoots = new Map<number, ObjectiveNode[]>();
  const addToTeam = (objective: ObjectiveSummary) => {
    const list = teamRoots.get(objective.teamId) ?? [];
    list.push(toNode(objective));
    teamRoots.set(objective.teamId, list);
  };
  for (const objective of sorted) {
    if (objective.teamId !== rootTeamId && isTopLevel(objective)) addToTeam(objective);
  }
  for (const objective of sorted) {
    if (!placed.has(objective.objectiveId)) addToTeam(objective);
  }

  const branches: TeamBranch[] = [];
  for (const { team, depth } of teamsInTreeOrder(teams)) {
    const roots = teamRoots.get(team.id);
    if (roots) branches.push({ team, depth, objectives: roots });
    teamRoots.delete(team.id);
  }
  // Objectives of a team missing from the team list still show, under the team's id.
  for (const [teamId, roots] of teamRoots) {
    branches.push({ team: { id: teamId, name: `#${teamId}`, parentId: null }, depth: 1, objectives: roots });
  }

  if (rootTeamId !== null) {
    const rootBranch = branches.findIndex((b) => b.team.id === rootTeamId);
    if (rootBranch >= 0) company.push(...branches.splice(rootBranch, 1)[0].objectives);
  }
  return { company, teams: branches };
}

/** Teams depth first from the company, siblings by name; the company has depth 0. */
export function teamsInTreeOrder<T extends TreeTeam>(teams: T[]): { team: T; depth: number }[] {
  const ids = new Set(teams.map((t) => t.id));
  const childrenOf = new Map<number | null, T[]>();
  for (const team of teams) {
    const parent = team.parentId !== null && ids.has(team.parentId) ? team.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(team);
    childrenOf.set(parent, list);
  }

  const ordered: { team: T; depth: number }[] = [];
  const seen = new Set<number>();
  const visit = (parent: number | null, depth: number) => {
    const children = [...(childrenOf.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const team of children) {
      if (seen.has(team.id)) continue;
      seen.add(team.id);
      ordered.push({ team, depth });
      visit(team.id, depth + 1);
    }
  };
  visit(null, 0);
  // A team in a parent cycle is unreachable from the company; it still gets a row.
  for (const team of teams) {
    if (!seen.has(team.id)) ordered.push({ team, depth: 1 });
  }
  return ordered;
}

export interface TeamRow {
  teamId: number;
  key: string;
  name: string;
  depth: number;
  score: number | null;
  colour: ScoreColour | null;
  successRate: number | null;
  subtreeSuccessRate: number | null;
  keyResultCount: number;
  subtreeKeyResultCount: number;
}

/** Team scores in the order of the team tree, for the team cards and the comparison table. */
export function teamRows(teams: TeamScore[]): TeamRow[] {
  const tree = teams.map((t) => ({ ...t, id: t.teamId }));
  return teamsInTreeOrder(tree).map(({ team, depth }) => ({
    teamId: team.teamId,
    key: team.key,
    name: team.name,
    depth,
    score: team.score,
    colour: team.colour,
    successRate: team.successRate,
    subtreeSuccessRate: team.subtreeSuccessRate,
    keyResultCount: team.keyResultCount,
    subtreeKeyResultCount: team.subtreeKeyResultCount,
  }));
}

export interface TeamBar {
  /** The team's key: unique, unlike its name, so it identifies the bar. */
  key: string;
  team: string;
  score: number;
  colour: ScoreColour;
}

/** Bars for the team comparison chart: only teams that have a score, in the order of the team tree. */
export function teamBars(rows: TeamRow[]): TeamBar[] {
  const bars: TeamBar[] = [];
  for (const row of rows) {
    if (row.score === null || row.colour === null) continue;
    bars.push({ key: row.key, team: row.name, score: row.score, colour: row.colour });
  }
  return bars;
}
