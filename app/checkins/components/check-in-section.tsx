import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormError, TextAreaField, TextField } from "~/components/forms/fields";
import { useLanguage } from "~/components/use-language";
import { formatDate, formatNumber } from "~/i18n/format";
import type { CheckInRow } from "../checkins.server";

interface CheckInSectionProps {
  keyResultId: number;
  isMilestone: boolean;
  canCheckIn: boolean;
  /** The key result's quarter when it is closed: no check-ins, so a note replaces the form. */
  closedQuarter: string | null;
  checkIns: CheckInRow[];
  saved: boolean;
  rejected?: { errors: Record<string, string>; values: Record<string, string> };
}

/** A key result's check-in history, newest first, and the form for a new one where allowed. */
export function CheckInSection({ keyResultId, isMilestone, canCheckIn, closedQuarter, checkIns, saved, rejected }: CheckInSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errors = rejected?.errors ?? {};
  const values = rejected?.values ?? {};
  return (
    <section id="check-ins">
      <h2>{t("checkins.history.title")}</h2>
      {saved ? <p className="notice" role="status">{t("checkins.form.saved")}</p> : null}
      {checkIns.length === 0 ? (
        <p className="muted">{t("checkins.history.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("checkins.history.date")}</th>
              <th>{t("checkins.history.who")}</th>
              <th className="num">{t("checkins.history.value")}</th>
              <th className="num">{t("checkins.history.confidence")}</th>
              <th>{t("checkins.history.comment")}</th>
            </tr>
          </thead>
          <tbody>
            {checkIns.map((checkIn) => (
              <tr key={checkIn.id}>
                <td>{formatDate(language, checkIn.checkedOn)}</td>
                <td>{checkIn.personName ?? ""}</td>
                <td className="num">
                  {checkIn.value === null ? (
                    <span className="muted" title={t("checkins.history.remark")} aria-label={t("checkins.history.remark")}>
                      —
                    </span>
                  ) : (
                    formatNumber(language, checkIn.value)
                  )}
                </td>
                <td className="num">{checkIn.confidence}/10</td>
                <td>{checkIn.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {canCheckIn && closedQuarter ? (
        <p className="muted closed-check-ins">{t("checkins.form.closed", { quarter: closedQuarter })}</p>
      ) : canCheckIn ? (
        <Form method="post" action={`/key-results/${keyResultId}?index`} className="stacked no-print" noValidate>
          <h3>{t("checkins.form.title")}</h3>
          <FormError message={errors.form} />
          {isMilestone ? (
            <TextField name="value" label={t("checkins.fields.value")} inputMode="decimal" defaultValue={values.value ?? ""} error={errors.value} hint={t("checkins.form.milestoneHint")} />
          ) : (
            <p className="muted">{t("checkins.form.kpiHint")}</p>
          )}
          <label>
            <span>{t("checkins.fields.confidence")}</span>
            <span>
              <select name="confidence" defaultValue={values.confidence ?? "7"} aria-invalid={errors.confidence ? true : undefined}>
                {Array.from({ length: 11 }, (_, level) => (
                  <option key={level} value={String(level)}>
                    {level}
                  </option>
                ))}
              </select>
            </span>
            <small className="muted">{t("checkins.form.confidenceHint")}</small>
            {errors.confidence ? (
              <span className="field-error" role="alert">
                {errors.confidence}
              </span>
            ) : null}
          </label>
          <TextAreaField name="comment" label={t("checkins.fields.comment")} defaultValue={values.comment ?? ""} error={errors.comment} />
          <button type="submit">{t("checkins.form.submit")}</button>
        </Form>
      ) : null}
    </section>
  );
}
