import type { Kysely } from "kysely";
import type { Database, KeyResultKind } from "../schema";

interface DemoKeyResult {
  title: string;
  kpi: string;
  kind: KeyResultKind;
  baseline: number;
  target: number;
  /** Team key the KPI is evaluated for; the objective's team when absent. */
  scope?: string;
  params?: Record<string, number>;
}

interface DemoObjective {
  title: string;
  description: string;
  team: string;
  /** Title of the company objective this one is aligned under. */
  parent?: string;
  keyResults: DemoKeyResult[];
}

const SALES_OFFICES = [
  ["sales-central", "Central"],
  ["sales-east", "East"],
  ["sales-west", "West"],
] as const;

// Baselines and targets are in each KPI's display unit (55 means 55%).
const COMPANY_SALES = "Meer deals winnen, sneller en groter";
const COMPANY_DELIVERY = "Winstgevend leveren";

const OBJECTIVES: DemoObjective[] = [
  {
    title: COMPANY_SALES,
    description: "Verkoop zet meer van de pijplijn om in opdrachten, met grotere deals en een kortere doorlooptijd.",
    team: "company",
    keyResults: [
      { title: "Hit rate van 55% naar 65%", kpi: "hit_rate", kind: "increase", baseline: 55, target: 65 },
      { title: "Gemiddelde dealwaarde naar € 2.600", kpi: "avg_deal_value", kind: "increase", baseline: 2000, target: 2600 },
      { title: "Verkoopcyclus van 60 naar 45 dagen", kpi: "sales_cycle", kind: "decrease", baseline: 60, target: 45 },
    ],
  },
  ...SALES_OFFICES.map(([key, name]) => ({
    title: `Regio ${name}: pijplijn omzetten`,
    description: `De verkopers van regio ${name} sluiten meer deals en sneller.`,
    team: key,
    parent: COMPANY_SALES,
    keyResults: [
      { title: "Hit rate van 55% naar 65%", kpi: "hit_rate", kind: "increase" as const, baseline: 55, target: 65 },
      { title: "Verkoopcyclus onder 45 dagen", kpi: "sales_cycle", kind: "decrease" as const, baseline: 60, target: 45 },
    ],
  })),
  {
    title: COMPANY_DELIVERY,
    description: "Consultants besteden hun contracturen aan declarabel werk (berekend uit de gegenereerde urenregistratie van het delivery-team).",
    team: "company",
    keyResults: [
      {
        title: "Bezettingsgraad van 50% naar 60%",
        kpi: "utilization",
        kind: "increase",
        baseline: 50,
        target: 60,
        params: { list_rate: 100 },
      },
    ],
  },
  {
    title: "Delivery: declarabel zonder overwerk",
    description: "Gegenereerde urenregistratie van het delivery-team.",
    team: "delivery",
    parent: COMPANY_DELIVERY,
    keyResults: [
      { title: "Declarabiliteit minstens 50%", kpi: "billability", kind: "at_least", baseline: 50, target: 50 },
      { title: "Productiviteit minstens € 50 per uur", kpi: "productivity", kind: "at_least", baseline: 50, target: 50 },
    ],
  },
];

/** Insert the demo objectives and key results for each quarter, all active. */
export async function insertDemoObjectives(db: Kysely<Database>, quarters: string[], now: Date): Promise<void> {
  const teams = new Map((await db.selectFrom("teams").select(["id", "key", "lead_person_id"]).execute()).map((t) => [t.key, t]));
  const kpis = new Map((await db.selectFrom("kpis").select(["id", "key"]).execute()).map((k) => [k.key, k.id]));
  const at = now.toISOString();

  for (const quarter of quarters) {
    const ids = new Map<string, number>();
    for (const objective of OBJECTIVES) {
      const team = teams.get(objective.team);
      if (!team) throw new Error(`Demo team "${objective.team}" is missing`);
      const { id } = await db
        .insertInto("objectives")
        .values({
          title: objective.title,
          description: objective.description,
          period: quarter,
          team_id: team.id,
          owner_id: team.lead_person_id,
          parent_id: objective.parent ? (ids.get(objective.parent) ?? null) : null,
          status: "active",
          updated_at: at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ids.set(objective.title, id);

      for (const kr of objective.keyResults) {
        const kpiId = kpis.get(kr.kpi);
        if (!kpiId) throw new Error(`Demo KPI "${kr.kpi}" is missing from the catalog`);
        await db
          .insertInto("key_results")
          .values({
            objective_id: id,
            title: kr.title,
            owner_id: team.lead_person_id,
            weight: 1,
            kind: kr.kind,
            kpi_id: kpiId,
            scope_team_id: kr.scope ? (teams.get(kr.scope)?.id ?? null) : null,
            window_kind: "quarter",
            baseline: kr.baseline,
            target: kr.target,
            kpi_params: JSON.stringify(kr.params ?? {}),
            updated_at: at,
          })
          .execute();
      }
    }
  }
}
