import type { MetricKind } from "../../db/schema";
import { buildTeamTree, type TeamTree, type TeamTreeRow } from "../people/team-tree";
import { type DateWindow, type IsoDate, toEpochDay } from "./calendar";
import type { MetricAggregate } from "./formula";
import { aggregateOwn, buildSeries, hasSnapshotIn, type MetricSeries, valueAsOf } from "./metric-series";

/** A snapshot as evaluation needs it: the middle day of its period decides the window it counts in. */
export interface SnapshotPoint {
  metric: string;
  teamId: number;
  midDate: IsoDate;
  value: number;
}

export interface SnapshotStoreInput {
  teams: readonly TeamTreeRow[];
  metrics: readonly { key: string; kind: MetricKind }[];
  snapshots: Iterable<SnapshotPoint>;
}

/** Snapshots in memory, indexed per metric and team, read with the window and roll-up rules. */
export interface SnapshotStore {
  readonly metricKinds: ReadonlyMap<string, MetricKind>;
  /**
   * Read a metric's value for a team over a window, or null when nothing counts. A team with its
   * own snapshots in the window takes its value from those only. Otherwise its value is the sum of
   * its subteams' values, each by the same rule. With neither, a stock read as of a day falls back
   * to the team's own latest snapshot before the window.
   */
  read(metric: string, aggregate: MetricAggregate, teamId: number, window: DateWindow): number | null;
}

interface MetricIndex {
  key: string;
  kind: MetricKind;
  series: Map<number, MetricSeries>;
  /** Teams whose subtree contains at least one snapshot of the metric; the roll-up skips the others. */
  teamsWithData: Set<number>;
}

// Reads that a stock can take from a value carried in from before the window.
const CARRIED_STOCK_READS: ReadonlySet<MetricAggregate> = new Set(["end", "first", "last", "avg"]);

/**
 * Index snapshots for evaluation. Snapshots of metrics not listed in `metrics` are ignored.
 * NOTE: results are cached per (metric, read, team, window) for the store's lifetime, so the cache
 * grows with the number of distinct reads. Keep a store for one request or one scoring run.
 */
export function createSnapshotStore(input: SnapshotStoreInput): SnapshotStore {
  const tree = buildTeamTree(input.teams);
  const metricKinds = new Map(input.metrics.map((metric) => [metric.key, metric.kind]));
  const indexes = buildIndexes(input, metricKinds, tree);
  const cache = new Map<string, number | null>();

  const rolledUp = (index: MetricIndex, aggregate: MetricAggregate, teamId: number, start: number, end: number, cacheKey: string): number | null => {
    if (!index.teamsWithData.has(teamId)) return null;
    const key = cacheKey + teamId;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;

    const own = index.series.get(teamId);
    let value: number | null = null;
    if (own && hasSnapshotIn(own, start, end)) value = aggregateOwn(own, aggregate, index.kind, start, end);

    if (value === null) {
      let total = 0;
      let found = false;
      for (const child of tree.children(teamId)) {
        const childValue = rolledUp(index, aggregate, child.id, start, end, cacheKey);
        if (childValue === null) continue;
        total += childValue;
        found = true;
      }
      if (found) value = total;
    }

    if (value === null && own && index.kind === "stock" && CARRIED_STOCK_READS.has(aggregate)) {
      value = valueAsOf(own, start - 1);
    }
    cache.set(key, value);
    return value;
  };

  return {
    metricKinds,
    read(metric, aggregate, teamId, window) {
      const index = indexes.get(metric);
      if (!index) return null;
      const start = toEpochDay(window.start);
      const end = toEpochDay(window.end);
      return rolledUp(index, aggregate, teamId, start, end, `${metric}|${aggregate}|${start}|${end}|`);
    },
  };
}

function buildIndexes(input: SnapshotStoreInput, metricKinds: Map<string, MetricKind>, tree: TeamTree): Map<string, MetricIndex> {
  const points = new Map<string, Map<number, { days: number[]; values: number[] }>>();
  for (const snapshot of input.snapshots) {
    if (!metricKinds.has(snapshot.metric)) continue;
    let byTeam = points.get(snapshot.metric);
    if (!byTeam) {
      byTeam = new Map();
      points.set(snapshot.metric, byTeam);
    }
    let lists = byTeam.get(snapshot.teamId);
    if (!lists) {
      lists = { days: [], values: [] };
      byTeam.set(snapshot.teamId, lists);
    }
    lists.days.push(toEpochDay(snapshot.midDate));
    lists.values.push(snapshot.value);
  }

  const indexes = new Map<string, MetricIndex>();
  for (const [key, byTeam] of points) {
    const series = new Map<number, MetricSeries>();
    const teamsWithData = new Set<number>();
    for (const [teamId, lists] of byTeam) {
      series.set(teamId, buildSeries(lists.days, lists.values));
      teamsWithData.add(teamId);
      for (const ancestor of tree.ancestorIds(teamId)) teamsWithData.add(ancestor);
    }
    indexes.set(key, { key, kind: metricKinds.get(key) ?? "flow", series, teamsWithData });
  }
  return indexes;
}
