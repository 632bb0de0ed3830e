import { readFileSync } from "node:fs";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { loader as docsLoader } from "~/routes/api-docs";
import { translator } from "~/i18n/i18n";
import { action, loader } from "~/routes/api-tokens";
import * as teams from "~/routes/api.v1.teams";
import { signedInRequest } from "../support/auth";
import { createTestDatabase, testContext } from "../support/db";
import { seedApiCompany, send } from "./support";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof seedApiCompany>>;

beforeEach(async () => {
  db = await createTestDatabase();
  ids = await seedApiCompany(db);
});

afterEach(async () => {
  await db.destroy();
});

const post = async (personId: number, fields: Record<string, string>) =>
  action({ request: await signedInRequest(db, personId, "/api-tokens", { body: fields }), context: testContext(db), params: {} });

describe("API tokens page", () => {
  test("admin creates a token that is shown once and works", async () => {
    const result = (await post(ids.adminId, { intent: "create", name: "PSA export", scope: "write" })) as { data: { created: { token: string } } };

    const token = result.data.created.token;
    expect(token).toMatch(/^okr_[\w-]{43}$/);
    const page = await loader({ request: await signedInRequest(db, ids.adminId, "/api-tokens"), context: testContext(db), params: {} });
    expect(page.tokens).toEqual([expect.objectContaining({ name: "PSA export", scope: "write", createdBy: "Anna Admin", lastUsedOn: null, revokedOn: null })]);
    expect(JSON.stringify(page)).not.toContain(token);
    const used = await send(db, teams, { path: "/api/v1/teams", token });
    expect(used.status).toBe(200);
  });

  test("revoke stops the token and is audited", async () => {
    const result = (await post(ids.adminId, { intent: "create", name: "PSA export", scope: "read" })) as { data: { created: { token: string } } };
    const row = await db.selectFrom("api_tokens").select("id").executeTakeFirstOrThrow();

    const revoked = (await post(ids.adminId, { intent: "revoke", id: String(row.id) })) as Response;

    expect(revoked.status).toBe(302);
    const used = await send(db, teams, { path: "/api/v1/teams", token: result.data.created.token });
    expect(used.status).toBe(401);
    const audit = await db.selectFrom("audit_entries").select(["action", "actor_id"]).where("entity", "=", "api_token").orderBy("id").execute();
    expect(audit).toEqual([
      { action: "create", actor_id: ids.adminId },
      { action: "update", actor_id: ids.adminId },
    ]);
  });

  test("empty name is rejected", async () => {
    const result = (await post(ids.adminId, { intent: "create", name: " ", scope: "read" })) as { init: { status: number }; data: { errors: Record<string, string> } };

    expect(result.init.status).toBe(400);
    expect(result.data.errors.name).toBe("Naam ontbreekt: vul dit veld in.");
  });

  test("member may not open the page", async () => {
    const thrown = await loader({ request: await signedInRequest(db, ids.memberId, "/api-tokens"), context: testContext(db), params: {} }).catch((error: unknown) => error);

    expect((thrown as Response).status).toBe(403);
  });

  test("docs page shows the worked example", async () => {
    const page = await docsLoader({ request: await signedInRequest(db, ids.adminId, "/api-docs"), context: testContext(db), params: {} });

    expect(page.script).toContain('curl -sS -X POST "$BASE/api/v1/snapshots"');
    expect(page.script).toContain("/api/v1/kpis/billability/values?team=delivery&from=2026-03-02&to=2026-03-08&interval=week");
    expect(page.operations).toContainEqual(expect.objectContaining({ method: "POST", path: "/api/v1/snapshots", scope: "write" }));
  });

  test("docs page is translated", async () => {
    const page = await docsLoader({ request: await signedInRequest(db, ids.adminId, "/api-docs"), context: testContext(db), params: {} });

    expect(page.script).toContain("TOKEN=okr_…   # een token met het bereik lezen en schrijven");
    for (const language of ["nl", "en"] as const) {
      const t = translator(language);
      for (const { id } of page.operations) expect(t(`api.docs.summaries.${id}`, { defaultValue: "" }), `${language} ${id}`).not.toBe("");
    }
    expect(translator("nl")("api.docs.summaries.postSnapshots")).toMatch(/^Schrijft een batch metriekwaarden/);
  });

  // The browser bundle replaces .server modules with empty ones, so a component that renders a
  // value from one crashes after hydration.
  test.each(["app/routes/api-tokens.tsx", "app/routes/api-docs.tsx"])("%s renders no .server value", (file) => {
    const source = readFileSync(file, "utf8");
    const component = source.slice(source.indexOf("export default function"));
    const serverNames = [...source.matchAll(/^import \{([^}]+)\} from "[^"]+\.server";$/gm)]
      .flatMap((match) => match[1].split(","))
      .map((name) => name.trim())
      .filter((name) => name !== "" && !name.startsWith("type "));

    expect(serverNames.length).toBeGreaterThan(0);
    for (const name of serverNames) expect(component, name).not.toMatch(new RegExp(`\\b${name}\\b`));
  });
});
