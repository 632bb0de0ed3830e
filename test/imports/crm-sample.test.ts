import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { quarterWindow } from "~/kpi/calendar";
import { findCatalogKpi } from "~/kpi/catalog";
import { loadKpiEvaluator } from "~/kpi/evaluate.server";
import { previewImport, runImport } from "~/imports/import.server";
import { createTestDatabase } from "../support/db";
import { ensureImportMetrics, insertPerson, insertTeam } from "./seed";

const REPOSITORY = fileURLToPath(new URL("../../", import.meta.url));
const FOLDER = path.resolve(REPOSITORY, "../shared/data/crm-sales-opportunities");
const present = fs.existsSync(path.join(FOLDER, "sales_pipeline.csv"));
const QUARTERS = ["2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4"];

const readRows = (file: string) =>
  fs
    .readFileSync(path.join(FOLDER, file), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(","));

/** Won and lost deals per "office|quarter" and "company|quarter", counted from the raw file. */
function countFromRawFile(officeOf: Map<string, string>) {
  const counts = new Map<string, { won: number; lost: number }>();
  for (const [, agent, , , stage, , closeDate] of readRows("sales_pipeline.csv")) {
    if (stage !== "Won" && stage !== "Lost") continue;
    const quarter = `${closeDate.slice(0, 4)}-Q${Math.ceil(Number(closeDate.slice(5, 7)) / 3)}`;
    for (const scope of [officeOf.get(agent)!, "company"]) {
      const entry = counts.get(`${scope}|${quarter}`) ?? { won: 0, lost: 0 };
      if (stage === "Won") entry.won += 1;
      else entry.lost += 1;
      counts.set(`${scope}|${quarter}`, entry);
    }
  }
  return counts;
}

async function sumInQuarter(db: Kysely<Database>, metric: string, teamIds: number[], quarter: string) {
  const window = quarterWindow(quarter)!;
  const row = await db
    .selectFrom("metric_snapshots")
    .innerJoin("metrics", "metrics.id", "metric_snapshots.metric_id")
    .select((eb) => eb.fn.sum<number>("value").as("total"))
    .where("metrics.key", "=", metric)
    .where("team_id", "in", teamIds)
    .where("mid_date", ">=", window.start)
    .where("mid_date", "<=", window.end)
    .executeTakeFirstOrThrow();
  return Number(row.total ?? 0);
}

describe.skipIf(!present)("CRM sample import (needs ../shared/data; skipped when that folder is absent)", () => {
  let db: Kysely<Database>;
  const officeIds = new Map<string, number>();
  const officeOf = new Map<string, string>();
  let companyId: number;
  let outcome: Awaited<ReturnType<typeof runImport>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await ensureImportMetrics(db);
    companyId = await insertTeam(db, "company", "Company", null);
    for (const [agent, , office] of readRows("sales_teams.csv")) {
      if (!officeIds.has(office)) officeIds.set(office, await insertTeam(db, office.toLowerCase(), office, companyId));
      officeOf.set(agent, office);
      const email = `${agent.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`;
      await insertPerson(db, agent, email, officeIds.get(office)!);
    }
    const content = new Uint8Array(fs.readFileSync(path.join(FOLDER, "sales_pipeline.csv")));
    outcome = await runImport(
      db,
      { personId: null, role: "admin" },
      { kind: "crm-deals", fileName: "sales_pipeline.csv", content, numberFormat: "auto", mapping: {} },
      new Date("2018-01-15T10:00:00Z"),
    );
  });

  afterAll(async () => {
    await db.destroy();
  });

  test("imports every row", () => {
    expect(outcome).toMatchObject({ status: "imported", rowsRead: 8800 });
  });

  test("all won and lost deals counted", async () => {
    const all = [...officeIds.values()];
    const won = await Promise.all(QUARTERS.map((q) => sumInQuarter(db, "deals_won", all, q)));
    const lost = await Promise.all(QUARTERS.map((q) => sumInQuarter(db, "deals_lost", all, q)));
    expect(won.reduce((a, b) => a + b)).toBe(4238);
    expect(lost.reduce((a, b) => a + b)).toBe(2473);
  });

  test.each(QUARTERS)("hit rate per office and company in %s", async (quarter) => {
    const expected = countFromRawFile(officeOf);
    const scopes: [string, number[]][] = [
      ["company", [...officeIds.values()]],
      ...[...officeIds].map(([office, id]): [string, number[]] => [office, [id]]),
    ];
    for (const [scope, teamIds] of scopes) {
      const counts = expected.get(`${scope}|${quarter}`)!;
      const won = await sumInQuarter(db, "deals_won", teamIds, quarter);
      const lost = await sumInQuarter(db, "deals_lost", teamIds, quarter);
      expect({ scope, won, lost }).toEqual({ scope, won: counts.won, lost: counts.lost });
      expect(won / (won + lost)).toBe(counts.won / (counts.won + counts.lost));
    }
  });

  test.each(QUARTERS)("hit_rate KPI per office and company in %s", async (quarter) => {
    const expected = countFromRawFile(officeOf);
    const window = quarterWindow(quarter)!;
    const evaluator = await loadKpiEvaluator(db, window);
    const hitRate = findCatalogKpi("hit_rate")!;
    const scopes: [string, number][] = [["company", companyId], ...officeIds];
    for (const [scope, teamId] of scopes) {
      const counts = expected.get(`${scope}|${quarter}`)!;
      const result = evaluator.evaluate(hitRate, teamId, window);
      expect({ scope, value: result.value }).toEqual({ scope, value: counts.won / (counts.won + counts.lost) });
    }
  });

  test("preview counts open deals", async () => {
    const content = new Uint8Array(fs.readFileSync(path.join(FOLDER, "sales_pipeline.csv")));
    const preview = await previewImport(db, { kind: "crm-deals", fileName: "sales_pipeline.csv", content, numberFormat: "auto", mapping: {} });
    expect(preview.openDealsIgnored).toBe(1589 + 500);
    expect(preview.errors).toEqual([]);
    expect(preview.alreadyImported).not.toBeNull();
  });
});
