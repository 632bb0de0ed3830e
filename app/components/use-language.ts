import { useTranslation } from "react-i18next";
import { type Language, parseLanguage } from "~/i18n/language";

/** Return the reader's language, as the page's I18nextProvider was set up with it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return parseLanguage(i18n.language);
}
