import type { TFunction } from "i18next";
import { formatDate, formatNumber, formatPercent, formatScore } from "~/i18n/format";
import type { Language } from "~/i18n/language";
import type { StaleInput } from "~/kpi/staleness";
import type { Forecast } from "~/okr/forecast";
import type { Pace, PaceStatus } from "~/okr/pace";
import type { ScoreColour } from "~/okr/types";

const PACE_COLOURS: Record<PaceStatus, ScoreColour> = { on_track: "green", at_risk: "amber", off_track: "red" };

/** Render a key result's pace as a coloured tag, with the expected score in its title. */
export function renderPace(t: TFunction, language: Language, pace: Pace, norm: number) {
  const title = t("quarters.pace.explain", {
    expected: formatScore(language, pace.expectedScore),
    share: formatPercent(language, pace.elapsedShare, 0),
    norm: formatScore(language, norm),
  });
  return (
    <span className={`score ${PACE_COLOURS[pace.status]} pace`} title={title} data-pace={pace.status}>
      {t(`quarters.pace.${pace.status}`)}
    </span>
  );
}

/** Render a forecast end-of-quarter score, or why there is none. */
export function renderForecast(t: TFunction, language: Language, forecast: Forecast) {
  if (forecast.status === "not_applicable") return <span className="muted">{t("quarters.forecast.not_applicable")}</span>;
  if (forecast.status === "not_enough_data") {
    return (
      <span className="muted" title={t("quarters.forecast.not_enough_explain", { count: forecast.points })}>
        {t("quarters.forecast.not_enough_data")}
      </span>
    );
  }
  return (
    <span title={t("quarters.forecast.explain", { count: forecast.points, value: formatNumber(language, forecast.value) })}>
      {t("quarters.forecast.value", { score: formatScore(language, forecast.score) })}
    </span>
  );
}

/** Render a "stale" tag whose title lists the inputs without a recent value; nothing when all are fresh. */
export function renderStale(t: TFunction, language: Language, stale: StaleInput[] | undefined, teamNames: Record<number, string>) {
  if (!stale || stale.length === 0) return null;
  const title = stale
    .map((input) =>
      t("quarters.stale.explain", {
        metric: input.metricKey,
        team: teamNames[input.teamId] ?? `#${input.teamId}`,
        date: formatDate(language, input.lastEnd),
        days: input.allowedDays,
      }),
    )
    .join(" ");
  return (
    <span className="tag stale" title={title} data-stale="true">
      {t("quarters.stale.tag")}
    </span>
  );
}
