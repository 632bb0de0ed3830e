import { Form, Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError, type SelectOption, SelectField, TextField } from "./fields";
import { type KpiOption, unitLabel } from "./kpi-choices";

const KINDS = ["increase", "decrease", "at_least", "at_most", "milestone"] as const;
const WINDOWS = ["quarter", "trailing_weeks", "trailing_months"] as const;
const GRADES = ["0", "0.25", "0.5", "0.75", "1"];

interface Choice {
  id: number;
  label: string;
}

export interface KeyResultFormProps {
  action: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  kpis: KpiOption[];
  teams: Choice[];
  people: Choice[];
  objectiveTeam: string;
  /** The grade of a milestone is set when editing, not when creating. */
  showGrade: boolean;
  submitLabel: string;
  cancelTo: string;
}

const toOptions = (choices: Choice[]): SelectOption[] => choices.map((c) => ({ value: String(c.id), label: c.label }));

/**
 * Create and edit form of a key result. Without JavaScript every field shows, the parameters of
 * every KPI included; once hydrated, fields that do not apply to the chosen kind and KPI hide.
 */
export function KeyResultForm(props: KeyResultFormProps) {
  const { values, errors, kpis } = props;
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState(values.kind);
  const [kpiId, setKpiId] = useState(values.kpiId);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const none: SelectOption = { value: "", label: t("okr.options.none") };
  const chosen = kpis.find((kpi) => String(kpi.id) === kpiId);
  const unit = chosen ? unitLabel(chosen.unit, t) : undefined;
  const isMilestone = kind === "milestone";
  const grades = GRADES.map((grade) => (i18n.language === "nl" ? grade.replace(".", ",") : grade));

  return (
    <Form method="post" action={props.action} className="stacked" noValidate>
      <FormError message={errors.form} />
      <TextField name="title" label={t("okr.fields.title")} defaultValue={values.title} error={errors.title} required />
      <SelectField name="ownerId" label={t("okr.fields.ownerId")} options={[none, ...toOptions(props.people)]} defaultValue={values.ownerId} error={errors.ownerId} />
      <TextField name="weight" label={t("okr.fields.weight")} defaultValue={values.weight} error={errors.weight} hint={t("okr.hints.weight")} inputMode="decimal" />
      <SelectField
        name="kind"
        label={t("okr.fields.kind")}
        options={KINDS.map((k) => ({ value: k, label: t(`okr.kind.${k}`) }))}
        defaultValue={values.kind}
        error={errors.kind}
        onChange={setKind}
      />

      <fieldset hidden={hydrated && isMilestone}>
        <legend>{t("okr.hints.kpiFieldsOnly")}</legend>
        <SelectField
          name="kpiId"
          label={t("okr.fields.kpiId")}
          options={[none, ...kpis.map((kpi) => ({ value: String(kpi.id), label: kpi.label }))]}
          defaultValue={values.kpiId}
          error={errors.kpiId}
          onChange={setKpiId}
        />
        <SelectField
          name="scopeTeamId"
          label={t("okr.fields.scopeTeamId")}
          options={[{ value: "", label: t("okr.options.objectiveTeam", { team: props.objectiveTeam }) }, ...toOptions(props.teams)]}
          defaultValue={values.scopeTeamId}
          error={errors.scopeTeamId}
        />
        <SelectField
          name="windowKind"
          label={t("okr.fields.windowKind")}
          options={WINDOWS.map((w) => ({ value: w, label: t(`okr.window.${w}`) }))}
          defaultValue={values.windowKind}
          error={errors.windowKind}
        />
        <TextField name="windowLength" label={t("okr.fields.windowLength")} defaultValue={values.windowLength} error={errors.windowLength} hint={t("okr.hints.windowLength")} inputMode="numeric" />
        <TextField name="baseline" label={t("okr.fields.baseline")} defaultValue={values.baseline} error={errors.baseline} suffix={unit} inputMode="decimal" />
        <TextField name="target" label={t("okr.fields.target")} defaultValue={values.target} error={errors.target} suffix={unit} hint={t("okr.hints.target")} inputMode="decimal" />
        {kpis
          .filter((kpi) => kpi.params.length > 0)
          .map((kpi) => (
            <fieldset key={kpi.id} hidden={hydrated && String(kpi.id) !== kpiId}>
              <legend>{kpi.label}</legend>
              {kpi.params.map((param) => (
                <TextField
                  key={param.field}
                  name={param.field}
                  label={param.label}
                  defaultValue={values[param.field] ?? param.defaultText}
                  error={errors[param.field]}
                  hint={t("okr.hints.param", { value: param.defaultText })}
                  inputMode="decimal"
                />
              ))}
            </fieldset>
          ))}
      </fieldset>

      {props.showGrade ? (
        <div hidden={hydrated && !isMilestone}>
          <TextField name="grade" label={t("okr.fields.grade")} defaultValue={values.grade} error={errors.grade} hint={t("okr.hints.grade")} inputMode="decimal" list="grades" />
          <datalist id="grades">
            {grades.map((grade) => (
              <option key={grade} value={grade} />
            ))}
          </datalist>
        </div>
      ) : null}

      <p>
        <button type="submit">{props.submitLabel}</button> <Link to={props.cancelTo}>{t("common.cancel")}</Link>
      </p>
    </Form>
  );
}
