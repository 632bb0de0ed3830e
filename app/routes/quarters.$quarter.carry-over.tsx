import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatKpiValue } from "~/i18n/format";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { nextQuarter } from "~/kpi/calendar";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";
import { listTeams } from "~/people/teams.server";
import { useLanguage } from "~/components/use-language";
import { carryOver, listCarryOverChoices } from "~/quarters/carry-over.server";
import { carryOverSchema, quarterParamSchema } from "~/quarters/forms";

function parseQuarter(params: LoaderFunctionArgs["params"]): string {
  const parsed = quarterParamSchema.safeParse(params);
  if (!parsed.success) throw new Response(null, { status: 404 });
  return parsed.data.quarter;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db, context.now());
  requireRole(actor, "lead");
  const quarter = parseQuarter(params);

  const choices = await listCarryOverChoices(context.db, actor, quarter);
  const teams = await listTeams(context.db);
  const t = translator(await getLanguage(request));
  const next = nextQuarter(quarter);
  return {
    title: t("quarters.carryOver.title", { quarter, next }),
    quarter,
    next,
    choices,
    teamNames: Object.fromEntries(teams.map((team) => [team.id, team.name])) as Record<number, string>,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db, context.now());
  requireRole(actor, "lead");
  const quarter = parseQuarter(params);

  const form = await request.formData();
  const parsed = carryOverSchema.safeParse({ objectiveIds: form.getAll("objective"), keyResultIds: form.getAll("keyResult") });
  const t = translator(await getLanguage(request));
  if (!parsed.success) return data({ error: t("quarters.errors.nothing_chosen") }, { status: 400 });

  const result = await carryOver(context.db, actor, quarter, parsed.data, context.now());
  if (!result.ok) {
    const error = result.error;
    const message =
      error.code === "unknown_objective"
        ? t("quarters.errors.unknown_objective", { id: error.id, quarter: error.quarter })
        : t(`quarters.errors.${error.code}`, { quarter: "quarter" in error ? error.quarter : quarter });
    return data({ error: message }, { status: 400 });
  }
  return redirect(`/?quarter=${result.next}`);
}

export default function CarryOverPage() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useTranslation();
  const language = useLanguage();
  const value = (v: number | null, unit: string | null) => (v === null ? "–" : formatKpiValue(language, v, unit ?? ""));

  return (
    <section>
      <p className="muted">
        <Link to="/quarters">{t("quarters.nav")}</Link>
      </p>
      <h1>{page.title}</h1>
      <p>{t("quarters.carryOver.intro", { quarter: page.quarter, next: page.next })}</p>
      {rejected ? (
        <p className="notice warning" role="alert">
          {rejected.error}
        </p>
      ) : null}
      {page.choices.length === 0 ? (
        <p className="muted">{t("quarters.carryOver.none", { quarter: page.quarter })}</p>
      ) : (
        <Form method="post">
          {page.choices.map((objective) => (
            <fieldset key={objective.id} className="carry-over">
              <legend>
                <label>
                  <input type="checkbox" name="objective" value={objective.id} defaultChecked={objective.copiedTo === null} />{" "}
                  {objective.title}
                </label>{" "}
                <span className="muted">{page.teamNames[objective.teamId] ?? `#${objective.teamId}`}</span>
                {objective.copiedTo !== null ? (
                  <>
                    {" "}
                    <Link className="tag" to={`/objectives/${objective.copiedTo}`}>
                      {t("quarters.carryOver.alreadyCopied", { next: page.next })}
                    </Link>
                  </>
                ) : null}
              </legend>
              {objective.keyResults.length > 0 ? (
                <table>
                  <thead>
                    <tr>
                      <th>{t("quarters.carryOver.keyResult")}</th>
                      <th className="num">{t("quarters.carryOver.oldBaseline", { quarter: page.quarter })}</th>
                      <th className="num">{t("quarters.carryOver.newBaseline")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {objective.keyResults.map((kr) => (
                      <tr key={kr.id}>
                        <td>
                          <label>
                            <input type="checkbox" name="keyResult" value={kr.id} defaultChecked /> {kr.title}
                          </label>
                        </td>
                        <td className="num">{kr.kind === "milestone" ? "–" : value(kr.baseline, kr.unit)}</td>
                        <td className="num">
                          {kr.kind === "milestone" ? (
                            "–"
                          ) : kr.endValue === null ? (
                            <span className="muted">{t("quarters.carryOver.noValue")}</span>
                          ) : (
                            value(kr.endValue, kr.unit)
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </fieldset>
          ))}
          <button type="submit">{t("quarters.carryOver.submit", { next: page.next })}</button>
        </Form>
      )}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "OKR & KPI" }];
