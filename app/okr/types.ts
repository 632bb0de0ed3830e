import type { KeyResultKind, ObjectiveStatus, WindowKind } from "../../db/schema";
import type { DateWindow, IsoDate } from "../kpi/calendar";
import type { KpiInput, NoValueReason } from "../kpi/types";
import type { Forecast } from "./forecast";
import type { Pace } from "./pace";

export type ScoreColour = "green" | "amber" | "red";

export interface KeyResultScore {
  keyResultId: number;
  objectiveId: number;
  title: string;
  kind: KeyResultKind;
  weight: number;
  ownerId: number | null;
  kpiId: number | null;
  kpiKey: string | null;
  /** Display unit of the KPI ("%", "EUR", …); null for milestones. */
  unit: string | null;
  /** Team the KPI was evaluated for. */
  teamId: number;
  windowKind: WindowKind;
  window: DateWindow;
  /** KPI value in display unit (56 for 56%); a milestone's grade; null when there is none. */
  value: number | null;
  reason: NoValueReason | null;
  inputs: KpiInput[];
  baseline: number | null;
  target: number | null;
  /** The KPI's parameters as evaluated: the key result's overrides over the KPI's defaults. */
  params: Record<string, number>;
  /** Unclamped progress (1.3 for 130%), rounded to 4 decimals; null without a value or for stay kinds. */
  progress: number | null;
  /** 0..1, rounded to 4 decimals. */
  score: number;
  colour: ScoreColour;
}

export interface ObjectiveScore {
  objectiveId: number;
  title: string;
  period: string;
  teamId: number;
  parentId: number | null;
  ownerId: number | null;
  status: ObjectiveStatus;
  /** Weighted mean of the key results' scores; null for an objective without key results. */
  score: number | null;
  colour: ScoreColour | null;
  keyResults: KeyResultScore[];
}

/** A key result as lists show it: the score without the window and inputs behind it. */
export type KeyResultSummary = Pick<
  KeyResultScore,
  "keyResultId" | "title" | "kind" | "unit" | "value" | "reason" | "progress" | "score" | "colour"
>;

export interface ObjectiveSummary extends Omit<ObjectiveScore, "keyResults"> {
  /** Key results, empty on a compact dashboard, where keyResultCount gives their number. */
  keyResults: KeyResultSummary[];
  keyResultCount?: number;
}

export interface TeamScore {
  teamId: number;
  key: string;
  name: string;
  parentId: number | null;
  /** Mean of the scores of the objectives this team owns; null when it owns none. */
  score: number | null;
  colour: ScoreColour | null;
  /** Share of this team's own key results scoring at least the norm. */
  successRate: number | null;
  /** The same over the team and all its subteams. */
  subtreeSuccessRate: number | null;
  keyResultCount: number;
  subtreeKeyResultCount: number;
}

export interface QuarterScores {
  quarter: string;
  window: DateWindow;
  /** The day scores are computed as of: today, at most the quarter's last day. */
  asOf: IsoDate;
  norm: number;
  /** The company's score is the mean of the company-level (root team) objectives. */
  company: { score: number | null; colour: ScoreColour | null; successRate: number | null; keyResultCount: number };
  teams: TeamScore[];
  objectives: ObjectiveScore[];
}

/** A key result's value and score as of the end of each week of its quarter, for the chart. */
export interface KeyResultSeries {
  keyResultId: number;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  points: { date: IsoDate; value: number | null; score: number | null }[];
}

/** A key result's pace against the norm and its forecast end-of-quarter score. */
export interface KeyResultOutlook {
  pace: Pace;
  forecast: Forecast;
}
