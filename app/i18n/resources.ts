import enCommon from "./locales/en/common";
import enNumbers from "./locales/en/numbers";
import enImports from "./locales/en/imports";
import enOkr from "./locales/en/okr";
import enCatalog from "./locales/en/catalog";
import enSnapshots from "./locales/en/snapshots";
import enPeople from "./locales/en/people";
import enReports from "./locales/en/reports";
import enQuarters from "./locales/en/quarters";
import enAuth from "./locales/en/auth";
import enCheckins from "./locales/en/checkins";
import enAudit from "./locales/en/audit";
import enSurvey from "./locales/en/survey";
import enQuarterReport from "./locales/en/quarterReport";
import enExports from "./locales/en/exports";
import enCorrelations from "./locales/en/correlations";
import enApi from "./locales/en/api";
import nlCommon from "./locales/nl/common";
import nlNumbers from "./locales/nl/numbers";
import nlImports from "./locales/nl/imports";
import nlOkr from "./locales/nl/okr";
import nlCatalog from "./locales/nl/catalog";
import nlAuth from "./locales/nl/auth";
import nlCheckins from "./locales/nl/checkins";
import nlAudit from "./locales/nl/audit";
import nlSnapshots from "./locales/nl/snapshots";
import nlPeople from "./locales/nl/people";
import nlReports from "./locales/nl/reports";
import nlQuarters from "./locales/nl/quarters";
import nlSurvey from "./locales/nl/survey";
import nlQuarterReport from "./locales/nl/quarterReport";
import nlExports from "./locales/nl/exports";
import nlCorrelations from "./locales/nl/correlations";
import nlApi from "./locales/nl/api";

/**
 * All interface text, one module per product area and language. Keys are the same in both
 * languages; a test checks that no key is missing in either.
 */
export const resources = {
  nl: { translation: { common: nlCommon, numbers: nlNumbers, imports: nlImports, okr: nlOkr, catalog: nlCatalog, snapshots: nlSnapshots, people: nlPeople, reports: nlReports, quarters: nlQuarters, auth: nlAuth, checkins: nlCheckins, audit: nlAudit, survey: nlSurvey, quarterReport: nlQuarterReport, exports: nlExports, correlations: nlCorrelations, api: nlApi } },
  en: { translation: { common: enCommon, numbers: enNumbers, imports: enImports, okr: enOkr, catalog: enCatalog, snapshots: enSnapshots, people: enPeople, reports: enReports, quarters: enQuarters, auth: enAuth, checkins: enCheckins, audit: enAudit, survey: enSurvey, quarterReport: enQuarterReport, exports: enExports, correlations: enCorrelations, api: enApi } },
};
