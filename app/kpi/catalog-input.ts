import { z } from "zod";
import { RESERVED_NAMES } from "./formula";
import type { FieldError } from "../components/forms/field-errors";
import type { FormulaError } from "./types";

/** Metric and parameter keys are formula identifiers: lowercase letters, digits and "_", starting with a letter. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
export const METRIC_UNITS = ["h", "EUR", "count", "days", "points", "m2"] as const;
export const KPI_UNITS = ["%", "EUR", "EUR/h", "count", "days", "score", "1-5", "m2/h"] as const;
export const MAX_KPI_PARAMS = 10;

const key = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(60, { error: "too_long" })
  .regex(KEY_PATTERN, { error: "key_format" });
const formulaName = key.refine((value) => !RESERVED_NAMES.has(value), { error: "key_reserved" });
const name = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "too_long" });
const description = z.string({ error: "required" }).trim().max(500, { error: "too_long" }).default("");

export const metricInputSchema = z.object({
  key: formulaName,
  name_nl: name,
  name_en: name,
  description_nl: description,
  description_en: description,
  unit: z.enum(METRIC_UNITS, { error: "unit_invalid" }),
  kind: z.enum(["flow", "stock"], { error: "kind_invalid" }),
});

const kpiParameterSchema = z.object({
  key: formulaName,
  name_nl: name,
  name_en: name,
  default: z.coerce.number({ error: "number_invalid" }),
});

export const kpiInputSchema = z.object({
  key,
  name_nl: name,
  name_en: name,
  description_nl: description,
  description_en: description,
  formula: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(1000, { error: "too_long" }),
  unit: z.enum(KPI_UNITS, { error: "unit_invalid" }),
  direction: z.enum(["higher", "lower", "context"], { error: "direction_invalid" }),
  params: z.array(kpiParameterSchema).max(MAX_KPI_PARAMS, { error: "too_many" }).default([]),
});

/**
 * Convert a rejected formula into a field error. The code names the message: "syntax_end" for a formula that
 * stops too early, "<code>_suggestion" when a known name is close to an unknown one.
 */
export function formulaFieldError(error: FormulaError): FieldError {
  const params: Record<string, string | number> = { position: error.position };
  if (error.name !== undefined) params.name = error.name;
  if (error.suggestion !== undefined) params.suggestion = error.suggestion;
  return { code: formulaMessageCode(error), params };
}

export function formulaMessageCode(error: FormulaError): string {
  if (error.code === "syntax" && error.name === undefined) return "syntax_end";
  if (error.suggestion !== undefined) return `${error.code}_suggestion`;
  return error.code;
}
