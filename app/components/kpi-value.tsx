import type { TFunction } from "i18next";
import { useText } from "./use-text";
import type { KeyResultKind } from "../../db/schema";
import { formatKpiValue, formatPercent, formatScore } from "~/i18n/format";
import type { Language } from "~/i18n/language";
import { describeNoValue } from "~/kpi/no-value";
import type { NoValueReason } from "~/kpi/types";
import { useFiscalStartMonth } from "./fiscal-year";
import { useLanguage } from "./use-language";

interface KpiValueProps {
  /** In the KPI's display unit (56 for 56%); a milestone's grade 0..1. */
  value: number | null;
  unit: string | null;
  kind: KeyResultKind;
  reason: NoValueReason | null;
  /** Show why there is no value beside the words "no value"; otherwise only as a title. */
  explain?: boolean;
}

/** A key result's current value in the KPI's unit, or "no value" with the reason. */
export function KpiValue(props: KpiValueProps) {
  const { t } = useText();
  return renderKpiValue(t, useLanguage(), useFiscalStartMonth(), props);
}

/** Render a KPI value without hooks; lists of many key results call this with one `t`. */
export function renderKpiValue(
  t: TFunction,
  language: Language,
  fiscalStartMonth: number,
  { value, unit, kind, reason, explain = false }: KpiValueProps,
) {
  if (value === null) {
    const why = reason
      ? describeNoValue(reason, language, { fiscalStartMonth })
      : kind === "milestone"
        ? t("reports.keyResult.notGraded")
        : null;
    return (
      <span className="no-value-wrap">
        <span className="no-value" title={why ?? undefined}>
          {t("common.noValue")}
        </span>
        {explain && why ? <span className="muted"> ({why})</span> : null}
      </span>
    );
  }
  if (kind === "milestone") return <span>{t("reports.keyResult.grade", { grade: formatScore(language, value) })}</span>;
  return <span>{formatKpiValue(language, value, unit ?? "")}</span>;
}

/** Unclamped progress as a whole percentage (130%); a dash where progress does not apply or is unknown. */
export function Progress({ progress }: { progress: number | null }) {
  const { t } = useText();
  return renderProgress(t, useLanguage(), progress);
}

export function renderProgress(t: TFunction, language: Language, progress: number | null) {
  if (progress === null) return <span className="muted" title={t("reports.keyResult.noProgress")}>–</span>;
  return <span>{formatPercent(language, progress, 0)}</span>;
}
