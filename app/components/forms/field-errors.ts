import type { TFunction } from "i18next";
import type { z } from "zod";

/**
 * A rejected form field as a code with parameters. Pure code returns these; the route words them
 * in the reader's language with translateFieldErrors.
 */
export interface FieldError {
  code: string;
  params?: Record<string, string | number>;
}

export type FieldErrors = Record<string, FieldError>;

/** Outcome of a write that validates against the database: the saved row's id, or field errors. */
export type WriteResult = { ok: true; id: number } | { ok: false; errors: FieldErrors };

export type FormParse<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

export const invalid = (errors: FieldErrors): WriteResult => ({ ok: false, errors });

/**
 * Convert zod issues to field errors, keeping the first issue per field. Schemas set the issue
 * message to an error code ("required", "too_long"); limits of too_small and too_big become the
 * parameters min and max. Issues without a path land on the field "form".
 */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    if (errors[field]) continue;

    const params: Record<string, string | number> = {};
    if (issue.code === "too_small") params.min = Number(issue.minimum);
    if (issue.code === "too_big") params.max = Number(issue.maximum);
    if (issue.code === "custom" && issue.params) Object.assign(params, issue.params);
    errors[field] = { code: issue.message, params };
  }
  return errors;
}

/** Parse form values with a schema into input or field errors. */
export function parseForm<T>(schema: z.ZodType<T, unknown>, values: Record<string, string>): FormParse<T> {
  const parsed = schema.safeParse(values);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, errors: fieldErrorsFromZod(parsed.error) };
}

/**
 * Word field errors in the reader's language. Each message is looked up as
 * `<namespace>.errors.<code>` (falling back to `<namespace>.errors.invalid`) and receives the
 * field's label (from `labels`, else `<namespace>.fields.<field>`), the entered value and the
 * error's parameters.
 */
export function translateFieldErrors(
  t: TFunction,
  namespace: string,
  errors: FieldErrors,
  values: Record<string, string>,
  labels: Record<string, string> = {},
): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors)) {
    const key = `${namespace}.errors.${error.code}`;
    const label = labels[field] ?? t(`${namespace}.fields.${field}`, { defaultValue: field });
    const params = { field: label, value: values[field] ?? "", ...error.params };
    const known = t(key, { defaultValue: "" });
    messages[field] = known ? t(key, params) : t(`${namespace}.errors.invalid`, params);
  }
  return messages;
}

/** Form data as plain strings; files and repeated names keep the last text value. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string") values[name] = value;
  }
  return values;
}
