import type { Kysely } from "kysely";
import { openDatabase } from "../../db/connection";
import type { Database } from "../../db/schema";
import { prepareDatabase } from "~/boot.server";
import type { AppLoadContext } from "@remix-run/node";

/** A fresh in-memory database with every migration applied and the built-in catalog written. */
export async function createTestDatabase(): Promise<Kysely<Database>> {
  const db = openDatabase(":memory:");
  await prepareDatabase(db, { now: new Date("2026-12-04T12:00:00Z") });
  return db;
}

/** A load context as the server builds it, with a fixed clock. */
export function testContext(db: Kysely<Database>, now = new Date("2026-12-04T12:00:00Z")): AppLoadContext {
  return { db, now: () => now };
}
