import enCommon from "./locales/en/common";
import enNumbers from "./locales/en/numbers";
import enImports from "./locales/en/imports";
import enOkr from "./locales/en/okr";
import enCatalog from "./locales/en/catalog";
import enSnapshots from "./locales/en/snapshots";
import enPeople from "./locales/en/people";
import enReports from "./locales/en/reports";
import nlCommon from "./locales/nl/common";
import nlNumbers from "./locales/nl/numbers";
import nlImports from "./locales/nl/imports";
import nlOkr from "./locales/nl/okr";
import nlCatalog from "./locales/nl/catalog";
import nlSnapshots from "./locales/nl/snapshots";
import nlPeople from "./locales/nl/people";
import nlReports from "./locales/nl/reports";

/**
 * All interface text, one module per product area and language. Keys are the same in both
 * languages; a test checks that no key is missing in either.
 */
export const resources = {
  nl: { translation: { common: nlCommon, numbers: nlNumbers, imports: nlImports, okr: nlOkr, catalog: nlCatalog, snapshots: nlSnapshots, people: nlPeople, reports: nlReports } },
  en: { translation: { common: enCommon, numbers: enNumbers, imports: enImports, okr: enOkr, catalog: enCatalog, snapshots: enSnapshots, people: enPeople, reports: enReports } },
};
