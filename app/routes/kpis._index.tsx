import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "~/components/use-language";
import { getI18n } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { listKpiSummaries } from "~/kpi/kpi-report.server";
import { type KpiSummary, nameIn } from "~/okr/report-types";
import { requireActor } from "~/people/actor.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const kpis = await listKpiSummaries(context.db);
  const t = getI18n(await getLanguage(request)).t;
  return { kpis, canCreate: actor.role === "admin", title: t("reports.meta.kpis") };
}

export default function KpisPage() {
  const { kpis, canCreate } = useLoaderData<typeof loader>();
  return <KpiListView kpis={kpis} canCreate={canCreate} />;
}

/** canCreate shows the link to a new KPI, which only admins may add. */
export function KpiListView({ kpis, canCreate }: { kpis: KpiSummary[]; canCreate: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sorted = [...kpis].sort((a, b) => nameIn(language, a).localeCompare(nameIn(language, b), language));
  return (
    <>
      <h1>{t("reports.kpis.title")}</h1>
      {canCreate ? (
        <p className="no-print">
          <Link to="/kpis/new">{t("reports.kpis.new")}</Link>
        </p>
      ) : null}
      {sorted.length === 0 ? (
        <p className="muted">{t("reports.kpis.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("reports.kpis.name")}</th>
              <th>{t("reports.kpis.formula")}</th>
              <th>{t("reports.kpis.unit")}</th>
              <th>{t("reports.kpis.direction")}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((kpi) => (
              <tr key={kpi.key}>
                <td>
                  <Link to={`/kpis/${kpi.key}`}>{nameIn(language, kpi)}</Link>
                </td>
                <td>
                  <code>{kpi.formula}</code>
                </td>
                <td>{t(`reports.kpis.units.${kpi.unit}`, { defaultValue: kpi.unit })}</td>
                <td>{t(`reports.kpis.directions.${kpi.direction}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "OKR & KPI" }];
