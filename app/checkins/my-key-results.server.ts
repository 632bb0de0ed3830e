import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { addDays, quarterOf } from "../kpi/calendar";
import { companyToday, getSettings } from "../okr/settings.server";
import type { Actor } from "../people/actor.server";
import { ledTeamIds } from "../people/permissions.server";
import { STALE_AFTER_DAYS } from "./forms";

export interface MyKeyResult {
  id: number;
  title: string;
  objectiveId: number;
  objectiveTitle: string;
  teamName: string;
  owned: boolean;
  /** Latest stored score 0..1, or null before the first scoring. */
  score: number | null;
  lastCheckIn: string | null;
  /** No check-in for STALE_AFTER_DAYS days or more (or never). */
  stale: boolean;
}

/**
 * Key results of the current quarter that the person owns or that belong to a team they lead
 * (or a subteam of one). For admins too this means the teams they lead, not every team.
 */
export async function listMyKeyResults(
  db: Kysely<Database>,
  actor: Actor,
  now: Date,
  chosenQuarter: string | null = null,
): Promise<{ quarter: string; rows: MyKeyResult[] }> {
  const today = await companyToday(db, now);
  const quarter = chosenQuarter ?? quarterOf(today, (await getSettings(db)).fiscalStartMonth);
  if (actor.personId === null) return { quarter, rows: [] };
  const personId = actor.personId;
  const led = [...(await ledTeamIds(db, { ...actor, role: "lead" }))];

  const rows = await db
    .selectFrom("key_results")
    .innerJoin("objectives", "objectives.id", "key_results.objective_id")
    .innerJoin("teams", "teams.id", "objectives.team_id")
    .select((eb) => [
      "key_results.id",
      "key_results.title",
      "key_results.owner_id",
      "objectives.id as objectiveId",
      "objectives.title as objectiveTitle",
      "teams.name as teamName",
      eb
        .selectFrom("check_ins")
        .select((inner) => inner.fn.max("check_ins.checked_on").as("last"))
        .whereRef("check_ins.key_result_id", "=", "key_results.id")
        .as("lastCheckIn"),
      eb
        .selectFrom("score_snapshots")
        .select("score_snapshots.score")
        .whereRef("score_snapshots.key_result_id", "=", "key_results.id")
        .orderBy("score_snapshots.as_of", "desc")
        .limit(1)
        .as("score"),
    ])
    .where("objectives.period", "=", quarter)
    .where("objectives.archived_at", "is", null)
    .where("key_results.archived_at", "is", null)
    .where((eb) => (led.length > 0 ? eb.or([eb("key_results.owner_id", "=", personId), eb("objectives.team_id", "in", led)]) : eb("key_results.owner_id", "=", personId)))
    .orderBy("teams.name")
    .orderBy("objectives.title")
    .orderBy("key_results.title")
    .execute();

  const staleBefore = addDays(today, -STALE_AFTER_DAYS + 1);
  return {
    quarter,
    rows: rows.map((row) => ({
      id: row.id,
      title: row.title,
      objectiveId: row.objectiveId,
      objectiveTitle: row.objectiveTitle,
      teamName: row.teamName,
      owned: row.owner_id === personId,
      score: row.score ?? null,
      lastCheckIn: row.lastCheckIn ?? null,
      stale: row.lastCheckIn == null || row.lastCheckIn < staleBefore,
    })),
  };
}
