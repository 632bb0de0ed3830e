import type { ScoreColour } from "~/okr/types";

/** The same colours as the .score classes in public/styles.css. */
export const SCORE_COLOURS: Record<ScoreColour, string> = { green: "#1f8a4c", amber: "#c98a00", red: "#c0392b" };

/** Line colours for series such as teams, repeated when there are more series than colours. */
export const SERIES_COLOURS = ["#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#65a30d", "#dc2626", "#4b5563", "#a16207"];

export const REFERENCE_GREY = "#6b7280";

/** Keep every nth label of a long axis, so that at most `max` labels show. */
export function thinTicks<T>(values: T[], max: number): T[] {
  if (values.length <= max) return values;
  const step = Math.ceil(values.length / max);
  return values.filter((_, i) => i % step === 0);
}
