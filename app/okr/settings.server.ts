import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema";
import { type IsoDate, todayIn } from "../kpi/calendar";
import { DEFAULT_SUCCESS_NORM } from "./scoring";
import { DEFAULT_SURVEY_THRESHOLD, MIN_SURVEY_THRESHOLD } from "../surveys/suppression";

export interface CompanySettings {
  /** IANA time zone in which dates are calendar dates. */
  timeZone: string;
  /** 0..1; 0.7 by default. */
  successNorm: number;
  /** 1 = calendar quarters; 4 = the fiscal year starts in April. */
  fiscalStartMonth: number;
  /** Teams whose figures are generated (the demo's delivery team), marked as such on their pages. */
  generatedDataTeamIds: number[];
  /** Fewest survey answers a group needs in a period before its aggregates are shown; at least 3. */
  surveyThreshold: number;
  /** Teams whose survey answers are generated (the demo's teams), marked as such on the survey pages. */
  generatedSurveyTeamIds: number[];
}

const settingsSchema = z.object({
  timeZone: z.string().min(1).catch("Europe/Amsterdam"),
  successNorm: z.coerce.number().min(0.01).max(1).catch(DEFAULT_SUCCESS_NORM),
  fiscalStartMonth: z.coerce.number().int().min(1).max(12).catch(1),
  // Stored as a comma-separated list of team ids, e.g. "6".
  generatedDataTeamIds: z
    .string()
    .transform((text) => text.split(",").map(Number).filter((id) => Number.isInteger(id) && id > 0))
    .catch([]),
  // A stored value below the minimum is raised to it, never taken as is.
  surveyThreshold: z.coerce
    .number()
    .int()
    .catch(DEFAULT_SURVEY_THRESHOLD)
    .transform((n) => Math.max(MIN_SURVEY_THRESHOLD, n)),
  generatedSurveyTeamIds: z
    .string()
    .transform((text) => text.split(",").map(Number).filter((id) => Number.isInteger(id) && id > 0))
    .catch([]),
});

export async function getSettings(db: Kysely<Database>): Promise<CompanySettings> {
  const rows = await db.selectFrom("settings").select(["key", "value"]).execute();
  return settingsSchema.parse(Object.fromEntries(rows.map((r) => [r.key, r.value])));
}

/** Return today's date in the company's time zone, the as-of day of every page. */
export async function companyToday(db: Kysely<Database>, now: Date): Promise<IsoDate> {
  return todayIn((await getSettings(db)).timeZone, now);
}
