import type { Kysely } from "kysely";
import { z } from "zod";
import type { ApiTokenScope, Database } from "../../db/schema";
import { hashToken, randomToken } from "../auth/tokens.server";
import type { FieldErrors } from "../components/forms/field-errors";
import { fieldErrorsFromZod } from "../components/forms/field-errors";
import { requiredText } from "../components/forms/zod-fields";
import { inTransaction, recordAudit } from "../okr/audit.server";
import type { Actor } from "../people/actor.server";
import { API_SCOPES } from "./scopes";

/** Every token starts with this, so that secret scanners and people recognise it. */
export const TOKEN_PREFIX = "okr_";
/** Characters of a token kept in clear text to tell tokens apart: the prefix and 5 random ones. */
const SHOWN_CHARACTERS = TOKEN_PREFIX.length + 5;
/** last_used_at is written at most once a minute per token, so that reads do not each write. */
const LAST_USED_RESOLUTION_MS = 60_000;

export const tokenFormSchema = z.object({
  name: requiredText(100),
  scope: z.enum(API_SCOPES, { error: "invalid_choice" }),
});

export type TokenInput = z.output<typeof tokenFormSchema>;

/** A token as the admin page lists it; the token itself is never stored. */
export interface ApiTokenSummary {
  id: number;
  name: string;
  scope: ApiTokenScope;
  tokenPrefix: string;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export type CreateTokenResult = { ok: true; id: number; token: string } | { ok: false; errors: FieldErrors };

/**
 * Create a token with a random 256-bit secret and return it: this is the only time it is seen.
 * The database keeps a SHA-256 hash. A fast hash is right here, unlike for passwords, because a
 * random 256-bit secret cannot be guessed however fast each guess is.
 */
export async function createApiToken(db: Kysely<Database>, actor: Actor, input: unknown, now: Date): Promise<CreateTokenResult> {
  if (actor.role !== "admin") return { ok: false, errors: { form: { code: "forbidden" } } };
  const parsed = tokenFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromZod(parsed.error) };

  const active = await db
    .selectFrom("api_tokens")
    .select("id")
    .where("name", "=", parsed.data.name)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (active) return { ok: false, errors: { name: { code: "duplicate_name" } } };

  const token = `${TOKEN_PREFIX}${randomToken()}`;
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto("api_tokens")
      .values({
        name: parsed.data.name,
        scope: parsed.data.scope,
        token_hash: hashToken(token),
        token_prefix: token.slice(0, SHOWN_CHARACTERS),
        created_by: actor.personId,
        created_at: now.toISOString(),
        last_used_at: null,
        revoked_at: null,
      })
      .returning(["id", "name", "scope", "token_prefix", "created_by", "created_at"])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "api_token", entityId: row.id, action: "create", oldValue: null, newValue: row }, now);
    return { ok: true as const, id: row.id, token };
  });
}

/** List every token, newest first, with the name of the person who created it. Admins only. */
export async function listApiTokens(db: Kysely<Database>, actor: Actor): Promise<ApiTokenSummary[]> {
  if (actor.role !== "admin") return [];
  return db
    .selectFrom("api_tokens as t")
    .leftJoin("people as p", "p.id", "t.created_by")
    .select([
      "t.id",
      "t.name",
      "t.scope",
      "t.token_prefix as tokenPrefix",
      "p.name as createdBy",
      "t.created_at as createdAt",
      "t.last_used_at as lastUsedAt",
      "t.revoked_at as revokedAt",
    ])
    .orderBy("t.id", "desc")
    .execute();
}

/**
 * Revoke a token: it is kept for the audit trail, and every later request with it gets 401.
 * Returns false when the token does not exist, is already revoked or the actor is no admin.
 */
export async function revokeApiToken(db: Kysely<Database>, actor: Actor, id: number, now: Date): Promise<boolean> {
  if (actor.role !== "admin") return false;
  return inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable("api_tokens")
      .set({ revoked_at: now.toISOString() })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .returning(["id", "name", "scope", "revoked_at"])
      .executeTakeFirst();
    if (!row) return false;
    const oldValue = { ...row, revoked_at: null };
    await recordAudit(trx, actor, { entity: "api_token", entityId: id, action: "update", oldValue, newValue: row }, now);
    return true;
  });
}

/** The token of a request and the actor it acts as. */
export interface AuthenticatedToken {
  id: number;
  name: string;
  scope: ApiTokenScope;
  /** Key of the rate limit: the hash, so that a token id reused by a new database never shares a bucket. */
  bucketKey: string;
  actor: Actor;
}

export type TokenCheck = { ok: true; token: AuthenticatedToken } | { ok: false; code: "token_missing" | "token_invalid" | "token_revoked" };

/**
 * Find the token of an `Authorization: Bearer …` header and record its use. A token acts as the
 * admin who created it, with that person's current role: a creator who left or lost the admin
 * role takes the token's rights along. A token made with the create-token command has no creator
 * and acts as the system, an admin.
 */
export async function authenticateToken(db: Kysely<Database>, header: string | null, now: Date): Promise<TokenCheck> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match) return { ok: false, code: "token_missing" };

  const hash = hashToken(match[1]);
  const row = await db
    .selectFrom("api_tokens as t")
    .leftJoin("people as p", "p.id", "t.created_by")
    .select(["t.id", "t.name", "t.scope", "t.created_by", "t.last_used_at", "t.revoked_at", "p.role", "p.ended_on"])
    .where("t.token_hash", "=", hash)
    .executeTakeFirst();
  if (!row) return { ok: false, code: "token_invalid" };
  if (row.revoked_at !== null) return { ok: false, code: "token_revoked" };

  const lastUsed = row.last_used_at === null ? 0 : Date.parse(row.last_used_at);
  if (now.getTime() - lastUsed >= LAST_USED_RESOLUTION_MS) {
    await db.updateTable("api_tokens").set({ last_used_at: now.toISOString() }).where("id", "=", row.id).execute();
  }

  const left = row.ended_on !== null && row.ended_on < now.toISOString().slice(0, 10);
  let role: Actor["role"] = "admin";
  if (row.created_by !== null) role = left || row.role === null ? "member" : row.role;
  return {
    ok: true,
    token: { id: row.id, name: row.name, scope: row.scope, bucketKey: hash, actor: { personId: row.created_by, role } },
  };
}
