import { useText } from "./use-text";
import type { TeamRow } from "~/okr/dashboard";
import { ScoreBadge } from "./score-badge";
import { SuccessRate } from "./success-rate";

/** One card per team with its score, its own success rate and that of its subtree. */
export function TeamCards({ rows, norm, generatedTeamIds = [] }: { rows: TeamRow[]; norm: number; generatedTeamIds?: number[] }) {
  const { t } = useText();
  if (rows.length === 0) return <p className="muted">{t("reports.teams.none")}</p>;
  return (
    <div className="cards">
      {rows.map((row) => (
        <article key={row.teamId} className="card">
          <h3>{row.name}</h3>
          {generatedTeamIds.includes(row.teamId) ? <p className="tag" title={t("common.generatedNotice")}>{t("common.generated")}</p> : null}
          <p>
            {t("reports.teams.score")} <ScoreBadge score={row.score} colour={row.colour} />
          </p>
          <p>
            {t("reports.teams.own", { count: row.keyResultCount })}: <SuccessRate rate={row.successRate} norm={norm} compact />
          </p>
          <p>
            {t("reports.teams.subtree", { count: row.subtreeKeyResultCount })}:{" "}
            <SuccessRate rate={row.subtreeSuccessRate} norm={norm} compact />
          </p>
        </article>
      ))}
    </div>
  );
}
