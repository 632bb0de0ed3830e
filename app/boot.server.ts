import type { Kysely } from "kysely";
import { migrateToLatest } from "../db/migrate";
import type { Database } from "../db/schema";
import { syncCatalog } from "./kpi/catalog.server";
import { logger } from "./logger.server";

/**
 * Bring a database up to date: apply migrations, then write the built-in catalog.
 * The demo company is loaded by the caller when it wants it.
 */
export async function prepareDatabase(db: Kysely<Database>, _options: { now: Date }): Promise<void> {
  const { applied } = await migrateToLatest(db);
  if (applied.length > 0) logger.info({ applied }, "migrations applied");
  const catalog = await syncCatalog(db);
  if (catalog.inserted > 0 || catalog.updated > 0) logger.info(catalog, "built-in catalog written");
}
