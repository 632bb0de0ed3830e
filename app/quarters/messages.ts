import type { TFunction } from "i18next";
import { formatDate } from "../i18n/format";
import type { Language } from "../i18n/language";
import type { QuarterChangeError } from "./quarters.server";

/** Word a rejected close or reopen in the reader's language. */
export function quarterErrorMessage(t: TFunction, language: Language, error: QuarterChangeError): string {
  const params: Record<string, string> = {};
  if ("quarter" in error) params.quarter = error.quarter;
  if ("end" in error) params.end = formatDate(language, error.end);
  return t(`quarters.errors.${error.code}`, params);
}
