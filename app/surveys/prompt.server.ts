import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { logger } from "../logger.server";
import { refreshScoresAfterEdit } from "../okr/refresh-scores.server";
import type { Actor } from "../people/actor.server";
import { getSurveyStatus, type SurveyStatus } from "./answers.server";
import { readEditToken } from "./edit-cookies.server";
import { noticeParamSchema } from "./forms";
import { syncSurveySnapshots } from "./snapshots.server";

export interface SurveyPrompt {
  mood: SurveyStatus;
  enps: Pick<SurveyStatus, "period" | "answered">;
  /** Outcome of the answer just sent, from ?survey=. */
  notice: "created" | "updated" | "already_answered" | null;
}

/** Load what the home page needs to ask the signed-in person this week's question, and whether they answered. */
export async function loadSurveyPrompt(db: Kysely<Database>, actor: Actor, request: Request, now: Date): Promise<SurveyPrompt> {
  await refreshSurveySnapshots(db, now);
  const mood = await getSurveyStatus(db, actor, "mood", now, await readEditToken(request, "mood"));
  const enps = await getSurveyStatus(db, actor, "enps", now, null);
  const notice = noticeParamSchema.parse(new URL(request.url).searchParams.get("survey"));
  return { mood, enps: { period: enps.period, answered: enps.answered }, notice };
}

/**
 * Write the snapshots of survey periods that have ended since the last call, and rescore when any
 * changed. Pages call it on the way, because nothing runs at the moment a week ends. A failure is
 * logged and does not break the page: the next call tries again.
 */
export async function refreshSurveySnapshots(db: Kysely<Database>, now: Date): Promise<void> {
  try {
    const result = await syncSurveySnapshots(db, now);
    if (result.inserted + result.replaced + result.removed > 0) {
      logger.info(result, "survey snapshots written");
      await refreshScoresAfterEdit(db, now);
    }
  } catch (error) {
    logger.error({ err: error }, "writing survey snapshots failed");
  }
}
