import fs from "node:fs";
import type { Kysely } from "kysely";
import Papa from "papaparse";
import type { Database, Role } from "../schema";
import { DELIVERY_PEOPLE } from "./timesheets";

export const CRM_FOLDER = new URL("./crm-sales-opportunities/", import.meta.url);

const TEAMS = [
  { key: "company", name: "Voorbeeld Advies B.V.", parent: null },
  { key: "sales", name: "Verkoop", parent: "company" },
  { key: "sales-central", name: "Verkoop Central", parent: "sales" },
  { key: "sales-east", name: "Verkoop East", parent: "sales" },
  { key: "sales-west", name: "Verkoop West", parent: "sales" },
  { key: "delivery", name: "Delivery", parent: "company" },
] as const;

const OFFICE_TEAMS: Record<string, string> = { Central: "sales-central", East: "sales-east", West: "sales-west" };

function emailOf(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@demo.example`;
}

/**
 * Insert the demo company's teams and people: the regional offices of the CRM sample as sales
 * teams with their agents (members) and managers (leads), and the delivery team of the
 * utilisation example. Returns the demo admin's id.
 */
export async function insertDemoCompany(db: Kysely<Database>): Promise<number> {
  const teamIds = new Map<string, number>();
  for (const team of TEAMS) {
    const { id } = await db
      .insertInto("teams")
      .values({ key: team.key, name: team.name, parent_id: team.parent ? teamIds.get(team.parent)! : null })
      .returning("id")
      .executeTakeFirstOrThrow();
    teamIds.set(team.key, id);
  }

  const addPerson = async (name: string, role: Role, teamKey: string, email = emailOf(name)) => {
    const { id } = await db
      .insertInto("people")
      .values({ name, email, role, team_id: teamIds.get(teamKey)!, started_on: "2016-01-01" })
      .returning("id")
      .executeTakeFirstOrThrow();
    return id;
  };
  const setLead = (teamKey: string, personId: number) =>
    db.updateTable("teams").set({ lead_person_id: personId }).where("key", "=", teamKey).execute();

  const adminId = await addPerson("Anne de Vries", "admin", "company");
  await setLead("company", adminId);
  await setLead("sales", adminId);

  const salesTeams = Papa.parse<{ sales_agent: string; manager: string; regional_office: string }>(
    fs.readFileSync(new URL("sales_teams.csv", CRM_FOLDER), "utf8"),
    { header: true, skipEmptyLines: true },
  ).data;
  const managers = new Map<string, string>();
  for (const row of salesTeams) managers.set(row.manager, OFFICE_TEAMS[row.regional_office]);
  for (const [manager, teamKey] of managers) {
    const id = await addPerson(manager, "lead", teamKey);
    const team = await db.selectFrom("teams").select("lead_person_id").where("key", "=", teamKey).executeTakeFirst();
    if (!team?.lead_person_id) await setLead(teamKey, id);
  }
  for (const row of salesTeams) await addPerson(row.sales_agent, "member", OFFICE_TEAMS[row.regional_office]);

  for (const person of DELIVERY_PEOPLE) {
    const isLead = person.name === "Joris Bakker";
    const id = await addPerson(person.name, isLead ? "lead" : "member", "delivery", person.email);
    if (isLead) await setLead("delivery", id);
  }
  return adminId;
}
