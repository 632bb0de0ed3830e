import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { formValues, parseForm } from "~/components/forms/field-errors";
import { invalidForm } from "~/components/forms/responses.server";
import { QuarterPicker } from "~/components/quarter-picker";
import { QueryErrors } from "~/components/query-errors";
import { useText } from "~/components/use-text";
import { formatNumber, formatPercent } from "~/i18n/format";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { parseQuarterParam } from "~/okr/quarter-param";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";
import { refreshSurveySnapshots } from "~/surveys/prompt.server";
import { loadMoodReport } from "~/surveys/report.server";
import { setSurveyThreshold, thresholdFormSchema } from "~/surveys/threshold.server";

const savedSchema = z.coerce.number().int().positive().optional().catch(undefined);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");

  const url = new URL(request.url);
  const { quarter, errors } = parseQuarterParam(url);
  const report = await loadMoodReport(context.db, actor, { quarter, now: context.now() });
  const title = translator(await getLanguage(request))("survey.participation.title", { quarter: report.quarter });
  // Only counts: the page leaves out comments and scores, and contains shown cells only.
  const cells = report.cells.map(({ teamId, week, responses, headcount, participation }) => ({ teamId, week, responses, headcount, participation }));
  const page = {
    title,
    errors,
    quarter: report.quarter,
    current: report.current,
    options: report.options,
    threshold: report.threshold,
    teams: report.teams,
    weeks: report.weeks,
    cells,
    saved: savedSchema.parse(url.searchParams.get("saved") ?? undefined),
  };
  return Object.keys(errors).length > 0 ? data(page, { status: 400 }) : page;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");

  const values = formValues(await request.formData());
  const parsed = parseForm(thresholdFormSchema, values);
  if (!parsed.ok) return invalidForm(request, "survey", parsed.errors, values);

  await setSurveyThreshold(context.db, actor, parsed.input.threshold, context.now());
  await refreshSurveySnapshots(context.db, context.now());
  const back = new URL(request.url);
  back.searchParams.set("saved", String(parsed.input.threshold));
  return redirect(back.pathname + back.search);
}

export default function Participation() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t, language } = useText();
  const byKey = new Map(page.cells.map((cell) => [`${cell.teamId}|${cell.week}`, cell]));
  return (
    <section>
      <h1>{page.title}</h1>
      <QueryErrors errors={page.errors} />
      <QuarterPicker options={page.options} selected={page.quarter} current={page.current} />
      <p className="muted">{t("survey.participation.intro", { threshold: page.threshold })}</p>
      <div className="table-scroll">
        <table className="participation">
          <thead>
            <tr>
              <th>{t("survey.mood.columns.team")}</th>
              {page.weeks.map((week) => (
                <th key={week.week} className="num">
                  {week.week.slice(5)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.teams.map((team) => (
              <tr key={team.id}>
                <td>{team.name}</td>
                {page.weeks.map((week) => {
                  const cell = byKey.get(`${team.id}|${week.week}`);
                  return (
                    <td key={week.week} className="num" title={cell ? `${cell.responses} / ${cell.headcount}` : undefined}>
                      {cell ? `${formatNumber(language, cell.responses)}${cell.participation === null ? "" : ` (${formatPercent(language, cell.participation, 0)})`}` : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("survey.participation.thresholdTitle")}</h2>
      {page.saved ? (
        <p className="notice" role="status">
          {t("survey.participation.saved", { threshold: page.saved })}
        </p>
      ) : null}
      <Form method="post" className="threshold-form">
        <label>
          {t("survey.fields.threshold")}{" "}
          <input name="threshold" type="number" min={3} max={100} step={1} defaultValue={rejected?.values.threshold ?? page.threshold} aria-describedby="threshold-help" />
        </label>{" "}
        <button type="submit">{t("survey.participation.save")}</button>
        <p id="threshold-help" className="muted">
          {t("survey.participation.thresholdHelp")}
        </p>
        {rejected?.errors.threshold ? (
          <p className="field-error" role="alert">
            {rejected.errors.threshold}
          </p>
        ) : null}
      </Form>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
