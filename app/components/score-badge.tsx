import type { TFunction } from "i18next";
import { useText } from "./use-text";
import { formatNumber, formatScore } from "~/i18n/format";
import type { Language } from "~/i18n/language";
import { AMBER_FROM } from "~/okr/scoring";
import type { ScoreColour } from "~/okr/types";

/** Return a function that words a score colour, for titles and for readers who do not see the colour. */
export function useColourLabel(): (colour: ScoreColour) => string {
  const { t, language } = useText();
  return (colour) => colourLabel(t, language, colour);
}

// A translation with interpolation costs about 15 µs; a dashboard shows a thousand badges with
// one of three labels per language.
const colourLabels = new Map<string, string>();

function colourLabel(t: TFunction, language: Language, colour: ScoreColour): string {
  const key = `${language}|${colour}`;
  let label = colourLabels.get(key);
  if (label === undefined) {
    label = t(`reports.colour.${colour}`, { amberFrom: formatNumber(language, AMBER_FROM, 2) });
    colourLabels.set(key, label);
  }
  return label;
}

/** Render a score badge without hooks; lists of many key results call this with one `t`. */
export function renderScoreBadge(t: TFunction, language: Language, score: number | null, colour: ScoreColour | null) {
  if (score === null || colour === null) {
    return (
      <span className="score none" title={t("reports.colour.none")}>
        {t("common.noValue")}
      </span>
    );
  }
  const label = colourLabel(t, language, colour);
  return (
    <span className={`score ${colour}`} title={label}>
      {formatScore(language, score)}
      <span className="visually-hidden"> ({label})</span>
    </span>
  );
}

/** A score 0..1 with two decimals on its colour; the colour is also given in words. */
export function ScoreBadge({ score, colour }: { score: number | null; colour: ScoreColour | null }) {
  const { t, language } = useText();
  return renderScoreBadge(t, language, score, colour);
}
