import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { hashPassword } from "~/auth/password.server";
import { safeLocalPath } from "~/auth/safe-path";
import { signIn } from "~/auth/sign-in.server";
import { requireActor } from "~/people/actor.server";
import { action as signInAction } from "~/routes/sign-in";
import { action as passwordAction } from "~/routes/account.password";
import { action as setLanguageAction } from "~/routes/set-language";
import { loader as signInLoader } from "~/routes/sign-in";
import { answerFormSchema } from "~/surveys/forms";
import { createPersonWithRole, sessionCookieFor, signedInRequest } from "../support/auth";
import { createTestDatabase, testContext } from "../support/db";

let db: Kysely<Database>;
let personId: number;
const T0 = new Date("2026-12-04T12:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

beforeEach(async () => {
  db = await createTestDatabase();
  personId = await createPersonWithRole(db, "lead", { email: "lea@example.com" });
  await db.updateTable("people").set({ password_hash: await hashPassword("correct horse battery") }).where("id", "=", personId).execute();
});

afterEach(async () => {
  await db.destroy();
});

function signInPost(fields: Record<string, string>, headers: Record<string, string> = { Origin: "http://localhost" }) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return { request: new Request("http://localhost/sign-in", { method: "POST", body, headers }), context: testContext(db), params: {} };
}

async function thrownStatus(run: Promise<unknown>): Promise<number | null> {
  return run.then(
    () => null,
    (error: unknown) => (error instanceof Response ? error.status : -1),
  );
}

describe("sign-in", () => {
  test("right password sets a session cookie", async () => {
    const result = (await signInAction(signInPost({ email: "LEA@example.com ", password: "correct horse battery", redirectTo: "/teams" }))) as Response;

    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/teams");
    const cookie = result.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^okr_session=/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Max-Age=1209600");
    expect(cookie).not.toContain("Secure");
    const actor = await requireActor(new Request("http://localhost/", { headers: { Cookie: cookie.split(";")[0] } }), db);
    expect(actor).toMatchObject({ personId, role: "lead" });
  });

  test("cookie is Secure behind HTTPS proxy", async () => {
    const result = (await signInAction(signInPost({ email: "lea@example.com", password: "correct horse battery" }, { Origin: "https://localhost", "X-Forwarded-Proto": "https" }))) as Response;
    expect(result.headers.get("Set-Cookie")).toContain("Secure");
  });

  test("wrong password and unknown email read the same", async () => {
    const wrong = (await signInAction(signInPost({ email: "lea@example.com", password: "nope" }))) as { data: { errors: Record<string, string> }; init: ResponseInit };
    const unknown = (await signInAction(signInPost({ email: "nobody@example.com", password: "nope" }))) as typeof wrong;

    expect(wrong.init.status).toBe(401);
    expect(unknown.init.status).toBe(401);
    expect(wrong.data.errors.form).toBe("Het e-mailadres of wachtwoord klopt niet. Controleer beide en probeer het opnieuw.");
    expect(unknown.data.errors.form).toBe(wrong.data.errors.form);
  });

  test("rate limit after five failures per account", async () => {
    for (let i = 0; i < 5; i++) expect(await signIn(db, { email: "lea@example.com", password: "bad" }, `10.0.0.${i}`, minutes(i))).toEqual({ ok: false, reason: "invalid" });

    const blocked = await signIn(db, { email: "lea@example.com", password: "correct horse battery" }, "10.0.0.9", minutes(6));
    // The first failure was at minute 0, so the block lifts at minute 15.
    expect(blocked).toEqual({ ok: false, reason: "blocked", retryAt: minutes(15) });

    const later = await signIn(db, { email: "lea@example.com", password: "correct horse battery" }, "10.0.0.9", minutes(15.1));
    expect(later.ok).toBe(true);
  });

  test("rate limit per address across accounts", async () => {
    for (let i = 0; i < 20; i++) await signIn(db, { email: `guess${i}@example.com`, password: "bad" }, "10.9.9.9", minutes(0));
    const blocked = await signIn(db, { email: "lea@example.com", password: "correct horse battery" }, "10.9.9.9", minutes(1));
    expect(blocked).toMatchObject({ ok: false, reason: "blocked" });
    const elsewhere = await signIn(db, { email: "lea@example.com", password: "correct horse battery" }, "10.1.1.1", minutes(1));
    expect(elsewhere.ok).toBe(true);
  });

  test("blocked sign-in says when to retry", async () => {
    for (let i = 0; i < 5; i++) await signInAction(signInPost({ email: "lea@example.com", password: "bad" }));
    const result = (await signInAction(signInPost({ email: "lea@example.com", password: "correct horse battery" }, { Origin: "http://localhost", Cookie: "lang=ImVuIg%3D%3D" }))) as {
      data: { errors: Record<string, string> };
      init: ResponseInit;
    };
    expect(result.init.status).toBe(429);
    expect(result.data.errors.form).toBe("Too many failed sign-ins. Try again in 15 minutes.");
  });
});

