import type { PlannedSnapshot } from "./types";

export interface Period {
  start: string;
  end: string;
}

/** Two different periods of one metric and team that share days: a KPI counts both. */
export interface OverlapFinding {
  metricKey: string;
  teamKey: string;
  period: Period;
  other: Period;
}

/**
 * Find, per metric and team of the planned snapshots, the first pair of different periods that
 * share days, among the planned periods and the `existing` ones (keyed by metricId|teamId).
 * Periods sorted by start overlap exactly when one starts on or before the latest end seen so far.
 */
export function findOverlaps(planned: PlannedSnapshot[], existing: Map<string, Period[]>): OverlapFinding[] {
  const groups = new Map<string, { metricKey: string; teamKey: string; periods: Map<string, Period> }>();
  for (const snapshot of planned) {
    const key = `${snapshot.metricId}|${snapshot.teamId}`;
    let group = groups.get(key);
    if (!group) {
      group = { metricKey: snapshot.metricKey, teamKey: snapshot.teamKey, periods: new Map() };
      for (const period of existing.get(key) ?? []) group.periods.set(`${period.start}/${period.end}`, period);
      groups.set(key, group);
    }
    group.periods.set(`${snapshot.periodStart}/${snapshot.periodEnd}`, { start: snapshot.periodStart, end: snapshot.periodEnd });
  }

  const findings: OverlapFinding[] = [];
  for (const group of groups.values()) {
    const periods = [...group.periods.values()].sort((a, b) => a.start.localeCompare(b.start));
    let widest = periods[0];
    for (const period of periods.slice(1)) {
      if (period.start <= widest.end) {
        findings.push({ metricKey: group.metricKey, teamKey: group.teamKey, period, other: widest });
        break;
      }
      if (period.end > widest.end) widest = period;
    }
  }
  return findings;
}
