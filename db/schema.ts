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
  /** scrypt hash with its parameters ("scrypt$N$r$p$salt$hash"); null until the person signs up. */
  password_hash: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** The objective of an earlier quarter this one was carried over from. */
  carried_from_id: ColumnType<number | null, number | null | undefined, number | null>;
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
  /** The key result of an earlier quarter this one was carried over from. */
  carried_from_id: ColumnType<number | null, number | null | undefined, number | null>;
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

export type QuarterStatus = "open" | "closed";

/** A quarter ("2026-Q3") that was closed at least once; a quarter without a row is open. */
export interface QuarterTable {
  period: string;
  status: QuarterStatus;
  /** When it was last closed; kept after a reopen. */
  closed_at: IsoTimestamp | null;
  closed_by: number | null;
}

/** A signed-in browser. Only a SHA-256 hash of the cookie's random token is stored. */
export interface SessionTable {
  id: Generated<number>;
  token_hash: string;
  person_id: number;
  created_at: IsoTimestamp;
  expires_at: IsoTimestamp;
}

export type AccountLinkPurpose = "sign_up" | "reset";

/** A one-time sign-up or password-reset link; only a SHA-256 hash of its token is stored. */
export interface AccountLinkTable {
  id: Generated<number>;
  token_hash: string;
  person_id: number;
  purpose: AccountLinkPurpose;
  created_by: number | null;
  created_at: IsoTimestamp;
  expires_at: IsoTimestamp;
  used_at: IsoTimestamp | null;
}

/** One failed sign-in, kept for the rate limit. email is lowercased as typed, known or not. */
export interface SignInFailureTable {
  id: Generated<number>;
  email: string;
  address: string;
  at: IsoTimestamp;
}

export interface CheckInTable {
  id: Generated<number>;
  key_result_id: number;
  person_id: number | null;
  /** A milestone's grade 0..1; null for a remark on a computed KPI value. */
  value: number | null;
  /** 0..10. */
  confidence: number;
  comment: Generated<string>;
  /** Calendar day of the check-in in the company's time zone. */
  checked_on: IsoDate;
  created_at: IsoTimestamp;
}

export type ApiTokenScope = "read" | "write";

/** A token for the HTTP API. Only a SHA-256 hash of the token is stored; it is shown once. */
export interface ApiTokenTable {
  id: Generated<number>;
  name: string;
  scope: ApiTokenScope;
  token_hash: string;
  /** The token's first characters ("okr_3fA9c"), so that admins can tell tokens apart. */
  token_prefix: string;
  /** The admin who created it; null for a token made with the create-token command. */
  created_by: number | null;
  created_at: IsoTimestamp;
  last_used_at: IsoTimestamp | null;
  revoked_at: IsoTimestamp | null;
}

/**
 * That a person answered a survey period: HMAC-SHA256 of (survey, person, period) with the server
 * secret, hex. Nothing in it can be joined to an answer.
 */
export interface SurveyParticipationTable {
  hash: string;
}

/** A weekly mood answer. It names no person and no moment (see the migration for why). */
export interface MoodAnswerTable {
  /** Random hex, so that keys do not follow the order of answering. */
  id: string;
  /** ISO week, "2026-W49". */
  week: string;
  /** The person's team when they answered. */
  team_id: number;
  /** 1 (unhappy) to 5 (happy). */
  score: number;
  comment: string | null;
  /** SHA-256 of the edit token kept in the answering browser's cookie, hex. */
  edit_token_hash: string;
}

/** A quarterly eNPS answer, stored like a mood answer. */
export interface EnpsAnswerTable {
  id: string;
  /** Quarter, "2026-Q4". */
  quarter: string;
  team_id: number;
  /** 0 to 10. */
  score: number;
  comment: string | null;
  edit_token_hash: string;
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
  sessions: SessionTable;
  account_links: AccountLinkTable;
  sign_in_failures: SignInFailureTable;
  check_ins: CheckInTable;
  quarters: QuarterTable;
  api_tokens: ApiTokenTable;
  survey_participation: SurveyParticipationTable;
  mood_answers: MoodAnswerTable;
  enps_answers: EnpsAnswerTable;
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
export type Quarter = Selectable<QuarterTable>;
export type Session = Selectable<SessionTable>;
export type CheckIn = Selectable<CheckInTable>;
export type ApiToken = Selectable<ApiTokenTable>;
