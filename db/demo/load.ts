import fs from "node:fs";
import type { Kysely } from "kysely";
import { addDays, isoWeekOf, isoWeekWindow } from "../../app/kpi/calendar";
import { type SnapshotInput, writeSnapshots } from "../../app/kpi/snapshots.server";
import { importCsvText } from "../../app/imports/import.server";
import { refreshScoresAfterEdit } from "../../app/okr/refresh-scores.server";
import type { Database } from "../schema";
import { insertDemoAccounts } from "./accounts";
import { CRM_FOLDER, insertDemoCompany } from "./company";
import { insertDemoObjectives } from "./objectives";
import { insertDemoSurveyAnswers } from "./survey";
import { CONTRACT_HOURS_PER_WEEK, DELIVERY_PEOPLE, generateTimesheetCsv } from "./timesheets";

export const DEMO_QUARTERS = ["2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4"];
const DEMO_FROM = "2017-01-02"; // Monday of 2017-W01
const DEMO_TO = "2017-12-31"; // Sunday of 2017-W52

export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("teams").select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  return Number(row.count) === 0;
}

/**
 * Load the demo company: the CRM sample's deals imported through the CRM import, generated
 * timesheets of the delivery team through the timesheet import, weekly contract hours, and
 * quarterly objectives for 2017. Expects a migrated database with the catalog and no teams.
 * NOTE: the imports commit their own transactions, so a failure halfway leaves a partial demo;
 * delete the database file and start again.
 */
export async function loadDemoCompany(db: Kysely<Database>, now: Date): Promise<void> {
  const adminId = await insertDemoCompany(db);
  const actor = { personId: adminId, role: "admin" as const };

  const deals = await importCsvText(
    db,
    actor,
    { kind: "crm-deals", fileName: "sales_pipeline.csv", text: fs.readFileSync(new URL("sales_pipeline.csv", CRM_FOLDER), "utf8") },
    now,
    { source: "demo" },
  );
  if (deals.status !== "imported") throw new Error(`The demo CRM import failed: ${JSON.stringify(deals).slice(0, 500)}`);

  const hours = await importCsvText(
    db,
    actor,
    { kind: "timesheet", fileName: "delivery-timesheet-2017-generated.csv", text: generateTimesheetCsv(DEMO_FROM, DEMO_TO) },
    now,
    { source: "demo" },
  );
  if (hours.status !== "imported") throw new Error(`The demo timesheet import failed: ${JSON.stringify(hours).slice(0, 500)}`);

  await insertContractHours(db, now);
  const delivery = await db.selectFrom("teams").select("id").where("key", "=", "delivery").executeTakeFirstOrThrow();
  await db.insertInto("settings").values({ key: "generatedDataTeamIds", value: String(delivery.id) }).execute();
  await insertDemoObjectives(db, DEMO_QUARTERS, now);
  await insertDemoAccounts(db);
  await insertDemoSurveyAnswers(db, DEMO_FROM, DEMO_TO, DEMO_QUARTERS, now);
  await refreshScoresAfterEdit(db, now);
}

/** Weekly contract hours of the delivery team: 10 people × 40 hours, every ISO week of 2017. */
async function insertContractHours(db: Kysely<Database>, now: Date) {
  const team = await db.selectFrom("teams").select("id").where("key", "=", "delivery").executeTakeFirstOrThrow();
  const metric = await db.selectFrom("metrics").select("id").where("key", "=", "contract_hours").executeTakeFirstOrThrow();
  const rows: SnapshotInput[] = [];
  for (let monday = DEMO_FROM; monday <= DEMO_TO; monday = addDays(monday, 7)) {
    const week = isoWeekWindow(isoWeekOf(monday))!;
    rows.push({
      metricId: metric.id,
      teamId: team.id,
      periodStart: week.start,
      periodEnd: week.end,
      value: DELIVERY_PEOPLE.length * CONTRACT_HOURS_PER_WEEK,
    });
  }
  await db.transaction().execute((trx) => writeSnapshots(trx, rows, { source: "demo", actorId: null, now }));
}
