import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CorrelationView } from "~/components/correlation-view";
import { parseCorrelationQuery } from "~/correlations/correlation-query";
import { loadCorrelation } from "~/correlations/correlations.server";
import { getI18n } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { companyToday } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";

/** /correlations?a=<kpi>&b=<kpi>&team=<key>&interval=week|month&lag=0..3&from=&to= */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const today = await companyToday(context.db, context.now());

  const { query, errors: queryErrors } = parseCorrelationQuery(new URL(request.url));
  const report = await loadCorrelation(context.db, actor, { query, today });
  report.errors = { ...queryErrors, ...report.errors };
  const title = getI18n(await getLanguage(request)).t("correlations.meta");
  const result = { report, title };
  return Object.keys(report.errors).length > 0 ? data(result, { status: 400 }) : result;
}

export default function CorrelationsPage() {
  const { report } = useLoaderData<typeof loader>();
  return <CorrelationView report={report} />;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "OKR & KPI" }];
