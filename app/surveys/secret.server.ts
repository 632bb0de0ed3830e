import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema";
import { logger } from "../logger.server";

export const SECRET_FILE_NAME = "survey-secret";

const cache = new Map<string, Buffer>();

/**
 * Return the key of the participation hashes. It comes from SURVEY_SECRET, or else from the file
 * "survey-secret" beside the database file, which is generated (32 random bytes, mode 0600) on
 * first use. It is never stored in the database: someone holding a copy of the database alone then
 * cannot test which person answered which week. An in-memory database gets a key for the life of
 * the process.
 */
export async function surveySecret(db: Kysely<Database>): Promise<Buffer> {
  const fromEnvironment = process.env.SURVEY_SECRET;
  if (fromEnvironment) return Buffer.from(fromEnvironment, "utf8");

  const databaseFile = await mainDatabaseFile(db);
  const cached = cache.get(databaseFile);
  if (cached) return cached;

  const secret = databaseFile === "" ? crypto.randomBytes(32) : readOrCreateSecretFile(path.join(path.dirname(databaseFile), SECRET_FILE_NAME));
  cache.set(databaseFile, secret);
  return secret;
}

/** The path of the connection's main database file; "" for an in-memory database. */
async function mainDatabaseFile(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  return rows.find((row) => row.name === "main")?.file ?? "";
}

function readOrCreateSecretFile(file: string): Buffer {
  try {
    // "wx" fails when the file exists, so two processes starting at once keep the first one's key.
    const secret = crypto.randomBytes(32);
    fs.writeFileSync(file, secret.toString("hex"), { mode: 0o600, flag: "wx" });
    logger.info({ file }, "generated the survey secret");
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const text = fs.readFileSync(file, "utf8").trim();
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new Error(`The survey secret in ${file} is invalid: expected 64 hex characters. Restore the file from a backup; a new one makes everyone able to answer this week again.`);
  }
  return Buffer.from(text, "hex");
}

/** HMAC-SHA256 of (survey, person, period) with the server secret, hex. */
export function participationHash(secret: Buffer, survey: string, personId: number, period: string): string {
  return crypto.createHmac("sha256", secret).update(`${survey}\u0000${personId}\u0000${period}`).digest("hex");
}

/** A random edit token for the answering browser's cookie, and the SHA-256 stored with the answer. */
export function newEditToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashEditToken(token) };
}

export function hashEditToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** A random key for an answer row (see the migration for why it is not a counter). */
export function newAnswerId(): string {
  return crypto.randomBytes(16).toString("hex");
}
