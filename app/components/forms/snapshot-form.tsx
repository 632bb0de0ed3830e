import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormError, SelectField, TextField } from "./fields";

const PERIOD_TYPES = ["day", "week", "month", "quarter"] as const;

export interface MetricChoice {
  id: number;
  name: string;
  unit: string;
  kind: "flow" | "stock";
}

interface Choice {
  id: number;
  label: string;
}

/** Form that records one snapshot by hand, posted to the route that renders it. */
export function SnapshotForm({
  values,
  errors,
  metrics,
  teams,
}: {
  values: Record<string, string>;
  errors: Record<string, string>;
  metrics: MetricChoice[];
  teams: Choice[];
}) {
  const { t } = useTranslation();
  const metricLabel = (metric: MetricChoice) =>
    `${metric.name} (${t(`snapshots.units.${metric.unit}`, { defaultValue: metric.unit })}, ${t(`snapshots.kinds.${metric.kind}`)})`;
  return (
    <Form method="post" className="stacked" noValidate>
      <FormError message={errors.form} />
      <SelectField
        name="metricId"
        label={t("snapshots.fields.metricId")}
        options={metrics.map((metric) => ({ value: String(metric.id), label: metricLabel(metric) }))}
        defaultValue={values.metricId}
        error={errors.metricId}
      />
      <SelectField
        name="teamId"
        label={t("snapshots.fields.teamId")}
        options={teams.map((team) => ({ value: String(team.id), label: team.label }))}
        defaultValue={values.teamId}
        error={errors.teamId}
      />
      <SelectField
        name="periodType"
        label={t("snapshots.fields.periodType")}
        options={PERIOD_TYPES.map((type) => ({ value: type, label: t(`snapshots.periodTypes.${type}`) }))}
        defaultValue={values.periodType}
        error={errors.periodType}
        hint={t("snapshots.hints.stock")}
      />
      <TextField name="period" label={t("snapshots.fields.period")} defaultValue={values.period} error={errors.period} hint={t("snapshots.hints.period")} required />
      <TextField name="value" label={t("snapshots.fields.value")} defaultValue={values.value} error={errors.value} hint={t("snapshots.hints.value")} inputMode="decimal" required />
      <p>
        <button type="submit">{t("snapshots.index.submit")}</button>
      </p>
    </Form>
  );
}
