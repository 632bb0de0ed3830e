import { Form } from "@remix-run/react";
import type { FieldErrors } from "~/components/forms/field-errors";
import type { CorrelationReport } from "~/correlations/correlations.server";
import { CORRELATION_INTERVALS } from "~/correlations/correlation-query";
import { FEW_PAIRS, LAGS, MIN_PAIRS } from "~/correlations/pearson";
import { formatDate, formatKpiValue, formatNumber } from "~/i18n/format";
import { nameIn } from "~/okr/report-types";
import { ScatterChart } from "./charts/scatter-chart";
import { useText } from "./use-text";

/** Render the correlations page: the choice of KPIs and team, r per lag, a scatter plot and both series. */
export function CorrelationView({ report }: { report: CorrelationReport }) {
  const { t, language } = useText();
  const { query, result } = report;
  const teamName = report.teams.find((team) => team.key === query.teamKey)?.name ?? query.teamKey;

  return (
    <>
      <h1>{t("correlations.title")}</h1>
      <p className="muted">{t("correlations.intro")}</p>
      <CorrelationErrors errors={report.errors} />
      <CorrelationForm report={report} />
      <p className="muted">
        {t("correlations.range", {
          from: formatDate(language, query.from),
          to: formatDate(language, query.to),
          interval: t(`correlations.form.intervals.${query.interval}`),
        })}
      </p>
      {result === null ? <p>{t("correlations.chooseTwo")}</p> : <CorrelationResult report={report} result={result} teamName={teamName} />}
    </>
  );
}

function CorrelationResult({ report, result, teamName }: { report: CorrelationReport; result: NonNullable<CorrelationReport["result"]>; teamName: string }) {
  const { t, language } = useText();
  const nameA = nameIn(language, result.kpiA);
  const nameB = nameIn(language, result.kpiB);
  const chosen = result.lags.find((lag) => lag.lag === report.query.lag) ?? result.lags[0];
  const lagText = (lag: number) => (lag === 0 ? t("correlations.lagNone") : t("correlations.lagValue", { count: lag }));
  const valueA = (value: number) => formatKpiValue(language, value, result.kpiA.unit);
  const valueB = (value: number) => formatKpiValue(language, value, result.kpiB.unit);

  return (
    <>
      <h2>{t("correlations.lagsTitle")}</h2>
      <p className="muted">{t("correlations.lagDirection")}</p>
      <table className="correlation-lags">
        <thead>
          <tr>
            <th>{t("correlations.columns.lag")}</th>
            <th className="num">{t("correlations.columns.pairs")}</th>
            <th className="num">{t("correlations.columns.r")}</th>
            <th>{t("correlations.columns.reading")}</th>
          </tr>
        </thead>
        <tbody>
          {result.lags.map((lag) => (
            <tr key={lag.lag}>
              <td>{lagText(lag.lag)}</td>
              <td className="num">{lag.pairs.length}</td>
              <td className="num">{lag.result.r === null ? "–" : formatNumber(language, lag.result.r, 2)}</td>
              <td>
                {lag.result.r === null
                  ? t(`correlations.noR.${lag.result.reason}`, { min: MIN_PAIRS })
                  : lag.reading?.sign
                    ? t(`correlations.reading.${lag.reading.strength}.${lag.reading.sign}`)
                    : t("correlations.reading.none")}
                {lag.pairs.length < FEW_PAIRS ? (
                  <span className="warning" role="note">
                    {" "}
                    {t("correlations.fewPairs", { count: lag.pairs.length, lag: lag.lag, min: FEW_PAIRS })}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t("correlations.thresholds")}</p>
      <p className="muted">{t("correlations.skipped")}</p>

      <h2>{t("correlations.scatterTitle", { lag: chosen.lag })}</h2>
      {chosen.pairs.length === 0 ? (
        <p className="muted chart-placeholder">{t("correlations.noPairs")}</p>
      ) : (
        <ScatterChart
          points={chosen.pairs.map((pair) => ({ x: pair.a, y: pair.b, label: pair.periodA === pair.periodB ? pair.periodA : `${pair.periodA} → ${pair.periodB}` }))}
          ariaLabel={t("correlations.scatterLabel", { a: nameA, b: nameB, team: teamName, lag: chosen.lag })}
          xLegend={nameA}
          yLegend={chosen.lag === 0 ? nameB : t("correlations.scatterAxisB", { name: nameB, lag: lagText(chosen.lag) })}
          formatX={valueA}
          formatY={valueB}
        />
      )}

      <h2>{t("correlations.seriesTitle")}</h2>
      <table className="correlation-series">
        <thead>
          <tr>
            <th>{t("correlations.columns.period")}</th>
            <th className="num">{nameA}</th>
            <th className="num">{nameB}</th>
          </tr>
        </thead>
        <tbody>
          {result.series.map((row) => (
            <tr key={row.period}>
              <td>{row.period}</td>
              <td className="num">{row.a === null ? t("common.noValue") : valueA(row.a)}</td>
              <td className="num">{row.b === null ? t("common.noValue") : valueB(row.b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Render the choice of KPIs, team, interval, lag and range as a GET form, so that a comparison is a shareable URL. */
function CorrelationForm({ report }: { report: CorrelationReport }) {
  const { t, language } = useText();
  const { query } = report;
  const kpiSelect = (name: "a" | "b", selected: string | undefined) => (
    <label>
      {t(`correlations.form.${name}`)}{" "}
      <select name={name} defaultValue={selected ?? ""}>
        <option value="">{t("correlations.form.choose")}</option>
        {report.kpis.map((kpi) => (
          <option key={kpi.key} value={kpi.key}>
            {nameIn(language, kpi)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Form method="get" className="correlation-query no-print">
      <p>
        {kpiSelect("a", query.kpiA)} {kpiSelect("b", query.kpiB)}{" "}
        <label>
          {t("correlations.form.team")}{" "}
          <select name="team" defaultValue={query.teamKey}>
            {report.teams.map((team) => (
              <option key={team.key} value={team.key}>
                {"\u00a0".repeat(team.depth * 2)}
                {team.name}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          {t("correlations.form.interval")}{" "}
          <select name="interval" defaultValue={query.interval}>
            {CORRELATION_INTERVALS.map((interval) => (
              <option key={interval} value={interval}>
                {t(`correlations.form.intervals.${interval}`)}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("correlations.form.lag")}{" "}
          <select name="lag" defaultValue={String(query.lag)}>
            {LAGS.map((lag) => (
              <option key={lag} value={lag}>
                {lag}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("correlations.form.from")} <input type="date" name="from" defaultValue={query.from} />
        </label>{" "}
        <label>
          {t("correlations.form.to")} <input type="date" name="to" defaultValue={query.to} />
        </label>{" "}
        <button type="submit">{t("correlations.form.submit")}</button>
      </p>
    </Form>
  );
}

function CorrelationErrors({ errors }: { errors: FieldErrors }) {
  const { t, language } = useText();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  const asDate = (value: string | number | undefined) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(language, value) : value);
  return (
    <div className="error" role="alert">
      <ul>
        {entries.map(([field, error]) => (
          <li key={field}>{t(`correlations.errors.${error.code}`, { ...error.params, from: asDate(error.params?.from), to: asDate(error.params?.to) })}</li>
        ))}
      </ul>
      <p>{t("correlations.errors.shownInstead")}</p>
    </div>
  );
}
