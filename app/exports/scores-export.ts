import type { TFunction } from "i18next";
import type { CsvCell } from "./csv-writer";
import { teamsInTreeOrder } from "../okr/dashboard";
import type { QuarterScores } from "../okr/types";

export const SCORE_COLUMNS = [
  "quarter",
  "level",
  "team",
  "objective",
  "keyResult",
  "kpi",
  "unit",
  "value",
  "progress",
  "score",
  "colour",
  "successRate",
  "keyResults",
  "status",
] as const;

export interface ScoreTable {
  header: string[];
  rows: CsvCell[][];
}

/**
 * Lay out a quarter's scores as one table: the company, then every team with key results in its
 * subtree (in the order of the team tree), then each objective followed by its key results. Values
 * are in the KPI's display unit (56 for 56%). Progress, score and success rate are fractions
 * (1.3 for 130%), so a spreadsheet can compute with them.
 */
export function scoreTable(scores: QuarterScores, companyName: string, t: TFunction): ScoreTable {
  const header = SCORE_COLUMNS.map((column) => t(`exports.scores.columns.${column}`));
  const teamNames = new Map(scores.teams.map((team) => [team.teamId, team.name]));
  const level = (name: string) => t(`exports.scores.levels.${name}`);
  const colour = (value: string | null) => (value === null ? null : t(`exports.colours.${value}`));
  const row = (cells: Partial<Record<(typeof SCORE_COLUMNS)[number], CsvCell>>): CsvCell[] =>
    SCORE_COLUMNS.map((column) => cells[column] ?? null);

  const rows: CsvCell[][] = [];
  rows.push(
    row({
      quarter: scores.quarter,
      level: level("company"),
      team: companyName,
      score: scores.company.score,
      colour: colour(scores.company.colour),
      successRate: scores.company.successRate,
      keyResults: scores.company.keyResultCount,
    }),
  );

  const ordered = teamsInTreeOrder(scores.teams.map((team) => ({ ...team, id: team.teamId })));
  for (const { team } of ordered) {
    if (team.parentId === null || team.subtreeKeyResultCount === 0) continue;
    rows.push(
      row({
        quarter: scores.quarter,
        level: level("team"),
        team: team.name,
        score: team.score,
        colour: colour(team.colour),
        successRate: team.successRate,
        keyResults: team.keyResultCount,
      }),
    );
  }

  for (const objective of scores.objectives) {
    const team = teamNames.get(objective.teamId) ?? `#${objective.teamId}`;
    const status = t(`exports.scores.statuses.${objective.status}`);
    rows.push(
      row({
        quarter: scores.quarter,
        level: level("objective"),
        team,
        objective: objective.title,
        score: objective.score,
        colour: colour(objective.colour),
        keyResults: objective.keyResults.length,
        status,
      }),
    );
    for (const kr of objective.keyResults) {
      rows.push(
        row({
          quarter: scores.quarter,
          level: level("keyResult"),
          team,
          objective: objective.title,
          keyResult: kr.title,
          kpi: kr.kpiKey,
          unit: kr.unit,
          value: kr.value,
          progress: kr.progress,
          score: kr.score,
          colour: colour(kr.colour),
          status,
        }),
      );
    }
  }
  return { header, rows };
}
