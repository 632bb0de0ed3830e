import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formValues } from "~/components/forms/field-errors";
import { invalidForm } from "~/components/forms/responses.server";
import { SnapshotForm } from "~/components/forms/snapshot-form";
import { SnapshotExportForm } from "~/components/snapshot-export-form";
import { formatDate, formatMoney, formatNumber } from "~/i18n/format";
import { translator } from "~/i18n/i18n";
import { type Language, parseLanguage } from "~/i18n/language";
import { getLanguage } from "~/i18n/language.server";
import { todayIn } from "~/kpi/calendar";
import { listMetrics } from "~/kpi/catalog.server";
import { PERIOD_TYPES, parseSnapshotForm } from "~/kpi/snapshot-entry";
import {
  countOverlappingSnapshots,
  getSnapshotRow,
  listLatestSnapshots,
  recordManualSnapshot,
  type SnapshotListRow,
} from "~/kpi/snapshot-entry.server";
import { refreshScoresAfterEdit } from "~/okr/refresh-scores.server";
import { getSettings } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";
import { indentedName, teamTreeOrder } from "~/people/team-tree";
import { listTeams } from "~/people/teams.server";

const LATEST = 50;

// After saving, the page is loaded with the choices kept and the saved snapshot named in the query.
const searchSchema = z.object({
  metric: z.string().regex(/^\d+$/).optional().catch(undefined),
  team: z.string().regex(/^\d+$/).optional().catch(undefined),
  periodType: z.enum(PERIOD_TYPES).optional().catch(undefined),
  saved: z.coerce.number().int().positive().optional().catch(undefined),
  outcome: z.enum(["inserted", "replaced", "unchanged"]).optional().catch(undefined),
  old: z.coerce.number().optional().catch(undefined),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "lead");
  const search = searchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));

  const language = await getLanguage(request);
  const settings = await getSettings(context.db);
  const metrics = (await listMetrics(context.db)).map((metric) => ({
    id: metric.id,
    key: metric.key,
    name: language === "nl" ? metric.name_nl : metric.name_en,
    unit: metric.unit,
    kind: metric.kind,
  }));
  const teams = teamTreeOrder(await listTeams(context.db)).map((row) => ({ id: row.team.id, key: row.team.key, label: indentedName(row) }));
  const recordedOn = (row: SnapshotListRow) => ({ ...row, recordedOn: todayIn(settings.timeZone, new Date(row.recordedAt)) });
  const latest = (await listLatestSnapshots(context.db, LATEST)).map(recordedOn);

  const saved = search.saved === undefined ? undefined : await getSnapshotRow(context.db, search.saved);
  const notice = saved && search.outcome ? { outcome: search.outcome, oldValue: search.old ?? null, row: saved } : null;
  const overlapping = saved ? await countOverlappingSnapshots(context.db, saved.id) : 0;

  const values = {
    metricId: search.metric ?? String(metrics[0]?.id ?? ""),
    teamId: search.team ?? String(teams[0]?.id ?? ""),
    periodType: search.periodType ?? "month",
    period: "",
    value: "",
  };
  return { title: translator(language)("snapshots.index.title"), metrics, teams, latest, notice, overlapping, values };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "lead");
  const language = await getLanguage(request);
  const settings = await getSettings(context.db);

  const values = formValues(await request.formData());
  const parsed = parseSnapshotForm(values, language, settings.fiscalStartMonth);
  if (!parsed.ok) return invalidForm(request, "snapshots", parsed.errors, values);

  const result = await recordManualSnapshot(context.db, actor, parsed.input, context.now());
  if (!result.ok) return invalidForm(request, "snapshots", result.errors, values);

  await refreshScoresAfterEdit(context.db, context.now());
  const query = new URLSearchParams({
    metric: String(parsed.input.metricId),
    team: String(parsed.input.teamId),
    periodType: parsed.input.periodType,
    saved: String(result.id),
    outcome: result.outcome,
  });
  if (result.outcome === "replaced") query.set("old", String(result.oldValue));
  return redirect(`/snapshots?${query}`);
}

/** Format a metric value in its unit: money as euros, other units as a number with the unit's name. */
function formatMetricValue(language: Language, t: TFunction, value: number, unit: string): string {
  if (unit === "EUR") return formatMoney(language, value);
  if (unit === "count") return formatNumber(language, value);
  return `${formatNumber(language, value)} ${t(`snapshots.units.${unit}`, { defaultValue: unit })}`;
}

function formatPeriod(language: Language, start: string, end: string): string {
  return start === end ? formatDate(language, start) : `${formatDate(language, start)} – ${formatDate(language, end)}`;
}

export default function Snapshots() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const language = parseLanguage(i18n.language);
  const metricName = (row: SnapshotListRow) => (language === "nl" ? row.metricNameNl : row.metricNameEn);
  const value = (row: SnapshotListRow, number: number) => formatMetricValue(language, t, number, row.unit);

  const notice = page.notice;
  return (
    <section>
      <h1>{page.title}</h1>
      <p className="muted">{t("snapshots.index.intro")}</p>
      {notice ? (
        <p className="notice" role="status">
          {t(`snapshots.notices.${notice.outcome}`, {
            metric: metricName(notice.row),
            team: notice.row.teamName,
            period: formatPeriod(language, notice.row.periodStart, notice.row.periodEnd),
            value: value(notice.row, notice.row.value),
            old: notice.oldValue === null ? "" : value(notice.row, notice.oldValue),
          })}
        </p>
      ) : null}
      {page.overlapping > 0 ? (
        <p className="notice warning" role="status">
          {t("snapshots.notices.overlapping", { count: page.overlapping })}
        </p>
      ) : null}

      <h2>{t("snapshots.index.enter")}</h2>
      <SnapshotForm values={rejected?.values ?? page.values} errors={rejected?.errors ?? {}} metrics={page.metrics} teams={page.teams} />

      <SnapshotExportForm metrics={page.metrics} teams={page.teams} />

      <h2>{t("snapshots.index.latest", { count: LATEST })}</h2>
      {page.latest.length === 0 ? (
        <p className="muted">{t("snapshots.index.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("snapshots.columns.metric")}</th>
              <th>{t("snapshots.columns.team")}</th>
              <th>{t("snapshots.columns.period")}</th>
              <th className="num">{t("snapshots.columns.value")}</th>
              <th>{t("snapshots.columns.source")}</th>
              <th>{t("snapshots.columns.recorded")}</th>
              <th>{t("snapshots.columns.by")}</th>
            </tr>
          </thead>
          <tbody>
            {page.latest.map((row) => (
              <tr key={row.id}>
                <td>{metricName(row)}</td>
                <td>{row.teamName}</td>
                <td>{formatPeriod(language, row.periodStart, row.periodEnd)}</td>
                <td className="num">{value(row, row.value)}</td>
                <td>{t(`snapshots.sources.${row.source}`)}</td>
                <td>{formatDate(language, row.recordedOn)}</td>
                <td>{row.recordedBy ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
