import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { getSettings } from "../okr/settings.server";
import type { ImportLookups } from "./types";

/** Load the metrics, teams and people that imported values are matched against. */
export async function loadLookups(db: Kysely<Database>): Promise<ImportLookups> {
  const [metrics, teams, people, settings] = await Promise.all([
    db.selectFrom("metrics").select(["id", "key", "kind"]).execute(),
    db.selectFrom("teams").select(["id", "key", "name"]).execute(),
    db.selectFrom("people").select(["id", "name", "email", "team_id as teamId"]).execute(),
    getSettings(db),
  ]);
  return { metrics, teams, people, fiscalStartMonth: settings.fiscalStartMonth };
}
