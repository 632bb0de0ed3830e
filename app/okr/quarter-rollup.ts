import type { ObjectiveStatus } from "../../db/schema";
import { meanScore, scoreColour, successRate } from "./scoring";
import type { ObjectiveScore, QuarterScores, TeamScore } from "./types";

/**
 * Decide whether an objective's scores count towards team and company scores and success rates.
 * Active and closed objectives count. A draft is listed with its key results but not counted.
 */
export function countsTowardScores(status: ObjectiveStatus): boolean {
  return status === "active" || status === "closed";
}

export interface TeamNode {
  id: number;
  key: string;
  name: string;
  parentId: number | null;
}

export interface QuarterRollup {
  teams: TeamScore[];
  company: QuarterScores["company"];
}

/**
 * Roll objective scores up to teams and the company. A team's score is the mean of the scores of
 * the counted objectives it owns that have key results. Its success rate is the share of those
 * objectives' key results that score at least the norm, for the team alone and for its subtree.
 * The company's score is the root team's, and its success rate covers every counted key result.
 */
export function rollUpQuarter(teams: TeamNode[], objectives: ObjectiveScore[], norm: number): QuarterRollup {
  const objectiveScores = new Map<number, number[]>();
  const keyResultScores = new Map<number, number[]>();
  const allKeyResultScores: number[] = [];
  for (const objective of objectives) {
    if (!countsTowardScores(objective.status)) continue;
    if (objective.score !== null) pushTo(objectiveScores, objective.teamId, objective.score);
    for (const kr of objective.keyResults) {
      pushTo(keyResultScores, objective.teamId, kr.score);
      allKeyResultScores.push(kr.score);
    }
  }

  const children = new Map<number, number[]>();
  for (const team of teams) if (team.parentId !== null) pushTo(children, team.parentId, team.id);

  const subtreeScores = new Map<number, number[]>();
  const collectSubtree = (teamId: number, path: Set<number>): number[] => {
    const known = subtreeScores.get(teamId);
    if (known) return known;
    // The forms reject a parent cycle, and this guard keeps a bad row from looping forever.
    if (path.has(teamId)) return [];
    path.add(teamId);
    const scores = [...(keyResultScores.get(teamId) ?? [])];
    for (const child of children.get(teamId) ?? []) scores.push(...collectSubtree(child, path));
    path.delete(teamId);
    subtreeScores.set(teamId, scores);
    return scores;
  };

  const teamScores = teams.map((team): TeamScore => {
    const score = meanScore(objectiveScores.get(team.id) ?? []);
    const own = keyResultScores.get(team.id) ?? [];
    const subtree = collectSubtree(team.id, new Set());
    return {
      teamId: team.id,
      key: team.key,
      name: team.name,
      parentId: team.parentId,
      score,
      colour: score === null ? null : scoreColour(score, norm),
      successRate: successRate(own, norm),
      subtreeSuccessRate: successRate(subtree, norm),
      keyResultCount: own.length,
      subtreeKeyResultCount: subtree.length,
    };
  });

  const root = teamScores.find((team) => team.parentId === null);
  const companyScore = root?.score ?? null;
  return {
    teams: teamScores,
    company: {
      score: companyScore,
      colour: companyScore === null ? null : scoreColour(companyScore, norm),
      successRate: successRate(allKeyResultScores, norm),
      keyResultCount: allKeyResultScores.length,
    },
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
