import type { Kysely } from "kysely";
import { hashPassword } from "../../app/auth/password.server";
import type { Database, Role } from "../schema";

/**
 * The demo company's sign-in accounts, one per role, documented in the README and the user
 * guides. They exist only in a database loaded with the demo data.
 */
export const DEMO_ACCOUNTS: Record<Role, { email: string; password: string }> = {
  admin: { email: "anne.de.vries@demo.example", password: "demo-admin-2017" },
  lead: { email: "dustin.brinkmann@demo.example", password: "demo-lead-2017" },
  member: { email: "anna.snelling@demo.example", password: "demo-member-2017" },
};

/** The demo member owns this key result of the Central office's objective in every quarter. */
const MEMBER_OBJECTIVE = "Regio Central: pijplijn omzetten";
const MEMBER_KEY_RESULT = "Verkoopcyclus onder 45 dagen";

/** Set the demo accounts' passwords and give the demo member a key result of their own. */
export async function insertDemoAccounts(db: Kysely<Database>): Promise<void> {
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    const updated = await db
      .updateTable("people")
      .set({ password_hash: await hashPassword(account.password) })
      .where("email", "=", account.email)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new Error(`Demo account ${account.email} is missing from the demo people`);
  }

  const member = await db.selectFrom("people").select("id").where("email", "=", DEMO_ACCOUNTS.member.email).executeTakeFirstOrThrow();
  const objectiveIds = db.selectFrom("objectives").select("id").where("title", "=", MEMBER_OBJECTIVE);
  await db
    .updateTable("key_results")
    .set({ owner_id: member.id })
    .where("title", "=", MEMBER_KEY_RESULT)
    .where("objective_id", "in", objectiveIds)
    .execute();
}
