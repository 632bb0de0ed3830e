import { useText } from "./use-text";

interface SnapshotExportFormProps {
  metrics: { key: string; name: string }[];
  /** Teams with their labels indented as in the team tree. */
  teams: { key: string; label: string }[];
}

/** Render a GET form that downloads /exports/snapshots.csv filtered by metric, team and dates. It works without JavaScript. */
export function SnapshotExportForm({ metrics, teams }: SnapshotExportFormProps) {
  const { t } = useText();
  return (
    <form method="get" action="/exports/snapshots.csv" className="snapshot-export no-print">
      <h2>{t("exports.snapshots.form.title")}</h2>
      <p>
        <label>
          {t("exports.snapshots.form.metric")}{" "}
          <select name="metric" defaultValue="">
            <option value="">{t("exports.snapshots.form.any")}</option>
            {metrics.map((metric) => (
              <option key={metric.key} value={metric.key}>
                {metric.name}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("exports.snapshots.form.team")}{" "}
          <select name="team" defaultValue="">
            <option value="">{t("exports.snapshots.form.any")}</option>
            {teams.map((team) => (
              <option key={team.key} value={team.key}>
                {team.label}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("exports.snapshots.form.from")} <input type="date" name="from" />
        </label>{" "}
        <label>
          {t("exports.snapshots.form.to")} <input type="date" name="to" />
        </label>{" "}
        <button type="submit">{t("exports.snapshots.form.submit")}</button>
      </p>
      <p className="muted">{t("exports.links.hint")}</p>
    </form>
  );
}
