import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvResponse } from "~/exports/csv-response";
import { parseSnapshotExportQuery } from "~/exports/export-query";
import { exportErrorText, exportSnapshots } from "~/exports/exports.server";
import { getLanguage } from "~/i18n/language.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";

/** GET /exports/snapshots.csv?metric=&team=&from=&to=: stored snapshots as a CSV download (admins, and leads for their teams). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "lead");
  const language = await getLanguage(request);

  const { filter, errors } = parseSnapshotExportQuery(new URL(request.url));
  if (Object.keys(errors).length > 0) return errorResponse(exportErrorText(errors, language));

  const result = await exportSnapshots(context.db, actor, { filter, language });
  if (!result.ok) return errorResponse(exportErrorText(result.errors, language));
  return csvResponse(result.file.fileName, result.file.text);
}

function errorResponse(text: string): Response {
  return new Response(text, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
