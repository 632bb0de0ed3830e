import { type DateWindow, dateFromParts, isoWeekWindow, monthWindow, quarterWindow } from "../kpi/calendar";
import type { NumberFormat, RowErrorCode } from "./types";

/** A parsed cell, or the error code and its parameters. Callers report empty cells as missing first. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: RowErrorCode; params?: Record<string, string | number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: RowErrorCode, params?: Record<string, string | number>): Parsed<T> => ({ ok: false, code, params });

// Thousands separators only in groups of three ("1.234.567"); "1.23" is not a Dutch number.
const NUMBER_PATTERNS: Record<NumberFormat, RegExp> = {
  nl: /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/,
  en: /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/,
};

/** Parse "1.234,56" (nl) or "1,234.56" (en). A euro sign before or after the number is ignored. */
export function parseNumber(text: string, format: NumberFormat): Parsed<number> {
  const compact = text.trim().replace(/^€[\s\u00a0]*/, "").replace(/[\s\u00a0]*€$/, "");
  if (!NUMBER_PATTERNS[format].test(compact)) return fail("invalid_number", { format });
  const canonical = format === "nl" ? compact.replace(/\./g, "").replace(",", ".") : compact.replace(/,/g, "");
  const value = Number(canonical);
  return Number.isFinite(value) ? ok(value) : fail("invalid_number", { format });
}

const DAY_FIRST = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse dd-mm-yyyy, d-m-yyyy, dd/mm/yyyy or yyyy-mm-dd. 31-02-2026 is impossible, never 3 March. */
export function parseDate(text: string): Parsed<string> {
  const dayFirst = DAY_FIRST.exec(text);
  const iso = ISO_DATE.exec(text);
  if (!dayFirst && !iso) return fail("invalid_date");
  const [year, month, day] = dayFirst
    ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
    : [Number(iso![1]), Number(iso![2]), Number(iso![3])];
  const date = dateFromParts(year, month, day);
  return date ? ok(date) : fail("impossible_date");
}

/**
 * Parse a period in long form: a date (one day), an ISO week "2026-W05", a month "2026-03" or a
 * quarter "2026-Q1" (of the fiscal year when it does not start in January).
 */
export function parsePeriod(text: string, fiscalStartMonth: number): Parsed<DateWindow> {
  const upper = text.toUpperCase();
  if (/^\d{4}-W\d{2}$/.test(upper)) return windowOrInvalid(isoWeekWindow(upper));
  if (/^\d{4}-Q\d$/.test(upper)) return windowOrInvalid(quarterWindow(upper, fiscalStartMonth));
  if (/^\d{4}-\d{2}$/.test(upper)) return windowOrInvalid(monthWindow(upper));
  const date = parseDate(text);
  if (date.ok) return ok({ start: date.value, end: date.value });
  return date.code === "impossible_date" ? fail("impossible_date") : fail("invalid_period");
}

function windowOrInvalid(window: DateWindow | null): Parsed<DateWindow> {
  return window ? ok(window) : fail("invalid_period");
}

const TRUE_WORDS = new Set(["ja", "j", "yes", "y", "1", "true", "waar"]);
const FALSE_WORDS = new Set(["nee", "n", "no", "0", "false", "onwaar"]);

/** Parse ja/nee, j/n, yes/no, y/n, 1/0, true/false or waar/onwaar, in any case. */
export function parseBoolean(text: string): Parsed<boolean> {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail("invalid_boolean");
}
