import { alignPairs, correlateLags, pearson, readCorrelation, type SeriesValue } from "~/correlations/pearson";

const series = (values: (number | null)[]): SeriesValue[] => values.map((value, i) => ({ period: `2026-${String(i + 1).padStart(2, "0")}`, value }));
const pairsOf = (a: number[], b: number[]) => a.map((x, i) => ({ a: x, b: b[i] }));

describe("pearson on hand-worked series", () => {
  // x = 1..5, y = 2,4,5,4,5: Σdxdy = 6, Σdx² = 10, Σdy² = 6, so r = 6 / √60 = 0.774597.
  test.each([
    ["textbook example", [1, 2, 3, 4, 5], [2, 4, 5, 4, 5], 0.774597],
    ["perfect positive", [1, 2, 3, 4], [10, 20, 30, 40], 1],
    ["perfect negative", [1, 2, 3, 4], [8, 6, 4, 2], -1],
    // x = 1..4, y = 1,3,2,4: Σdxdy = 4, Σdx² = 5, Σdy² = 5, so r = 0.8.
    ["r = 0.8", [1, 2, 3, 4], [1, 3, 2, 4], 0.8],
    // Symmetric: y = (x − 3)² has no linear relation with x.
    ["no linear relation", [1, 2, 3, 4, 5], [4, 1, 0, 1, 4], 0],
    ["large values keep precision", [1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4], [1, 3, 2, 4], 0.8],
  ])("%s", (_name, a, b, expected) => {
    const result = pearson(pairsOf(a, b));
    expect(result.reason).toBeNull();
    expect(result.r).toBeCloseTo(expected, 6);
  });

  test("zero variance gives no value", () => {
    expect(pearson(pairsOf([3, 3, 3, 3], [1, 2, 3, 4]))).toEqual({ r: null, reason: "no_variance" });
    expect(pearson(pairsOf([1, 2, 3, 4], [0.1, 0.1, 0.1, 0.1]))).toEqual({ r: null, reason: "no_variance" });
  });

  test("fewer than three pairs give no value", () => {
    expect(pearson(pairsOf([1, 2], [2, 1]))).toEqual({ r: null, reason: "too_few_pairs" });
    expect(pearson([])).toEqual({ r: null, reason: "too_few_pairs" });
  });
});

describe("alignPairs lag direction", () => {
  const a = series([1, 2, 3, 4, 5]);
  const b = series([10, 20, 30, 40, 50]);

  test("lag 0 pairs the same periods", () => {
    expect(alignPairs(a, b, 0).map((p) => [p.periodA, p.periodB, p.a, p.b])).toEqual([
      ["2026-01", "2026-01", 1, 10],
      ["2026-02", "2026-02", 2, 20],
      ["2026-03", "2026-03", 3, 30],
      ["2026-04", "2026-04", 4, 40],
      ["2026-05", "2026-05", 5, 50],
    ]);
  });

  test("lag 2 pairs A[t] with B[t + 2]", () => {
    expect(alignPairs(a, b, 2).map((p) => [p.periodA, p.periodB, p.a, p.b])).toEqual([
      ["2026-01", "2026-03", 1, 30],
      ["2026-02", "2026-04", 2, 40],
      ["2026-03", "2026-05", 3, 50],
    ]);
  });

  test("periods without a value on either side are skipped, not zero", () => {
    const withGaps = alignPairs(series([1, null, 3, 4]), series([5, 6, null, 8]), 0);
    expect(withGaps.map((p) => p.periodA)).toEqual(["2026-01", "2026-04"]);
  });

  test("a lag beyond the series gives no pairs", () => {
    expect(alignPairs(series([1, 2]), series([1, 2]), 3)).toEqual([]);
  });
});

describe("correlateLags", () => {
  // B repeats A one period later, so lag 1 is a perfect relation and lag 0 is not.
  const a = [5, 1, 4, 2, 6, 3, 7, 2, 5, 1];
  const b = [0, ...a.slice(0, -1)];

  test("finds the lag at which A leads B", () => {
    const lags = correlateLags(series(a), series(b));
    expect(lags.map((lag) => lag.lag)).toEqual([0, 1, 2, 3]);
    expect(lags[1].result.r).toBeCloseTo(1, 10);
    expect(lags[1].pairs).toHaveLength(9);
    expect(Math.abs(lags[0].result.r ?? 1)).toBeLessThan(0.7);
  });

  test("pair counts shrink with the lag", () => {
    const lags = correlateLags(series(a), series(b));
    expect(lags.map((lag) => lag.pairs.length)).toEqual([10, 9, 8, 7]);
  });
});

describe("readCorrelation thresholds", () => {
  test.each([
    [0.85, "strong", "positive"],
    [0.7, "strong", "positive"],
    [0.695, "strong", "positive"],
    [0.69, "moderate", "positive"],
    [-0.4, "moderate", "negative"],
    [-0.39, "weak", "negative"],
    [0.2, "weak", "positive"],
    [0.19, "none", null],
    [0, "none", null],
    [-1, "strong", "negative"],
  ])("r = %d reads %s %s", (r, strength, sign) => {
    expect(readCorrelation(r)).toEqual({ strength, sign });
  });
});
