import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/components/forms/field-errors";
import { ObjectiveTree } from "~/components/objective-tree";
import { QuarterPicker } from "~/components/quarter-picker";
import { QueryErrors } from "~/components/query-errors";
import { ScoreBadge } from "~/components/score-badge";
import { SuccessRate } from "~/components/success-rate";
import { TeamCards } from "~/components/team-cards";
import { FiscalYearProvider } from "~/components/fiscal-year";
import { useLanguage } from "~/components/use-language";
import { formatDate } from "~/i18n/format";
import { getI18n } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { parseQuarterParam } from "~/okr/quarter-param";
import type { DashboardReport } from "~/okr/report-types";
import { loadDashboard } from "~/okr/reports.server";
import { companyToday } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireActor(request, context.db);
  const today = await companyToday(context.db, context.now());

  const { quarter, errors } = parseQuarterParam(new URL(request.url));
  const report = await loadDashboard(context.db, { quarter, today });
  const result = { report, errors, title: await pageTitle(request, report) };
  return Object.keys(errors).length > 0 ? data(result, { status: 400 }) : result;
}

async function pageTitle(request: Request, report: DashboardReport): Promise<string> {
  return getI18n(await getLanguage(request)).t("reports.meta.dashboard", { quarter: report.quarter });
}

export default function Dashboard() {
  const { report, errors } = useLoaderData<typeof loader>();
  return <DashboardView report={report} errors={errors} />;
}

/** Render the dashboard from report data; it is kept apart from the loader so that tests can render it. */
export function DashboardView({ report, errors }: { report: DashboardReport; errors: FieldErrors }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notStarted = report.asOf < report.window.start;
  return (
    <FiscalYearProvider value={report.fiscalStartMonth}>
      <h1>{t("reports.dashboard.title", { quarter: report.quarter })}</h1>
      <QueryErrors errors={errors} />
      <QuarterPicker options={report.options} selected={report.quarter} current={report.current} />
      <p className="muted">
        {notStarted
          ? t("reports.dashboard.notStarted", { start: formatDate(language, report.window.start) })
          : t("reports.dashboard.asOf", {
              date: formatDate(language, report.asOf),
              start: formatDate(language, report.window.start),
              end: formatDate(language, report.window.end),
            })}
      </p>

      <section className="company-summary">
        <p>
          {t("reports.dashboard.companyScore")}:{" "}
          <ScoreBadge score={report.company.score} colour={report.company.colour} />
        </p>
        <p>
          {t("reports.dashboard.successRate")}: <SuccessRate rate={report.company.successRate} norm={report.norm} />
        </p>
        <p className="no-print">
          <Link to={`/objectives/new?quarter=${report.quarter}`}>{t("reports.dashboard.newObjective", { quarter: report.quarter })}</Link>
          {" · "}
          <Link to={`/teams?quarter=${report.quarter}`}>{t("reports.dashboard.compareTeams")}</Link>
        </p>
      </section>

      <h2>{t("reports.dashboard.teams")}</h2>
      <TeamCards rows={report.teams} norm={report.norm} generatedTeamIds={report.generatedDataTeamIds} />

      <h2>{t("reports.dashboard.objectives")}</h2>
      {report.tree.company.length === 0 && report.tree.teams.length === 0 ? (
        <p className="muted">{t("reports.dashboard.noObjectives", { quarter: report.quarter })}</p>
      ) : (
        <ObjectiveTree tree={report.tree} teamNames={report.teamNames} ownerNames={report.ownerNames} compact={report.compact} />
      )}
    </FiscalYearProvider>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "OKR & KPI" }];
