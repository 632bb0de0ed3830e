import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Kysely, sql } from "kysely";
import { openDatabase } from "../../db/connection";
import type { Database } from "../../db/schema";
import { prepareDatabase } from "~/boot.server";
import type { Actor } from "~/people/actor.server";
import { getSurveyStatus, submitAnswer } from "~/surveys/answers.server";
import { participationHash, surveySecret } from "~/surveys/secret.server";
import { createTestDatabase } from "../support/db";

let db: Kysely<Database>;
let anne: Actor;
let bram: Actor;
let teamId: number;

// Friday 4 December 2026 is in 2026-W49 and 2026-Q4; Monday 7 December starts W50.
const FRIDAY = new Date("2026-12-04T12:00:00Z");
const NEXT_MONDAY = new Date("2026-12-07T09:00:00Z");

beforeEach(async () => {
  db = await createTestDatabase();
  teamId = (await db.insertInto("teams").values({ key: "company", name: "Company", parent_id: null }).returning("id").executeTakeFirstOrThrow()).id;
  const person = (name: string) =>
    db.insertInto("people").values({ name, email: `${name}@example.com`, role: "member", team_id: teamId, started_on: null, ended_on: null }).returning("id").executeTakeFirstOrThrow();
  anne = { personId: (await person("anne")).id, role: "member" };
  bram = { personId: (await person("bram")).id, role: "member" };
});

afterEach(async () => {
  await db.destroy();
});

