import { z } from "zod";
import { isQuarter } from "../kpi/calendar";

export const MAX_REASON_LENGTH = 500;

const quarter = z.string().trim().refine(isQuarter, { error: "invalid_quarter" });

/** The close and reopen forms of the Quarters page. */
export const quarterActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("close"), quarter }),
  z.object({
    intent: z.literal("reopen"),
    quarter,
    reason: z.string().trim().min(1, { error: "reason_required" }).max(MAX_REASON_LENGTH, { error: "reason_too_long" }),
  }),
]);

/** The query after a close or reopen: which quarter changed, for the confirmation on the page. */
export const quarterDoneSchema = z.object({
  done: z.enum(["closed", "reopened"]).optional().catch(undefined),
  quarter: z.string().refine(isQuarter).optional().catch(undefined),
  count: z.coerce.number().int().min(0).optional().catch(undefined),
});

/** The carry-over form: chosen objective and key result ids, as repeated checkbox fields. */
export const carryOverSchema = z.object({
  objectiveIds: z.array(z.coerce.number().int().positive()),
  keyResultIds: z.array(z.coerce.number().int().positive()),
});

/** Route parameter $quarter: a quarter such as 2026-Q3. */
export const quarterParamSchema = z.object({ quarter: quarter });
