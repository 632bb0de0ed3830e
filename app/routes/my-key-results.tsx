import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { STALE_AFTER_DAYS } from "~/checkins/forms";
import { listMyKeyResults } from "~/checkins/my-key-results.server";
import { ScoreBadge } from "~/components/score-badge";
import { useLanguage } from "~/components/use-language";
import { formatDate } from "~/i18n/format";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { scoreColour } from "~/okr/scoring";
import { getSettings } from "~/okr/settings.server";
import { isQuarter } from "~/kpi/calendar";
import { requireActor } from "~/people/actor.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);

  const chosen = new URL(request.url).searchParams.get("quarter");
  const { quarter, rows } = await listMyKeyResults(context.db, actor, context.now(), chosen && isQuarter(chosen) ? chosen : null);
  const { successNorm } = await getSettings(context.db);
  const t = translator(await getLanguage(request));
  return { title: t("checkins.mine.title"), quarter, rows, norm: successNorm };
}

export default function MyKeyResults() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section>
      <h1>{page.title}</h1>
      <p className="muted">{t("checkins.mine.intro", { quarter: page.quarter, days: STALE_AFTER_DAYS })}</p>
      {page.rows.length === 0 ? (
        <p>{t("checkins.mine.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("checkins.mine.keyResult")}</th>
              <th>{t("checkins.mine.objective")}</th>
              <th>{t("checkins.mine.team")}</th>
              <th className="num">{t("checkins.mine.score")}</th>
              <th>{t("checkins.mine.lastCheckIn")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.id} className={row.stale ? "stale" : undefined}>
                <td>
                  <Link to={`/key-results/${row.id}#check-ins`}>{row.title}</Link>
                  {row.owned ? <span className="muted"> ({t("checkins.mine.owner")})</span> : null}
                </td>
                <td>
                  <Link to={`/objectives/${row.objectiveId}`}>{row.objectiveTitle}</Link>
                </td>
                <td>{row.teamName}</td>
                <td className="num">{row.score === null ? "" : <ScoreBadge score={row.score} colour={scoreColour(row.score, page.norm)} />}</td>
                <td>
                  {row.lastCheckIn ? formatDate(language, row.lastCheckIn) : t("checkins.mine.never")}
                  {row.stale ? (
                    <strong className="stale-mark" title={t("checkins.mine.staleLabel", { days: STALE_AFTER_DAYS })}>
                      {" "}
                      · {t("checkins.mine.stale")}
                    </strong>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
