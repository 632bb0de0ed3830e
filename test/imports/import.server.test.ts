import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { type ImportInput, importCsvText, previewImport, runImport } from "~/imports/import.server";
import { createTestDatabase } from "../support/db";
import { type ImportSeed, seedImportCompany } from "./seed";

const NOW = new Date("2026-04-02T09:00:00Z");
const LATER = new Date("2026-04-09T09:00:00Z");

const csvInput = (text: string, overrides: Partial<ImportInput> = {}): ImportInput => ({
  kind: "snapshots",
  fileName: "omzet.csv",
  content: new TextEncoder().encode(text),
  numberFormat: "auto",
  mapping: {},
  ...overrides,
});

const GOOD = "periode;team;metriek;waarde\n2026-01;sales;revenue;1.000\n2026-02;sales;revenue;2.500,5\n2026-02;consulting;revenue;750\n";
const ONE_BAD = "periode;team;metriek;waarde\n2026-01;sales;revenue;1.000\n2026-02;sales;revenue;12,3,4\n2026-02;consulting;revenue;750\n";

let db: Kysely<Database>;
let seed: ImportSeed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedImportCompany(db);
});

afterEach(async () => {
  await db.destroy();
});

const snapshots = () =>
  db
    .selectFrom("metric_snapshots")
    .innerJoin("metrics", "metrics.id", "metric_snapshots.metric_id")
    .select(["metrics.key", "team_id", "period_start", "period_end", "value", "source", "import_id"])
    .orderBy("metric_snapshots.id")
    .execute();
const countOf = async (table: "imports" | "metric_snapshots" | "audit_entries") =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

