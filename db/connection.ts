import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "./schema";

export const DEFAULT_DATABASE_PATH = "data/okr.db";

/**
 * Resolve DATABASE_URL to a SQLite file path. Accepts a plain path, "file:path" or ":memory:".
 */
export function databasePathFromUrl(url: string | undefined): string {
  if (!url) return DEFAULT_DATABASE_PATH;
  if (url === ":memory:") return url;
  return url.startsWith("file:") ? url.slice("file:".length) : url;
}

/** Open a SQLite database with WAL, foreign keys and a busy timeout. Creates the folder. */
export function openDatabase(filePath: string): Kysely<Database> {
  if (filePath !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
  const sqlite = new SQLite(filePath);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // 64 MiB of page cache (the default is 2 MiB): imports of a million rows update three B-trees.
  sqlite.pragma("cache_size = -65536");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
