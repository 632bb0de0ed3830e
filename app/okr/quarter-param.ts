import { z } from "zod";
import type { FieldErrors } from "../components/forms/field-errors";
import { isQuarter } from "../kpi/calendar";

const quarterParamSchema = z.string().refine(isQuarter).nullable();

/** Read ?quarter= of a report page: a quarter like 2026-Q4, null when absent, or a field error when invalid. */
export function parseQuarterParam(url: URL): { quarter: string | null; errors: FieldErrors } {
  const value = url.searchParams.get("quarter");
  const parsed = quarterParamSchema.safeParse(value === "" ? null : value);
  if (parsed.success) return { quarter: parsed.data, errors: {} };
  return { quarter: null, errors: { quarter: { code: "invalid_quarter", params: { value: value ?? "" } } } };
}
