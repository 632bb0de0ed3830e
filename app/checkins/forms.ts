import { z } from "zod";
import { optionalDecimal, optionalText } from "../components/forms/zod-fields";
import type { Language } from "../i18n/language";

/** Days without a check-in after which "My key results" marks a key result. */
export const STALE_AFTER_DAYS = 7;

/**
 * A check-in as posted: a milestone's grade 0..1 (empty for a KPI key result, whose value is
 * computed), a confidence 0..10 and a comment.
 */
export const checkInSchema = (language: Language) =>
  z.object({
    value: optionalDecimal(language).pipe(z.number().min(0, { error: "grade_range" }).max(1, { error: "grade_range" }).nullable()),
    confidence: z
      .string({ error: "required" })
      .trim()
      .min(1, { error: "required" })
      .transform(Number)
      .pipe(z.number({ error: "confidence_range" }).int({ error: "confidence_range" }).min(0, { error: "confidence_range" }).max(10, { error: "confidence_range" })),
    comment: optionalText(1000),
  });

export type CheckInInput = z.output<ReturnType<typeof checkInSchema>>;
