import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

// Dates without a time ("2026-03-31") are ISO text in the company's time zone.
// Timestamps ("2026-03-31T21:30:00.000Z") are ISO text in UTC.
type IsoDate = string;
type IsoTimestamp = string;
type CreatedAt = ColumnType<IsoTimestamp, IsoTimestamp | undefined, never>;

export type Role = "admin" | "lead" | "member";
export type MetricKind = "flow" | "stock";
export type KpiDirection = "higher" | "lower" | "context";
export type SnapshotSource = "manual" | "import" | "api" | "survey" | "demo";
export type ObjectiveStatus = "draft" | "active" | "closed";
export type KeyResultKind = "increase" | "decrease" | "at_least" | "at_most" | "milestone";
export type WindowKind = "quarter" | "trailing_weeks" | "trailing_months";

/** The company is the root team: the one row whose parent_id is null. */
export interface TeamTable {
  id: Generated<number>;
  /** Stable slug ("sales-east") used by imports and the API. */
  key: string;
  name: string;
  parent_id: number | null;
  lead_person_id: number | null;
  created_at: CreatedAt;
}

export interface PersonTable {
  id: Generated<number>;
  name: string;
  email: string;
  role: Role;
  team_id: number;
  started_on: IsoDate | null;
  ended_on: IsoDate | null;
  created_at: CreatedAt;
}

export interface MetricTable {
  id: Generated<number>;
  key: string;
  name_nl: string;
  name_en: string;
  description_nl: string;
  description_en: string;
  /** Display unit: "h", "EUR", "count", "days", "points", "m2". */
  unit: string;
  kind: MetricKind;
  builtin: number;
}

export interface KpiTable {
  id: Generated<number>;
  key: string;
  name_nl: string;
  name_en: string;
  description_nl: string;
  description_en: string;
  formula: string;
  /** Display unit: "%" means the formula yields a fraction shown times 100. */
  unit: string;
  direction: KpiDirection;
  /** JSON array of { key, name_nl, name_en, default }. */
  params: string;
  builtin: number;
}

/**
 * One value per (metric, team, period). mid_date is the middle day of the period:
 * the snapshot counts in the window that contains it.
 */
export interface MetricSnapshotTable {
  id: Generated<number>;
  metric_id: number;
  team_id: number;
  period_start: IsoDate;
  period_end: IsoDate;
  mid_date: IsoDate;
  value: number;
  source: SnapshotSource;
  import_id: number | null;
  recorded_by: number | null;
  recorded_at: IsoTimestamp;
}

export interface ImportTable {
  id: Generated<number>;
  kind: string;
  file_name: string;
  /** SHA-256 of the file's bytes, hex. */
  file_hash: string;
  rows_read: number;
  rows_written: number;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface ObjectiveTable {
  id: Generated<number>;
  title: string;
  description: Generated<string>;
  /** A quarter ("2026-Q4") or a year ("2026"). */
  period: string;
  team_id: number;
  owner_id: number | null;
  parent_id: number | null;
  status: ObjectiveStatus;
  archived_at: IsoTimestamp | null;
  created_at: CreatedAt;
  updated_at: IsoTimestamp;
}

export interface KeyResultTable {
  id: Generated<number>;
  objective_id: number;
  title: string;
  owner_id: number | null;
  weight: Generated<number>;
  kind: KeyResultKind;
  kpi_id: number | null;
  /** Team the KPI is evaluated for; null means the objective's team. */
  scope_team_id: number | null;
  window_kind: Generated<WindowKind>;
  window_length: number | null;
  /** Baseline and target in the KPI's display unit (56 for 56%). */
  baseline: number | null;
  target: number | null;
  /** JSON object of parameter overrides, e.g. {"list_rate": 100}. */
  kpi_params: Generated<string>;
  /** Milestone grade 0..1, set by hand. */
  grade: number | null;
  archived_at: IsoTimestamp | null;
  created_at: CreatedAt;
  updated_at: IsoTimestamp;
}

export interface ScoreSnapshotTable {
  id: Generated<number>;
  key_result_id: number;
  as_of: IsoDate;
  /** KPI value in display unit; null when the KPI has no value. */
  value: number | null;
  progress: number | null;
  score: number;
  frozen: Generated<number>;
  computed_at: IsoTimestamp;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface AuditEntryTable {
  id: Generated<number>;
  actor_id: number | null;
  at: IsoTimestamp;
  entity: string;
  entity_id: number | null;
  action: string;
  old_value: string | null;
  new_value: string | null;
}

export interface Database {
  teams: TeamTable;
  people: PersonTable;
  metrics: MetricTable;
  kpis: KpiTable;
  metric_snapshots: MetricSnapshotTable;
  imports: ImportTable;
  objectives: ObjectiveTable;
  key_results: KeyResultTable;
  score_snapshots: ScoreSnapshotTable;
  settings: SettingTable;
  audit_entries: AuditEntryTable;
}

export type Team = Selectable<TeamTable>;
export type NewTeam = Insertable<TeamTable>;
export type Person = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type Metric = Selectable<MetricTable>;
export type NewMetric = Insertable<MetricTable>;
export type Kpi = Selectable<KpiTable>;
export type NewKpi = Insertable<KpiTable>;
export type MetricSnapshot = Selectable<MetricSnapshotTable>;
export type NewMetricSnapshot = Insertable<MetricSnapshotTable>;
export type Objective = Selectable<ObjectiveTable>;
export type NewObjective = Insertable<ObjectiveTable>;
export type ObjectiveUpdate = Updateable<ObjectiveTable>;
export type KeyResult = Selectable<KeyResultTable>;
export type NewKeyResult = Insertable<KeyResultTable>;
export type KeyResultUpdate = Updateable<KeyResultTable>;
export type ScoreSnapshot = Selectable<ScoreSnapshotTable>;
export type AuditEntry = Selectable<AuditEntryTable>;
