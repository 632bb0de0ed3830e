import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "~/components/use-language";
import { formatDate, formatNumber } from "~/i18n/format";
import type { ImportHistoryRow, ImportsFlash } from "../page";

/** Show the message after an import: what was written, or that the file was already imported. */
export function ImportFlash({ flash }: { flash: ImportsFlash }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (flash.status === "already_imported") {
    return (
      <p className="notice" role="status">
        {t("imports.page.alreadyImportedDone", { date: formatDate(language, flash.createdOn) })}
      </p>
    );
  }
  return (
    <p className="notice" role="status">
      {t("imports.page.imported", {
        id: flash.id,
        rowsRead: formatNumber(language, flash.rowsRead, 0),
        rowsWritten: formatNumber(language, flash.rowsWritten, 0),
      })}{" "}
      <Link to="/">{t("imports.page.toDashboard")}</Link>
    </p>
  );
}

/** List the latest imports, newest first. */
export function ImportHistory({ history }: { history: ImportHistoryRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("imports.page.historyTitle")}</h2>
      {history.length === 0 ? (
        <p className="muted">{t("imports.page.historyEmpty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("imports.page.importedAt")}</th>
              <th>{t("imports.page.kind")}</th>
              <th>{t("imports.page.fileName")}</th>
              <th className="num">{t("imports.page.rowsRead")}</th>
              <th className="num">{t("imports.page.rowsWritten")}</th>
              <th>{t("imports.page.createdBy")}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((record) => (
              <tr key={record.id}>
                <td>{formatDate(language, record.createdOn)}</td>
                <td>{t(`imports.kinds.${record.kind}`, { defaultValue: record.kind })}</td>
                <td>{record.fileName}</td>
                <td className="num">{formatNumber(language, record.rowsRead, 0)}</td>
                <td className="num">{formatNumber(language, record.rowsWritten, 0)}</td>
                <td>{record.createdBy ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
