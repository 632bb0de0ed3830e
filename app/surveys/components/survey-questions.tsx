import { Form, Link, useNavigation } from "@remix-run/react";
import { useText } from "~/components/use-text";
import { formatDate } from "~/i18n/format";

export interface QuestionStatus {
  period: string;
  periodEnd: string;
  answered: boolean;
  ownAnswer: { score: number; comment: string | null } | null;
}

const MOOD_SCORES = [1, 2, 3, 4, 5];
const ENPS_SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Render the notice after an answer was sent. */
export function SurveyNotice({ notice }: { notice: string | null }) {
  const { t } = useText();
  if (!notice) return null;
  return (
    <p className={notice === "already_answered" ? "notice warning" : "notice"} role="status">
      {t(`survey.notices.${notice}`)}
    </p>
  );
}

/**
 * The weekly mood question: five labelled radio buttons (arrow keys move between them), an
 * optional "why", and a submit button that is disabled while the answer is on its way. Shown until
 * the person answered; afterwards only to the browser that holds the answer's edit cookie.
 */
export function MoodQuestion({ status, redirectTo }: { status: QuestionStatus; redirectTo: string }) {
  const { t, language } = useText();
  const own = status.ownAnswer;
  return (
    <section className="survey-question" aria-labelledby="mood-question-title">
      <h2 id="mood-question-title">{t("survey.question.title", { week: status.period })}</h2>
      {status.answered && !own ? <p>{t("survey.question.answeredElsewhere")}</p> : null}
      {own ? (
        <p>
          {t("survey.question.answered", { score: own.score, label: t(`survey.scale.s${own.score}`), end: formatDate(language, status.periodEnd) })}
        </p>
      ) : null}
      {status.answered && !own ? null : (
        <ChangeableForm own={own}>
          <AnswerForm survey="mood" scores={MOOD_SCORES} own={own} redirectTo={redirectTo} legend={t("survey.question.mood")} whyLabel={t("survey.question.why")} labelOf={(score) => `${score} – ${t(`survey.scale.s${score}`)}`} />
        </ChangeableForm>
      )}
      <p className="muted">{t("survey.question.privacy")}</p>
    </section>
  );
}

/** Render the quarterly eNPS question, 0 to 10 with a reason. */
export function EnpsQuestion({ status, redirectTo }: { status: QuestionStatus; redirectTo: string }) {
  const { t, language } = useText();
  const own = status.ownAnswer;
  return (
    <section className="survey-question" aria-labelledby="enps-question-title">
      <h2 id="enps-question-title">{t("survey.question.enpsTitle", { quarter: status.period })}</h2>
      {status.answered && !own ? <p>{t("survey.question.enpsAnsweredElsewhere", { quarter: status.period })}</p> : null}
      {own ? <p>{t("survey.question.enpsAnswered", { quarter: status.period, end: formatDate(language, status.periodEnd) })}</p> : null}
      {status.answered && !own ? null : (
        <ChangeableForm own={own}>
          <p className="muted">{t("survey.question.enpsScale")}</p>
          <AnswerForm survey="enps" scores={ENPS_SCORES} own={own} redirectTo={redirectTo} legend={t("survey.question.enps")} whyLabel={t("survey.question.enpsWhy")} labelOf={String} />
        </ChangeableForm>
      )}
    </section>
  );
}

/** Render the home page's part: the notice, this week's question and a reminder of the quarterly one. */
export function HomeSurvey({ prompt }: { prompt: { mood: QuestionStatus; enps: { period: string; answered: boolean }; notice: string | null } }) {
  return (
    <>
      <SurveyNotice notice={prompt.notice} />
      <MoodQuestion status={prompt.mood} redirectTo="/" />
      <EnpsReminder quarter={prompt.enps.period} answered={prompt.enps.answered} />
    </>
  );
}

/** Render a link to the quarterly question for the home page, while it is unanswered. */
export function EnpsReminder({ quarter, answered }: { quarter: string; answered: boolean }) {
  const { t } = useText();
  if (answered) return null;
  return (
    <p>
      <Link to="/survey">{t("survey.question.enpsOpen", { quarter })}</Link>
    </p>
  );
}

/** Render an unanswered question open, and an answered one behind "Change answer". */
function ChangeableForm({ own, children }: { own: QuestionStatus["ownAnswer"]; children: React.ReactNode }) {
  const { t } = useText();
  if (!own) return <>{children}</>;
  return (
    <details>
      <summary>{t("survey.question.change")}</summary>
      {children}
    </details>
  );
}

interface AnswerFormProps {
  survey: "mood" | "enps";
  scores: number[];
  own: QuestionStatus["ownAnswer"];
  redirectTo: string;
  legend: string;
  whyLabel: string;
  labelOf: (score: number) => string;
}

function AnswerForm({ survey, scores, own, redirectTo, legend, whyLabel, labelOf }: AnswerFormProps) {
  const { t } = useText();
  const navigation = useNavigation();
  const sending = navigation.state === "submitting" && navigation.formData?.get("survey") === survey;
  let buttonText = t("survey.question.submit");
  if (own) buttonText = t("survey.question.change");
  if (sending) buttonText = t("survey.question.sending");
  return (
    <Form method="post" action="/survey" className={`survey-form survey-${survey}`}>
      <input type="hidden" name="survey" value={survey} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <fieldset className="score-buttons">
        <legend>{legend}</legend>
        {scores.map((score) => (
          <label key={score} className="score-button">
            <input type="radio" name="score" value={score} defaultChecked={own?.score === score} required />
            <span>{labelOf(score)}</span>
          </label>
        ))}
      </fieldset>
      <label className="survey-why">
        {whyLabel}
        <textarea name="comment" rows={2} maxLength={1000} defaultValue={own?.comment ?? ""} />
      </label>
      <button type="submit" disabled={sending}>
        {buttonText}
      </button>
    </Form>
  );
}
