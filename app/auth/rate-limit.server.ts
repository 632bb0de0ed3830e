import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/** Failed sign-ins counted over this window. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Failures per email address within the window before sign-in is blocked for that account. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
// An office behind one NAT address shares the per-address limit, so it is looser than the
// per-account one. It still stops one machine from trying passwords across many accounts.
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * When a blocked sign-in may be tried again: the moment the oldest failure that fills the limit
 * leaves the window. Null when neither the account nor the address is blocked.
 */
export async function blockedUntil(db: Kysely<Database>, email: string, address: string, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString();
  const byAccount = await failureTimes(db, "email", email, since);
  const byAddress = await failureTimes(db, "address", address, since);

  const until: number[] = [];
  if (byAccount.length >= MAX_FAILURES_PER_ACCOUNT) until.push(releaseTime(byAccount, MAX_FAILURES_PER_ACCOUNT));
  if (byAddress.length >= MAX_FAILURES_PER_ADDRESS) until.push(releaseTime(byAddress, MAX_FAILURES_PER_ADDRESS));
  return until.length === 0 ? null : new Date(Math.max(...until));
}

/** Whole minutes, at least 1, until a blocked sign-in may be tried again: the N in "try again in N minutes". */
export function minutesUntil(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}

/** Times (ms) are newest first; the block lifts when the limit-th newest failure turns 15 minutes old. */
function releaseTime(times: number[], limit: number): number {
  return times[limit - 1] + FAILURE_WINDOW_MS;
}

async function failureTimes(db: Kysely<Database>, column: "email" | "address", value: string, since: string): Promise<number[]> {
  const rows = await db
    .selectFrom("sign_in_failures")
    .select("at")
    .where(column, "=", value)
    .where("at", ">", since)
    .orderBy("at", "desc")
    .execute();
  return rows.map((row) => Date.parse(row.at));
}

/** Record one failed sign-in, and drop failures older than the window. */
export async function recordFailure(db: Kysely<Database>, email: string, address: string, now: Date): Promise<void> {
  await db.insertInto("sign_in_failures").values({ email, address, at: now.toISOString() }).execute();
  const before = new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString();
  await db.deleteFrom("sign_in_failures").where("at", "<=", before).execute();
}

/** Forget an account's failures after a successful sign-in. */
export async function clearFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("email", "=", email).execute();
}
