import { z } from "zod";
import { type FieldErrors, type FormParse, fieldErrorsFromZod, parseForm } from "../components/forms/field-errors";
import { optionalDecimal, optionalId, optionalText, requiredId, requiredText } from "../components/forms/zod-fields";
import type { Language } from "../i18n/language";
import { isQuarter } from "../kpi/calendar";

export const OBJECTIVE_STATUSES = ["draft", "active", "closed"] as const;
export const KEY_RESULT_KINDS = ["increase", "decrease", "at_least", "at_most", "milestone"] as const;
export const WINDOW_KINDS = ["quarter", "trailing_weeks", "trailing_months"] as const;

/** Maximum trailing windows of a key result: a year of weeks, two years of months. */
export const MAX_TRAILING_WEEKS = 52;
export const MAX_TRAILING_MONTHS = 24;
/** Weights are relative, so a cap only guards against typing mistakes. */
export const MAX_WEIGHT = 1000;

/**
 * Form field of a KPI parameter override: "param.<KPI id>.<parameter key>", e.g. "param.3.list_rate".
 * The form lists the parameters of every KPI, so that it works without JavaScript; only those of
 * the chosen KPI are read.
 */
export const paramFieldName = (kpiId: number, key: string) => `param.${kpiId}.${key}`;

export const objectiveFormSchema = z.object({
  title: requiredText(200),
  description: optionalText(4000),
  period: requiredText(7).pipe(
    z.string().refine((period) => isQuarter(period) || /^\d{4}$/.test(period), { error: "invalid_period" }),
  ),
  teamId: requiredId,
  ownerId: optionalId,
  parentId: optionalId,
  status: z.enum(OBJECTIVE_STATUSES, { error: "invalid_choice" }),
});

export type ObjectiveInput = z.output<typeof objectiveFormSchema>;

const keyResultFieldsSchema = (language: Language) =>
  z.object({
    title: requiredText(200),
    ownerId: optionalId,
    weight: optionalDecimal(language).pipe(
      z
        .number({ error: "required" })
        .min(0, { error: "negative_weight" })
        .max(MAX_WEIGHT, { error: "too_large" }),
    ),
    kind: z.enum(KEY_RESULT_KINDS, { error: "invalid_choice" }),
    kpiId: optionalId,
    scopeTeamId: optionalId,
    windowKind: z
      .enum(WINDOW_KINDS, { error: "invalid_choice" })
      .optional()
      .transform((kind) => kind ?? "quarter"),
    windowLength: optionalDecimal(language),
    baseline: optionalDecimal(language),
    target: optionalDecimal(language),
    grade: optionalDecimal(language).pipe(
      z.number().min(0, { error: "grade_range" }).max(1, { error: "grade_range" }).nullable(),
    ),
  });

export type KeyResultInput = z.output<ReturnType<typeof keyResultFieldsSchema>> & {
  /** Parameter values of the chosen KPI by parameter key, in the parameter's unit; absent ones take the default. */
  params: Record<string, number>;
};

export function parseObjectiveForm(values: Record<string, string>): FormParse<ObjectiveInput> {
  return parseForm(objectiveFormSchema, values);
}

/**
 * Parse a key result form and check the rules that need only the form: a KPI kind needs a KPI
 * and a target, and a trailing window needs a whole length. The KPI's existence, its parameters,
 * the baseline against the target and the weights are checked when saving.
 */
export function parseKeyResultForm(values: Record<string, string>, language: Language): FormParse<KeyResultInput> {
  const parsed = keyResultFieldsSchema(language).safeParse(values);
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsFromZod(parsed.error);

  const params: Record<string, number> = {};
  const kpiId = optionalId.safeParse(values.kpiId);
  const prefix = kpiId.success && kpiId.data !== null ? paramFieldName(kpiId.data, "") : null;
  for (const [name, text] of Object.entries(values)) {
    if (prefix === null || !name.startsWith(prefix)) continue;
    const parsedParam = optionalDecimal(language).safeParse(text);
    if (!parsedParam.success) errors[name] = { code: "invalid_number" };
    else if (parsedParam.data !== null) params[name.slice(prefix.length)] = parsedParam.data;
  }

  if (!parsed.success) return { ok: false, errors };
  Object.assign(errors, checkKeyResultShape(parsed.data));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { ...parsed.data, params } };
}

function checkKeyResultShape(input: z.output<ReturnType<typeof keyResultFieldsSchema>>): FieldErrors {
  const errors: FieldErrors = {};
  if (input.kind === "milestone") return errors;

  if (input.kpiId === null) errors.kpiId = { code: "required" };
  if (input.target === null) errors.target = { code: "required" };
  if ((input.kind === "increase" || input.kind === "decrease") && input.baseline === null) {
    errors.baseline = { code: "required" };
  }
  if (input.windowKind !== "quarter") {
    const max = input.windowKind === "trailing_weeks" ? MAX_TRAILING_WEEKS : MAX_TRAILING_MONTHS;
    const length = input.windowLength;
    if (length === null) errors.windowLength = { code: "required" };
    else if (!Number.isInteger(length) || length < 1 || length > max) {
      errors.windowLength = { code: "window_length", params: { max } };
    }
  }
  return errors;
}
