import { formatDate } from "../i18n/format";
import { translator } from "../i18n/i18n";
import type { Language } from "../i18n/language";
import { type DateWindow, quarterOf, quarterWindow } from "./calendar";
import { formulaMessageCode } from "./catalog-input";
import type { FormulaError, NoValueReason } from "./types";

/** Describe a window as "2026-Q1" when it is exactly a quarter, else "01-01-2026 t/m 15-02-2026" (nl) or "01/01/2026 to 15/02/2026" (en). */
export function describeWindow(window: DateWindow, language: Language, fiscalStartMonth = 1): string {
  const quarter = quarterOf(window.start, fiscalStartMonth);
  const quarterDays = quarterWindow(quarter, fiscalStartMonth);
  if (quarterDays && quarterDays.start === window.start && quarterDays.end === window.end) return quarter;
  const t = translator(language);
  return t("numbers.window.range", { start: formatDate(language, window.start), end: formatDate(language, window.end) });
}

/** Describe why a KPI has no value, as a phrase: "deling door nul: deals_won + deals_lost is 0 in 2026-Q1". */
export function describeNoValue(reason: NoValueReason, language: Language, options: { fiscalStartMonth?: number } = {}): string {
  const t = translator(language);
  const window = describeWindow(reason.window, language, options.fiscalStartMonth);
  switch (reason.code) {
    case "division_by_zero":
      return t("numbers.noValue.division_by_zero", { denominator: reason.denominator, window });
    case "no_snapshots":
      return t("numbers.noValue.no_snapshots", { metric: reason.metric, window });
    case "not_finite":
      return t("numbers.noValue.not_finite", { window });
    case "invalid_formula":
      return t("numbers.noValue.invalid_formula", { problem: describeFormulaError(reason.error, language) });
  }
}

/** Describe a rejected formula in a sentence with the position, the offending name and the fix. */
export function describeFormulaError(error: FormulaError, language: Language): string {
  const t = translator(language);
  return t(`numbers.errors.${formulaMessageCode(error)}`, { position: error.position, name: error.name, suggestion: error.suggestion });
}
