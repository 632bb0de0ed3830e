import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { KeyResultCharts } from "~/components/charts/key-result-charts";
import { KeyResultDetail } from "~/components/key-result-detail";
import { KpiValue } from "~/components/kpi-value";
import { ClosedQuarterBanner } from "~/components/closed-quarter-banner";
import { OutlookProvider } from "~/components/outlook-context";
import { ScoreBadge } from "~/components/score-badge";
import { FiscalYearProvider } from "~/components/fiscal-year";
import { useLanguage } from "~/components/use-language";
import { formatDate } from "~/i18n/format";
import { getI18n } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { loadKeyResultReport } from "~/okr/objective-report.server";
import type { KeyResultReport } from "~/okr/report-types";
import { scoreColour } from "~/okr/scoring";
import { companyToday } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";
import { canEditTeam } from "~/people/permissions.server";
import { checkInAction, checkInSectionData } from "~/checkins/check-in-route.server";
import { CheckInSection } from "~/checkins/components/check-in-section";

const paramsSchema = z.object({ keyResultId: z.coerce.number().int().positive() });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) throw new Response(null, { status: 404 });

  const today = await companyToday(context.db, context.now());
  const report = await loadKeyResultReport(context.db, parsed.data.keyResultId, today);
  if (!report) throw new Response(null, { status: 404 });

  const t = getI18n(await getLanguage(request)).t;
  const checkIns = await checkInSectionData(context.db, actor, parsed.data.keyResultId, new URL(request.url));
  const canEdit = await canEditTeam(context.db, actor, report.objective.teamId);
  return { report, checkIns, canEdit, title: t("reports.meta.keyResult", { title: report.keyResult.title }) };
}

export async function action(args: ActionFunctionArgs) {
  const actor = await requireActor(args.request, args.context.db);
  return checkInAction(actor, args);
}

export default function KeyResultPage() {
  const { report, checkIns, canEdit } = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  return (
    <>
      <KeyResultView report={report} canEdit={canEdit} />
      <CheckInSection keyResultId={report.keyResult.id} {...checkIns} rejected={rejected} />
    </>
  );
}

/** canEdit hides the edit links from people who may not edit; the actions check it again. */
export function KeyResultView({ report, canEdit }: { report: KeyResultReport; canEdit: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { keyResult, objective, score } = report;

  return (
    <FiscalYearProvider value={report.fiscalStartMonth}>
    <OutlookProvider value={{ ...report.outlook, norm: report.norm, teamNames: report.teamNames }}>
      <p className="muted">
        <Link to={`/?quarter=${objective.period}`}>{t("common.nav.dashboard")}</Link>
        {" › "}
        {t("reports.keyResult.objective")}: <Link to={`/objectives/${objective.id}`}>{objective.title}</Link> ({objective.period})
      </p>
      <h1>
        {keyResult.title} {score ? <ScoreBadge score={score.score} colour={score.colour} /> : null}
      </h1>
      {report.generatedData ? <p className="notice">{t("common.generatedNotice")}</p> : null}
      {report.outlook.closed ? (
        <ClosedQuarterBanner quarter={objective.period} />
      ) : canEdit ? (
        <p className="no-print">
          <Link to={`/key-results/${keyResult.id}/edit`}>{t("reports.keyResult.edit")}</Link>
          {" · "}
          <Link to={`/key-results/${keyResult.id}/archive`}>{t("reports.keyResult.archive")}</Link>
        </p>
      ) : null}

      {score ? (
        <>
          {report.asOf ? <p className="muted">{t("reports.keyResult.asOf", { date: formatDate(language, report.asOf) })}</p> : null}
          <KeyResultDetail
            keyResult={score}
            kpi={report.kpi}
            metrics={report.metrics}
            teamNames={report.teamNames}
            ownerNames={report.ownerNames}
          />
        </>
      ) : (
        <p className="notice">{t("reports.keyResult.notScored")}</p>
      )}

      <KeyResultCharts data={report.chart} title={keyResult.title} />
      {report.points.length > 0 ? <PointsTable report={report} /> : null}
    </OutlookProvider>
    </FiscalYearProvider>
  );
}

/** Table of the chart's points, readable without the chart and in print. */
function PointsTable({ report }: { report: KeyResultReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <details>
      <summary>{t("reports.keyResult.values")}</summary>
      <table>
        <thead>
          <tr>
            <th>{t("reports.keyResult.date")}</th>
            <th className="num">{t("reports.keyResult.value")}</th>
            <th className="num">{t("reports.keyResult.score")}</th>
          </tr>
        </thead>
        <tbody>
          {report.points.map((point) => (
            <tr key={point.date}>
              <td>{formatDate(language, point.date)}</td>
              <td className="num">
                <KpiValue value={point.value} unit={report.chart.unit} kind={report.keyResult.kind} reason={null} />
              </td>
              <td className="num">
                {point.score === null ? (
                  <span className="no-value">{t("common.noValue")}</span>
                ) : (
                  <ScoreBadge score={point.score} colour={scoreColour(point.score, report.norm)} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "OKR & KPI" }];
