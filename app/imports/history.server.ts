import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export interface ImportRecord {
  id: number;
  kind: string;
  fileName: string;
  rowsRead: number;
  /** Snapshots inserted or replaced; equal values left alone are not counted. */
  rowsWritten: number;
  createdBy: string | null;
  /** UTC timestamp. */
  createdAt: string;
}

function selectImports(db: Kysely<Database>) {
  return db
    .selectFrom("imports")
    .leftJoin("people", "people.id", "imports.created_by")
    .select([
      "imports.id",
      "imports.kind",
      "imports.file_name as fileName",
      "imports.rows_read as rowsRead",
      "imports.rows_written as rowsWritten",
      "people.name as createdBy",
      "imports.created_at as createdAt",
    ]);
}

/** List the latest imports, newest first. */
export async function listRecentImports(db: Kysely<Database>, limit = 20): Promise<ImportRecord[]> {
  return selectImports(db).orderBy("imports.id", "desc").limit(limit).execute();
}

export async function getImport(db: Kysely<Database>, id: number): Promise<ImportRecord | null> {
  return (await selectImports(db).where("imports.id", "=", id).executeTakeFirst()) ?? null;
}
