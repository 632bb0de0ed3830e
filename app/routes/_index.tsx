import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/components/forms/field-errors";
import { ClosedQuarterBanner } from "~/components/closed-quarter-banner";
import { ObjectiveTree } from "~/components/objective-tree";
import { OutlookProvider } from "~/components/outlook-context";
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
import { ledTeamIds } from "~/people/permissions.server";
import { HomeSurvey } from "~/surveys/components/survey-questions";
import { loadSurveyPrompt, type SurveyPrompt } from "~/surveys/prompt.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const today = await companyToday(context.db, context.now());
  const survey = await loadSurveyPrompt(context.db, actor, request, context.now());

  const { quarter, errors } = parseQuarterParam(new URL(request.url));
  const report = await loadDashboard(context.db, { quarter, today });
  // Admins create objectives for every team, leads for the teams they lead; the form checks again.
  const canCreate = actor.role === "admin" || (actor.role === "lead" && (await ledTeamIds(context.db, actor)).size > 0);
  const result = { report, errors, survey, canCreate, title: await pageTitle(request, report) };
  return Object.keys(errors).length > 0 ? data(result, { status: 400 }) : result;
}

async function pageTitle(request: Request, report: DashboardReport): Promise<string> {
  return getI18n(await getLanguage(request)).t("reports.meta.dashboard", { quarter: report.quarter });
}

export default function Dashboard() {
  const { report, errors, survey, canCreate } = useLoaderData<typeof loader>();
  return <DashboardView report={report} errors={errors} survey={survey} canCreate={canCreate} />;
}

interface DashboardViewProps {
  report: DashboardReport;
  errors: FieldErrors;
  survey?: SurveyPrompt;
  /** Whether the reader may create objectives; the link is hidden otherwise and for a closed quarter. */
  canCreate?: boolean;
}

/** Render the dashboard from report data; it is kept apart from the loader so that tests can render it. */
export function DashboardView({ report, errors, survey, canCreate = false }: DashboardViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notStarted = report.asOf < report.window.start;
  return (
    <FiscalYearProvider value={report.fiscalStartMonth}>
      <h1>{t("reports.dashboard.title", { quarter: report.quarter })}</h1>
      <QueryErrors errors={errors} />
      {survey ? <HomeSurvey prompt={survey} /> : null}
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
      {report.outlook.closed ? <ClosedQuarterBanner quarter={report.quarter} /> : null}

      <section className="company-summary">
        <p>
          {t("reports.dashboard.companyScore")}:{" "}
          <ScoreBadge score={report.company.score} colour={report.company.colour} />
        </p>
        <p>
          {t("reports.dashboard.successRate")}: <SuccessRate rate={report.company.successRate} norm={report.norm} />
        </p>
        <p className="no-print">
          {canCreate && !report.outlook.closed ? (
            <>
              <Link to={`/objectives/new?quarter=${report.quarter}`}>{t("reports.dashboard.newObjective", { quarter: report.quarter })}</Link>
              {" · "}
            </>
          ) : null}
          <Link to={`/teams?quarter=${report.quarter}`}>{t("reports.dashboard.compareTeams")}</Link>
          {" · "}
          <Link to={`/reports/${report.quarter}`}>{t("quarterReport.title", { quarter: report.quarter })}</Link>
          {" · "}
          <a href={`/exports/scores.csv?quarter=${report.quarter}`} download>
            {t("exports.links.scores")}
          </a>
        </p>
      </section>

      <h2>{t("reports.dashboard.teams")}</h2>
      <TeamCards rows={report.teams} norm={report.norm} generatedTeamIds={report.generatedDataTeamIds} />

      <h2>{t("reports.dashboard.objectives")}</h2>
      {report.tree.company.length === 0 && report.tree.teams.length === 0 ? (
        <p className="muted">{t("reports.dashboard.noObjectives", { quarter: report.quarter })}</p>
      ) : (
        <OutlookProvider value={{ ...report.outlook, norm: report.norm, teamNames: report.teamNames }}>
          <ObjectiveTree tree={report.tree} teamNames={report.teamNames} ownerNames={report.ownerNames} compact={report.compact} />
        </OutlookProvider>
      )}
    </FiscalYearProvider>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "OKR & KPI" }];
