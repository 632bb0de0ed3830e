import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { QuarterReportView } from "~/components/quarter-report-view";
import { FiscalYearProvider } from "~/components/fiscal-year";
import { getI18n } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { isQuarter } from "~/kpi/calendar";
import { parseQuarterParam } from "~/okr/quarter-param";
import { companyToday, getSettings } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";
import { loadQuarterReport } from "~/reports/quarter-report.server";

const paramsSchema = z.object({ quarter: z.string().refine(isQuarter) });

export const links: LinksFunction = () => [{ rel: "stylesheet", href: "/report.css" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) throw new Response(null, { status: 404 });
  // The quarter picker submits ?quarter= to this URL; the quarter belongs in the path.
  const picked = parseQuarterParam(new URL(request.url)).quarter;
  if (picked && picked !== parsed.data.quarter) return redirect(`/reports/${picked}`);

  const today = await companyToday(context.db, context.now());
  const report = await loadQuarterReport(context.db, actor, { quarter: parsed.data.quarter, today });
  const { fiscalStartMonth } = await getSettings(context.db);
  const title = getI18n(await getLanguage(request)).t("quarterReport.meta", { quarter: report.quarter });
  return { report, fiscalStartMonth, title };
}

export default function QuarterReportPage() {
  const { report, fiscalStartMonth } = useLoaderData<typeof loader>();
  return (
    <FiscalYearProvider value={fiscalStartMonth}>
      <QuarterReportView report={report} />
    </FiscalYearProvider>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "OKR & KPI" }];
