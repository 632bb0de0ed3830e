import type { Kysely } from "kysely";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { LanguageProvider } from "~/components/use-text";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import type { Database } from "../../db/schema";
import type { Language } from "~/i18n/language";
import KeyResultNewPage, { loader as keyResultNewLoader } from "~/routes/key-results.new";
import KpiNewPage from "~/routes/kpis.new";
import MetricsPage, { loader as metricsLoader } from "~/routes/metrics._index";
import ObjectiveNewPage, { loader as objectiveNewLoader } from "~/routes/objectives.new";
import PeoplePage, { loader as peopleLoader } from "~/routes/people._index";
import SnapshotsPage, { action as snapshotAction, loader as snapshotsLoader } from "~/routes/snapshots._index";
import { createObjective } from "~/okr/objectives.server";
import { type Seed, seedCompany } from "../people/seed";
import { createTestDatabase } from "../support/db";
import { textOf } from "./render";
import { ENGLISH, get, post, redirectLocation } from "./requests";

let db: Kysely<Database>;
let seed: Seed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedCompany(db);
});

afterEach(async () => {
  await db.destroy();
});

/** Render a route's page with the data its loader returned, the way the server renders it. */
async function renderRoute(Page: ComponentType, loaderData: object, language: Language): Promise<string> {
  const handler = createStaticHandler([{ id: "page", path: "*", loader: () => loaderData, Component: Page }]);
  const context = await handler.query(new Request("http://localhost/"));
  if (context instanceof Response) throw new Error(`routing failed with status ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return textOf(
    renderToString(
      <LanguageProvider language={language}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </LanguageProvider>,
    ),
  );
}

describe("pages render", () => {
  test("people page in Dutch", async () => {
    const text = await renderRoute(PeoplePage, await peopleLoader(get(db, "/people")), "nl");

    expect(text).toContain("Teams en mensen");
    expect(text).toMatch(/Sales \(\s*sales\s*\)/);
    expect(text).toContain("1 persoon");
    expect(text).toContain("medewerker");
    expect(text).toContain("Team aanmaken");
  });

  test("snapshots page shows the replaced value in Dutch formats", async () => {
    const fields = { metricId: String(seed.flowMetricId), teamId: String(seed.salesId), periodType: "month", period: "2026-03", value: "1200" };
    await snapshotAction(post(db, "/snapshots", fields));
    const location = redirectLocation(await snapshotAction(post(db, "/snapshots", { ...fields, value: "1234,5" })));

    const text = await renderRoute(SnapshotsPage, await snapshotsLoader(get(db, location)), "nl");

    expect(text).toContain("test_hours nl voor Sales over 01-03-2026 – 31-03-2026: 1.200 uur vervangen door 1.234,5 uur.");
    expect(text).toContain("Laatste 50 meetwaarden");
    expect(text).toContain("handmatig");
    expect(text).toContain("04-12-2026");
  });

  test("snapshots page in English", async () => {
    const fields = { metricId: String(seed.flowMetricId), teamId: String(seed.salesId), periodType: "day", period: "31/03/2026", value: "1,234.5" };
    const location = redirectLocation(await snapshotAction(post(db, "/snapshots", fields, {}, ENGLISH)));

    const text = await renderRoute(SnapshotsPage, await snapshotsLoader(get(db, location, {}, ENGLISH)), "en");

    expect(text).toContain("test_hours en for Sales over 31/03/2026 saved: 1,234.5 hours.");
  });

  test("metrics page lists kinds in English", async () => {
    const text = await renderRoute(MetricsPage, await metricsLoader(get(db, "/metrics", {}, ENGLISH)), "en");

    expect(text).toContain("test_customers en");
    expect(text).toContain("stock");
    expect(text).toContain("Add your own metric");
  });

  test("new KPI page", async () => {
    const text = await renderRoute(KpiNewPage, { title: "Eigen KPI toevoegen" }, "nl");

    expect(text).toContain("Eigen KPI toevoegen");
    expect(text).toContain("sleutel=standaardwaarde");
  });

  test("new objective and key result pages", async () => {
    const objective = await createObjective(db, seed.actor, { title: "Win more deals", description: "", period: "2026-Q4", teamId: seed.salesId, ownerId: null, parentId: null, status: "active" }, new Date());
    if (!objective.ok) throw new Error("objective failed");

    const objectiveText = await renderRoute(ObjectiveNewPage, await objectiveNewLoader(get(db, "/objectives/new")), "nl");
    const keyResultText = await renderRoute(
      KeyResultNewPage,
      await keyResultNewLoader(get(db, `/key-results/new?objective=${objective.id}`)),
      "nl",
    );

    expect(objectiveText).toContain("Nieuw objective");
    expect(objectiveText).toContain("2026-Q4 · Win more deals");
    expect(keyResultText).toContain("Nieuw key result voor Win more deals");
    expect(keyResultText).toContain("Team van het objective (Sales)");
    expect(keyResultText).toContain("test_utilization (%)");
  });
});