describe("previewImport", () => {
  test("counts and sample", async () => {
    const preview = await previewImport(db, csvInput(`${GOOD};;;\n`));
    expect(preview.rowsRead).toBe(3);
    expect(preview.rowsSkipped).toBe(1);
    expect(preview.snapshotCount).toBe(3);
    expect(preview.sample.map((s) => s.value)).toEqual([1000, 2500.5, 750]);
    expect(preview.errors).toEqual([]);
    expect(preview.alreadyImported).toBeNull();
  });

  test("overlap with stored weeks is reported", async () => {
    const weeks = "periode;team;metriek;waarde\n2026-W02;sales;revenue;100\n2026-W03;sales;revenue;200\n";
    await runImport(db, seed.actor, csvInput(weeks, { fileName: "weken.csv" }), NOW);
    const preview = await previewImport(db, csvInput(GOOD));
    expect(preview.overlapCount).toBe(1);
    expect(preview.overlaps[0]).toMatchObject({ metricKey: "revenue", teamKey: "sales", other: { start: "2026-01-01", end: "2026-01-31" } });
    expect(preview.errors).toEqual([]);
  });

  test("no overlap without stored periods", async () => {
    const preview = await previewImport(db, csvInput(GOOD));
    expect(preview.overlapCount).toBe(0);
    expect(preview.overlaps).toEqual([]);
  });

  test("sample holds the first 20", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${String(i + 1).padStart(2, "0")}-01-2026;sales;revenue;${i}`);
    const preview = await previewImport(db, csvInput(["datum;team;metriek;waarde", ...rows].join("\n")));
    expect(preview.snapshotCount).toBe(30);
    expect(preview.sample).toHaveLength(20);
    expect(preview.sample[19].periodStart).toBe("2026-01-20");
  });

  test("writes nothing", async () => {
    await previewImport(db, csvInput(GOOD));
    expect(await countOf("metric_snapshots")).toBe(0);
    expect(await countOf("imports")).toBe(0);
  });
});

describe("runImport", () => {
  test("writes snapshots with source and import", async () => {
    const outcome = await runImport(db, seed.actor, csvInput(GOOD), NOW);
    expect(outcome).toMatchObject({ status: "imported", rowsRead: 3, written: { inserted: 3, replaced: 0, unchanged: 0 } });
    const importId = outcome.status === "imported" ? outcome.importId : -1;
    expect(await snapshots()).toEqual([
      { key: "revenue", team_id: seed.salesId, period_start: "2026-01-01", period_end: "2026-01-31", value: 1000, source: "import", import_id: importId },
      { key: "revenue", team_id: seed.salesId, period_start: "2026-02-01", period_end: "2026-02-28", value: 2500.5, source: "import", import_id: importId },
      { key: "revenue", team_id: seed.consultingId, period_start: "2026-02-01", period_end: "2026-02-28", value: 750, source: "import", import_id: importId },
    ]);
    const record = await db.selectFrom("imports").selectAll().executeTakeFirstOrThrow();
    expect(record).toMatchObject({ kind: "snapshots", file_name: "omzet.csv", rows_read: 3, rows_written: 3, created_by: seed.actor.personId });
    expect(record.file_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test("leaves an audit entry for the import", async () => {
    const outcome = await runImport(db, seed.actor, csvInput(GOOD), NOW);
    const entry = await db.selectFrom("audit_entries").selectAll().where("entity", "=", "import").executeTakeFirstOrThrow();
    expect(entry.entity_id).toBe(outcome.status === "imported" ? outcome.importId : -1);
    expect(entry.actor_id).toBe(seed.actor.personId);
    expect(JSON.parse(entry.new_value!)).toMatchObject({ kind: "snapshots", rowsRead: 3, inserted: 3 });
  });

  test("one bad row writes nothing", async () => {
    const outcome = await runImport(db, seed.actor, csvInput(ONE_BAD), NOW);
    expect(outcome.status).toBe("invalid");
    expect(outcome.status === "invalid" ? outcome.preview.errors.map((e) => [e.row, e.code]) : []).toEqual([[3, "invalid_number"]]);
    expect(await countOf("metric_snapshots")).toBe(0);
    expect(await countOf("imports")).toBe(0);
    expect(await countOf("audit_entries")).toBe(0);
  });

  test("same file twice changes nothing", async () => {
    const first = await runImport(db, seed.actor, csvInput(GOOD), NOW);
    const before = await snapshots();
    const second = await runImport(db, seed.actor, csvInput(GOOD, { fileName: "kopie.csv" }), LATER);
    expect(second).toEqual({
      status: "already_imported",
      importId: first.status === "imported" ? first.importId : -1,
      importedAt: NOW.toISOString(),
    });
    expect(await snapshots()).toEqual(before);
    expect(await countOf("imports")).toBe(1);
  });

  test("same file again restores changed values", async () => {
    await runImport(db, seed.actor, csvInput(GOOD), NOW);
    await runImport(db, seed.actor, csvInput(GOOD.replace("2.500,5", "9")), NOW);
    const again = await runImport(db, seed.actor, csvInput(GOOD), LATER);
    expect(again).toMatchObject({ status: "imported", written: { inserted: 0, replaced: 1, unchanged: 2 } });
    expect((await snapshots()).map((s) => s.value)).toEqual([1000, 2500.5, 750]);
    expect(await countOf("imports")).toBe(3);
  });

  test("preview after import says so", async () => {
    await runImport(db, seed.actor, csvInput(GOOD), NOW);
    const preview = await previewImport(db, csvInput(GOOD));
    expect(preview.alreadyImported?.importedAt).toBe(NOW.toISOString());
  });

  test("same bytes as another kind are a new import", async () => {
    await runImport(db, seed.actor, csvInput(GOOD), NOW);
    const outcome = await runImport(db, seed.actor, csvInput(GOOD, { kind: "timesheet" }), LATER);
    expect(outcome.status).toBe("invalid");
  });

  test("other file with equal values writes nothing new", async () => {
    await runImport(db, seed.actor, csvInput(GOOD), NOW);
    const outcome = await runImport(db, seed.actor, csvInput(`${GOOD}\n`), LATER);
    expect(outcome).toMatchObject({ status: "imported", written: { inserted: 0, replaced: 0, unchanged: 3 } });
    expect(await countOf("metric_snapshots")).toBe(3);
    expect((await db.selectFrom("imports").select("rows_written").orderBy("id", "desc").executeTakeFirstOrThrow()).rows_written).toBe(0);
  });

  test("changed value replaces and is audited", async () => {
    await runImport(db, seed.actor, csvInput(GOOD), NOW);
    const changed = GOOD.replace("2.500,5", "2.600");
    const outcome = await runImport(db, seed.actor, csvInput(changed), LATER);
    expect(outcome).toMatchObject({ status: "imported", written: { inserted: 0, replaced: 1, unchanged: 2 } });
    expect((await snapshots()).map((s) => s.value)).toEqual([1000, 2600, 750]);
    const replace = await db.selectFrom("audit_entries").selectAll().where("action", "=", "replace").executeTakeFirstOrThrow();
    expect(replace.entity).toBe("metric_snapshot");
    expect(JSON.parse(replace.old_value!)).toEqual({ value: 2500.5, source: "import" });
    expect(JSON.parse(replace.new_value!)).toEqual({ value: 2600, source: "import" });
  });
});

describe("importCsvText", () => {
  test("imports text as demo data", async () => {
    const text = "date,team,hours,billable,amount\n2026-03-02,sales,8,yes,960\n2026-03-03,Advies,6,no,0\n";
    const outcome = await importCsvText(db, seed.actor, { kind: "timesheet", fileName: "demo-uren.csv", text }, NOW, { source: "demo" });
    expect(outcome).toMatchObject({ status: "imported", written: { inserted: 6 } });
    const rows = await snapshots();
    expect(rows.every((row) => row.source === "demo")).toBe(true);
    expect(rows.find((row) => row.key === "invoiced_amount" && row.team_id === seed.salesId)?.value).toBe(960);
  });
});
