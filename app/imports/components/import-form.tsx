import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "~/components/use-language";
import { formatNumber } from "~/i18n/format";
import { MAPPING_FIELDS } from "../form";
import type { ImportFormValues, PreviewView } from "../page";
import { IMPORT_KINDS, type ImportKind, NUMBER_FORMAT_CHOICES } from "../types";

interface ImportFormProps {
  values: ImportFormValues;
  errors: Record<string, string>;
  preview: PreviewView | null;
}

/**
 * Render the import form. Without a kept file it has a file input. After a preview it keeps the file
 * in a hidden field, shows the column mapping and offers the import when the file has no errors.
 */
export function ImportForm({ values, errors, preview }: ImportFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kept = values.content !== "";
  const mappedKind = IMPORT_KINDS.find((kind) => kind === values.mappedKind);
  const canImport = preview !== null && preview.errorCount === 0 && preview.snapshotCount > 0;

  return (
    <Form method="post" encType="multipart/form-data" className="stacked no-print">
      <label>
        <span>{t("imports.page.kind")}</span>
        <select name="kind" defaultValue={values.kind} aria-invalid={errors.kind ? true : undefined}>
          {IMPORT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`imports.kinds.${kind}`)}
            </option>
          ))}
        </select>
        <small className="muted">{IMPORT_KINDS.map((kind) => `${t(`imports.kinds.${kind}`)}: ${t(`imports.kindHelp.${kind}`)}`).join(" ")}</small>
        {errors.kind ? <span className="field-error" role="alert">{errors.kind}</span> : null}
      </label>

      {kept ? (
        <p>
          {t("imports.page.currentFile", {
            fileName: values.fileName,
            size: formatNumber(language, (preview?.fileSize ?? 0) / 1024, 1),
          })}{" "}
          <Link to="/imports">{t("imports.page.otherFile")}</Link>
          <input type="hidden" name="content" value={values.content} />
          <input type="hidden" name="fileName" value={values.fileName} />
          <input type="hidden" name="mappedKind" value={values.mappedKind} />
        </p>
      ) : (
        <label>
          <span>{t("imports.page.file")}</span>
          <input type="file" name="file" accept=".csv,.txt,text/csv,text/plain" required aria-invalid={errors.file ? true : undefined} />
        </label>
      )}
      {errors.file ? <span className="field-error" role="alert">{errors.file}</span> : null}

      <label>
        <span>{t("imports.page.numberFormat")}</span>
        <select name="numberFormat" defaultValue={values.numberFormat}>
          {NUMBER_FORMAT_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`imports.numberFormats.${choice}`)}
            </option>
          ))}
        </select>
        {errors.numberFormat ? <span className="field-error" role="alert">{errors.numberFormat}</span> : null}
      </label>

      {mappedKind && preview && MAPPING_FIELDS[mappedKind].length > 0 ? (
        <MappingFields kind={mappedKind} header={preview.header} mapping={values.mapping} errors={errors} />
      ) : null}

      <p>
        <button type="submit" name="intent" value="preview">
          {kept ? t("imports.page.refresh") : t("imports.page.preview")}
        </button>{" "}
        {canImport ? (
          <button type="submit" name="intent" value="import">
            {t("imports.page.confirm")}
          </button>
        ) : null}
      </p>
    </Form>
  );
}

function MappingFields({
  kind,
  header,
  mapping,
  errors,
}: {
  kind: ImportKind;
  header: string[];
  mapping: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const columns = header.filter((name) => name !== "");
  return (
    <fieldset>
      <legend>{t("imports.page.mapping")}</legend>
      <p className="muted">{t("imports.page.mappingHelp")}</p>
      {MAPPING_FIELDS[kind].map((field) => (
        <label key={field}>
          <span>{t(`imports.fields.${field}`)}</span>
          <select name={`map_${field}`} defaultValue={mapping[field] ?? ""}>
            <option value="">{t("imports.page.mappingDefault")}</option>
            {columns.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          {errors[`map_${field}`] ? <span className="field-error" role="alert">{errors[`map_${field}`]}</span> : null}
        </label>
      ))}
    </fieldset>
  );
}
