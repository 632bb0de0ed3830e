import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { formValues, parseForm } from "../components/forms/field-errors";
import { invalidForm, notFound, parseRouteId } from "../components/forms/responses.server";
import { getLanguage } from "../i18n/language.server";
import { refreshScoresAfterEdit } from "../okr/refresh-scores.server";
import type { Actor } from "../people/actor.server";
import { canCheckIn } from "../people/permissions.server";
import { closedQuarterOfTarget, getCheckInTarget, listCheckIns, recordCheckIn } from "./checkins.server";
import { checkInSchema } from "./forms";

/** Load what the key result page shows about check-ins: the history and whether the reader may add one. */
export async function checkInSectionData(db: ActionFunctionArgs["context"]["db"], actor: Actor, keyResultId: number, url: URL) {
  const target = await getCheckInTarget(db, keyResultId);
  return {
    checkIns: await listCheckIns(db, keyResultId),
    canCheckIn: target ? await canCheckIn(db, actor, target) : false,
    // A quarter closes only after its last day, so today's check-in date never lies in a closed
    // quarter: only the key result's own quarter can be closed.
    closedQuarter: target ? await closedQuarterOfTarget(db, target) : null,
    isMilestone: target?.kind === "milestone",
    saved: url.searchParams.get("checkedIn") === "1",
  };
}

/**
 * Handle the key result page's action: record a check-in, refresh the quarter's scores (a milestone's
 * grade may have changed) and show the page again. A rejected form returns 400 with field errors.
 */
export async function checkInAction(actor: Actor, { request, context, params }: ActionFunctionArgs) {
  const id = parseRouteId(params.keyResultId);

  const values = formValues(await request.formData());
  const parsed = parseForm(checkInSchema(await getLanguage(request)), values);
  if (!parsed.ok) return invalidForm(request, "checkins", parsed.errors, values);

  const result = await recordCheckIn(context.db, actor, id, parsed.input, context.now());
  if (!result) throw notFound();
  if (!result.ok) return invalidForm(request, "checkins", result.errors, values);

  const target = await getCheckInTarget(context.db, id);
  if (target) await refreshScoresAfterEdit(context.db, context.now(), target.period);
  return redirect(`/key-results/${id}?checkedIn=1#check-ins`);
}
