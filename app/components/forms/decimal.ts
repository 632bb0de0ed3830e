import type { Language } from "~/i18n/language";

const SEPARATORS: Record<Language, { decimal: string; group: string }> = {
  nl: { decimal: ",", group: "." },
  en: { decimal: ".", group: "," },
};

const escape = (char: string) => `\\${char}`;

/**
 * Parse a number as a person types it. Dutch writes 1.234,5 and English 1,234.5; thousands
 * separators are optional. A single separator followed by other than exactly three digits is a
 * decimal separator in either language, so "56.5" and "56,5" both read as 56.5, while "1.500"
 * reads as 1500 in Dutch and 1.5 in English. Returns null for text that is no finite number.
 */
export function parseDecimal(text: string, language: Language): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return null;

  const { decimal, group } = SEPARATORS[language];
  const local = new RegExp(`^[-+]?(\\d+|\\d{1,3}(${escape(group)}\\d{3})+)(${escape(decimal)}\\d+)?$`);
  if (local.test(compact)) return toNumber(compact.split(group).join("").replace(decimal, "."));

  // The other language's decimal separator, e.g. "56.5" typed in the Dutch interface.
  if (/^[-+]?\d+[.,](\d{1,2}|\d{4,})$/.test(compact)) return toNumber(compact.replace(",", "."));
  return null;
}

function toNumber(text: string): number | null {
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Format a number for a form field: no thousands separators, the language's decimal mark. */
export function decimalInputValue(value: number | null, language: Language): string {
  if (value === null) return "";
  const text = String(value);
  return language === "nl" ? text.replace(".", ",") : text;
}
