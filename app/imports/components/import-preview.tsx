import { useTranslation } from "react-i18next";
import { useLanguage } from "~/components/use-language";
import { formatDate, formatNumber } from "~/i18n/format";
import { isFileError, rowErrorMessage, separatorName } from "../messages";
import type { PreviewView } from "../page";

/** Counts, row errors and the first snapshots of a previewed file. */
export function ImportPreview({ preview }: { preview: PreviewView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const count = (value: number) => formatNumber(language, value, 0);

  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">
        {t("imports.page.previewTitle")}: {preview.fileName}
      </h2>
      {preview.alreadyImportedOn ? (
        <p className="notice">{t("imports.page.alreadyImported", { date: formatDate(language, preview.alreadyImportedOn) })}</p>
      ) : null}
      {preview.overlapCount > 0 ? (
        <div className="notice warning" role="status">
          <p>{t("imports.page.overlaps", { count: preview.overlapCount })}</p>
          <ul>
            {preview.overlaps.map((o) => (
              <li key={`${o.metricKey}|${o.teamKey}`}>
                {t("imports.page.overlapExample", {
                  metric: o.metricKey,
                  team: o.teamKey,
                  period: `${formatDate(language, o.period.start)} – ${formatDate(language, o.period.end)}`,
                  other: `${formatDate(language, o.other.start)} – ${formatDate(language, o.other.end)}`,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="cards">
        <Count label={t("imports.page.rowsRead")} value={count(preview.rowsRead)} />
        <Count label={t("imports.page.rowsSkipped")} value={count(preview.rowsSkipped)} />
        <Count label={t("imports.page.snapshotCount")} value={count(preview.snapshotCount)} />
        {preview.kind === "crm-deals" ? <Count label={t("imports.page.openDealsIgnored")} value={count(preview.openDealsIgnored)} /> : null}
        <Count label={t("imports.page.separator")} value={separatorName(t, preview.separator)} />
        <Count label={t("imports.page.numberFormatUsed")} value={t(`imports.numberFormats.${preview.numberFormat}`)} />
      </dl>

      {preview.errorCount > 0 ? (
        <>
          <h3>{t("imports.page.errorsTitle", { count: preview.errorCount })}</h3>
          <p className="error">{t("imports.page.nothingWritten")}</p>
          {preview.errorCount > preview.errors.length ? (
            <p>{t("imports.page.errorsShown", { shown: count(preview.errors.length), total: count(preview.errorCount) })}</p>
          ) : null}
          <table>
            <thead>
              <tr>
                <th className="num">{t("imports.page.row")}</th>
                <th>{t("imports.page.column")}</th>
                <th>{t("imports.page.value")}</th>
                <th>{t("imports.page.message")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.errors.map((error, index) => (
                <tr key={index}>
                  {isFileError(error) ? (
                    <td colSpan={2} className="muted file-error">
                      {t("imports.page.wholeFile")}
                    </td>
                  ) : (
                    <>
                      <td className="num">{error.row}</td>
                      <td>{error.column}</td>
                    </>
                  )}
                  <td>{error.value}</td>
                  <td>{rowErrorMessage(t, language, error)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : preview.snapshotCount === 0 ? (
        <p className="notice">{t("imports.page.noSnapshots")}</p>
      ) : null}

      {preview.sample.length > 0 ? (
        <>
          <h3>{t("imports.page.sampleTitle", { count: preview.sample.length })}</h3>
          <table>
            <thead>
              <tr>
                <th>{t("imports.page.metric")}</th>
                <th>{t("imports.page.team")}</th>
                <th>{t("imports.page.periodStart")}</th>
                <th>{t("imports.page.periodEnd")}</th>
                <th className="num">{t("imports.page.value")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.sample.map((row) => (
                <tr key={`${row.metricId}|${row.teamId}|${row.periodStart}|${row.periodEnd}`}>
                  <td>{row.metricKey}</td>
                  <td>{row.teamKey}</td>
                  <td>{formatDate(language, row.periodStart)}</td>
                  <td>{formatDate(language, row.periodEnd)}</td>
                  <td className="num">{formatNumber(language, row.value, 6)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

function Count({ label, value }: { label: string; value: string }) {
  return (
    <div className="card">
      <dt className="muted">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
