import type { TFunction } from "i18next";
import type { Language } from "~/i18n/language";
import type { KpiParameter } from "~/kpi/types";
import { paramFieldName } from "~/okr/forms";
import { decimalInputValue } from "./decimal";

interface KpiRow {
  id: number;
  key: string;
  name_nl: string;
  name_en: string;
  unit: string;
  params: KpiParameter[];
}

/** A KPI as the key result form shows it, in the reader's language. */
export interface KpiOption {
  id: number;
  /** Name and unit, e.g. "Hit rate (%)". */
  label: string;
  unit: string;
  params: { field: string; label: string; defaultText: string }[];
}

/** Build the key result form's KPI options, sorted by label, with their parameters' fields and labels. */
export function kpiOptions(kpis: KpiRow[], language: Language, t: TFunction): KpiOption[] {
  const options = kpis.map((kpi) => {
    const name = language === "nl" ? kpi.name_nl : kpi.name_en;
    return {
      id: kpi.id,
      label: `${name} (${unitLabel(kpi.unit, t)})`,
      unit: kpi.unit,
      params: kpi.params.map((param) => ({
        field: paramFieldName(kpi.id, param.key),
        label: t("okr.fields.param", { name: language === "nl" ? param.name_nl : param.name_en }),
        defaultText: decimalInputValue(param.default, language),
      })),
    };
  });
  return options.sort((a, b) => a.label.localeCompare(b.label, language));
}

/** Labels of parameter fields by field name, for wording their errors. */
export function paramLabels(options: KpiOption[]): Record<string, string> {
  return Object.fromEntries(options.flatMap((kpi) => kpi.params.map((param) => [param.field, param.label])));
}

/** Translate a unit code ("aantal" for count in Dutch); symbols such as % and EUR stay as they are. */
export function unitLabel(unit: string, t: TFunction): string {
  return t(`okr.units.${unit}`, { defaultValue: unit });
}
