import { data } from "@remix-run/node";
import { z } from "zod";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { type FieldErrors, translateFieldErrors } from "./field-errors";

/** What an action returns for rejected input: messages by field, and the entered values to show again. */
export interface InvalidFormData {
  errors: Record<string, string>;
  values: Record<string, string>;
}

/** A 400 response with the field errors worded in the reader's language and the entered values. */
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

/** A 404 to throw; the root error boundary words it in the reader's language. */
export function notFound(): Response {
  return new Response(null, { status: 404 });
}

const routeIdSchema = z.coerce.number().int().positive();

/** A positive row id from a route parameter; throws a 404 for anything else. */
export function parseRouteId(value: string | undefined): number {
  const parsed = routeIdSchema.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
