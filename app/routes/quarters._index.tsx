import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/i18n/format";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { localDateTime, nextQuarter } from "~/kpi/calendar";
import { companyToday, getSettings } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";
import { useLanguage } from "~/components/use-language";
import { MAX_REASON_LENGTH, quarterActionSchema, quarterDoneSchema } from "~/quarters/forms";
import { closeQuarter, listQuarterAudit, listQuarters, reopenQuarter } from "~/quarters/quarters.server";
import { quarterErrorMessage } from "~/quarters/messages";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db, context.now());
  const done = quarterDoneSchema.parse(Object.fromEntries(new URL(request.url).searchParams));

  const today = await companyToday(context.db, context.now());
  const quarters = await listQuarters(context.db, today);
  const history = Object.fromEntries(
    await Promise.all(quarters.map(async (row) => [row.quarter, await listQuarterAudit(context.db, row.quarter)] as const)),
  );
  const t = translator(await getLanguage(request));
  return {
    title: t("quarters.page.title"),
    quarters: quarters.map((row) => ({ ...row, next: nextQuarter(row.quarter) })),
    history,
    // Timestamps are UTC; dates on the page are the company's days.
    timeZone: (await getSettings(context.db)).timeZone,
    isAdmin: actor.role === "admin",
    canCarryOver: actor.role !== "member",
    done,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db, context.now());
  requireRole(actor, "admin");

  const form = await request.formData();
  const parsed = quarterActionSchema.safeParse(Object.fromEntries(form));
  const t = translator(await getLanguage(request));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const quarter = String(form.get("quarter") ?? "");
    return data({ error: t(`quarters.errors.${issue.message}`, { quarter, max: MAX_REASON_LENGTH }), quarter }, { status: 400 });
  }

  const input = parsed.data;
  const result =
    input.intent === "close"
      ? await closeQuarter(context.db, actor, input.quarter, { today: await companyToday(context.db, context.now()), now: context.now() })
      : await reopenQuarter(context.db, actor, input.quarter, input.reason, context.now());
  if (!result.ok) {
    const language = await getLanguage(request);
    return data({ error: quarterErrorMessage(t, language, result.error), quarter: input.quarter }, { status: 409 });
  }

  const done = input.intent === "close" ? "closed" : "reopened";
  return redirect(`/quarters?${new URLSearchParams({ done, quarter: input.quarter, count: String(result.frozenScores) })}`);
}

export default function QuartersPage() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useTranslation();
  const language = useLanguage();
  const dayOf = (timestamp: string) => formatDate(language, localDateTime(page.timeZone, timestamp).date);

  return (
    <section>
      <h1>{page.title}</h1>
      <p>{t("quarters.page.intro")}</p>
      {page.done.done && page.done.quarter ? (
        <p className="notice" role="status">
          {page.done.done === "closed"
            ? t("quarters.page.closedFlash", { quarter: page.done.quarter, count: page.done.count ?? 0 })
            : t("quarters.page.reopenedFlash", { quarter: page.done.quarter })}
        </p>
      ) : null}
      {rejected ? (
        <p className="notice warning" role="alert">
          {rejected.error}
        </p>
      ) : null}
      {!page.isAdmin ? <p className="muted">{t("quarters.page.adminOnly")}</p> : null}

      {page.quarters.length === 0 ? (
        <p className="muted">{t("quarters.page.none")}</p>
      ) : (
        <table className="quarters">
          <thead>
            <tr>
              <th>{t("quarters.page.quarter")}</th>
              <th>{t("quarters.page.period")}</th>
              <th>{t("quarters.page.status")}</th>
              <th className="num">{t("quarters.page.objectives")}</th>
              <th>{t("quarters.page.closedBy")}</th>
              <th className="no-print">{t("quarters.page.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {page.quarters.map((row) => (
              <tr key={row.quarter} data-quarter={row.quarter} data-status={row.status}>
                <td>
                  <Link to={`/?quarter=${row.quarter}`}>{row.quarter}</Link>
                </td>
                <td>
                  {formatDate(language, row.window.start)} – {formatDate(language, row.window.end)}
                </td>
                <td>{t(`quarters.page.${row.status}`)}</td>
                <td className="num">{row.objectiveCount}</td>
                <td>
                  {row.status === "closed" && row.closedAt
                    ? row.closedByName
                      ? t("quarters.page.closedOn", { date: dayOf(row.closedAt), name: row.closedByName })
                      : t("quarters.page.closedOnAnonymous", { date: dayOf(row.closedAt) })
                    : null}
                  <History entries={page.history[row.quarter] ?? []} timeZone={page.timeZone} />
                </td>
                <td className="no-print">
                  <QuarterActions row={row} isAdmin={page.isAdmin} canCarryOver={page.canCarryOver} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["quarters"][number];

function QuarterActions({ row, isAdmin, canCarryOver }: { row: Row; isAdmin: boolean; canCarryOver: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {isAdmin && row.status === "open" && row.ended ? (
        <Form method="post">
          <input type="hidden" name="intent" value="close" />
          <input type="hidden" name="quarter" value={row.quarter} />
          <button type="submit" title={t("quarters.page.closeConfirm", { quarter: row.quarter, end: formatDate(language, row.window.end) })}>
            {t("quarters.page.close", { quarter: row.quarter })}
          </button>
        </Form>
      ) : null}
      {isAdmin && row.status === "open" && !row.ended ? (
        <span className="muted">{t("quarters.page.notEnded", { end: formatDate(language, row.window.end) })}</span>
      ) : null}
      {isAdmin && row.status === "closed" ? (
        <Form method="post" className="reopen">
          <input type="hidden" name="intent" value="reopen" />
          <input type="hidden" name="quarter" value={row.quarter} />
          <label>
            {t("quarters.page.reason", { quarter: row.quarter })}{" "}
            <input type="text" name="reason" required maxLength={MAX_REASON_LENGTH} />
          </label>{" "}
          <button type="submit">{t("quarters.page.reopen")}</button>
        </Form>
      ) : null}
      {canCarryOver && row.objectiveCount > 0 ? (
        <p>
          <Link to={`/quarters/${row.quarter}/carry-over`}>{t("quarters.page.carryOver", { next: row.next })}</Link>
        </p>
      ) : null}
    </>
  );
}

function History({ entries, timeZone }: { entries: { id: number; at: string; action: string; actorName: string | null; reason: string | null }[]; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (timestamp: string) => formatDate(language, localDateTime(timeZone, timestamp).date);
  if (entries.length === 0) return null;
  return (
    <details>
      <summary>{t("quarters.page.history")}</summary>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            {entry.action === "reopen"
              ? t("quarters.page.historyReopen", { date: date(entry.at), name: entry.actorName ?? "–", reason: entry.reason ?? "" })
              : t("quarters.page.historyClose", { date: date(entry.at), name: entry.actorName ?? "–" })}
          </li>
        ))}
      </ul>
    </details>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "OKR & KPI" }];
