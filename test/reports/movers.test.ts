import { type MoverInput, rankMovers } from "~/reports/movers";

const END = "2026-03-31";
const input = (
  keyResultId: number,
  start: { score: number; progress: number | null; asOf?: string } | null,
  end: { score: number; progress: number | null },
): MoverInput => ({
  keyResultId,
  title: `KR ${keyResultId}`,
  objectiveId: 1,
  teamId: 1,
  end: { asOf: END, ...end },
  start: start === null ? null : { asOf: start.asOf ?? "2026-01-04", score: start.score, progress: start.progress },
});

describe("rankMovers", () => {
  test("orders by the size of the score change, falls included", () => {
    const movers = rankMovers(
      [
        input(1, { score: 0.2, progress: 0.2 }, { score: 0.5, progress: 0.5 }),
        input(2, { score: 0.9, progress: 0.9 }, { score: 0.1, progress: 0.1 }),
        input(3, { score: 0, progress: null }, { score: 1, progress: null }),
      ],
      5,
    );
    expect(movers.map((m) => [m.keyResultId, m.scoreChange])).toEqual([
      [3, 1],
      [2, -0.8],
      [1, 0.3],
    ]);
  });

  test("progress breaks a tie and counts above a score of 1", () => {
    const movers = rankMovers(
      [
        input(1, { score: 1, progress: 1.1 }, { score: 1, progress: 1.3 }),
        input(2, { score: 1, progress: 1 }, { score: 1, progress: 1.6 }),
      ],
      5,
    );
    expect(movers.map((m) => [m.keyResultId, m.scoreChange, m.progressChange])).toEqual([
      [2, 0, 0.6],
      [1, 0, 0.2],
    ]);
  });

  test("changes are rounded to 4 decimals", () => {
    const [mover] = rankMovers([input(1, { score: 0.1, progress: 0.1 }, { score: 0.3, progress: 0.3 })], 5);
    expect(mover.scoreChange).toBe(0.2);
    expect(mover.progressChange).toBe(0.2);
  });

  test("leaves out key results that did not move or have no start", () => {
    const movers = rankMovers(
      [
        input(1, { score: 0.5, progress: 0.5 }, { score: 0.5, progress: 0.5 }),
        input(2, null, { score: 1, progress: 1 }),
        input(3, { score: 0, progress: null, asOf: END }, { score: 1, progress: null }),
      ],
      5,
    );
    expect(movers).toEqual([]);
  });

  test("keeps at most the limit, ties by id", () => {
    const inputs = [4, 2, 3, 1].map((id) => input(id, { score: 0, progress: 0 }, { score: 0.5, progress: 0.5 }));
    expect(rankMovers(inputs, 3).map((m) => m.keyResultId)).toEqual([1, 2, 3]);
  });
});
