/**
 * Privacy rules of the mood and eNPS surveys, as pure functions over the team tree and answer
 * counts. Views, exports and the KPI snapshot writer all decide what to show through this module,
 * so that no path reveals a group that a page would hide.
 */

import { buildTeamTree, type TeamTree, type TeamTreeRow } from "../people/team-tree";

export const DEFAULT_SURVEY_THRESHOLD = 5;
export const MIN_SURVEY_THRESHOLD = 3;

/** A team as the rules read it: its id and parent (null for the company). */
export type TeamNode = TeamTreeRow;

/** List the team and its ancestors up to the root, starting with the team itself. */
export function selfAndAncestors(tree: TeamTree, teamId: number): number[] {
  return tree.get(teamId) ? [teamId, ...tree.ancestorIds(teamId)] : [];
}

/** Count the answers of each team's whole subtree from the answers stored with each team itself. */
export function subtreeCounts(tree: TeamTree, direct: ReadonlyMap<number, number>): Map<number, number> {
  const totals = new Map<number, number>();
  const visit = (id: number): number => {
    let total = direct.get(id) ?? 0;
    for (const child of tree.children(id)) total += visit(child.id);
    totals.set(id, total);
    return total;
  };
  for (const { team, depth } of tree.depthFirst()) if (depth === 0) visit(team.id);
  return totals;
}

/**
 * Return the teams whose aggregates may be shown for one period. A team's group is its whole
 * subtree, and `direct` counts the answers stored with each team itself. The rules:
 *
 * - A group with fewer answers than the threshold is hidden. Its answers stay in its parent's
 *   figures, so it is merged into the parent rather than dropped.
 * - Subtraction must not give a small group away. Under a shown team, the answers not covered by
 *   shown children (its own members' answers plus those of hidden children) form a residual that a
 *   reader can compute. While that residual lies between 1 and threshold − 1, the smallest shown
 *   child (lowest id on a tie) is hidden too, which always ends because the whole team is at or
 *   above the threshold.
 * - A hidden team hides its whole subtree, so that a hidden sibling cannot be rebuilt from its own
 *   shown children either.
 *
 * Teams without answers are not returned: on the page an empty group and a hidden one look alike.
 */
export function shownTeams(teams: readonly TeamNode[], direct: ReadonlyMap<number, number>, threshold: number): Set<number> {
  const limit = Math.max(MIN_SURVEY_THRESHOLD, threshold);
  const tree = buildTeamTree(teams);
  const totals = subtreeCounts(tree, direct);
  const shown = new Set<number>();

  const visit = (id: number) => {
    if ((totals.get(id) ?? 0) < limit) return;
    shown.add(id);

    const children = tree.children(id).map((child) => child.id);
    const visible = children.filter((child) => (totals.get(child) ?? 0) >= limit);
    let residual = (totals.get(id) ?? 0) - visible.reduce((sum, child) => sum + (totals.get(child) ?? 0), 0);
    const bySize = [...visible].sort((a, b) => (totals.get(a) ?? 0) - (totals.get(b) ?? 0) || a - b);
    while (residual > 0 && residual < limit && bySize.length > 0) {
      const smallest = bySize.shift()!;
      residual += totals.get(smallest) ?? 0;
    }
    for (const child of bySize) visit(child);
  };
  for (const { team, depth } of tree.depthFirst()) if (depth === 0) visit(team.id);
  return shown;
}

/**
 * Whether a period's aggregates may appear: only after its last day has passed in the company's
 * time zone, so that watching a figure change does not reveal the latest answer.
 */
export function isPeriodClosed(periodEnd: string, today: string): boolean {
  return periodEnd < today;
}
