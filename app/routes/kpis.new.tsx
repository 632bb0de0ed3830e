import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { type FieldErrors, fieldErrorsFromZod, formValues, translateFieldErrors } from "~/components/forms/field-errors";
import { FormError, SelectField, TextAreaField, TextField } from "~/components/forms/fields";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { KPI_UNITS, kpiInputSchema } from "~/kpi/catalog-input";
import { createKpi } from "~/kpi/catalog.server";
import { caretAt, paramErrorsOnField, parseParamLines } from "~/kpi/kpi-form";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";

const DIRECTIONS = ["higher", "lower", "context"] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");

  const t = translator(await getLanguage(request));
  return { title: t("catalog.kpiNew.title") };
}

/** Build a 400 with the errors worded from one namespace, and a formula error's 1-based position. */
async function rejected(request: Request, namespace: string, errors: FieldErrors, values: Record<string, string>) {
  const t = translator(await getLanguage(request));
  const position = errors.formula?.params?.position;
  const body = {
    errors: translateFieldErrors(t, namespace, errors, values),
    values,
    formulaPosition: typeof position === "number" ? position : null,
  };
  return data(body, { status: 400 });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");
  const language = await getLanguage(request);

  const values = formValues(await request.formData());
  const lines = parseParamLines(values.params ?? "", language);
  if (!lines.ok) return rejected(request, "catalog", lines.errors, values);

  const parsed = kpiInputSchema.safeParse({ ...values, params: lines.params });
  if (!parsed.success) return rejected(request, "numbers", paramErrorsOnField(fieldErrorsFromZod(parsed.error), lines.lines), values);

  const result = await createKpi(context.db, actor, parsed.data, context.now());
  if (!result.ok) return rejected(request, "numbers", paramErrorsOnField(result.errors, lines.lines), values);

  return redirect(`/kpis/${parsed.data.key}`);
}

const EMPTY = { key: "", name_nl: "", name_en: "", description_nl: "", description_en: "", formula: "", unit: "%", direction: "higher", params: "" };

export default function NewKpi() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const values = result?.values ?? EMPTY;
  const errors = result?.errors ?? {};
  const position = result?.formulaPosition ?? null;

  return (
    <section>
      <h1>{page.title}</h1>
      <p className="muted">{t("catalog.kpiNew.intro")}</p>
      <Form method="post" className="stacked" noValidate>
        <FormError message={errors.form} />
        <TextField name="key" label={t("numbers.fields.key")} defaultValue={values.key} error={errors.key} hint={t("catalog.hints.key")} required />
        <TextField name="name_nl" label={t("numbers.fields.name_nl")} defaultValue={values.name_nl} error={errors.name_nl} required />
        <TextField name="name_en" label={t("numbers.fields.name_en")} defaultValue={values.name_en} error={errors.name_en} required />
        <TextAreaField name="description_nl" label={t("numbers.fields.description_nl")} defaultValue={values.description_nl} error={errors.description_nl} rows={2} />
        <TextAreaField name="description_en" label={t("numbers.fields.description_en")} defaultValue={values.description_en} error={errors.description_en} rows={2} />
        <TextAreaField name="formula" label={t("numbers.fields.formula")} defaultValue={values.formula} error={errors.formula} hint={t("catalog.hints.formula")} />
        {position !== null && values.formula ? (
          <pre className="field-error" aria-label={t("catalog.kpiNew.formulaAt", { position })}>
            {caretAt(values.formula, position).join("\n")}
          </pre>
        ) : null}
        <SelectField
          name="unit"
          label={t("numbers.fields.unit")}
          options={KPI_UNITS.map((code) => ({ value: code, label: t(`catalog.units.${code}`, { defaultValue: code }) }))}
          defaultValue={values.unit}
          error={errors.unit}
          hint={t("catalog.hints.unitPercent")}
        />
        <SelectField
          name="direction"
          label={t("numbers.fields.direction")}
          options={DIRECTIONS.map((direction) => ({ value: direction, label: t(`catalog.directions.${direction}`) }))}
          defaultValue={values.direction}
          error={errors.direction}
        />
        <TextAreaField name="params" label={t("numbers.fields.params")} defaultValue={values.params} error={errors.params} hint={t("catalog.hints.params")} />
        <p>
          <button type="submit">{t("catalog.kpiNew.submit")}</button> <Link to="/kpis">{t("common.cancel")}</Link>
        </p>
      </Form>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: page }) => [{ title: page?.title }];
