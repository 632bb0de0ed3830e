import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormError, type SelectOption, SelectField, TextAreaField, TextField } from "./fields";

const STATUSES = ["draft", "active", "closed"] as const;

interface Choice {
  id: number;
  label: string;
}

export interface ObjectiveFormProps {
  values: Record<string, string>;
  errors: Record<string, string>;
  teams: Choice[];
  people: Choice[];
  parents: Choice[];
  submitLabel: string;
  cancelTo: string;
}

const toOptions = (choices: Choice[]): SelectOption[] => choices.map((c) => ({ value: String(c.id), label: c.label }));

/** Create and edit form of an objective; posts to the current route and works without JavaScript. */
export function ObjectiveForm({ values, errors, teams, people, parents, submitLabel, cancelTo }: ObjectiveFormProps) {
  const { t } = useTranslation();
  const none: SelectOption = { value: "", label: t("okr.options.none") };
  return (
    <Form method="post" className="stacked" noValidate>
      <FormError message={errors.form} />
      <TextField name="title" label={t("okr.fields.title")} defaultValue={values.title} error={errors.title} required />
      <TextAreaField name="description" label={t("okr.fields.description")} defaultValue={values.description} error={errors.description} />
      <TextField
        name="period"
        label={t("okr.fields.period")}
        defaultValue={values.period}
        error={errors.period}
        hint={t("okr.hints.period")}
        required
      />
      <SelectField name="teamId" label={t("okr.fields.teamId")} options={toOptions(teams)} defaultValue={values.teamId} error={errors.teamId} />
      <SelectField
        name="ownerId"
        label={t("okr.fields.ownerId")}
        options={[none, ...toOptions(people)]}
        defaultValue={values.ownerId}
        error={errors.ownerId}
      />
      <SelectField
        name="parentId"
        label={t("okr.fields.parentId")}
        options={[none, ...toOptions(parents)]}
        defaultValue={values.parentId}
        error={errors.parentId}
      />
      <SelectField
        name="status"
        label={t("okr.fields.status")}
        options={STATUSES.map((status) => ({ value: status, label: t(`okr.status.${status}`) }))}
        defaultValue={values.status}
        error={errors.status}
      />
      <p>
        <button type="submit">{submitLabel}</button> <Link to={cancelTo}>{t("common.cancel")}</Link>
      </p>
    </Form>
  );
}
