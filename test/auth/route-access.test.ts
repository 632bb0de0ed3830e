/// <reference types="vite/client" />
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../../db/schema";
import { prepareDatabase } from "~/boot.server";
import { sessionCookieFor } from "../support/auth";
import { testContext } from "../support/db";
import { type RouteFixture, seedRouteFixture } from "./route-rules/fixture";
import type { RouteRule, Who } from "./route-rules/types";

// Every route module of the app, and every rule file. A route whose loader or action has no rule
// fails the first test, so a new route cannot ship without an access rule.
const routeModules = import.meta.glob<Record<string, unknown>>("../../app/routes/*.{ts,tsx}", { eager: true });
const ruleFiles = import.meta.glob<{ rules: RouteRule[] }>("./route-rules/*.ts", { eager: true });

const routes = new Map(
  Object.entries(routeModules).map(([file, module]) => [file.replace(/^.*\/routes\//, "").replace(/\.tsx?$/, ""), module]),
);
const rules = Object.entries(ruleFiles).flatMap(([, file]) => file.rules ?? []);
const WHO: Who[] = ["anonymous", "member", "lead", "admin"];

let template: Buffer;
let fixture: RouteFixture;

function openCopy(image: Buffer): { db: Kysely<Database>; close: () => Promise<void> } {
  const sqlite = new SQLite(image);
  sqlite.pragma("foreign_keys = ON");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, close: () => db.destroy() };
}

beforeAll(async () => {
  const sqlite = new SQLite(":memory:");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await prepareDatabase(db, { now: new Date("2026-12-04T12:00:00Z") });
  fixture = await seedRouteFixture(db);
  template = sqlite.serialize();
  await db.destroy();
});

function resolve<T>(value: T | ((fixture: RouteFixture) => T) | undefined, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === "function") return (value as (fixture: RouteFixture) => T)(fixture);
  return value;
}

function personOf(who: Who): number | null {
  if (who === "anonymous") return null;
  return { member: fixture.memberId, lead: fixture.leadId, admin: fixture.adminId }[who];
}

/** Status of a loader or action outcome the way Remix would answer it. */
function statusOf(outcome: unknown): number {
  if (outcome instanceof Response) return outcome.status;
  const wrapped = outcome as { type?: string; init?: ResponseInit | null } | null;
  if (wrapped && wrapped.type === "DataWithResponseInit") return wrapped.init?.status ?? 200;
  return 200;
}

async function run(rule: RouteRule, who: Who): Promise<number> {
  const { db, close } = openCopy(template);
  try {
    await rule.setup?.(db, fixture);
    const url = new URL(resolve(rule.path, ""), "http://localhost");
    const headers = new Headers(resolve(rule.headers, {}));
    const personId = personOf(who);
    if (personId !== null) headers.set("Cookie", await sessionCookieFor(db, personId));

    let body: FormData | undefined;
    if (rule.method === "POST") {
      headers.set("Origin", url.origin);
      body = new FormData();
      for (const [name, value] of Object.entries(resolve(rule.form, {}))) body.set(name, value);
    }
    const request = new Request(url, { method: rule.method, headers, body });

    const module = routes.get(rule.route)!;
    const handler = (rule.method === "GET" ? module.loader : module.action) as (args: unknown) => Promise<unknown>;
    const args = { request, context: testContext(db), params: resolve(rule.params, {}) };
    try {
      return statusOf(await handler(args));
    } catch (thrown) {
      if (thrown instanceof Response || (thrown as { type?: string })?.type === "DataWithResponseInit") return statusOf(thrown);
      throw thrown;
    }
  } finally {
    await close();
  }
}

describe("route access", () => {
  test("every loader and action has a rule", () => {
    const missing: string[] = [];
    for (const [id, module] of routes) {
      if (typeof module.loader === "function" && !rules.some((rule) => rule.route === id && rule.method === "GET")) missing.push(`${id} GET`);
      if (typeof module.action === "function" && !rules.some((rule) => rule.route === id && rule.method === "POST")) missing.push(`${id} POST`);
    }
    expect(missing).toEqual([]);
  });

  test("every rule names an existing handler", () => {
    const unknown = rules
      .filter((rule) => typeof routes.get(rule.route)?.[rule.method === "GET" ? "loader" : "action"] !== "function")
      .map((rule) => `${rule.route} ${rule.method}`);
    expect(unknown).toEqual([]);
  });

  const cases = rules.flatMap((rule) => WHO.map((who) => ({ rule, who })));
  test.each(cases.map(({ rule, who }) => [`${rule.method} ${rule.route}${rule.note ? ` (${rule.note})` : ""} as ${who}`, rule, who] as const))(
    "%s",
    async (_name, rule, who) => {
      if (!routes.has(rule.route)) return;
      expect(await run(rule, who)).toBe(rule.expect[who]);
    },
  );
});
