import { useText } from "./use-text";
import type { KeyResultSummary } from "~/okr/types";
import { useFiscalStartMonth } from "./fiscal-year";
import { renderKpiValue, renderProgress } from "./kpi-value";
import { renderScoreBadge } from "./score-badge";
import { renderForecast, renderPace, renderStale } from "./key-result-outlook";
import { useOutlook } from "./outlook-context";
import { useLanguage } from "./use-language";

/** A compact table of key results with their current value, progress and score. */
export function KeyResultList({ keyResults }: { keyResults: KeyResultSummary[] }) {
  const { t } = useText();
  const language = useLanguage();
  const fiscalStartMonth = useFiscalStartMonth();
  const outlook = useOutlook();
  // Pace and forecast exist only while the quarter runs; outside it their columns are left out.
  const paced = outlook !== null && Object.keys(outlook.outlooks).length > 0;
  if (keyResults.length === 0) return <p className="muted">{t("reports.objective.noKeyResults")}</p>;
  return (
    <table className="key-results">
      <thead>
        <tr>
          <th>{t("reports.keyResult.title")}</th>
          <th className="num">{t("reports.keyResult.value")}</th>
          <th className="num">{t("reports.keyResult.progress")}</th>
          <th className="num">{t("reports.keyResult.score")}</th>
          {paced ? <th>{t("quarters.pace.label")}</th> : null}
          {paced ? <th>{t("quarters.forecast.label")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {keyResults.map((kr) => (
          <tr key={kr.keyResultId}>
            <td>
              {/* A plain link: a Remix <Link> per row costs more than the rest of the row on large dashboards. */}
              <a href={`/key-results/${kr.keyResultId}`}>{kr.title}</a>
            </td>
            <td className="num">
              {renderKpiValue(t, language, fiscalStartMonth, kr)}
              {outlook?.staleInputs[kr.keyResultId] ? <> {renderStale(t, language, outlook.staleInputs[kr.keyResultId], outlook.teamNames)}</> : null}
            </td>
            <td className="num">
              {renderProgress(t, language, kr.progress)}
            </td>
            <td className="num">
              {renderScoreBadge(t, language, kr.score, kr.colour)}
            </td>
            {paced && outlook ? <OutlookCells outlook={outlook} keyResultId={kr.keyResultId} /> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OutlookCells({ outlook, keyResultId }: { outlook: NonNullable<ReturnType<typeof useOutlook>>; keyResultId: number }) {
  const { t } = useText();
  const language = useLanguage();
  const entry = outlook.outlooks[keyResultId];
  if (!entry) return <><td /><td /></>;
  return (
    <>
      <td>{renderPace(t, language, entry.pace, outlook.norm)}</td>
      <td>{renderForecast(t, language, entry.forecast)}</td>
    </>
  );
}
