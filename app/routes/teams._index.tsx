import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TeamScoreChart } from "~/components/charts/team-score-chart";
import type { FieldErrors } from "~/components/forms/field-errors";
import { QuarterPicker } from "~/components/quarter-picker";
import { QueryErrors } from "~/components/query-errors";
import { ScoreBadge } from "~/components/score-badge";
import { SuccessRate } from "~/components/success-rate";
import { getI18n } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { parseQuarterParam } from "~/okr/quarter-param";
import type { TeamComparisonReport } from "~/okr/report-types";
import { loadTeamComparison } from "~/okr/reports.server";
import { companyToday } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireActor(request, context.db);
  const today = await companyToday(context.db, context.now());

  const { quarter, errors } = parseQuarterParam(new URL(request.url));
  const report = await loadTeamComparison(context.db, { quarter, today });
  const t = getI18n(await getLanguage(request)).t;
  const result = { report, errors, title: t("reports.meta.teams", { quarter: report.quarter }) };
  return Object.keys(errors).length > 0 ? data(result, { status: 400 }) : result;
}

export default function TeamsPage() {
  const { report, errors } = useLoaderData<typeof loader>();
  return <TeamComparisonView report={report} errors={errors} />;
}

export function TeamComparisonView({ report, errors }: { report: TeamComparisonReport; errors: FieldErrors }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("reports.teams.title", { quarter: report.quarter })}</h1>
      <QueryErrors errors={errors} />
      <QuarterPicker options={report.options} selected={report.quarter} current={report.current} />
      {report.bars.length === 0 ? (
        <p className="muted chart-placeholder">{t("reports.teams.noScores")}</p>
      ) : (
        <TeamScoreChart bars={report.bars} norm={report.norm} quarter={report.quarter} />
      )}
      <table>
        <thead>
          <tr>
            <th>{t("reports.teams.team")}</th>
            <th className="num">{t("reports.teams.score")}</th>
            <th>{t("reports.teams.successRate")}</th>
            <th>{t("reports.teams.subtreeSuccessRate")}</th>
            <th className="num">{t("reports.teams.keyResults")}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.teamId}>
              <td style={{ paddingLeft: `${0.5 + row.depth * 1.2}rem` }}>{row.name}</td>
              <td className="num">
                <ScoreBadge score={row.score} colour={row.colour} />
              </td>
              <td>
                <SuccessRate rate={row.successRate} norm={report.norm} compact />
              </td>
              <td>
                <SuccessRate rate={row.subtreeSuccessRate} norm={report.norm} compact />
              </td>
              <td className="num">{row.keyResultCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t("reports.teams.draftsExcluded")}</p>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "OKR & KPI" }];
