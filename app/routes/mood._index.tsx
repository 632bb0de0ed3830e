import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { QuarterPicker } from "~/components/quarter-picker";
import { QueryErrors } from "~/components/query-errors";
import { useText } from "~/components/use-text";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { parseQuarterParam } from "~/okr/quarter-param";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";
import { EnpsTable, MoodComments, MoodHeatmapView, MoodLines, MoodSummaryTable } from "~/surveys/components/mood-views";
import { refreshSurveySnapshots } from "~/surveys/prompt.server";
import { loadMoodReport } from "~/surveys/report.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "lead");

  const { quarter, errors } = parseQuarterParam(new URL(request.url));
  await refreshSurveySnapshots(context.db, context.now());
  const report = await loadMoodReport(context.db, actor, { quarter, now: context.now() });
  const title = translator(await getLanguage(request))("survey.mood.title", { quarter: report.quarter });
  const result = { title, report, errors, isAdmin: actor.role === "admin" };
  return Object.keys(errors).length > 0 ? data(result, { status: 400 }) : result;
}

export default function Mood() {
  const { title, report, errors, isAdmin } = useLoaderData<typeof loader>();
  const { t } = useText();
  const generated = report.teams.filter((team) => team.generated);
  return (
    <section className="mood-report">
      <h1>{title}</h1>
      <QueryErrors errors={errors} />
      <QuarterPicker options={report.options} selected={report.quarter} current={report.current} />
      <p className="muted">{t("survey.mood.rules", { threshold: report.threshold })}</p>
      {generated.length > 0 ? (
        <p className="notice">
          <span className="tag">{t("common.generated")}</span> {t("survey.mood.generated", { teams: generated.map((team) => team.name).join(", ") })}
        </p>
      ) : null}
      <p className="no-print">
        <a href={`/mood/export?quarter=${report.quarter}`} download>
          {t("survey.mood.export")}
        </a>
        {isAdmin ? (
          <>
            {" · "}
            <Link to={`/mood/participation?quarter=${report.quarter}`}>{t("survey.mood.participationLink")}</Link>
          </>
        ) : null}
      </p>

      {report.teams.length === 0 ? (
        <p className="muted">{t("survey.mood.noTeams")}</p>
      ) : (
        <>
          <h2>{t("survey.mood.lineTitle")}</h2>
          <MoodLines report={report} />
          <h2>{t("survey.mood.heatmapTitle")}</h2>
          <MoodHeatmapView report={report} />
          <h2>{t("survey.mood.summaryTitle")}</h2>
          <MoodSummaryTable report={report} />
          <h2>{t("survey.mood.commentsTitle")}</h2>
          <MoodComments report={report} />
          <h2>{t("survey.mood.enpsTitle", { quarter: report.quarter })}</h2>
          <EnpsTable report={report} />
        </>
      )}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
