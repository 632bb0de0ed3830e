import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { KpiChart } from "~/components/charts/kpi-chart";
import type { FieldErrors } from "~/components/forms/field-errors";
import { renderStale } from "~/components/key-result-outlook";
import { QueryErrors } from "~/components/query-errors";
import { useLanguage } from "~/components/use-language";
import { formatDate, formatNumber } from "~/i18n/format";
import { getI18n } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { KPI_INTERVALS, parseKpiQuery } from "~/kpi/kpi-query";
import { type KpiReport, loadKpiReport } from "~/kpi/kpi-report.server";
import type { StaleInput } from "~/kpi/staleness";
import { loadStaleness } from "~/kpi/staleness.server";
import { nameIn } from "~/okr/report-types";
import { companyToday } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";

const paramsSchema = z.object({ kpiKey: z.string().min(1).max(200) });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireActor(request, context.db);
  const parsedParams = paramsSchema.safeParse(params);
  if (!parsedParams.success) throw new Response(null, { status: 404 });

  const today = await companyToday(context.db, context.now());
  const { query, errors: queryErrors } = parseKpiQuery(new URL(request.url));
  const report = await loadKpiReport(context.db, parsedParams.data.kpiKey, { query, today });
  if (!report) throw new Response(null, { status: 404 });

  const language = await getLanguage(request);
  const title = getI18n(language).t("reports.meta.kpi", { name: nameIn(language, report.kpi) });
  const errors: FieldErrors = { ...queryErrors, ...report.errors };
  const staleness = await loadStaleness(context.db, today);
  const stale = staleness.forKpiTeams(report.kpi.id, report.query.teamIds);
  const result = { report, errors, title, stale };
  return Object.keys(errors).length > 0 ? data(result, { status: 400 }) : result;
}

export default function KpiPage() {
  const { report, errors, stale } = useLoaderData<typeof loader>();
  return <KpiView report={report} errors={errors} stale={stale} />;
}

export function KpiView({ report, errors, stale = [] }: { report: KpiReport; errors: FieldErrors; stale?: StaleInput[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { kpi, query, chart } = report;
  const teamNames = Object.fromEntries(report.teams.map((team) => [team.id, team.name]));
  const description = language === "nl" ? kpi.description_nl : kpi.description_en;

  return (
    <>
      <p className="muted">
        <Link to="/kpis">{t("reports.kpi.all")}</Link>
      </p>
      <h1>
        {nameIn(language, kpi)} {renderStale(t, language, stale, teamNames)}
      </h1>
      {stale.length > 0 ? (
        <ul className="notice warning stale-inputs">
          {stale.map((input) => (
            <li key={`${input.metricKey}|${input.teamId}`}>
              {t("quarters.stale.explain", {
                metric: input.metricKey,
                team: teamNames[input.teamId] ?? `#${input.teamId}`,
                date: formatDate(language, input.lastEnd),
                days: input.allowedDays,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="facts">
        <dt>{t("reports.kpi.description")}</dt>
        <dd>{description || <span className="muted">–</span>}</dd>
        <dt>{t("reports.kpis.formula")}</dt>
        <dd>
          <code>{kpi.formula}</code>
        </dd>
        {kpi.params.length > 0 ? (
          <>
            <dt>{t("reports.kpis.parameters")}</dt>
            <dd>
              {kpi.params
                .map((param) => `${param.key} = ${formatNumber(language, param.default, 2)} (${language === "nl" ? param.name_nl : param.name_en})`)
                .join(", ")}
            </dd>
          </>
        ) : null}
        <dt>{t("reports.kpis.unit")}</dt>
        <dd>{t(`reports.kpis.units.${kpi.unit}`, { defaultValue: kpi.unit })}</dd>
        <dt>{t("reports.kpis.direction")}</dt>
        <dd>{t(`reports.kpis.directions.${kpi.direction}`)}</dd>
      </dl>

      <h2>{t("reports.kpi.chartTitle")}</h2>
      <QueryErrors errors={errors} />
      <KpiQueryForm report={report} />
      <p className="muted">
        {t("reports.kpi.range", {
          from: formatDate(language, query.from),
          to: formatDate(language, query.to),
          interval: t(`reports.kpi.intervals.${query.interval}`),
        })}
      </p>
      <KpiChart data={chart} unit={kpi.unit} name={nameIn(language, kpi)} teamNames={teamNames} />
      {chart.teamsWithoutValue.length > 0 && !chart.empty ? (
        <p className="muted">
          {t("reports.kpi.teamsWithoutValue", {
            teams: chart.teamsWithoutValue.map((id) => teamNames[id] ?? `#${id}`).join(", "),
          })}
        </p>
      ) : null}
    </>
  );
}

/** Teams, interval and date range as a GET form, so that a chosen view is a shareable URL. */
function KpiQueryForm({ report }: { report: KpiReport }) {
  const { t } = useTranslation();
  const { query } = report;
  return (
    <Form method="get" className="kpi-query no-print">
      <fieldset>
        <legend>{t("reports.kpi.teams")}</legend>
        {report.teams.map((team) => (
          <label key={team.id} className="team-choice" style={{ marginLeft: `${team.depth}rem` }}>
            <input type="checkbox" name="team" value={team.id} defaultChecked={query.teamIds.includes(team.id)} /> {team.name}
          </label>
        ))}
      </fieldset>
      <label>
        {t("reports.kpi.interval")}{" "}
        <select name="interval" defaultValue={query.interval}>
          {KPI_INTERVALS.map((interval) => (
            <option key={interval} value={interval}>
              {t(`reports.kpi.intervals.${interval}`)}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        {t("reports.kpi.from")} <input type="date" name="from" defaultValue={query.from} required />
      </label>{" "}
      <label>
        {t("reports.kpi.to")} <input type="date" name="to" defaultValue={query.to} required />
      </label>{" "}
      <button type="submit">{t("reports.kpi.show")}</button>
    </Form>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "OKR & KPI" }];
