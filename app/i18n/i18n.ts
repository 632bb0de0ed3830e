import i18next, { type i18n } from "i18next";
import { type Language, LANGUAGES } from "./language";
import { resources } from "./resources";

const instances = new Map<Language, i18n>();

/**
 * An i18next instance for one language, initialised synchronously from bundled resources, so the
 * server and the browser render the same text without loading files.
 */
export function getI18n(language: Language): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources,
      lng: language,
      fallbackLng: "nl",
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
      // i18next 25 prints a sponsor notice at init, which would land in the import command's output.
      showSupportNotice: false,
    });
    instances.set(language, instance);
  }
  return instance;
}

/** A translate function for server code that builds messages outside React. */
export function translator(language: Language) {
  return getI18n(language).t;
}