const columns = async (table: string) => (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((r) => r.name);
const moodRows = () => db.selectFrom("mood_answers").select(["week", "team_id", "score", "comment"]).execute();

describe("survey tables", () => {
  test("answers hold no person or moment", async () => {
    expect(await columns("mood_answers")).toEqual(["id", "week", "team_id", "score", "comment", "edit_token_hash"]);
    expect(await columns("enps_answers")).toEqual(["id", "quarter", "team_id", "score", "comment", "edit_token_hash"]);
  });

  test("participation holds only the hash", async () => {
    expect(await columns("survey_participation")).toEqual(["hash"]);
  });

  test.each(["mood_answers", "enps_answers", "survey_participation"])("%s has no rowid", async (table) => {
    await expect(sql`select rowid from ${sql.table(table)}`.execute(db)).rejects.toThrow(/no such column: rowid/);
  });
});

describe("submitAnswer", () => {
  test("first answer stores week, team and score", async () => {
    const result = await submitAnswer(db, anne, "mood", { score: 4, comment: "Goed" }, FRIDAY, null);

    expect(result).toMatchObject({ outcome: "created", period: "2026-W49", periodEnd: "2026-12-06" });
    expect(await moodRows()).toEqual([{ week: "2026-W49", team_id: teamId, score: 4, comment: "Goed" }]);
  });

  test("second submit without cookie counts once", async () => {
    await submitAnswer(db, anne, "mood", { score: 4, comment: null }, FRIDAY, null);

    const second = await submitAnswer(db, anne, "mood", { score: 1, comment: null }, FRIDAY, null);

    expect(second.outcome).toBe("already_answered");
    expect(await moodRows()).toEqual([{ week: "2026-W49", team_id: teamId, score: 4, comment: null }]);
  });

  test("edit token changes the answer", async () => {
    const first = await submitAnswer(db, anne, "mood", { score: 4, comment: null }, FRIDAY, null);
    const token = first.outcome === "created" ? first.token : "";

    const second = await submitAnswer(db, anne, "mood", { score: 2, comment: "Drukke week" }, FRIDAY, token);

    expect(second.outcome).toBe("updated");
    expect(await moodRows()).toEqual([{ week: "2026-W49", team_id: teamId, score: 2, comment: "Drukke week" }]);
  });

  test("another person's cookie edits nothing", async () => {
    const first = await submitAnswer(db, anne, "mood", { score: 4, comment: null }, FRIDAY, null);
    const token = first.outcome === "created" ? first.token : "";

    const bramsAnswer = await submitAnswer(db, bram, "mood", { score: 1, comment: null }, FRIDAY, token);

    expect(bramsAnswer.outcome).toBe("created");
    expect((await moodRows()).map((row) => row.score).sort()).toEqual([1, 4]);
  });

  test("last week's token cannot edit after the week", async () => {
    const first = await submitAnswer(db, anne, "mood", { score: 4, comment: null }, FRIDAY, null);
    const token = first.outcome === "created" ? first.token : "";

    const monday = await submitAnswer(db, anne, "mood", { score: 1, comment: null }, NEXT_MONDAY, token);

    expect(monday).toMatchObject({ outcome: "created", period: "2026-W50" });
    expect((await moodRows()).map((row) => [row.week, row.score])).toEqual(expect.arrayContaining([["2026-W49", 4], ["2026-W50", 1]]));
  });

  test("eNPS answered once per quarter", async () => {
    const first = await submitAnswer(db, anne, "enps", { score: 9, comment: "Fijne collega's" }, FRIDAY, null);
    const again = await submitAnswer(db, anne, "enps", { score: 3, comment: null }, NEXT_MONDAY, null);

    expect(first).toMatchObject({ outcome: "created", period: "2026-Q4", periodEnd: "2026-12-31" });
    expect(again.outcome).toBe("already_answered");
    expect(await db.selectFrom("enps_answers").select(["quarter", "score"]).execute()).toEqual([{ quarter: "2026-Q4", score: 9 }]);
  });

  test("system actor cannot answer", async () => {
    const result = await submitAnswer(db, { personId: null, role: "admin" }, "mood", { score: 3, comment: null }, FRIDAY, null);

    expect(result.outcome).toBe("no_person");
    expect(await moodRows()).toEqual([]);
  });
});

describe("getSurveyStatus", () => {
  test("answered and own answer through the cookie", async () => {
    expect(await getSurveyStatus(db, anne, "mood", FRIDAY, null)).toEqual({ period: "2026-W49", periodEnd: "2026-12-06", answered: false, ownAnswer: null });
    const first = await submitAnswer(db, anne, "mood", { score: 5, comment: "Top" }, FRIDAY, null);
    const token = first.outcome === "created" ? first.token : "";

    const withCookie = await getSurveyStatus(db, anne, "mood", FRIDAY, token);
    const withoutCookie = await getSurveyStatus(db, anne, "mood", FRIDAY, null);
    const bramsView = await getSurveyStatus(db, bram, "mood", FRIDAY, token);

    expect(withCookie).toMatchObject({ answered: true, ownAnswer: { score: 5, comment: "Top" } });
    expect(withoutCookie).toMatchObject({ answered: true, ownAnswer: null });
    expect(bramsView).toMatchObject({ answered: false, ownAnswer: null });
  });

  test("participation row is the keyed hash", async () => {
    await submitAnswer(db, anne, "mood", { score: 3, comment: null }, FRIDAY, null);

    const rows = await db.selectFrom("survey_participation").select("hash").execute();
    expect(rows).toEqual([{ hash: participationHash(await surveySecret(db), "mood", anne.personId!, "2026-W49") }]);
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("surveySecret", () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "survey-secret-"));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("generated beside the database with mode 0600", async () => {
    const fileDb = openDatabase(path.join(folder, "okr.db"));
    await prepareDatabase(fileDb, { now: FRIDAY });

    const secret = await surveySecret(fileDb);
    const file = path.join(folder, "survey-secret");

    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, "utf8")).toBe(secret.toString("hex"));
    await fileDb.destroy();
  });

  test("SURVEY_SECRET wins over the file", async () => {
    vi.stubEnv("SURVEY_SECRET", "from the environment");

    expect((await surveySecret(db)).toString("utf8")).toBe("from the environment");
  });
});
