import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema";
import { fieldErrorsFromZod } from "../components/forms/field-errors";
import { listKpis, listMetrics } from "../kpi/catalog.server";
import type { Actor } from "../people/actor.server";
import { teamCreateSchema as teamFormSchema } from "../people/forms";
import { teamTreeOrder } from "../people/team-tree";
import { createTeam, getTeam, listTeams } from "../people/teams.server";
import { ApiError, invalidRequest } from "./errors";
import type { kpiListSchema, metricListSchema, teamListSchema, teamSchema } from "./schemas";
import { teamCreateSchema } from "./schemas";
import { issuesFromFieldErrors, issuesFromZod } from "./validation";

type TeamBody = z.input<typeof teamSchema>;

/** List every team in tree order (the company first), with its parent's key. */
export async function listApiTeams(db: Kysely<Database>): Promise<z.input<typeof teamListSchema>> {
  const teams = await listTeams(db);
  const keyOf = new Map(teams.map((team) => [team.id, team.key]));
  return {
    teams: teamTreeOrder(teams).map(({ team }) => ({
      key: team.key,
      name: team.name,
      parent: team.parent_id === null ? null : (keyOf.get(team.parent_id) ?? null),
    })),
  };
}

/**
 * Create a team under a parent given by key, with the rules of the People page's team form.
 * Admins only. Returns the new team.
 */
export async function createApiTeam(db: Kysely<Database>, actor: Actor, body: unknown, now: Date): Promise<TeamBody> {
  if (actor.role !== "admin") throw new ApiError(403, "forbidden", { role: "admin" });
  const parsed = teamCreateSchema.safeParse(body, { reportInput: true });
  const findParent = (key: string) => db.selectFrom("teams").select("id").where("key", "=", key.trim().toLowerCase()).executeTakeFirst();
  if (!parsed.success) {
    // A parent key that is a valid string is looked up too, so that one response lists every problem.
    const issues = issuesFromZod(parsed.error);
    const parentKey = body !== null && typeof body === "object" ? (body as Record<string, unknown>).parent : undefined;
    if (typeof parentKey === "string" && !issues.some((issue) => issue.field === "parent") && !(await findParent(parentKey))) {
      issues.push({ field: "parent", code: "unknown_team", value: parentKey });
    }
    throw invalidRequest(issues);
  }

  const parent = await findParent(parsed.data.parent);
  if (!parent) throw invalidRequest([{ field: "parent", code: "unknown_team", value: parsed.data.parent }]);

  const rename = { parentId: "parent" };
  const form = teamFormSchema.safeParse({ key: parsed.data.key, name: parsed.data.name, parentId: String(parent.id) });
  if (!form.success) throw invalidRequest(issuesFromFieldErrors(fieldErrorsFromZod(form.error), rename, parsed.data));

  const result = await createTeam(db, actor, form.data, now);
  if (!result.ok) throw invalidRequest(issuesFromFieldErrors(result.errors, rename, parsed.data));
  const team = await getTeam(db, result.id);
  return { key: team!.key, name: team!.name, parent: parsed.data.parent };
}

export async function listApiMetrics(db: Kysely<Database>): Promise<z.input<typeof metricListSchema>> {
  const metrics = await listMetrics(db);
  return {
    metrics: metrics.map((m) => ({ key: m.key, names: { nl: m.name_nl, en: m.name_en }, unit: m.unit, kind: m.kind, builtin: m.builtin })),
  };
}

export async function listApiKpis(db: Kysely<Database>): Promise<z.input<typeof kpiListSchema>> {
  const kpis = (await listKpis(db)).sort((a, b) => Number(b.builtin) - Number(a.builtin) || a.key.localeCompare(b.key));
  return {
    kpis: kpis.map((kpi) => ({
      key: kpi.key,
      names: { nl: kpi.name_nl, en: kpi.name_en },
      formula: kpi.formula,
      unit: kpi.unit,
      direction: kpi.direction,
      params: kpi.params.map((p) => ({ key: p.key, default: p.default })),
    })),
  };
}
