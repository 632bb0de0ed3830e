import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { Actor } from "../people/actor.server";

export interface AuditChange {
  /** Table-like name of what changed: "objective", "key_result", "team", "person". */
  entity: string;
  entityId: number;
  action: "create" | "update" | "archive" | AccountAuditAction;
  /** The row before the change; null for a create. Stored as JSON. */
  oldValue: unknown;
  /** The row after the change. Stored as JSON. */
  newValue: unknown;
}

/** Insert one audit entry: who changed what when, with the old and the new value. */
export async function recordAudit(db: Kysely<Database>, actor: Actor, change: AuditChange, now: Date): Promise<void> {
  await db
    .insertInto("audit_entries")
    .values({
      actor_id: actor.personId,
      at: now.toISOString(),
      entity: change.entity,
      entity_id: change.entityId,
      action: change.action,
      old_value: change.oldValue === null ? null : JSON.stringify(change.oldValue),
      new_value: change.newValue === null ? null : JSON.stringify(change.newValue),
    })
    .execute();
}

/**
 * Run a write and its audit entries all-or-nothing: inside a new transaction, or inside the
 * caller's transaction when db already is one (SQLite cannot nest them).
 */
export async function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}

/** Audit actions on a person's sign-in account; their values never contain a password or token. */
export type AccountAuditAction = "invite" | "reset_link" | "password_set" | "password_change";
