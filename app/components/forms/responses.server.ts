import { data } from "@remix-run/node";
import { z } from "zod";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { type FieldErrors, translateFieldErrors } from "./field-errors";

/** Body of a rejected form: messages by field, and the entered values to show again. */
export interface InvalidFormData {
  errors: Record<string, string>;
  values: Record<string, string>;
}

/** Build a 400 response with the field errors in the reader's language and the entered values. */
export async function invalidForm(
  request: Request,
  namespace: string,
  errors: FieldErrors,
  values: Record<string, string>,
  labels?: Record<string, string>,
) {
  const t = translator(await getLanguage(request));
  const body: InvalidFormData = { errors: translateFieldErrors(t, namespace, errors, values, labels), values };
  return data(body, { status: 400 });
}

/** Build a 404 response to throw. The root error boundary words it in the reader's language. */
export function notFound(): Response {
  return new Response(null, { status: 404 });
}

const routeIdSchema = z.coerce.number().int().positive();

/** Parse a positive row id from a route parameter. Throws a 404 for anything else. */
export function parseRouteId(value: string | undefined): number {
  const parsed = routeIdSchema.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
