import Papa from "papaparse";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { writeSnapshots } from "~/kpi/snapshots.server";
import { loader as scoresLoader } from "~/routes/exports.scores[.]csv";
import { loader as snapshotsLoader } from "~/routes/exports.snapshots[.]csv";
import { createPersonWithRole, signedInRequest } from "../support/auth";
import { createTestDatabase, testContext } from "../support/db";
import { ENGLISH } from "../routes/requests";
import { type ReportSeed, seedReports } from "../routes/report-seed";

let db: Kysely<Database>;
let seed: ReportSeed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedReports(db);
});

async function download(loader: typeof scoresLoader, personId: number, url: string, cookie?: string): Promise<Response> {
  const request = await signedInRequest(db, personId, url, { headers: cookie ? { Cookie: cookie } : {} });
  return (await loader({ request, context: testContext(db), params: {} })) as Response;
}

const parse = (text: string, delimiter: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, "").trim(), { delimiter }).data;

describe("scores export", () => {
  test("Dutch file: byte order mark, semicolons, decimal commas", async () => {
    const member = await createPersonWithRole(db, "member", { teamId: seed.salesId });
    const response = await download(scoresLoader, member, "/exports/scores.csv?quarter=2017-Q4");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="scores-2017-Q4.csv"');
    // Response.text() drops a byte order mark, so the bytes are checked.
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFFkwartaal;niveau;team;objective;key result;KPI;")).toBe(true);

    const rows = parse(text, ";");
    expect(rows[1].slice(0, 3)).toEqual(["2017-Q4", "bedrijf", "Acme"]);
    expect(rows[1][9]).toBe("0,7");
    expect(rows[1][11]).toBe("0,5");
    const hitRate = rows.find((row) => row[4] === "Raise the hit rate")!;
    expect(hitRate.slice(5, 11)).toEqual(["hit_rate", "%", "40", "0,5", "0,5", "oranje"]);
    expect(rows.find((row) => row[4] === "Pilot with one client")![13]).toBe("concept");
  });

  test("English file: commas and decimal points, no byte order mark", async () => {
    const response = await download(scoresLoader, seed.adminId, "/exports/scores.csv?quarter=2017-Q4", ENGLISH);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes[0]).toBe("q".charCodeAt(0));
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("quarter,level,team,")).toBe(true);
    const rows = parse(text, ",");
    expect(rows.find((row) => row[1] === "team" && row[2] === "Sales")![9]).toBe("1");
    expect(rows.find((row) => row[4] === "Raise the hit rate")!.slice(7, 10)).toEqual(["40", "0.5", "0.5"]);
  });

  test("an objective title that looks like a formula is neutralised", async () => {
    await db.updateTable("objectives").set({ title: "=HYPERLINK(\"http://evil\")" }).where("id", "=", seed.salesObjectiveId).execute();
    const text = await (await download(scoresLoader, seed.adminId, "/exports/scores.csv?quarter=2017-Q4", ENGLISH)).text();
    const titles = parse(text, ",").map((row) => row[3]);
    expect(titles).toContain("'=HYPERLINK(\"http://evil\")");
    expect(titles).not.toContain("=HYPERLINK(\"http://evil\")");
  });

  test("an invalid quarter is a 400 with the fix", async () => {
    const response = await download(scoresLoader, seed.adminId, "/exports/scores.csv?quarter=2017-Q9", ENGLISH);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('Quarter "2017-Q9" is invalid: write it as 2026-Q4.\n');
  });
});

describe("snapshots export", () => {
  beforeEach(async () => {
    const worked = (await db.selectFrom("metrics").select("id").where("key", "=", "worked_hours").executeTakeFirstOrThrow()).id;
    await writeSnapshots(
      db,
      [
        { metricId: worked, teamId: seed.deliveryId, periodStart: "2017-10-02", periodEnd: "2017-10-08", value: 1234.5 },
        { metricId: worked, teamId: seed.deliveryId, periodStart: "2017-10-09", periodEnd: "2017-10-15", value: -2 },
      ],
      { source: "import", actorId: seed.adminId, now: new Date("2017-10-16T08:00:00Z") },
    );
  });

  test("filters by metric, team and middle day", async () => {
    const url = "/exports/snapshots.csv?metric=worked_hours&team=delivery&from=2017-10-01&to=2017-10-10";
    const response = await download(snapshotsLoader, seed.adminId, url);
    expect(response.status).toBe(200);
    const rows = parse(await response.text(), ";");
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(0, 9)).toEqual(["worked_hours", rows[1][1], "delivery", "Delivery", "2017-10-02", "2017-10-08", "1234,5", "h", "import"]);
    expect(rows[1][10]).toBe("Anna Admin");
  });

  test("negative values stay numbers", async () => {
    const text = await (await download(snapshotsLoader, seed.adminId, "/exports/snapshots.csv?metric=worked_hours", ENGLISH)).text();
    const rows = parse(text, ",");
    expect(rows.map((row) => row[6])).toEqual(["value", "1234.5", "-2"]);
  });

  test("a lead exports only the teams they lead", async () => {
    const lead = await createPersonWithRole(db, "lead", { teamId: seed.salesId });
    const all = parse(await (await download(snapshotsLoader, lead, "/exports/snapshots.csv")).text(), ";");
    expect(new Set(all.slice(1).map((row) => row[2]))).toEqual(new Set(["sales"]));

    const other = await download(snapshotsLoader, lead, "/exports/snapshots.csv?team=delivery", ENGLISH);
    expect(other.status).toBe(400);
    expect(await other.text()).toContain('No team you may export has the key "delivery"');
  });

  test("a member is forbidden", async () => {
    const member = await createPersonWithRole(db, "member", { teamId: seed.salesId });
    const thrown = await download(snapshotsLoader, member, "/exports/snapshots.csv").catch((error: unknown) => error);
    expect((thrown as Response).status).toBe(403);
  });

  test("invalid filters are a 400 naming each value", async () => {
    const response = await download(snapshotsLoader, seed.adminId, "/exports/snapshots.csv?metric=nope&from=2017-02-31", ENGLISH);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('Date "2017-02-31" is invalid: write it as 2026-03-31.\n');
    const unknown = await download(snapshotsLoader, seed.adminId, "/exports/snapshots.csv?metric=nope", ENGLISH);
    expect(await unknown.text()).toBe('No metric has the key "nope": use a key from the Metrics page.\n');
  });
});
