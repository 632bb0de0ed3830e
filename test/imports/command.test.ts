import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../../db/connection";
import { prepareDatabase } from "~/boot.server";
import { seedImportCompany } from "./seed";

const REPOSITORY = fileURLToPath(new URL("../../", import.meta.url));
const TSX = path.join(REPOSITORY, "node_modules/.bin/tsx");
const FIXTURES = path.join(REPOSITORY, "test/fixtures/imports");
// Each run starts tsx and loads the app's modules: a few seconds on a small machine.
const RUN_TIMEOUT_MS = 60_000;

let folder: string;
let databasePath: string;

beforeEach(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "okr-import-command-"));
  databasePath = path.join(folder, "okr.db");
  const db = openDatabase(databasePath);
  await prepareDatabase(db, { now: new Date("2026-04-01T08:00:00Z") });
  await seedImportCompany(db);
  await db.destroy();
});

afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databasePath };
  delete env.LOG_LEVEL;
  return new Promise((resolve) => {
    execFile(TSX, ["scripts/import.ts", ...args], { cwd: REPOSITORY, env, timeout: RUN_TIMEOUT_MS }, (error, stdout, stderr) => {
      let code = 0;
      if (error) code = typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

async function countRows(table: "metric_snapshots" | "imports") {
  const db = openDatabase(databasePath);
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  await db.destroy();
  return Number(row.n);
}

const fixture = (name: string) => path.join(FIXTURES, name);

describe("npm run import", () => {
  test("writes and exits 0", { timeout: RUN_TIMEOUT_MS * 2 }, async () => {
    const first = await run(["snapshots", fixture("revenue-nl.csv")]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Meetwaarden te schrijven: 2");
    expect(first.stdout).toContain("Import 1 geschreven: 2 nieuw, 0 vervangen, 0 ongewijzigd.");
    expect(await countRows("metric_snapshots")).toBe(2);

    const again = await run(["snapshots", fixture("revenue-nl.csv")]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Dit bestand was al geïmporteerd op \d{2}-\d{2}-\d{4} en alle waarden staan er nog zo: er is niets gewijzigd\./);
    expect(await countRows("imports")).toBe(1);
  });

  test("row error exits 1 and writes nothing", { timeout: RUN_TIMEOUT_MS }, async () => {
    const result = await run(["snapshots", fixture("revenue-bad-team.csv")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Rij 3, kolom team: team 'nergens' bestaat niet.");
    expect(await countRows("metric_snapshots")).toBe(0);
    expect(await countRows("imports")).toBe(0);
  });

  test("dry run writes nothing", { timeout: RUN_TIMEOUT_MS }, async () => {
    const result = await run(["snapshots", fixture("revenue-nl.csv"), "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Proefrun: er is niets geschreven.");
    expect(await countRows("metric_snapshots")).toBe(0);
    expect(await countRows("imports")).toBe(0);
  });

  test("mapping, number format and English", { timeout: RUN_TIMEOUT_MS }, async () => {
    const result = await run([
      "timesheet",
      fixture("timesheet-en.csv"),
      "--number-format",
      "en",
      "--map",
      "date=Dag",
      "--map",
      "person=Wie",
      "--map",
      "hours=Uren",
      "--map",
      "billable=Facturabel",
      "--lang",
      "en",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Snapshots to write: 6");
    expect(result.stdout).toContain("worked_hours  consulting  02/03/2026..08/03/2026  1,250.5");
    expect(await countRows("metric_snapshots")).toBe(6);
  });

  test("bad arguments exit 2 with usage", { timeout: RUN_TIMEOUT_MS * 2 }, async () => {
    const [none, missing] = await Promise.all([run([]), run(["snapshots", path.join(folder, "ontbreekt.csv"), "--lang", "en"])]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Ongeldige argumenten: soort '' bestaat niet; kies snapshots, crm-deals, timesheet.");
    expect(none.stderr).toContain("Gebruik: npm run import --");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Cannot read '");
    expect(missing.stderr).toContain("Usage: npm run import --");
    expect(await countRows("imports")).toBe(0);
  });
});
