import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema";
import { inTransaction } from "../okr/audit.server";
import { getSettings } from "../okr/settings.server";
import type { Actor } from "../people/actor.server";
import { forbidden } from "../people/permissions.server";
import { MIN_SURVEY_THRESHOLD } from "./suppression";

/** The threshold form: a whole number from 3 to 100. */
export const thresholdFormSchema = z.object({
  threshold: z
    .string({ error: "threshold" })
    .regex(/^\d+$/, "threshold")
    .transform(Number)
    .refine((n) => n >= MIN_SURVEY_THRESHOLD && n <= 100, "threshold"),
});

/** Store the survey threshold (admins only), with an audit entry holding the old and new value. */
export async function setSurveyThreshold(db: Kysely<Database>, actor: Actor, threshold: number, now: Date): Promise<void> {
  if (actor.role !== "admin") throw forbidden();
  if (!Number.isInteger(threshold) || threshold < MIN_SURVEY_THRESHOLD) throw new Error(`Invalid survey threshold ${threshold}: it must be a whole number of at least ${MIN_SURVEY_THRESHOLD}.`);

  const old = (await getSettings(db)).surveyThreshold;
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto("settings")
      .values({ key: "surveyThreshold", value: String(threshold) })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: String(threshold) }))
      .execute();
    await trx
      .insertInto("audit_entries")
      .values({
        actor_id: actor.personId,
        at: now.toISOString(),
        entity: "setting",
        entity_id: null,
        action: "update",
        old_value: JSON.stringify({ surveyThreshold: old }),
        new_value: JSON.stringify({ surveyThreshold: threshold }),
      })
      .execute();
  });
}
