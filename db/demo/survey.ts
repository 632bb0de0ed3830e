import type { Insertable, Kysely } from "kysely";
import { addDays, isoWeekOf } from "../../app/kpi/calendar";
import { newAnswerId, newEditToken } from "../../app/surveys/secret.server";
import { syncSurveySnapshots } from "../../app/surveys/snapshots.server";
import type { Database, EnpsAnswerTable, MoodAnswerTable } from "../schema";
import { seededRandom } from "./random";

// Mean mood (1–5) per team key; teams not listed get 3.6. Delivery dips in the summer quarter.
const TEAM_MOOD: Record<string, number> = { "sales-central": 3.9, "sales-east": 3.3, "sales-west": 3.7, delivery: 3.5 };
const COMMENTS = [
  "Fijne samenwerking in het team",
  "Veel werkdruk deze week",
  "Goede klantgesprekken",
  "Te veel interne overleggen",
  "Mooi project afgerond",
  "Onduidelijke prioriteiten",
  "Prettige sfeer op kantoor",
  "Planning loopt achter",
];

/**
 * Generate survey answers for the demo people: for every ISO week from `from` to `to` each person
 * answers the mood question with a chance of 80%, and each quarter the eNPS question with a chance
 * of 70%. Answers are stored as real ones would be (week or quarter, team, score, comment), then
 * turned into snapshots. The teams are recorded in the setting generatedSurveyTeamIds, so that the
 * survey pages label their answers as generated.
 * NOTE: no participation hashes are written, so a demo person may still answer a generated week.
 */
export async function insertDemoSurveyAnswers(db: Kysely<Database>, from: string, to: string, quarters: string[], now: Date): Promise<void> {
  const random = seededRandom(49);
  const teams = await db.selectFrom("teams").select(["id", "key"]).execute();
  const keyOf = new Map(teams.map((team) => [team.id, team.key]));
  const people = await db.selectFrom("people").select("team_id").orderBy("id").execute();
  const score = (mean: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(mean + (random() + random() + random() - 1.5) * 1.6)));
  const comment = () => (random() < 0.15 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : null);

  const mood: Insertable<MoodAnswerTable>[] = [];
  for (let monday = from; monday <= to; monday = addDays(monday, 7)) {
    const week = isoWeekOf(monday);
    const summer = monday >= "2017-07-01" && monday <= "2017-09-30";
    for (const person of people) {
      if (random() >= 0.8) continue;
      const key = keyOf.get(person.team_id) ?? "";
      const mean = (TEAM_MOOD[key] ?? 3.6) - (summer && key === "delivery" ? 0.7 : 0);
      mood.push({ id: newAnswerId(), week, team_id: person.team_id, score: score(mean, 1, 5), comment: comment(), edit_token_hash: newEditToken().hash });
    }
  }
  const enps: Insertable<EnpsAnswerTable>[] = [];
  for (const quarter of quarters) {
    for (const person of people) {
      if (random() >= 0.7) continue;
      const mean = 2 * (TEAM_MOOD[keyOf.get(person.team_id) ?? ""] ?? 3.6);
      enps.push({ id: newAnswerId(), quarter, team_id: person.team_id, score: score(mean, 0, 10), comment: comment(), edit_token_hash: newEditToken().hash });
    }
  }

  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < mood.length; i += 500) await trx.insertInto("mood_answers").values(mood.slice(i, i + 500)).execute();
    if (enps.length > 0) await trx.insertInto("enps_answers").values(enps).execute();
    const ids = teams.map((team) => team.id).join(",");
    await trx.insertInto("settings").values({ key: "generatedSurveyTeamIds", value: ids }).execute();
  });
  await syncSurveySnapshots(db, now);
}
