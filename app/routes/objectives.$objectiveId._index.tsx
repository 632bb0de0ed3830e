import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ClosedQuarterBanner } from "~/components/closed-quarter-banner";
import { KeyResultDetail } from "~/components/key-result-detail";
import { OutlookProvider } from "~/components/outlook-context";
import { ScoreBadge } from "~/components/score-badge";
import { FiscalYearProvider } from "~/components/fiscal-year";
import { useLanguage } from "~/components/use-language";
import { formatDate } from "~/i18n/format";
import { getI18n } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { loadObjectiveReport } from "~/okr/objective-report.server";
import type { ObjectiveLink, ObjectiveReport } from "~/okr/report-types";
import { companyToday } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";
import { canEditTeam } from "~/people/permissions.server";

const paramsSchema = z.object({ objectiveId: z.coerce.number().int().positive() });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) throw new Response(null, { status: 404 });

  const today = await companyToday(context.db, context.now());
  const report = await loadObjectiveReport(context.db, parsed.data.objectiveId, today);
  if (!report) throw new Response(null, { status: 404 });

  const t = getI18n(await getLanguage(request)).t;
  const canEdit = await canEditTeam(context.db, actor, report.objective.teamId);
  return { report, canEdit, title: t("reports.meta.objective", { title: report.objective.title }) };
}

export default function ObjectivePage() {
  const { report, canEdit } = useLoaderData<typeof loader>();
  return <ObjectiveView report={report} canEdit={canEdit} />;
}

/** canEdit hides the edit links from people who may not edit; the actions check it again. */
export function ObjectiveView({ report, canEdit }: { report: ObjectiveReport; canEdit: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { objective, score } = report;
  const owner = objective.ownerId === null ? null : report.ownerNames[objective.ownerId];

  return (
    <FiscalYearProvider value={report.fiscalStartMonth}>
    <OutlookProvider value={{ ...report.outlook, norm: report.norm, teamNames: report.teamNames }}>
      <p className="muted">
        <Link to={`/?quarter=${objective.period}`}>{t("common.nav.dashboard")}</Link>
      </p>
      <h1>
        {objective.title} {score ? <ScoreBadge score={score.score} colour={score.colour} /> : null}
      </h1>
      {report.generatedData ? <p className="notice">{t("common.generatedNotice")}</p> : null}
      {objective.description ? <p>{objective.description}</p> : null}
      <dl className="facts">
        <dt>{t("reports.objective.period")}</dt>
        <dd>{objective.period}</dd>
        <dt>{t("reports.objective.team")}</dt>
        <dd>{report.teamNames[objective.teamId] ?? `#${objective.teamId}`}</dd>
        <dt>{t("reports.objective.owner")}</dt>
        <dd>{owner ?? <span className="muted">{t("reports.objective.noOwner")}</span>}</dd>
        <dt>{t("reports.objective.status.label")}</dt>
        <dd>
          {t(`reports.objective.status.${objective.status}`)}
          {objective.status === "draft" ? <span className="muted"> ({t("reports.objective.draftHint")})</span> : null}
        </dd>
        <dt>{t("reports.objective.parent")}</dt>
        <dd>{report.parent ? <ObjectiveLinkText objective={report.parent} /> : <span className="muted">{t("reports.objective.noParent")}</span>}</dd>
        <dt>{t("reports.objective.children")}</dt>
        <dd>
          {report.children.length === 0 ? (
            <span className="muted">{t("reports.objective.noChildren")}</span>
          ) : (
            <ul>
              {report.children.map((child) => (
                <li key={child.id}>
                  <ObjectiveLinkText objective={child} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {report.outlook.closed ? (
        <ClosedQuarterBanner quarter={objective.period} />
      ) : canEdit ? (
        <p className="no-print">
          <Link to={`/objectives/${objective.id}/edit`}>{t("reports.objective.edit")}</Link>
          {" · "}
          <Link to={`/objectives/${objective.id}/archive`}>{t("reports.objective.archive")}</Link>
          {" · "}
          <Link to={`/key-results/new?objective=${objective.id}`}>{t("reports.objective.addKeyResult")}</Link>
        </p>
      ) : null}

      <h2>{t("reports.objective.keyResults")}</h2>
      {!score ? <p className="notice">{t("reports.objective.yearNotScored")}</p> : null}
      {score && report.asOf ? <p className="muted">{t("reports.objective.asOf", { date: formatDate(language, report.asOf) })}</p> : null}
      {score && score.keyResults.length === 0 ? <p className="muted">{t("reports.objective.noKeyResults")}</p> : null}
      {score?.keyResults.map((kr) => (
        <section key={kr.keyResultId} className="key-result">
          <h3>
            <Link to={`/key-results/${kr.keyResultId}`}>{kr.title}</Link>
          </h3>
          <KeyResultDetail
            keyResult={kr}
            kpi={kr.kpiId === null ? null : (report.kpis[kr.kpiId] ?? null)}
            metrics={report.metrics}
            teamNames={report.teamNames}
            ownerNames={report.ownerNames}
          />
        </section>
      ))}
    </OutlookProvider>
    </FiscalYearProvider>
  );
}

function ObjectiveLinkText({ objective }: { objective: ObjectiveLink }) {
  const { t } = useTranslation();
  return (
    <>
      <Link to={`/objectives/${objective.id}`}>{objective.title}</Link>{" "}
      <span className="muted">
        ({objective.period}
        {objective.status === "draft" ? `, ${t("reports.objective.status.draft")}` : ""})
      </span>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "OKR & KPI" }];
