import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormError, type SelectOption, SelectField, TextField } from "./fields";

const ROLES = ["admin", "lead", "member"] as const;

interface Choice {
  id: number;
  label: string;
}

interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
}

const toOptions = (choices: Choice[]): SelectOption[] => choices.map((c) => ({ value: String(c.id), label: c.label }));

/**
 * Form that adds a team under a parent, posted to the route that renders it. Its hidden intent
 * field names the form for the /people action.
 */
export function TeamCreateForm({ values, errors, teams }: FormState & { teams: Choice[] }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="stacked" noValidate>
      <input type="hidden" name="intent" value="createTeam" />
      <FormError message={errors.form} />
      <TextField name="key" label={t("people.fields.key")} defaultValue={values.key} error={errors.key} hint={t("people.hints.key")} required />
      <TextField name="name" label={t("people.fields.name")} defaultValue={values.name} error={errors.name} required />
      <SelectField
        name="parentId"
        label={t("people.fields.parentId")}
        options={teams.length === 0 ? [{ value: "", label: t("people.options.none") }] : toOptions(teams)}
        defaultValue={values.parentId}
        error={errors.parentId}
        hint={teams.length === 0 ? t("people.hints.rootParent") : undefined}
      />
      <p>
        <button type="submit">{t("people.index.createTeam")}</button>
      </p>
    </Form>
  );
}

/** Form that renames a team, moves it or sets its lead. The company has no parent to choose. */
export function TeamEditForm({
  values,
  errors,
  teams,
  people,
  isRoot,
}: FormState & { teams: Choice[]; people: Choice[]; isRoot: boolean }) {
  const { t } = useTranslation();
  const none: SelectOption = { value: "", label: t("people.options.none") };
  return (
    <Form method="post" className="stacked" noValidate>
      <FormError message={errors.form} />
      <TextField name="name" label={t("people.fields.name")} defaultValue={values.name} error={errors.name} required />
      <SelectField
        name="parentId"
        label={t("people.fields.parentId")}
        options={isRoot ? [none] : toOptions(teams)}
        defaultValue={values.parentId}
        error={errors.parentId}
      />
      <SelectField
        name="leadPersonId"
        label={t("people.fields.leadPersonId")}
        options={[none, ...toOptions(people)]}
        defaultValue={values.leadPersonId}
        error={errors.leadPersonId}
      />
      <p>
        <button type="submit">{t("people.teamEdit.submit")}</button> <Link to="/people">{t("common.cancel")}</Link>
      </p>
    </Form>
  );
}

/** Create and edit form of a person, posted to the route that renders it. */
export function PersonForm({
  values,
  errors,
  teams,
  intent,
  submitLabel,
}: FormState & { teams: Choice[]; intent?: string; submitLabel: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="stacked" noValidate>
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <FormError message={errors.form} />
      <TextField name="name" label={t("people.fields.name")} defaultValue={values.name} error={errors.name} required />
      <TextField name="email" type="email" label={t("people.fields.email")} defaultValue={values.email} error={errors.email} required />
      <SelectField
        name="role"
        label={t("people.fields.role")}
        options={ROLES.map((role) => ({ value: role, label: t(`people.roles.${role}`) }))}
        defaultValue={values.role}
        error={errors.role}
      />
      <SelectField name="teamId" label={t("people.fields.teamId")} options={toOptions(teams)} defaultValue={values.teamId} error={errors.teamId} />
      <TextField name="startedOn" type="date" label={t("people.fields.startedOn")} defaultValue={values.startedOn} error={errors.startedOn} />
      <TextField name="endedOn" type="date" label={t("people.fields.endedOn")} defaultValue={values.endedOn} error={errors.endedOn} />
      <p>
        <button type="submit">{submitLabel}</button>
      </p>
    </Form>
  );
}
