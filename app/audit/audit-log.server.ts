import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema";
import { addDays, startOfDayIn } from "../kpi/calendar";
import type { Actor } from "../people/actor.server";
import { requireRole } from "../people/permissions.server";
import { type FieldChange, changedFields } from "./diff";

/** Most entries one page shows; narrower filters reach older ones. */
export const AUDIT_PAGE_SIZE = 200;

const isoDate = z.union([z.literal(""), z.iso.date({ error: "invalid_date" })]).optional().transform((value) => value || null);

/** Filters from the audit page's query string; an empty field means "all". */
export const auditFilterSchema = z
  .object({
    entity: z.string().trim().max(40).optional().transform((value) => value || null),
    personId: z.union([z.literal(""), z.coerce.number().int().positive()]).optional().transform((value) => (value === "" || value === undefined ? null : value)),
    from: isoDate,
    to: isoDate,
  })
  .superRefine((filters, ctx) => {
    if (filters.from && filters.to && filters.to < filters.from) ctx.addIssue({ code: "custom", path: ["to"], message: "range_order" });
  });

export type AuditFilters = z.output<typeof auditFilterSchema>;

export interface AuditRow {
  id: number;
  at: string;
  actorName: string | null;
  entity: string;
  entityId: number | null;
  action: string;
  changes: FieldChange[];
}

/**
 * Audit entries newest first, filtered by entity, acting person and a range of days (UTC, both
 * ends included). Admins only: the entries contain old values of every record.
 */
export async function listAuditEntries(
  db: Kysely<Database>,
  actor: Actor,
  filters: AuditFilters,
  timeZone: string,
): Promise<AuditRow[]> {
  requireRole(actor, "admin");
  let query = db
    .selectFrom("audit_entries")
    .leftJoin("people", "people.id", "audit_entries.actor_id")
    .select([
      "audit_entries.id",
      "audit_entries.at",
      "people.name as actorName",
      "audit_entries.entity",
      "audit_entries.entity_id as entityId",
      "audit_entries.action",
      "audit_entries.old_value as oldValue",
      "audit_entries.new_value as newValue",
    ]);
  if (filters.entity) query = query.where("audit_entries.entity", "=", filters.entity);
  if (filters.personId) query = query.where("audit_entries.actor_id", "=", filters.personId);
  // The dates are days in the company's time zone; entries are stored with UTC timestamps.
  if (filters.from) query = query.where("audit_entries.at", ">=", startOfDayIn(timeZone, filters.from));
  if (filters.to) query = query.where("audit_entries.at", "<", startOfDayIn(timeZone, addDays(filters.to, 1)));

  const rows = await query.orderBy("audit_entries.at", "desc").orderBy("audit_entries.id", "desc").limit(AUDIT_PAGE_SIZE).execute();
  return rows.map(({ oldValue, newValue, ...row }) => ({ ...row, changes: changedFields(oldValue, newValue) }));
}

/** List the entity names and acting people that occur in the log, for the filter selects. */
export async function auditFilterChoices(db: Kysely<Database>) {
  const entities = await db.selectFrom("audit_entries").select("entity").distinct().orderBy("entity").execute();
  const people = await db
    .selectFrom("people")
    .select(["id", "name"])
    .where("id", "in", db.selectFrom("audit_entries").select("actor_id").where("actor_id", "is not", null).$castTo<number>())
    .orderBy("name")
    .execute();
  return { entities: entities.map((row) => row.entity), people };
}
