import { buildTeamTree } from "../people/team-tree";
import { isPeriodClosed, selfAndAncestors, shownTeams, type TeamNode } from "./suppression";

/** A stored answer as the aggregation reads it: no person, no moment. */
export interface SurveyAnswer {
  /** ISO week for mood, quarter for eNPS. */
  period: string;
  teamId: number;
  score: number;
  comment: string | null;
}

/** Figures of one team's subtree in one period, only ever built for groups that may be shown. */
export interface SurveyCell {
  period: string;
  teamId: number;
  responses: number;
  scoreSum: number;
  /** Answers per score: index 0 counts the lowest score of the scale. */
  distribution: number[];
  /** Non-empty comments, sorted alphabetically so that their order says nothing about who wrote them. */
  comments: string[];
}

export interface Scale {
  min: number;
  max: number;
}

export const MOOD_SCALE: Scale = { min: 1, max: 5 };
export const ENPS_SCALE: Scale = { min: 0, max: 10 };

const collator = new Intl.Collator("nl", { sensitivity: "base" });

/**
 * Build the cells that may be shown: one per period that has ended (period end before today) and
 * team that shownTeams lets through. A team's cell pools the answers of its whole subtree, hidden
 * subteams included, which is what merging a hidden group into its parent means. Hidden and empty
 * cells are simply absent, so no caller can tell them apart or pass hidden figures on.
 */
export function buildShownCells(input: {
  teams: readonly TeamNode[];
  answers: readonly SurveyAnswer[];
  /** Last day of each period that may appear, by period; periods not listed are left out. */
  periodEnds: ReadonlyMap<string, string>;
  today: string;
  threshold: number;
  scale: Scale;
}): SurveyCell[] {
  const tree = buildTeamTree(input.teams);
  const byPeriod = new Map<string, SurveyAnswer[]>();
  for (const answer of input.answers) {
    const end = input.periodEnds.get(answer.period);
    if (end === undefined || !isPeriodClosed(end, input.today)) continue;
    byPeriod.set(answer.period, [...(byPeriod.get(answer.period) ?? []), answer]);
  }

  const cells: SurveyCell[] = [];
  for (const [period, answers] of [...byPeriod].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const direct = new Map<number, number>();
    for (const answer of answers) direct.set(answer.teamId, (direct.get(answer.teamId) ?? 0) + 1);
    const shown = shownTeams(input.teams, direct, input.threshold);

    const byTeam = new Map<number, SurveyCell>();
    for (const answer of answers) {
      for (const teamId of selfAndAncestors(tree, answer.teamId)) {
        if (!shown.has(teamId)) continue;
        let cell = byTeam.get(teamId);
        if (!cell) {
          cell = emptyCell(period, teamId, input.scale);
          byTeam.set(teamId, cell);
        }
        addAnswer(cell, answer, input.scale);
      }
    }
    for (const cell of [...byTeam.values()].sort((a, b) => a.teamId - b.teamId)) {
      cell.comments.sort(collator.compare);
      cells.push(cell);
    }
  }
  return cells;
}

function emptyCell(period: string, teamId: number, scale: Scale): SurveyCell {
  return { period, teamId, responses: 0, scoreSum: 0, distribution: new Array(scale.max - scale.min + 1).fill(0), comments: [] };
}

function addAnswer(cell: SurveyCell, answer: SurveyAnswer, scale: Scale) {
  cell.responses += 1;
  cell.scoreSum += answer.score;
  cell.distribution[answer.score - scale.min] += 1;
  const comment = answer.comment?.trim();
  if (comment) cell.comments.push(comment);
}

/**
 * Pool cells into one: sums of scores and counts add up, so the mood index of the pool is the sum
 * of all scores over the number of answers, never a mean of means. Comments are re-sorted.
 */
export function poolCells(cells: readonly SurveyCell[], scale: Scale): Omit<SurveyCell, "period" | "teamId"> {
  const pooled = emptyCell("", 0, scale);
  for (const cell of cells) {
    pooled.responses += cell.responses;
    pooled.scoreSum += cell.scoreSum;
    cell.distribution.forEach((count, index) => (pooled.distribution[index] += count));
    pooled.comments.push(...cell.comments);
  }
  pooled.comments.sort(collator.compare);
  const { period: _period, teamId: _teamId, ...rest } = pooled;
  return rest;
}

/** Return the mean score, or null without answers. */
export function moodIndex(cell: { responses: number; scoreSum: number }): number | null {
  return cell.responses === 0 ? null : cell.scoreSum / cell.responses;
}

export interface EnpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** Split answers 0–10 as for NPS: 9–10 promoters, 7–8 passives, 0–6 detractors. */
export function enpsCounts(scores: readonly number[]): EnpsCounts {
  const counts: EnpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) {
    if (score >= 9) counts.promoters += 1;
    else if (score >= 7) counts.passives += 1;
    else counts.detractors += 1;
  }
  return counts;
}

/** Split a 0–10 distribution (index = score) the same way. */
export function enpsCountsOfDistribution(distribution: readonly number[]): EnpsCounts {
  const scores = distribution.flatMap((count, score) => new Array<number>(count).fill(score));
  return enpsCounts(scores);
}

/** eNPS = 100 × (promoters − detractors) / answers, from −100 to 100; null without answers. */
export function enpsScore(counts: EnpsCounts): number | null {
  const total = counts.promoters + counts.passives + counts.detractors;
  return total === 0 ? null : (100 * (counts.promoters - counts.detractors)) / total;
}
