import { z } from "zod";
import type { Language } from "~/i18n/language";
import { parseIsoDate } from "~/kpi/calendar";
import { parseDecimal } from "./decimal";

// Zod pieces for form fields. Every issue message is an error code that the route translates
// (see translateFieldErrors); form values arrive as strings, and an absent field as undefined.

/** Trimmed text; absent counts as empty. */
export const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim())
    .pipe(z.string().max(max, { error: "too_long" }));

/** Trimmed text of at least one character. */
export const requiredText = (max: number) =>
  optionalText(max).pipe(z.string().min(1, { error: "required" }));

/** A row id chosen from a select; empty is null. */
export const optionalId = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const text = (value ?? "").trim();
    if (text === "") return null;
    if (!/^\d+$/.test(text)) {
      ctx.addIssue({ code: "custom", message: "invalid_choice" });
      return z.NEVER;
    }
    return Number(text);
  });

export const requiredId = optionalId.pipe(z.number({ error: "required" }));

/** A number typed in the reader's language ("56,5" in Dutch); empty is null. */
export const optionalDecimal = (language: Language) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const text = (value ?? "").trim();
      if (text === "") return null;
      const number = parseDecimal(text, language);
      if (number === null) {
        ctx.addIssue({ code: "custom", message: "invalid_number" });
        return z.NEVER;
      }
      return number;
    });

/** An ISO date from an <input type="date">; empty is null. */
export const optionalIsoDate = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const text = (value ?? "").trim();
    if (text === "") return null;
    const date = parseIsoDate(text);
    if (date === null) {
      ctx.addIssue({ code: "custom", message: "invalid_date" });
      return z.NEVER;
    }
    return date;
  });
