import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { languageCookie } from "~/i18n/language.server";
import type { ImportPageState } from "~/imports/page";
import { ImportsView, action, loader } from "~/routes/imports";
import { createTestDatabase, testContext } from "../support/db";
import { adminCookie } from "../routes/requests";
import { renderPage, textOf } from "../routes/render";
import { closeQuarter } from "~/quarters/quarters.server";
import { seedImportCompany } from "./seed";

const GOOD = "periode;team;metriek;waarde\n2026-01;sales;revenue;1.000\n2026-02;Advies;revenue;750\n";
const BAD = "periode;team;metriek;waarde\n2026-01;sales;revenue;1.000\n2026-02;nergens;revenue;750\n";

let db: Kysely<Database>;
let seed: Awaited<ReturnType<typeof seedImportCompany>>;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedImportCompany(db);
});

afterEach(async () => {
  await db.destroy();
});

function post(fields: Record<string, string | File>, cookie = "") {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return new Request("http://localhost/imports", { method: "POST", body, headers: { Cookie: adminCookie(db, cookie), Origin: "http://localhost" } });
}

const upload = (text: string, name = "omzet.csv") => new File([text], name, { type: "text/csv" });

async function callAction(request: Request) {
  const result = await action({ request, context: testContext(db), params: {} });
  if (result instanceof Response) return { status: result.status, location: result.headers.get("Location"), state: null };
  if (result && typeof result === "object" && "init" in result && "data" in result) {
    return { status: result.init?.status ?? 200, location: null, state: result.data as ImportPageState };
  }
  return { status: 200, location: null, state: result as ImportPageState };
}

