import { useText } from "./use-text";
import { formatNumber, formatPercent } from "~/i18n/format";
import { scoreColour } from "~/okr/scoring";
import { useColourLabel } from "./score-badge";
import { useLanguage } from "./use-language";

interface SuccessRateProps {
  /** Share 0..1 of key results scoring at least the norm; null without key results. */
  rate: number | null;
  norm: number;
  /** Only the percentage, with the full sentence as its title (for tables). */
  compact?: boolean;
}

/**
 * The share of key results scoring at least the norm, as a whole percentage with the norm beside it,
 * coloured by the same thresholds as a score.
 */
export function SuccessRate({ rate, norm, compact = false }: SuccessRateProps) {
  const { t } = useText();
  const language = useLanguage();
  const colourLabel = useColourLabel();
  if (rate === null) return <span className="no-value">{t("reports.successRate.none")}</span>;

  const colour = scoreColour(rate, norm);
  const percentage = formatPercent(language, rate, 0);
  const sentence = t("reports.successRate.sentence", { rate: percentage, norm: formatNumber(language, norm, 2) });
  const label = colourLabel(colour);
  return (
    <span className={`rate ${colour}`} title={compact ? `${sentence} (${label})` : label}>
      {compact ? percentage : sentence}
      <span className="visually-hidden"> ({label})</span>
    </span>
  );
}
