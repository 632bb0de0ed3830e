import { z } from "zod";
import { localPathSchema } from "~/auth/safe-path";

/** Maximum length of a comment or reason, in characters. */
export const COMMENT_MAX = 1000;

const comment = z
  .string()
  .max(COMMENT_MAX, "too_long")
  .default("")
  .transform((text) => text.trim() || null);

const redirectTo = localPathSchema("/survey");

/** The answer form of either survey. Its errors are codes, worded under survey.errors. */
export const answerFormSchema = z.discriminatedUnion("survey", [
  z.object({
    survey: z.literal("mood"),
    score: z.string({ error: "mood_score" }).regex(/^[1-5]$/, "mood_score").transform(Number),
    comment,
    redirectTo,
  }),
  z.object({
    survey: z.literal("enps"),
    score: z.string({ error: "enps_score" }).regex(/^(10|[0-9])$/, "enps_score").transform(Number),
    comment,
    redirectTo,
  }),
]);

export type AnswerForm = z.infer<typeof answerFormSchema>;

export const SUBMIT_OUTCOMES = ["created", "updated", "already_answered"] as const;

/** ?survey= after an answer: which notice the page shows. */
export const noticeParamSchema = z.enum(SUBMIT_OUTCOMES).nullable().catch(null);

/** Add the outcome to the page the form came from, keeping its query. */
export function redirectWithNotice(path: string, outcome: string): string {
  const url = new URL(path, "http://localhost");
  url.searchParams.set("survey", outcome);
  return url.pathname + url.search;
}
