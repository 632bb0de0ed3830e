import { useTranslation } from "react-i18next";
import { formatNumber, formatScore } from "~/i18n/format";
import { AMBER_FROM } from "~/okr/scoring";
import type { ScoreColour } from "~/okr/types";
import { useLanguage } from "./use-language";

/** Return a function that words a score colour, for titles and for readers who do not see the colour. */
export function useColourLabel(): (colour: ScoreColour) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (colour) => t(`reports.colour.${colour}`, { amberFrom: formatNumber(language, AMBER_FROM, 2) });
}

/** A score 0..1 with two decimals on its colour; the colour is also given in words. */
export function ScoreBadge({ score, colour }: { score: number | null; colour: ScoreColour | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const colourLabel = useColourLabel();
  if (score === null || colour === null) {
    return (
      <span className="score none" title={t("reports.colour.none")}>
        {t("common.noValue")}
      </span>
    );
  }
  const label = colourLabel(colour);
  return (
    <span className={`score ${colour}`} title={label}>
      {formatScore(language, score)}
      <span className="visually-hidden"> ({label})</span>
    </span>
  );
}
