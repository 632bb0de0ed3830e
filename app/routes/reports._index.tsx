import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { parseQuarterParam } from "~/okr/quarter-param";
import { chooseQuarter } from "~/okr/reports.server";
import { companyToday } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";

/** /reports opens the report of ?quarter= or of the quarter the dashboard opens on. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireActor(request, context.db);
  const today = await companyToday(context.db, context.now());

  const { quarter } = parseQuarterParam(new URL(request.url));
  const choice = await chooseQuarter(context.db, { quarter, today });
  return redirect(`/reports/${choice.quarter}`);
}
