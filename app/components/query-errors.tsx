import { useTranslation } from "react-i18next";
import { formatDate } from "~/i18n/format";
import { parseIsoDate } from "~/kpi/calendar";
import type { FieldErrors } from "./forms/field-errors";
import { useLanguage } from "./use-language";

/**
 * Rejected parts of a report's query (the search parameters), worded in the reader's language from
 * reports.errors.<code>. The page shows its default view below them.
 */
export function QueryErrors({ errors }: { errors: FieldErrors }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;

  const asDate = (value: string | number | undefined) => {
    const date = typeof value === "string" ? parseIsoDate(value) : null;
    return date ? formatDate(language, date) : value;
  };
  return (
    <div className="error" role="alert">
      <ul>
        {entries.map(([field, error]) => (
          <li key={field}>
            {t(`reports.errors.${error.code}`, {
              defaultValue: t("reports.errors.invalid", { field: t(`reports.fields.${field}`), value: error.params?.value ?? "" }),
              field: t(`reports.fields.${field}`, { defaultValue: field }),
              ...error.params,
              from: asDate(error.params?.from),
              to: asDate(error.params?.to),
            })}
          </li>
        ))}
      </ul>
      <p>{t("reports.errors.shownInstead")}</p>
    </div>
  );
}
