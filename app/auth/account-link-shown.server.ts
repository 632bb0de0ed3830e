import type { Kysely } from "kysely";
import type { AccountLinkPurpose, Database } from "../../db/schema";
import type { Actor } from "../people/actor.server";
import { createAccountLink } from "./accounts.server";
import { isHttps } from "./session.server";
import type { ShownAccountLink } from "./components/account-link-notice";

/**
 * Create a one-time link and shape it for the admin's page: the absolute address on the host the
 * admin uses, and the expiry as a calendar day (UTC). Returns null for an unknown person.
 */
export async function createShownAccountLink(
  db: Kysely<Database>,
  actor: Actor,
  request: Request,
  person: { id: number; name: string },
  purpose: AccountLinkPurpose,
  now: Date,
): Promise<ShownAccountLink | null> {
  const link = await createAccountLink(db, actor, person.id, purpose, now);
  if (!link) return null;
  const url = new URL(link.path, request.url);
  if (isHttps(request)) url.protocol = "https:";
  return { purpose, name: person.name, url: url.href, expiresOn: link.expiresAt.slice(0, 10) };
}
