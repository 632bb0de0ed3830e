import type { KeyResultKind, KpiDirection, ObjectiveStatus } from "../../db/schema";
import type { Language } from "../i18n/language";
import type { DateWindow, IsoDate } from "../kpi/calendar";
import type { KeyResultChartData } from "../kpi/chart-data";
import type { StaleInput } from "../kpi/staleness";
import type { ObjectiveTree, TeamBar, TeamRow } from "./dashboard";
import type { KeyResultOutlook, KeyResultSeries, KeyResultScore, ObjectiveScore, QuarterScores } from "./types";

/** Something named in both languages, such as a KPI or a metric. */
export interface Bilingual {
  name_nl: string;
  name_en: string;
}

export function nameIn(language: Language, item: Bilingual): string {
  return language === "nl" ? item.name_nl : item.name_en;
}

export interface KpiSummary extends Bilingual {
  id: number;
  key: string;
  formula: string;
  unit: string;
  direction: KpiDirection;
}

export interface MetricSummary extends Bilingual {
  key: string;
  unit: string;
}

/** The quarter a report page shows, and the choices of its quarter picker. */
export interface QuarterChoice {
  quarter: string;
  current: string;
  /** Newest first. */
  options: string[];
}

export interface DashboardReport extends QuarterChoice {
  fiscalStartMonth: number;
  window: DateWindow;
  asOf: IsoDate;
  norm: number;
  company: QuarterScores["company"];
  /** Teams with key results in their subtree, in the order of the team tree. */
  teams: TeamRow[];
  tree: ObjectiveTree;
  teamNames: Record<number, string>;
  ownerNames: Record<number, string>;
  generatedDataTeamIds: number[];
  /** True when the quarter has too many key results to list them all: objectives show a count. */
  compact: boolean;
  outlook: PageOutlook;
}

export interface TeamComparisonReport extends QuarterChoice {
  asOf: IsoDate;
  norm: number;
  rows: TeamRow[];
  bars: TeamBar[];
}

export interface ObjectiveLink {
  id: number;
  title: string;
  period: string;
  status: ObjectiveStatus;
}

export interface ObjectiveReport {
  objective: ObjectiveLink & {
    description: string;
    teamId: number;
    ownerId: number | null;
  };
  parent: ObjectiveLink | null;
  /** Aligned child objectives that are not archived. */
  children: ObjectiveLink[];
  /** Null for a year objective: only quarters are scored. */
  score: ObjectiveScore | null;
  asOf: IsoDate | null;
  norm: number;
  fiscalStartMonth: number;
  kpis: Record<number, KpiSummary>;
  metrics: Record<string, MetricSummary>;
  teamNames: Record<number, string>;
  ownerNames: Record<number, string>;
  /** True when the objective's team has generated figures. */
  generatedData: boolean;
  outlook: PageOutlook;
}

export interface KeyResultReport {
  keyResult: { id: number; title: string; kind: KeyResultKind; weight: number; ownerId: number | null };
  objective: ObjectiveLink & { teamId: number };
  /** Null under a year objective: only quarters are scored. */
  score: KeyResultScore | null;
  asOf: IsoDate | null;
  norm: number;
  fiscalStartMonth: number;
  kpi: KpiSummary | null;
  metrics: Record<string, MetricSummary>;
  teamNames: Record<number, string>;
  ownerNames: Record<number, string>;
  points: KeyResultSeries["points"];
  chart: KeyResultChartData;
  /** True when the team the KPI is evaluated for has generated figures. */
  generatedData: boolean;
  outlook: PageOutlook;
}

/** Pace, forecast and stale inputs of a page's key results, by key result id. */
export interface PageOutlook {
  /** True when the quarter is closed: its scores are frozen and its OKRs read-only. */
  closed: boolean;
  outlooks: Record<number, KeyResultOutlook>;
  /** Inputs of each KPI key result without a recent snapshot; absent when all are fresh. */
  staleInputs: Record<number, StaleInput[]>;
}
