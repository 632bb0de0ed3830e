import { z } from "zod";
import { type FieldErrors, type FormParse, fieldErrorsFromZod } from "../components/forms/field-errors";
import { optionalDecimal, requiredId, requiredText } from "../components/forms/zod-fields";
import type { Language } from "../i18n/language";
import { type DateWindow, dateFromParts, isoWeekWindow, monthWindow, parseIsoDate, quarterWindow } from "./calendar";

/** Period types of a snapshot entered by hand: a day, an ISO week, a month or a quarter. */
export const PERIOD_TYPES = ["day", "week", "month", "quarter"] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** A snapshot as entered on the form, its period resolved to days. */
export interface SnapshotEntryInput {
  metricId: number;
  teamId: number;
  periodType: PeriodType;
  period: DateWindow;
  value: number;
}

// A day as the reader writes it: 31-03-2026 (Dutch) or 31/03/2026 (English); ISO is parsed first.
const LOCAL_DAY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * Resolve a period to the days it covers; null when the text names no such period. A day is ISO
 * (2026-03-31) or day-month-year (31-03-2026); a week is 2026-W05, a month 2026-03, and a quarter
 * 2026-Q1, which follows the company's fiscal year.
 */
export function periodFromInput(type: PeriodType, text: string, fiscalStartMonth: number): DateWindow | null {
  const value = text.trim().toUpperCase();
  switch (type) {
    case "day": {
      const local = LOCAL_DAY.exec(value);
      const day = local ? dateFromParts(Number(local[3]), Number(local[2]), Number(local[1])) : parseIsoDate(value);
      return day ? { start: day, end: day } : null;
    }
    case "week":
      return isoWeekWindow(value);
    case "month":
      return monthWindow(value);
    case "quarter":
      return quarterWindow(value, fiscalStartMonth);
  }
}

const fieldsSchema = (language: Language) =>
  z.object({
    metricId: requiredId,
    teamId: requiredId,
    periodType: z.enum(PERIOD_TYPES, { error: "invalid_choice" }),
    period: requiredText(20),
    value: optionalDecimal(language).pipe(z.number({ error: "required" })),
  });

/** Parse the snapshot form; the period text is checked against its period type. */
export function parseSnapshotForm(
  values: Record<string, string>,
  language: Language,
  fiscalStartMonth: number,
): FormParse<SnapshotEntryInput> {
  const parsed = fieldsSchema(language).safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromZod(parsed.error) };

  const period = periodFromInput(parsed.data.periodType, parsed.data.period, fiscalStartMonth);
  if (!period) {
    const errors: FieldErrors = { period: { code: `invalid_${parsed.data.periodType}` } };
    return { ok: false, errors };
  }
  return { ok: true, input: { ...parsed.data, period } };
}
