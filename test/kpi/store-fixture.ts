import { CATALOG_METRICS } from "~/kpi/catalog";
import { type DateWindow, midDay } from "~/kpi/calendar";
import { createKpiEvaluator } from "~/kpi/evaluate";
import { createSnapshotStore, type SnapshotPoint, type SnapshotStore } from "~/kpi/snapshot-store";
import type { KpiEvaluator } from "~/kpi/types";
import type { TeamTreeRow } from "~/people/team-tree";

export const Q1: DateWindow = { start: "2026-01-01", end: "2026-03-31" };
export const COMPANY_ONLY: TeamTreeRow[] = [{ id: 1, parent_id: null }];

/** Make a snapshot of one day ("2026-02-15") or of a period (["2026-12-28", "2027-01-03"]), counted at its middle day. */
export function snapshot(metric: string, teamId: number, period: string | [string, string], value: number): SnapshotPoint {
  const [start, end] = typeof period === "string" ? [period, period] : period;
  return { metric, teamId, midDate: midDay(start, end), value };
}

export function storeOf(snapshots: SnapshotPoint[], teams: TeamTreeRow[] = COMPANY_ONLY): SnapshotStore {
  return createSnapshotStore({ teams, metrics: CATALOG_METRICS, snapshots });
}

export function evaluatorOf(snapshots: SnapshotPoint[], teams: TeamTreeRow[] = COMPANY_ONLY): KpiEvaluator {
  return createKpiEvaluator(storeOf(snapshots, teams));
}