describe("redirect targets", () => {
  const cases: [string, string | null][] = [
    ["//x", null],
    ["/\\x", null],
    ["/%5Cx", null],
    ["/%5cx", null],
    ["/%2F/x", null],
    ["\\\\x", null],
    ["http://x", null],
    ["x", null],
    ["", null],
    ["/\tx", null],
    ["/\t/x", null],
    ["/\n/x", null],
    ["/%0A/x", null],
    ["/%E0%A4%A", null],
    ["/ok?a=1", "/ok?a=1"],
    ["/", "/"],
    ["/teams/3#okr", "/teams/3#okr"],
    ["/search?q=a%2Fb", "/search?q=a%2Fb"],
  ];
  test.each(cases)("safeLocalPath(%j) is %j", (input, expected) => {
    expect(safeLocalPath(input)).toBe(expected);
  });

  test("sign-in ignores a backslash target", async () => {
    const result = (await signInAction(signInPost({ email: "lea@example.com", password: "correct horse battery", redirectTo: "/\\evil.example/phish" }))) as Response;
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/");
  });

  test("sign-in page drops an unsafe query target", async () => {
    const request = new Request("http://localhost/sign-in?redirectTo=%2F%5Cevil.example%2Fphish");
    const page = (await signInLoader({ request, context: testContext(db), params: {} })) as { redirectTo: string };
    expect(page.redirectTo).toBe("/");
  });

  test("set-language ignores a backslash target", async () => {
    const body = new FormData();
    body.set("language", "en");
    body.set("redirectTo", "/\\evil.example/phish");
    const result = await setLanguageAction({ request: new Request("http://localhost/set-language", { method: "POST", body }), context: testContext(db), params: {} });
    expect(result.headers.get("Location")).toBe("/");
  });

  test("survey answer falls back to /survey", () => {
    const parsed = answerFormSchema.parse({ survey: "mood", score: "4", redirectTo: "/%5Cevil.example" });
    expect(parsed.redirectTo).toBe("/survey");
  });
});

