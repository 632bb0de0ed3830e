import { openDatabase } from "/work/main/db/connection.ts";
import { prepareDatabase } from "/work/main/app/boot.server.ts";
import { importCsvText } from "/work/main/app/imports/import.server.ts";
import { generateSnapshotCsv } from "/work/main/scripts/bench/generate.ts";
const db = openDatabase(process.env.PROF_DB ?? ":memory:");
await prepareDatabase(db, { now: new Date() });
const teams = [];
const root = await db.insertInto("teams").values({ key: "c", name: "C", parent_id: null }).returning("id").executeTakeFirstOrThrow();
for (let i = 0; i < 50; i++) { await db.insertInto("teams").values({ key: `t${i}`, name: `T${i}`, parent_id: root.id }).execute(); teams.push(`t${i}`); }
const flows = (await db.selectFrom("metrics").select("key").where("kind", "=", "flow").limit(20).execute()).map(m => m.key);
const csv = generateSnapshotCsv(Number(process.env.PROF_ROWS ?? 100000), teams, flows);
const t0 = performance.now();
const out = await importCsvText(db, { personId: null, role: "admin" }, { kind: "snapshots", fileName: "b.csv", text: csv }, new Date());
console.log(out.status, performance.now() - t0);
