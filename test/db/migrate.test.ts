import { sql } from "kysely";
import { createTestDatabase } from "../support/db";

describe("migrateToLatest", () => {
  test("creates every table with foreign keys on", async () => {
    const db = await createTestDatabase();
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
    const names = tables.rows.map((r) => r.name);
    for (const table of ["teams", "people", "metrics", "kpis", "metric_snapshots", "objectives", "key_results"]) {
      expect(names).toContain(table);
    }
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(fk.rows[0].foreign_keys).toBe(1);
    await db.destroy();
  });
});
