import { type Language, localeOf } from "./language";

// Formats per locale: nl-NL writes 1.234,56 and € 1.234,56 and 31-03-2026; en-GB writes
// 1,234.56 and €1,234.56 and 31/03/2026. Intl formatters are cached because pages format thousands.
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // A hand-built key: JSON.stringify here showed up in profiles of pages with a thousand numbers.
  const key = `${language}|${options.style}|${options.currency}|${options.minimumFractionDigits}|${options.maximumFractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), options);
    cache.set(key, format);
  }
  return format;
}

export function formatNumber(language: Language, value: number, maximumFractionDigits = 2): string {
  return numberFormat(language, { maximumFractionDigits, minimumFractionDigits: 0 }).format(value);
}

/** Money in euros with two decimals; whole euros when `whole` is set. */
export function formatMoney(language: Language, value: number, whole = false): string {
  const digits = whole ? 0 : 2;
  return numberFormat(language, {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** Format a fraction as a percentage: 0.56 gives "56%" ("56 %" is not used in nl-NL reports). */
export function formatPercent(language: Language, fraction: number, maximumFractionDigits = 1): string {
  return `${formatNumber(language, fraction * 100, maximumFractionDigits)}%`;
}

/** Format an ISO date as dd-mm-yyyy (nl) or dd/mm/yyyy (en). */
export function formatDate(language: Language, isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split("-");
  return language === "nl" ? `${day}-${month}-${year}` : `${day}/${month}/${year}`;
}

/**
 * Format a score 0..1 with two decimals, cut instead of rounded: 0.696 shows as 0,69, so a page
 * never shows 0,70 beside the amber of a score below the norm. The 1e-6 absorbs binary noise
 * (0.29 × 100 is 28.999999999999996).
 */
export function formatScore(language: Language, score: number): string {
  const cut = Math.floor(score * 100 + 1e-6) / 100;
  return numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cut);
}

// Unit words after a number, per language. Units absent here ("count", "score") print no word;
// "1-5" is the mood scale, shown as "3,6 / 5".
const UNIT_WORDS: Record<Language, Record<string, string>> = {
  nl: { h: "uur", days: "dagen", points: "punten", m2: "m²", "m2/h": "m²/uur", "1-5": "/ 5" },
  en: { h: "h", days: "days", points: "points", m2: "m²", "m2/h": "m²/h", "1-5": "/ 5" },
};

/**
 * Format a KPI or metric value in its display unit. Values of "%" KPIs arrive already multiplied
 * by 100; an unknown unit (an admin's own) is printed as given.
 */
export function formatKpiValue(language: Language, value: number, unit: string): string {
  switch (unit) {
    case "%":
      return `${formatNumber(language, value, 1)}%`;
    case "EUR":
      return formatMoney(language, value, Math.abs(value) >= 1000);
    case "EUR/h":
      return `${formatMoney(language, value)}/${language === "nl" ? "uur" : "h"}`;
    case "count":
    case "score":
      return formatNumber(language, value, 1);
    default:
      return `${formatNumber(language, value, 2)} ${UNIT_WORDS[language][unit] ?? unit}`.trim();
  }
}
