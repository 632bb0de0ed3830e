import enCommon from "./locales/en/common";
import nlCommon from "./locales/nl/common";

/**
 * All interface text, one module per product area and language. Keys are the same in both
 * languages; a test checks that no key is missing in either.
 */
export const resources = {
  nl: { translation: { common: nlCommon } },
  en: { translation: { common: enCommon } },
};
