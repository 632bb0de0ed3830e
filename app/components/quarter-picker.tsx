import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

interface QuarterPickerProps {
  /** Newest first. */
  options: string[];
  selected: string;
  current: string;
}

/** A GET form that reloads the page with ?quarter=; it works without JavaScript. */
export function QuarterPicker({ options, selected, current }: QuarterPickerProps) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="quarter-picker no-print">
      <label>
        {t("common.quarter.label")}{" "}
        <select name="quarter" defaultValue={selected}>
          {options.map((quarter) => (
            <option key={quarter} value={quarter}>
              {quarter === current ? t("reports.quarter.currentOption", { quarter }) : quarter}
            </option>
          ))}
        </select>
      </label>{" "}
      <button type="submit">{t("common.quarter.show")}</button>
    </Form>
  );
}
