import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { inTransaction } from "../okr/audit.server";
import { getSettings, companyToday } from "../okr/settings.server";
import type { Actor } from "../people/actor.server";
import { currentPeriod, periodWindow, type SurveyKind } from "./periods";
import { hashEditToken, newAnswerId, newEditToken, participationHash, surveySecret } from "./secret.server";

export interface AnswerInput {
  score: number;
  comment: string | null;
}

export type SubmitResult =
  /** A first answer: its edit token goes into the browser's cookie until the period ends. */
  | { outcome: "created"; period: string; token: string; periodEnd: string }
  | { outcome: "updated"; period: string }
  /** The person answered this period before, from a browser without that answer's edit cookie. */
  | { outcome: "already_answered"; period: string }
  /** The actor is no person (the system) or has no team. */
  | { outcome: "no_person"; period: string };

export interface SurveyStatus {
  period: string;
  periodEnd: string;
  answered: boolean;
  /** The answer this browser gave in the current period, read through its edit cookie. */
  ownAnswer: AnswerInput | null;
}

const TABLES = { mood: "mood_answers", enps: "enps_answers" } as const;
const PERIOD_COLUMNS = { mood: "week", enps: "quarter" } as const;

async function periodNow(db: Kysely<Database>, kind: SurveyKind, now: Date) {
  const settings = await getSettings(db);
  const today = await companyToday(db, now);
  const period = currentPeriod(kind, today, settings.fiscalStartMonth);
  const window = periodWindow(kind, period, settings.fiscalStartMonth)!;
  return { period, periodEnd: window.end, timeZone: settings.timeZone };
}

/** Return whether the actor answered the current period, and this browser's own answer if its cookie has one. */
export async function getSurveyStatus(
  db: Kysely<Database>,
  actor: Actor,
  kind: SurveyKind,
  now: Date,
  editToken: string | null,
): Promise<SurveyStatus> {
  const { period, periodEnd } = await periodNow(db, kind, now);
  if (actor.personId === null) return { period, periodEnd, answered: false, ownAnswer: null };

  const hash = participationHash(await surveySecret(db), kind, actor.personId, period);
  const answered = (await db.selectFrom("survey_participation").select("hash").where("hash", "=", hash).executeTakeFirst()) !== undefined;
  const ownAnswer = answered && editToken ? await findOwnAnswer(db, kind, period, editToken) : null;
  return { period, periodEnd, answered, ownAnswer };
}

async function findOwnAnswer(db: Kysely<Database>, kind: SurveyKind, period: string, editToken: string) {
  const row = await db
    .selectFrom(TABLES[kind])
    .select(["id", "score", "comment"])
    .where("edit_token_hash", "=", hashEditToken(editToken))
    .where(PERIOD_COLUMNS[kind], "=", period)
    .executeTakeFirst();
  return row ? { id: row.id, score: row.score, comment: row.comment } : null;
}

/**
 * Record the actor's answer for the current period, once. The participation hash and the answer
 * are written in one transaction, and the hash's primary key turns a double click, a reload or a
 * second tab into "already answered". An answer can be changed until its period ends, but only from
 * the browser that holds its edit token and only by a person who answered this period. No audit
 * entry or log line is written, because either would tie the person to the moment of answering.
 */
export async function submitAnswer(
  db: Kysely<Database>,
  actor: Actor,
  kind: SurveyKind,
  input: AnswerInput,
  now: Date,
  editToken: string | null,
): Promise<SubmitResult> {
  const { period, periodEnd } = await periodNow(db, kind, now);
  if (actor.personId === null) return { outcome: "no_person", period };
  const person = await db.selectFrom("people").select("team_id").where("id", "=", actor.personId).executeTakeFirst();
  if (!person) return { outcome: "no_person", period };
  const hash = participationHash(await surveySecret(db), kind, actor.personId, period);

  return inTransaction(db, async (trx) => {
    const inserted = await trx.insertInto("survey_participation").values({ hash }).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
      const own = editToken ? await findOwnAnswer(trx, kind, period, editToken) : null;
      if (!own) return { outcome: "already_answered", period };
      await trx.updateTable(TABLES[kind]).set({ score: input.score, comment: input.comment }).where("id", "=", own.id).execute();
      return { outcome: "updated", period };
    }

    const token = newEditToken();
    const row = { id: newAnswerId(), team_id: person.team_id, score: input.score, comment: input.comment, edit_token_hash: token.hash };
    if (kind === "mood") await trx.insertInto("mood_answers").values({ ...row, week: period }).execute();
    else await trx.insertInto("enps_answers").values({ ...row, quarter: period }).execute();
    return { outcome: "created", period, token: token.token, periodEnd };
  });
}
