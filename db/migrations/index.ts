import type { Migration } from "kysely/migration";

import * as m0001 from "./0001_create_teams";
import * as m0002 from "./0002_create_people";
import * as m0003 from "./0003_create_metrics";
import * as m0004 from "./0004_create_kpis";
import * as m0005 from "./0005_create_imports";
import * as m0006 from "./0006_create_metric_snapshots";
import * as m0007 from "./0007_index_metric_snapshots_period";
import * as m0008 from "./0008_create_objectives";
import * as m0009 from "./0009_create_key_results";
import * as m0010 from "./0010_create_score_snapshots";
import * as m0011 from "./0011_create_settings";
import * as m0012 from "./0012_create_audit_entries";
import * as m0013 from "./0013_index_objectives_period";
import * as m0014 from "./0014_index_key_results_objective";
import * as m0015 from "./0015_create_sessions";
import * as m0016 from "./0016_add_people_password_hash";
import * as m0017 from "./0017_create_account_links";
import * as m0018 from "./0018_create_sign_in_failures";
import * as m0019 from "./0019_create_check_ins";
import * as m0020 from "./0020_create_quarters";
import * as m0021 from "./0021_add_objectives_carried_from";
import * as m0022 from "./0022_add_key_results_carried_from";
import * as m0028 from "./0028_create_api_tokens";
import * as m0031 from "./0031_create_survey_participation";
import * as m0032 from "./0032_create_mood_answers";
import * as m0033 from "./0033_create_enps_answers";
import * as m0034 from "./0034_index_mood_answers_week";

/** Migrations by name; names sort in the order they apply. */
export const migrations: Record<string, Migration> = {
  "0001_create_teams": m0001,
  "0002_create_people": m0002,
  "0003_create_metrics": m0003,
  "0004_create_kpis": m0004,
  "0005_create_imports": m0005,
  "0006_create_metric_snapshots": m0006,
  "0007_index_metric_snapshots_period": m0007,
  "0008_create_objectives": m0008,
  "0009_create_key_results": m0009,
  "0010_create_score_snapshots": m0010,
  "0011_create_settings": m0011,
  "0012_create_audit_entries": m0012,
  "0013_index_objectives_period": m0013,
  "0014_index_key_results_objective": m0014,
  "0015_create_sessions": m0015,
  "0016_add_people_password_hash": m0016,
  "0017_create_account_links": m0017,
  "0018_create_sign_in_failures": m0018,
  "0019_create_check_ins": m0019,
  "0020_create_quarters": m0020,
  "0021_add_objectives_carried_from": m0021,
  "0022_add_key_results_carried_from": m0022,
  "0028_create_api_tokens": m0028,
  "0031_create_survey_participation": m0031,
  "0032_create_mood_answers": m0032,
  "0033_create_enps_answers": m0033,
  "0034_index_mood_answers_week": m0034,
};
