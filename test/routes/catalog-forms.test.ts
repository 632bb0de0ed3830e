import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { action as kpiAction, loader as kpiLoader } from "~/routes/kpis.new";
import { action as metricAction, loader as metricLoader } from "~/routes/metrics._index";
import { type Seed, seedCompany } from "../people/seed";
import { createTestDatabase } from "../support/db";
import { ENGLISH, dataWithStatus, get, post, redirectLocation } from "./requests";

let db: Kysely<Database>;
let seed: Seed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedCompany(db);
});

afterEach(async () => {
  await db.destroy();
});

type Rejected = { errors: Record<string, string>; values: Record<string, string>; formulaPosition?: number | null };

const metricFields = (overrides: Record<string, string> = {}) => ({
  key: "site_visits",
  name_nl: "locatiebezoeken",
  name_en: "site visits",
  description_nl: "",
  description_en: "",
  unit: "count",
  kind: "flow",
  ...overrides,
});

const kpiFields = (overrides: Record<string, string> = {}) => ({
  key: "hours_per_rate",
  name_nl: "uren per tarief",
  name_en: "hours per rate",
  description_nl: "",
  description_en: "",
  formula: "test_hours / list_rate",
  unit: "EUR/h",
  direction: "higher",
  params: "list_rate=99,5",
  ...overrides,
});

describe("metrics._index", () => {
  test("loader lists built-in and own metrics", async () => {
    const page = await metricLoader(get(db, "/metrics"));

    expect(page.title).toBe("Metrieken");
    const keys = page.metrics.map((metric) => metric.key);
    expect(keys).toContain("test_hours");
    expect(page.metrics.find((metric) => metric.key === "test_hours")?.builtin).toBe(false);
  });

  test("valid post redirects and writes", async () => {
    const result = await metricAction(post(db, "/metrics", metricFields()));

    const row = await db.selectFrom("metrics").selectAll().where("key", "=", "site_visits").executeTakeFirstOrThrow();
    expect(redirectLocation(result)).toBe(`/metrics#metric-${row.id}`);
    expect(row).toMatchObject({ kind: "flow", unit: "count", builtin: 0 });
  });

  test("taken key returns 400 in Dutch", async () => {
    const result = await metricAction(post(db, "/metrics", metricFields({ key: "test_hours" })));

    const body = dataWithStatus<Rejected>(result, 400);
    expect(body.errors.key).toBe("Sleutel 'test_hours' is al in gebruik: kies een andere sleutel.");
    expect(body.values.name_nl).toBe("locatiebezoeken");
  });

  test("invalid key returns 400 in English and writes nothing", async () => {
    const before = (await db.selectFrom("metrics").select("id").execute()).length;

    const result = await metricAction(post(db, "/metrics", metricFields({ key: "Site Visits" }), {}, ENGLISH));

    const body = dataWithStatus<Rejected>(result, 400);
    expect(body.errors.key).toContain("Key 'Site Visits' is invalid");
    expect((await db.selectFrom("metrics").select("id").execute()).length).toBe(before);
  });
});

describe("kpis.new", () => {
  test("loader gives the title", async () => {
    expect((await kpiLoader(get(db, "/kpis/new", {}, ENGLISH))).title).toBe("Add your own KPI");
  });

  test("valid post redirects to the KPI and stores the parameter", async () => {
    const result = await kpiAction(post(db, "/kpis/new", kpiFields()));

    expect(redirectLocation(result)).toBe("/kpis/hours_per_rate");
    const row = await db.selectFrom("kpis").selectAll().where("key", "=", "hours_per_rate").executeTakeFirstOrThrow();
    expect(JSON.parse(row.params)).toEqual([{ key: "list_rate", name_nl: "list_rate", name_en: "list_rate", default: 99.5 }]);
    expect(row.builtin).toBe(0);
  });

  test("unknown metric returns 400 with position, formula kept", async () => {
    const result = await kpiAction(post(db, "/kpis/new", kpiFields({ formula: "test_hourz / list_rate" })));

    const body = dataWithStatus<Rejected>(result, 400);
    expect(body.errors.formula).toBe("Onbekende metriek 'test_hourz' op positie 1: bedoel je 'test_hours'?");
    expect(body.formulaPosition).toBe(1);
    expect(body.values.formula).toBe("test_hourz / list_rate");
    expect(await db.selectFrom("kpis").select("id").where("key", "=", "hours_per_rate").executeTakeFirst()).toBeUndefined();
  });

  test("unknown parameter returns 400 in English", async () => {
    const result = await kpiAction(post(db, "/kpis/new", kpiFields({ params: "" }), {}, ENGLISH));

    const body = dataWithStatus<Rejected>(result, 400);
    expect(body.errors.formula).toBe("Unknown metric 'list_rate' at position 14: use the key of an existing metric.");
    expect(body.formulaPosition).toBe(14);
  });

  test("malformed parameter line returns 400", async () => {
    const result = await kpiAction(post(db, "/kpis/new", kpiFields({ params: "list_rate 100" })));

    const body = dataWithStatus<Rejected>(result, 400);
    expect(body.errors.params).toBe('Parameters: regel 1 "list_rate 100" heeft niet de vorm sleutel=standaardwaarde. Schrijf bijvoorbeeld list_rate=100.');
  });

  test("parameter named like a metric returns 400 on the parameters field", async () => {
    const result = await kpiAction(post(db, "/kpis/new", kpiFields({ formula: "test_hours * 2", params: "test_hours=1" })));

    const body = dataWithStatus<Rejected>(result, 400);
    expect(body.errors.params).toBe("Parameter 'test_hours' heeft dezelfde sleutel als een metriek: kies een andere sleutel.");
  });

  test("taken key returns 400", async () => {
    const result = await kpiAction(post(db, "/kpis/new", kpiFields({ key: "test_hit_rate" })));

    expect(dataWithStatus<Rejected>(result, 400).errors.key).toBe("Sleutel 'test_hit_rate' is al in gebruik: kies een andere sleutel.");
    expect(seed.kpiId).toBeGreaterThan(0);
  });
});
