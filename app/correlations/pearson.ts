/** One period's value of a KPI series; null where the KPI has no value. */
export interface SeriesValue {
  period: string;
  value: number | null;
}

export interface Pair {
  /** Period of series A. */
  periodA: string;
  /** Period of series B: lag periods after periodA. */
  periodB: string;
  a: number;
  b: number;
}

/** The lags the page computes: 0 to 3 periods. */
export const LAGS = [0, 1, 2, 3] as const;
/** Below this many pairs the page warns that r is unreliable. */
export const FEW_PAIRS = 8;
/** r is not computed from fewer pairs: with two points it is always −1 or 1. */
export const MIN_PAIRS = 3;

/**
 * Pair series A with series B shifted by a lag: A of period t with B of period t + lag, so a
 * positive lag tests whether A leads B. Both series must list the same periods in the same order.
 * A period where either side has no value is skipped, never counted as 0.
 */
export function alignPairs(a: SeriesValue[], b: SeriesValue[], lag: number): Pair[] {
  const pairs: Pair[] = [];
  for (let t = 0; t + lag < b.length && t < a.length; t += 1) {
    const left = a[t].value;
    const right = b[t + lag].value;
    if (left === null || right === null) continue;
    pairs.push({ periodA: a[t].period, periodB: b[t + lag].period, a: left, b: right });
  }
  return pairs;
}

export type PearsonResult =
  | { r: number; reason: null }
  | { r: null; reason: "too_few_pairs" | "no_variance" };

/**
 * Compute Pearson's correlation coefficient of the pairs. Returns no value for fewer than
 * MIN_PAIRS pairs, and when either side has zero variance (a constant series has no correlation).
 */
export function pearson(pairs: { a: number; b: number }[]): PearsonResult {
  const n = pairs.length;
  if (n < MIN_PAIRS) return { r: null, reason: "too_few_pairs" };

  let meanA = 0;
  let meanB = 0;
  for (const pair of pairs) {
    meanA += pair.a / n;
    meanB += pair.b / n;
  }
  // Two passes over centred values: the one-pass sum-of-squares formula loses precision on large values.
  let covariance = 0;
  let varianceA = 0;
  let varianceB = 0;
  for (const pair of pairs) {
    const da = pair.a - meanA;
    const db = pair.b - meanB;
    covariance += da * db;
    varianceA += da * da;
    varianceB += db * db;
  }
  // Relative to the data's size, so that rounding noise of a constant series counts as zero variance.
  const scaleA = Math.max(...pairs.map((p) => Math.abs(p.a)), 1);
  const scaleB = Math.max(...pairs.map((p) => Math.abs(p.b)), 1);
  if (varianceA <= 1e-20 * scaleA * scaleA * n || varianceB <= 1e-20 * scaleB * scaleB * n) {
    return { r: null, reason: "no_variance" };
  }
  const r = covariance / Math.sqrt(varianceA * varianceB);
  return { r: Math.max(-1, Math.min(1, r)), reason: null };
}

export type Strength = "strong" | "moderate" | "weak" | "none";

export interface Reading {
  strength: Strength;
  /** Null when there is no clear relation. */
  sign: "positive" | "negative" | null;
}

/** Thresholds on |r|: at least 0.7 strong, 0.4 moderate, 0.2 weak; below 0.2 no clear relation. */
export const STRENGTH_FROM: { strength: Exclude<Strength, "none">; from: number }[] = [
  { strength: "strong", from: 0.7 },
  { strength: "moderate", from: 0.4 },
  { strength: "weak", from: 0.2 },
];

/** Word r as a strength and a sign; |r| is rounded to 2 decimals first, as the page shows it. */
export function readCorrelation(r: number): Reading {
  const size = Math.round(Math.abs(r) * 100) / 100;
  const found = STRENGTH_FROM.find((step) => size >= step.from);
  if (!found) return { strength: "none", sign: null };
  return { strength: found.strength, sign: r > 0 ? "positive" : "negative" };
}

export interface LagResult {
  lag: number;
  pairs: Pair[];
  result: PearsonResult;
  reading: Reading | null;
}

/** Compute r, the pairs and the reading for every lag of LAGS. */
export function correlateLags(a: SeriesValue[], b: SeriesValue[]): LagResult[] {
  return LAGS.map((lag) => {
    const pairs = alignPairs(a, b, lag);
    const result = pearson(pairs);
    return { lag, pairs, result, reading: result.r === null ? null : readCorrelation(result.r) };
  });
}