describe("sessions", () => {
  test("expired session redirects to sign-in", async () => {
    const cookie = await sessionCookieFor(db, personId, new Date("2026-01-01T00:00:00Z"));
    const request = new Request("http://localhost/objectives/5/edit", { headers: { Cookie: cookie } });

    const thrown = await requireActor(request, db, new Date("2026-01-14T23:59:59Z")).then(() => null, (error: unknown) => error as Response);
    expect(thrown).toBeNull();
    const expired = (await requireActor(request, db, new Date("2026-01-15T00:00:01Z")).catch((error: unknown) => error)) as Response;
    expect(expired.status).toBe(302);
    expect(expired.headers.get("Location")).toBe("/sign-in?redirectTo=%2Fobjectives%2F5%2Fedit");
  });

  test("no cookie redirects to sign-in", async () => {
    expect(await thrownStatus(requireActor(new Request("http://localhost/teams"), db))).toBe(302);
  });

  test("password change ends other sessions", async () => {
    const other = await sessionCookieFor(db, personId);
    const request = await signedInRequest(db, personId, "/account/password", {
      body: { currentPassword: "correct horse battery", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" },
    });

    const result = (await passwordAction({ request, context: testContext(db), params: {} })) as Response;

    expect(result.status).toBe(302);
    expect(await thrownStatus(requireActor(new Request("http://localhost/", { headers: { Cookie: other } }), db))).toBe(302);
    const fresh = (result.headers.get("Set-Cookie") ?? "").split(";")[0];
    expect((await requireActor(new Request("http://localhost/", { headers: { Cookie: fresh } }), db)).personId).toBe(personId);
    expect((await signIn(db, { email: "lea@example.com", password: "a brand new passphrase" }, "x", new Date())).ok).toBe(true);
  });
});

describe("password change rate limit", () => {
  function changePost(currentPassword: string) {
    return signedInRequest(db, personId, "/account/password", {
      body: { currentPassword, newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" },
    });
  }
  const storedHash = async () => (await db.selectFrom("people").select("password_hash").where("id", "=", personId).executeTakeFirstOrThrow()).password_hash;

  test("five wrong passwords block the sixth", async () => {
    const before = await storedHash();
    for (let i = 0; i < 5; i++) {
      const wrong = (await passwordAction({ request: await changePost("guess " + i), context: testContext(db), params: {} })) as { init: ResponseInit };
      expect(wrong.init.status).toBe(400);
    }

    const blocked = (await passwordAction({ request: await changePost("correct horse battery"), context: testContext(db), params: {} })) as {
      data: { errors: Record<string, string> };
      init: ResponseInit;
    };
    expect(blocked.init.status).toBe(429);
    expect(blocked.data.errors.form).toBe("Te vaak een verkeerd wachtwoord voor dit account. Probeer het over 15 minuten opnieuw.");
    expect(await storedHash()).toBe(before);
  });

  test("wrong passwords also block sign-in", async () => {
    for (let i = 0; i < 5; i++) await passwordAction({ request: await changePost("guess " + i), context: testContext(db), params: {} });
    const result = await signIn(db, { email: "lea@example.com", password: "correct horse battery" }, "10.0.0.1", new Date());
    expect(result).toMatchObject({ ok: false, reason: "blocked" });
  });

  test("four wrong then right succeeds", async () => {
    for (let i = 0; i < 4; i++) await passwordAction({ request: await changePost("guess " + i), context: testContext(db), params: {} });
    const result = (await passwordAction({ request: await changePost("correct horse battery"), context: testContext(db), params: {} })) as Response;
    expect(result.status).toBe(302);
    expect(await db.selectFrom("sign_in_failures").select("email").where("email", "=", "lea@example.com").execute()).toEqual([]);
  });
});

describe("CSRF", () => {
  const cases: [string, Record<string, string>, number | null][] = [
    ["same origin", { Origin: "http://localhost" }, null],
    ["other origin", { Origin: "https://evil.example" }, 403],
    ["cross-site fetch", { "Sec-Fetch-Site": "cross-site", Origin: "http://localhost" }, 403],
    ["same-site subdomain", { "Sec-Fetch-Site": "same-site" }, 403],
    ["no origin at all", {}, 403],
    ["null origin", { Origin: "null" }, 403],
    ["referer of this site", { Referer: "http://localhost/people" }, null],
  ];
  test.each(cases)("%s", async (_name, headers, status) => {
    const cookie = await sessionCookieFor(db, personId);
    const request = new Request("http://localhost/people", { method: "POST", body: new FormData(), headers: { ...headers, Cookie: cookie } });
    expect(await thrownStatus(requireActor(request, db))).toBe(status);
  });

  test("sign-in post from another site is 403", async () => {
    expect(await thrownStatus(signInAction(signInPost({ email: "lea@example.com", password: "correct horse battery" }, { Origin: "https://evil.example" })))).toBe(403);
  });
});
