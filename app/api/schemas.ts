import { z } from "zod";
import { parseIsoDate } from "../kpi/calendar";
import { KEY_RESULT_KINDS, OBJECTIVE_STATUSES, WINDOW_KINDS } from "../okr/forms";

// Request and response bodies of /api/v1. The handlers parse requests with these schemas and the
// OpenAPI document is generated from them (see openapi.ts), so the two cannot drift apart.
// Issue messages are error codes, worded by api.details.<code> in the caller's language.

export const apiRegistry = z.registry<{ id: string; description?: string }>();
const named = <T extends z.ZodType>(id: string, description: string, schema: T): T => {
  apiRegistry.add(schema, { id, description });
  return schema;
};

/** Most snapshots one request may write. */
export const MAX_BATCH_ITEMS = 10_000;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid_date" })
  .refine((text) => parseIsoDate(text) !== null, { error: "impossible_date" })
  .meta({ format: "date", examples: ["2026-03-02"] });
const key = z.string().min(1).max(100);
const names = z.object({ nl: z.string(), en: z.string() });

export const snapshotItemSchema = named(
  "SnapshotItem",
  "A value of a metric for a team: for one day (date) or for a period of whole days (periodStart to periodEnd, both inclusive). A stock metric takes one day.",
  z
    .strictObject({
      metric: key.describe("Metric key, as listed by GET /api/v1/metrics."),
      team: key.describe("Team key, as listed by GET /api/v1/teams."),
      date: isoDate.optional().describe("The day; instead of periodStart and periodEnd."),
      periodStart: isoDate.optional().describe("First day of the period."),
      periodEnd: isoDate.optional().describe("Last day of the period, on or after periodStart."),
      value: z.number().describe("In the metric's unit: hours, euros, a count."),
    })
    .superRefine((item, ctx) => {
      if (item.date !== undefined && (item.periodStart !== undefined || item.periodEnd !== undefined)) {
        ctx.addIssue({ code: "custom", path: ["date"], message: "date_and_period" });
      } else if (item.date === undefined && item.periodStart === undefined && item.periodEnd === undefined) {
        ctx.addIssue({ code: "custom", path: ["date"], message: "missing_period" });
      } else if (item.date === undefined && (item.periodStart === undefined || item.periodEnd === undefined)) {
        ctx.addIssue({ code: "custom", path: [item.periodStart === undefined ? "periodStart" : "periodEnd"], message: "missing" });
      } else if (item.periodStart !== undefined && item.periodEnd !== undefined && item.periodEnd < item.periodStart) {
        ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "period_end_before_start", params: { start: item.periodStart } });
      }
    }),
);

export const snapshotBatchSchema = named(
  "SnapshotBatch",
  `Up to ${MAX_BATCH_ITEMS} snapshots, written all or nothing.`,
  z.strictObject({ items: z.array(snapshotItemSchema).min(1, { error: "empty_batch" }).max(MAX_BATCH_ITEMS, { error: "batch_too_large" }) }),
);

export const snapshotResultSchema = named(
  "SnapshotResult",
  "What the batch changed: new periods, replaced values and values that were already stored.",
  z.object({ items: z.number().int(), inserted: z.number().int(), replaced: z.number().int(), unchanged: z.number().int() }),
);

export const teamSchema = named(
  "Team",
  "A team in the tree under the company (the team without a parent).",
  z.object({ key: z.string(), name: z.string(), parent: z.string().nullable().describe("Key of the parent team; null for the company.") }),
);
export const teamListSchema = named("TeamList", "Every team, the company first.", z.object({ teams: z.array(teamSchema) }));

export const teamCreateSchema = named(
  "TeamCreate",
  "A new team under an existing one. The key is a slug of lowercase letters, digits and single dashes, at most 40 characters.",
  z.strictObject({ key: z.string(), name: z.string(), parent: z.string().describe("Key of the parent team.") }),
);

export const metricSchema = named(
  "Metric",
  "A base metric. A flow (hours, euros) sums over a window; a stock (headcount) is its value as of the window's end.",
  z.object({ key: z.string(), names: names, unit: z.string(), kind: z.enum(["flow", "stock"]), builtin: z.boolean() }),
);
export const metricListSchema = named("MetricList", "Every metric.", z.object({ metrics: z.array(metricSchema) }));

export const kpiSchema = named(
  "Kpi",
  "A KPI: a formula over metrics. Unit \"%\" means values are given times 100 (56 for 56%).",
  z.object({
    key: z.string(),
    names: names,
    formula: z.string(),
    unit: z.string(),
    direction: z.enum(["higher", "lower", "context"]),
    params: z.array(z.object({ key: z.string(), default: z.number() })),
  }),
);
export const kpiListSchema = named("KpiList", "Every KPI, built-in ones first.", z.object({ kpis: z.array(kpiSchema) }));

export const KPI_VALUE_INTERVALS = ["week", "month", "quarter"] as const;

export const kpiValuesQuerySchema = z.strictObject({
  team: z.array(key).optional().describe("Team key; repeat for several teams. Default: the company."),
  from: isoDate.describe("First day."),
  to: isoDate.describe("Last day; at most 3660 days after from."),
  interval: z.enum(KPI_VALUE_INTERVALS, { error: "invalid_choice" }).optional().describe("Default: month."),
});

const noValueSchema = z
  .object({ code: z.string().describe("division_by_zero, no_snapshots, not_finite or invalid_formula."), reason: z.string() })
  .nullable()
  .describe("Why there is no value; null when there is one.");

