import type { TFunction } from "i18next";
import { createContext, useContext } from "react";
import { I18nextProvider } from "react-i18next";
import { getI18n } from "~/i18n/i18n";
import { DEFAULT_LANGUAGE, type Language } from "~/i18n/language";

export interface Text {
  t: TFunction;
  language: Language;
}

// react-i18next's useTranslation builds a fixed t on every call. Lists that render a thousand
// badges read this context instead, which the root layout fills once per page.
const TextContext = createContext<Text>({ t: getI18n(DEFAULT_LANGUAGE).t, language: DEFAULT_LANGUAGE });

/** Return the page's translate function and language. */
export function useText(): Text {
  return useContext(TextContext);
}

const texts = new Map<Language, Text>();

/** Return the context value for a language, one object per language so consumers keep it stable. */
export function textFor(language: Language): Text {
  let text = texts.get(language);
  if (!text) {
    text = { t: getI18n(language).t, language };
    texts.set(language, text);
  }
  return text;
}

/** Provide a language's text to react-i18next's hooks and to useText. */
export function LanguageProvider({ language, children }: { language: Language; children: React.ReactNode }) {
  return (
    <I18nextProvider i18n={getI18n(language)}>
      <TextContext.Provider value={textFor(language)}>{children}</TextContext.Provider>
    </I18nextProvider>
  );
}
