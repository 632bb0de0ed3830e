import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate, formatKpiValue, formatNumber } from "~/i18n/format";
import type { DateWindow } from "~/kpi/calendar";
import type { KpiInput } from "~/kpi/types";
import { type KpiSummary, type MetricSummary, nameIn } from "~/okr/report-types";
import type { KeyResultScore } from "~/okr/types";
import { KpiValue, Progress } from "./kpi-value";
import { ScoreBadge } from "./score-badge";
import { renderForecast, renderPace, renderStale } from "./key-result-outlook";
import { useOutlook } from "./outlook-context";
import { useLanguage } from "./use-language";

interface KeyResultDetailProps {
  keyResult: KeyResultScore;
  kpi: KpiSummary | null;
  metrics: Record<string, MetricSummary>;
  teamNames: Record<number, string>;
  ownerNames: Record<number, string>;
}

/**
 * Everything a key result's score is computed from: value, baseline and target, progress, score,
 * the window, and the KPI's formula with the metric values it read.
 */
export function KeyResultDetail({ keyResult: kr, kpi, metrics, teamNames, ownerNames }: KeyResultDetailProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const owner = kr.ownerId === null ? null : ownerNames[kr.ownerId];
  const outlook = useOutlook();
  const entry = outlook?.outlooks[kr.keyResultId];
  const stale = outlook?.staleInputs[kr.keyResultId];
  return (
    <div className="key-result-detail">
      <dl className="facts">
        <dt>{t("reports.keyResult.kindLabel")}</dt>
        <dd>{t(`reports.keyResult.kind.${kr.kind}`)}</dd>
        <dt>{t("reports.keyResult.value")}</dt>
        <dd>
          <KpiValue value={kr.value} unit={kr.unit} kind={kr.kind} reason={kr.reason} explain />
        </dd>
        <Targets keyResult={kr} />
        <dt>{t("reports.keyResult.progress")}</dt>
        <dd>
          <Progress progress={kr.progress} />
        </dd>
        <dt>{t("reports.keyResult.score")}</dt>
        <dd>
          <ScoreBadge score={kr.score} colour={kr.colour} />
        </dd>
        {outlook && entry ? (
          <>
            <dt>{t("quarters.pace.label")}</dt>
            <dd>{renderPace(t, language, entry.pace, outlook.norm)}</dd>
            <dt>{t("quarters.forecast.label")}</dt>
            <dd>{renderForecast(t, language, entry.forecast)}</dd>
          </>
        ) : null}
        {outlook && stale ? (
          <>
            <dt>{t("quarters.stale.title")}</dt>
            <dd>
              {renderStale(t, language, stale, outlook.teamNames)}{" "}
              <span className="muted">{stale.map((input) => input.metricKey).join(", ")}</span>
            </dd>
          </>
        ) : null}
        <dt>{t("reports.keyResult.window")}</dt>
        <dd>
          {t(`reports.keyResult.windowKind.${kr.windowKind}`)}: <WindowDates window={kr.window} />
        </dd>
        <dt>{t("reports.keyResult.team")}</dt>
        <dd>{teamNames[kr.teamId] ?? `#${kr.teamId}`}</dd>
        <dt>{t("reports.keyResult.weight")}</dt>
        <dd>{formatNumber(language, kr.weight, 2)}</dd>
        <dt>{t("reports.keyResult.owner")}</dt>
        <dd>{owner ?? <span className="muted">{t("reports.objective.noOwner")}</span>}</dd>
      </dl>
      {kpi && kr.kind !== "milestone" ? <KpiFormula kpi={kpi} inputs={kr.inputs} params={kr.params} metrics={metrics} /> : null}
    </div>
  );
}

function Targets({ keyResult: kr }: { keyResult: KeyResultScore }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = (value: number | null) => (value === null ? "–" : formatKpiValue(language, value, kr.unit ?? ""));

  if (kr.kind === "milestone") return null;
  if (kr.kind === "at_least" || kr.kind === "at_most") {
    return (
      <>
        <dt>{t("reports.keyResult.threshold")}</dt>
        <dd>{t(`reports.keyResult.${kr.kind === "at_least" ? "atLeast" : "atMost"}`, { value: format(kr.target) })}</dd>
      </>
    );
  }
  return (
    <>
      <dt>{t("reports.keyResult.baselineTarget")}</dt>
      <dd>
        {format(kr.baseline)} → {format(kr.target)}
      </dd>
    </>
  );
}

/** A window as "01-10-2017 t/m 31-12-2017"; a window that ends before it starts has not begun. */
export function WindowDates({ window }: { window: DateWindow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (window.end < window.start) {
    return <span className="muted">{t("reports.keyResult.notStarted", { start: formatDate(language, window.start) })}</span>;
  }
  return (
    <span>
      {t("reports.keyResult.windowDates", {
        start: formatDate(language, window.start),
        end: formatDate(language, window.end),
      })}
    </span>
  );
}

interface KpiFormulaProps {
  kpi: KpiSummary;
  inputs: KpiInput[];
  params: Record<string, number>;
  metrics: Record<string, MetricSummary>;
}

function KpiFormula({ kpi, inputs, params, metrics }: KpiFormulaProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="kpi-formula">
      <h4>
        {t("reports.keyResult.kpi")}: <Link to={`/kpis/${kpi.key}`}>{nameIn(language, kpi)}</Link>
      </h4>
      <p>
        {t("reports.keyResult.formula")}: <code>{kpi.formula}</code>
      </p>
      {Object.keys(params).length > 0 ? (
        <p>
          {t("reports.keyResult.parameters")}:{" "}
          {Object.entries(params)
            .map(([key, value]) => `${key} = ${formatNumber(language, value, 2)}`)
            .join(", ")}
        </p>
      ) : null}
      {inputs.length === 0 ? (
        <p className="muted">{t("reports.keyResult.noInputs")}</p>
      ) : (
        <table className="inputs">
          <thead>
            <tr>
              <th>{t("reports.keyResult.metric")}</th>
              <th>{t("reports.keyResult.aggregate")}</th>
              <th className="num">{t("reports.keyResult.inputValue")}</th>
              <th>{t("reports.keyResult.inputWindow")}</th>
            </tr>
          </thead>
          <tbody>
            {inputs.map((input, i) => {
              const metric = metrics[input.metric];
              return (
                <tr key={`${input.metric}-${input.aggregate}-${i}`}>
                  <td>
                    {metric ? nameIn(language, metric) : input.metric} <code className="muted">{input.metric}</code>
                  </td>
                  <td>{t(`reports.keyResult.aggregates.${input.aggregate}`)}</td>
                  <td className="num">
                    {input.value === null ? (
                      <span className="no-value">{t("common.noValue")}</span>
                    ) : (
                      formatKpiValue(language, input.value, metric?.unit ?? "")
                    )}
                  </td>
                  <td>
                    <WindowDates window={input.window} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
