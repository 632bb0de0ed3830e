export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nl";

export function parseLanguage(value: string | null | undefined): Language {
  return value === "en" || value === "nl" ? value : DEFAULT_LANGUAGE;
}

/** BCP 47 locale used for number, money and date formats. */
export function localeOf(language: Language): string {
  return language === "nl" ? "nl-NL" : "en-GB";
}
