import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { formValues, parseForm } from "~/components/forms/field-errors";
import { invalidForm } from "~/components/forms/responses.server";
import { useText } from "~/components/use-text";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { getSettings } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";
import { getSurveyStatus, submitAnswer } from "~/surveys/answers.server";
import { EnpsQuestion, MoodQuestion, SurveyNotice } from "~/surveys/components/survey-questions";
import { editTokenCookie, readEditToken } from "~/surveys/edit-cookies.server";
import { answerFormSchema, noticeParamSchema, redirectWithNotice } from "~/surveys/forms";
import { refreshSurveySnapshots } from "~/surveys/prompt.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const now = context.now();

  const mood = await getSurveyStatus(context.db, actor, "mood", now, await readEditToken(request, "mood"));
  const enps = await getSurveyStatus(context.db, actor, "enps", now, await readEditToken(request, "enps"));
  const notice = noticeParamSchema.parse(new URL(request.url).searchParams.get("survey"));
  const title = translator(await getLanguage(request))("survey.page.title");
  return { title, mood, enps, notice, canSeeViews: actor.role !== "member", canAnswer: actor.personId !== null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const now = context.now();

  const values = formValues(await request.formData());
  const parsed = parseForm(answerFormSchema, values);
  if (!parsed.ok) return invalidForm(request, "survey", parsed.errors, values);

  const form = parsed.input;
  const token = await readEditToken(request, form.survey);
  const result = await submitAnswer(context.db, actor, form.survey, { score: form.score, comment: form.comment }, now, token);
  if (result.outcome === "no_person") return invalidForm(request, "survey", { form: { code: "invalid" } }, values);

  // An answer may be the first of a new week: write the snapshots of the week that just ended.
  await refreshSurveySnapshots(context.db, now);
  const headers = new Headers();
  if (result.outcome === "created") {
    const { timeZone } = await getSettings(context.db);
    headers.append("Set-Cookie", await editTokenCookie(request, form.survey, result.token, { end: result.periodEnd, timeZone, now }));
  }
  return redirect(redirectWithNotice(form.redirectTo, result.outcome), { headers });
}

export default function Survey() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useText();
  return (
    <section>
      <h1>{page.title}</h1>
      <p className="muted">{t("survey.page.intro")}</p>
      <SurveyNotice notice={page.notice} />
      {rejected ? (
        <ul className="errors" role="alert">
          {Object.entries(rejected.errors).map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      ) : null}
      {page.canAnswer ? (
        <>
          <MoodQuestion status={page.mood} redirectTo="/survey" />
          <EnpsQuestion status={page.enps} redirectTo="/survey" />
        </>
      ) : (
        <p>{t("survey.question.noPerson")}</p>
      )}
      {page.canSeeViews ? (
        <p>
          <Link to="/mood">{t("survey.page.views")}</Link>
        </p>
      ) : null}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