describe("imports route", () => {
  test("preview keeps the file", async () => {
    const { status, state } = await callAction(post({ intent: "preview", kind: "snapshots", numberFormat: "auto", file: upload(GOOD) }));
    expect(status).toBe(200);
    expect(state?.preview?.snapshotCount).toBe(2);
    expect(state?.values.fileName).toBe("omzet.csv");
    expect(Buffer.from(state!.values.content, "base64").toString("utf8")).toBe(GOOD);
  });

  test("import from kept file redirects", async () => {
    const content = Buffer.from(GOOD).toString("base64");
    const fields = { intent: "import", kind: "snapshots", numberFormat: "auto", content, fileName: "omzet.csv" };
    const { status, location } = await callAction(post(fields));
    expect(status).toBe(302);
    const importId = (await db.selectFrom("imports").select("id").executeTakeFirstOrThrow()).id;
    expect(location).toBe(`/imports?imported=${importId}`);

    const again = await callAction(post(fields));
    expect(again.location).toBe(`/imports?already=${importId}`);
  });

  test("import with row errors is 400", async () => {
    const { status, state } = await callAction(post({ intent: "import", kind: "snapshots", numberFormat: "auto", file: upload(BAD) }));
    expect(status).toBe(400);
    expect(state?.preview?.errors.map((e) => [e.row, e.code])).toEqual([[3, "unknown_team"]]);
    expect(await db.selectFrom("imports").select("id").execute()).toEqual([]);
  });

  test("page lists at most 100 errors", async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, "0")};nergens;revenue;${i}`);
    const text = ["datum;team;metriek;waarde", ...rows].join("\n");
    const { state } = await callAction(post({ intent: "preview", kind: "snapshots", numberFormat: "auto", file: upload(text) }));
    expect(state?.preview?.errors).toHaveLength(100);
    expect(state?.preview?.errorCount).toBe(150);
  });

  test("missing file is 400", async () => {
    const { status, state } = await callAction(post({ intent: "preview", kind: "snapshots", numberFormat: "auto" }));
    expect(status).toBe(400);
    expect(state?.errors.file).toBe("Kies een CSV-bestand.");
  });

  test("invalid kind is 400", async () => {
    const { status, state } = await callAction(post({ intent: "preview", kind: "excel", numberFormat: "auto", file: upload(GOOD) }));
    expect(status).toBe(400);
    expect(state?.errors.kind).toBe("Kies een soort import: meetwaarden, CRM-deals of urenregistratie.");
  });

  test("file over 20 MB is 413", async () => {
    const big = new File([new Uint8Array(20 * 1024 * 1024 + 1)], "groot.csv");
    const { status, state } = await callAction(post({ intent: "preview", kind: "snapshots", numberFormat: "auto", file: big }, await languageCookie.serialize("en")));
    expect(status).toBe(413);
    expect(state?.errors.file).toBe(
      "The file is larger than 20 MB. Split it, for example per quarter, and import the parts one after another.",
    );
  });

  test("mapping applies to its kind only", async () => {
    const text = "Fase;Verkoper;Start;Einde;Bedrag\nWon;Anna de Vries;2026-03-01;2026-03-11;1200\n";
    const fields = {
      intent: "preview",
      kind: "crm-deals",
      numberFormat: "en",
      file: upload(text),
      mappedKind: "crm-deals",
      map_stage: "Fase",
      map_owner: "Verkoper",
      map_engage_date: "Start",
      map_close_date: "Einde",
      map_value: "Bedrag",
    };
    const mapped = await callAction(post(fields));
    expect(mapped.state?.preview?.errorCount).toBe(0);
    expect(mapped.state?.preview?.snapshotCount).toBe(5);
    expect(mapped.state?.values.mapping).toMatchObject({ stage: "Fase", owner: "Verkoper", team: "" });

    const otherKind = await callAction(post({ ...fields, mappedKind: "timesheet" }));
    expect(otherKind.state?.preview?.errors.map((e) => e.code)).toContain("missing_column");
  });

  test("loader shows the flash", async () => {
    const content = Buffer.from(GOOD).toString("base64");
    const { location } = await callAction(post({ intent: "import", kind: "snapshots", numberFormat: "auto", content, fileName: "omzet.csv" }));
    const page = await loader({ request: new Request(`http://localhost${location}`, { headers: { Cookie: adminCookie(db) } }), context: testContext(db), params: {} });
    expect(page.flash).toMatchObject({ status: "imported", fileName: "omzet.csv", rowsRead: 2, rowsWritten: 2 });
    expect(page.history).toHaveLength(1);
    expect(page.history[0].createdBy).toBe("Anna de Vries");
  });

  test("page shows preview, errors and mapping", async () => {
    const text = "deal_stage;sales_agent;engage_date;close_date;close_value\nWon;Anna de Vries;01-03-2026;31-02-2026;1.200\nLost;Anna de Vries;01-03-2026;10-03-2026;0\nEngaging;Anna de Vries;;;\n";
    const { state } = await callAction(post({ intent: "preview", kind: "crm-deals", numberFormat: "auto", file: upload(text, "deals.csv") }));
    const html = await renderPage(<ImportsView flash={null} history={[]} state={state} />, "nl");
    const page = textOf(html);
    expect(page).toContain("Rij 2, kolom close_date: '31-02-2026' is geen bestaande datum. Controleer dag en maand (de maand heeft minder dagen).");
    expect(page).toContain("Open deals genegeerd 1");
    expect(page).toContain("Er wordt niets geïmporteerd zolang het bestand fouten heeft.");
    expect(html).toContain('name="map_close_date"');
    expect(html).toContain('<option value="close_date" selected="">close_date</option>');
    expect(html).toContain('type="hidden" name="content"');
    expect(html).not.toContain('value="import"');
  });

  test("closed quarter error: whole file, no row or column", async () => {
    await closeQuarter(db, seed.actor, "2026-Q1", { today: "2026-04-15", now: new Date("2026-04-15T12:00:00Z") });
    const { state } = await callAction(post({ intent: "preview", kind: "snapshots", numberFormat: "auto", file: upload(GOOD) }));
    const html = await renderPage(<ImportsView flash={null} history={[]} state={state} />, "nl");
    const page = textOf(html);
    expect(page).toContain(
      "hele bestand 2026-Q1 Bestand: 2 waarden tellen mee in 2026-Q1, en dat kwartaal is afgesloten (de eerste: revenue voor sales, 01-01-2026 tot en met 31-01-2026).",
    );
    expect(page).not.toContain("Rij 1");
    expect(html).toContain('<td colSpan="2" class="muted file-error">hele bestand</td>');
  });

  test("page offers the import for a valid file", async () => {
    const { state } = await callAction(post({ intent: "preview", kind: "snapshots", numberFormat: "auto", file: upload(GOOD) }));
    const html = await renderPage(<ImportsView flash={null} history={[]} state={state} />, "en");
    const page = textOf(html);
    expect(page).toContain("Snapshots to write 2");
    expect(page).toContain("revenue consulting 01/02/2026 28/02/2026 750");
    expect(html).toContain('name="intent" value="import"');
  });

  test("page without state asks for a file", async () => {
    const html = await renderPage(<ImportsView flash={null} history={[]} state={null} />, "nl");
    expect(html).toContain('type="file" name="file"');
    expect(html.toLowerCase()).toContain('enctype="multipart/form-data"');
    expect(textOf(html)).toContain("Nog geen imports.");
  });
});
