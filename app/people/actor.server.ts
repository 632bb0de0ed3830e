import type { Kysely } from "kysely";
import type { Database, Role } from "../../db/schema";

/** The person on whose behalf a loader or action runs. */
export interface Actor {
  personId: number | null;
  role: Role;
}

// NOTE: until sign-in exists, every request acts as the first admin (or an anonymous admin on a
// database without people). Data functions already take the actor so that guards can be added.
export async function requireActor(_request: Request, db: Kysely<Database>): Promise<Actor> {
  const admin = await db
    .selectFrom("people")
    .select("id")
    .where("role", "=", "admin")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  return { personId: admin?.id ?? null, role: "admin" };
}
