import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvResponse } from "~/exports/csv-response";
import { exportErrorText, exportScores } from "~/exports/exports.server";
import { getLanguage } from "~/i18n/language.server";
import { parseQuarterParam } from "~/okr/quarter-param";
import { companyToday } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";

/** GET /exports/scores.csv?quarter=2026-Q4: the quarter's scores as a CSV download in the reader's language. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const language = await getLanguage(request);

  const { quarter, errors } = parseQuarterParam(new URL(request.url));
  if (Object.keys(errors).length > 0) {
    return new Response(exportErrorText(errors, language), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }

  const today = await companyToday(context.db, context.now());
  const file = await exportScores(context.db, actor, { quarter, today, language });
  return csvResponse(file.fileName, file.text);
}
