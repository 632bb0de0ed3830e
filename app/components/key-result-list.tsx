import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { KeyResultScore } from "~/okr/types";
import { KpiValue, Progress } from "./kpi-value";
import { ScoreBadge } from "./score-badge";

/** A compact table of key results with their current value, progress and score. */
export function KeyResultList({ keyResults }: { keyResults: KeyResultScore[] }) {
  const { t } = useTranslation();
  if (keyResults.length === 0) return <p className="muted">{t("reports.objective.noKeyResults")}</p>;
  return (
    <table className="key-results">
      <thead>
        <tr>
          <th>{t("reports.keyResult.title")}</th>
          <th className="num">{t("reports.keyResult.value")}</th>
          <th className="num">{t("reports.keyResult.progress")}</th>
          <th className="num">{t("reports.keyResult.score")}</th>
        </tr>
      </thead>
      <tbody>
        {keyResults.map((kr) => (
          <tr key={kr.keyResultId}>
            <td>
              <Link to={`/key-results/${kr.keyResultId}`}>{kr.title}</Link>
            </td>
            <td className="num">
              <KpiValue value={kr.value} unit={kr.unit} kind={kr.kind} reason={kr.reason} />
            </td>
            <td className="num">
              <Progress progress={kr.progress} />
            </td>
            <td className="num">
              <ScoreBadge score={kr.score} colour={kr.colour} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
