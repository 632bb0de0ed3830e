import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { fieldErrorsFromZod, formValues } from "~/components/forms/field-errors";
import { FormError, SelectField, TextAreaField, TextField } from "~/components/forms/fields";
import { invalidForm } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import { parseLanguage } from "~/i18n/language";
import { getLanguage } from "~/i18n/language.server";
import { METRIC_UNITS, metricInputSchema } from "~/kpi/catalog-input";
import { createMetric, listMetrics } from "~/kpi/catalog.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const metrics = await listMetrics(context.db);

  const t = translator(await getLanguage(request));
  return { title: t("catalog.metrics.title"), metrics, canCreate: actor.role === "admin" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");

  const values = formValues(await request.formData());
  const parsed = metricInputSchema.safeParse(values);
  if (!parsed.success) return invalidForm(request, "numbers", fieldErrorsFromZod(parsed.error), values);

  const result = await createMetric(context.db, actor, parsed.data, context.now());
  if (!result.ok) return invalidForm(request, "numbers", result.errors, values);

  return redirect(`/metrics#metric-${result.id}`);
}

const EMPTY = { key: "", name_nl: "", name_en: "", description_nl: "", description_en: "", unit: "count", kind: "flow" };

export default function Metrics() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const language = parseLanguage(i18n.language);
  const values = rejected?.values ?? EMPTY;
  const errors = rejected?.errors ?? {};
  const unit = (code: string) => t(`catalog.units.${code}`, { defaultValue: code });

  return (
    <section>
      <h1>{page.title}</h1>
      <p className="muted">{t("catalog.metrics.intro")}</p>
      <table>
        <thead>
          <tr>
            <th>{t("catalog.columns.key")}</th>
            <th>{t("catalog.columns.name")}</th>
            <th>{t("catalog.columns.kind")}</th>
            <th>{t("catalog.columns.unit")}</th>
            <th>{t("catalog.columns.origin")}</th>
          </tr>
        </thead>
        <tbody>
          {page.metrics.map((metric) => (
            <tr key={metric.id} id={`metric-${metric.id}`}>
              <td>
                <code>{metric.key}</code>
              </td>
              <td>{language === "nl" ? metric.name_nl : metric.name_en}</td>
              <td>{t(`catalog.kinds.${metric.kind}`)}</td>
              <td>{unit(metric.unit)}</td>
              <td>{metric.builtin ? t("catalog.metrics.builtin") : t("catalog.metrics.own")}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {page.canCreate ? <NewMetricForm values={values} errors={errors} /> : null}
    </section>
  );
}

/** Only admins add metrics; the action checks the role again. */
function NewMetricForm({ values, errors }: { values: Record<string, string>; errors: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  const unit = (code: string) => t(`catalog.units.${code}`, { defaultValue: code });
  return (
    <>
      <h2>{t("catalog.metrics.newMetric")}</h2>
      <Form method="post" className="stacked" noValidate>
        <FormError message={errors.form} />
        <TextField name="key" label={t("numbers.fields.key")} defaultValue={values.key} error={errors.key} hint={t("catalog.hints.key")} required />
        <TextField name="name_nl" label={t("numbers.fields.name_nl")} defaultValue={values.name_nl} error={errors.name_nl} required />
        <TextField name="name_en" label={t("numbers.fields.name_en")} defaultValue={values.name_en} error={errors.name_en} required />
        <TextAreaField name="description_nl" label={t("numbers.fields.description_nl")} defaultValue={values.description_nl} error={errors.description_nl} rows={2} />
        <TextAreaField name="description_en" label={t("numbers.fields.description_en")} defaultValue={values.description_en} error={errors.description_en} rows={2} />
        <SelectField
          name="unit"
          label={t("numbers.fields.unit")}
          options={METRIC_UNITS.map((code) => ({ value: code, label: unit(code) }))}
          defaultValue={values.unit}
          error={errors.unit}
        />
        <SelectField
          name="kind"
          label={t("numbers.fields.kind")}
          options={(["flow", "stock"] as const).map((kind) => ({ value: kind, label: t(`catalog.kinds.${kind}`) }))}
          defaultValue={values.kind}
          error={errors.kind}
        />
        <p>
          <button type="submit">{t("catalog.metrics.submit")}</button>
        </p>
      </Form>
      <p>
        <Link to="/kpis/new">{t("catalog.metrics.addKpi")}</Link>
      </p>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
