import type { Language } from "~/i18n/language";
import { useText } from "./use-text";

/** Return the reader's language, as the page's LanguageProvider was set up with it. */
export function useLanguage(): Language {
  return useText().language;
}
