import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { addDays, isoWeekOf } from "../../app/kpi/calendar";
import { writeSnapshots, type SnapshotInput } from "../../app/kpi/snapshots.server";
import { seededRandom } from "../../db/demo/random";

export const BENCH_TEAMS = 100;
export const BENCH_METRICS = 40;
export const BENCH_KEY_RESULTS = 1_000;
/** First Monday of the generated history: 3 years of ISO weeks. */
export const BENCH_FROM = "2024-01-01";
export const BENCH_WEEKS = 156;

/**
 * Insert a company of BENCH_TEAMS teams (10 departments of 9 teams under the root) and weekly
 * snapshots of the first BENCH_METRICS catalog metrics for every leaf team over BENCH_WEEKS weeks.
 * Returns the leaf team ids.
 */
export async function generateCompany(db: Kysely<Database>): Promise<{ leafTeamIds: number[]; metricKeys: string[] }> {
  const root = await db.insertInto("teams").values({ key: "bench-company", name: "Bench company", parent_id: null }).returning("id").executeTakeFirstOrThrow();
  const leafTeamIds: number[] = [];
  for (let d = 0; d < 11; d += 1) {
    const department = await db.insertInto("teams").values({ key: `dept-${d}`, name: `Department ${d}`, parent_id: root.id }).returning("id").executeTakeFirstOrThrow();
    for (let t = 0; t < 8; t += 1) {
      const team = await db.insertInto("teams").values({ key: `team-${d}-${t}`, name: `Team ${d}.${t}`, parent_id: department.id }).returning("id").executeTakeFirstOrThrow();
      leafTeamIds.push(team.id);
    }
  }

  const metrics = await db.selectFrom("metrics").select(["id", "key", "kind"]).where("builtin", "=", 1).orderBy("id").limit(BENCH_METRICS).execute();
  const random = seededRandom(42);
  const rows: SnapshotInput[] = [];
  for (const teamId of leafTeamIds) {
    for (let w = 0; w < BENCH_WEEKS; w += 1) {
      const monday = addDays(BENCH_FROM, w * 7);
      for (const metric of metrics) {
        const stock = metric.kind === "stock";
        rows.push({
          metricId: metric.id,
          teamId,
          periodStart: stock ? addDays(monday, 6) : monday,
          periodEnd: addDays(monday, 6),
          value: Math.round(random() * 1000) / 10 + 1,
        });
      }
    }
  }
  const now = new Date();
  for (let i = 0; i < rows.length; i += 50_000) {
    await db.transaction().execute((trx) => writeSnapshots(trx, rows.slice(i, i + 50_000), { source: "demo", actorId: null, now }));
  }
  return { leafTeamIds, metricKeys: metrics.map((m) => m.key) };
}

/** A long-form snapshot CSV of `count` rows (week, team, metric, value) in the Dutch dialect. */
export function generateSnapshotCsv(count: number, teamKeys: string[], metricKeys: string[], fromWeek = "2027-01-04"): string {
  const lines = ["periode;team;metriek;waarde"];
  let day = fromWeek;
  let written = 0;
  while (written < count) {
    const week = isoWeekOf(day);
    for (const team of teamKeys) {
      for (const metric of metricKeys) {
        if (written === count) break;
        lines.push(`${week};${team};${metric};${(written % 997) + 0.5}`.replace(".", ","));
        written += 1;
      }
    }
    day = addDays(day, 7);
  }
  return lines.join("\n");
}