export const kpiValuesSchema = named(
  "KpiValues",
  "A KPI's value per week, month or quarter for each team. A period still running, or cut by from or to, covers only its days in the range.",
  z.object({
    kpi: z.string(),
    unit: z.string(),
    interval: z.enum(KPI_VALUE_INTERVALS),
    from: z.string(),
    to: z.string(),
    series: z.array(
      z.object({
        team: z.string(),
        values: z.array(
          z.object({
            period: z.string().describe('"2026-W05", "2026-03" or "2026-Q1".'),
            start: z.string(),
            end: z.string(),
            value: z.number().nullable().describe("In the KPI's unit; null when the formula has no value."),
            noValue: noValueSchema,
          }),
        ),
      }),
    ),
  }),
);

const colour = z.enum(["green", "amber", "red"]).nullable().describe("Green at or above the norm, amber from 0.4, red below.");

export const keyResultScoreSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: z.enum(KEY_RESULT_KINDS),
  kpi: z.string().nullable(),
  unit: z.string().nullable(),
  team: z.string().describe("Team the KPI was evaluated for."),
  value: z.number().nullable(),
  noValue: noValueSchema,
  progress: z.number().nullable().describe("Unclamped: 1.3 for 130%. Null without a value and for stay kinds."),
  score: z.number().describe("0 to 1, rounded to 4 decimals."),
  colour,
});

export const quarterScoresSchema = named(
  "QuarterScores",
  "Scores of a quarter as of today, or as of its last day once it has ended.",
  z.object({
    quarter: z.string(),
    status: z.enum(["open", "closed"]),
    start: z.string(),
    end: z.string(),
    asOf: z.string(),
    norm: z.number(),
    company: z.object({ score: z.number().nullable(), colour, successRate: z.number().nullable(), keyResultCount: z.number().int() }),
    teams: z.array(
      z.object({
        team: z.string(),
        parent: z.string().nullable(),
        score: z.number().nullable(),
        colour,
        successRate: z.number().nullable(),
        subtreeSuccessRate: z.number().nullable(),
        keyResultCount: z.number().int(),
      }),
    ),
    objectives: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        team: z.string(),
        parentId: z.number().int().nullable(),
        status: z.enum(OBJECTIVE_STATUSES),
        score: z.number().nullable(),
        colour,
        keyResults: z.array(keyResultScoreSchema),
      }),
    ),
  }),
);

const objectiveFields = {
  title: z.string(),
  description: z.string(),
  period: z.string().describe('A quarter ("2026-Q4") or a year ("2026").'),
  team: z.string().describe("Team key; the company's key for a company objective."),
  owner: z.string().nullable().describe("Email of the owner."),
  parentId: z.number().int().nullable().describe("Objective this one is aligned under, of the same period or its year."),
  status: z.enum(OBJECTIVE_STATUSES),
};

const keyResultFields = {
  title: z.string(),
  owner: z.string().nullable().describe("Email of the owner."),
  weight: z.number().describe("Relative weight, 0 to 1000. Default 1."),
  kind: z.enum(KEY_RESULT_KINDS),
  kpi: z.string().nullable().describe("KPI key; required unless kind is milestone."),
  scopeTeam: z.string().nullable().describe("Team key the KPI is evaluated for; null for the objective's team."),
  windowKind: z.enum(WINDOW_KINDS),
  windowLength: z.number().int().nullable().describe("Weeks (at most 52) or months (at most 24) of a trailing window."),
  baseline: z.number().nullable().describe("In the KPI's unit (56 for 56%)."),
  target: z.number().nullable(),
  grade: z.number().nullable().describe("Milestone grade, 0 to 1."),
  params: z.record(z.string(), z.number()).describe("KPI parameter values by key; absent ones take the KPI's default."),
};

export const keyResultSchema = named(
  "KeyResult",
  "A key result, bound to a KPI with a baseline and a target, or a milestone graded by hand.",
  z.object({ id: z.number().int(), objectiveId: z.number().int(), ...keyResultFields }),
);

export const objectiveSchema = named(
  "Objective",
  "An objective with its key results.",
  z.object({ id: z.number().int(), ...objectiveFields, keyResults: z.array(keyResultSchema) }),
);
export const objectiveListSchema = named("ObjectiveList", "Objectives that are not archived.", z.object({ objectives: z.array(objectiveSchema) }));

export const objectiveCreateSchema = named(
  "ObjectiveCreate",
  "A new objective. description, owner and parentId may be left out; status defaults to draft.",
  z.strictObject({
    title: objectiveFields.title,
    description: objectiveFields.description.optional(),
    period: objectiveFields.period,
    team: objectiveFields.team,
    owner: objectiveFields.owner.optional(),
    parentId: objectiveFields.parentId.optional(),
    status: objectiveFields.status.optional(),
  }),
);
export const objectiveUpdateSchema = named(
  "ObjectiveUpdate",
  "The fields to change; the others keep their value.",
  objectiveCreateSchema.partial(),
);

export const keyResultCreateSchema = named(
  "KeyResultCreate",
  "A new key result of an objective. Fields left out take the defaults of the key result form.",
  z
    .strictObject(keyResultFields)
    .partial()
    .extend({ objectiveId: z.number().int(), title: keyResultFields.title, kind: keyResultFields.kind }),
);
export const keyResultUpdateSchema = named(
  "KeyResultUpdate",
  "The fields to change; the others keep their value.",
  z.strictObject(keyResultFields).partial(),
);

export const errorSchema = named(
  "Error",
  "Every failure: a code to act on, a message in the caller's language (Accept-Language nl or en) and the problems found.",
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(
        z.object({
          index: z.number().int().optional().describe("Position of the item in the batch, from 0."),
          field: z.string(),
          code: z.string(),
          message: z.string(),
          value: z.unknown().optional(),
        }),
      ),
    }),
  }),
);
