import type { Kysely } from "kysely";
import type { Database, Role } from "../../db/schema";
import type { Actor } from "./actor.server";

/** Build the 403 response that loaders and actions throw for a signed-in person who may not do this. */
export function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

const RANK: Record<Role, number> = { member: 0, lead: 1, admin: 2 };

/** Throw 403 unless the actor has at least the given role (admin > lead > member). */
export function requireRole(actor: Actor, role: Role): void {
  if (RANK[actor.role] < RANK[role]) throw forbidden();
}

/**
 * Return the ids of the teams a lead leads (teams.lead_person_id) and all their subteams. Admins may
 * change every team; members none.
 */
export async function ledTeamIds(db: Kysely<Database>, actor: Actor): Promise<Set<number>> {
  if (actor.role === "admin") {
    const all = await db.selectFrom("teams").select("id").execute();
    return new Set(all.map((team) => team.id));
  }
  if (actor.role !== "lead" || actor.personId === null) return new Set();
  const rows = await db.selectFrom("teams").select(["id", "parent_id", "lead_person_id"]).execute();
  const children = new Map<number, number[]>();
  for (const row of rows) {
    if (row.parent_id === null) continue;
    children.set(row.parent_id, [...(children.get(row.parent_id) ?? []), row.id]);
  }
  const result = new Set<number>();
  const stack = rows.filter((row) => row.lead_person_id === actor.personId).map((row) => row.id);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

/** Check whether the actor may edit objectives and key results of the team (null = the company). */
export async function canEditTeam(db: Kysely<Database>, actor: Actor, teamId: number | null): Promise<boolean> {
  if (actor.role === "admin") return true;
  if (teamId === null) return false;
  return (await ledTeamIds(db, actor)).has(teamId);
}

/** Throw 403 unless the actor may edit objectives and key results of the team. */
export async function assertCanEditTeam(db: Kysely<Database>, actor: Actor, teamId: number | null): Promise<void> {
  if (!(await canEditTeam(db, actor, teamId))) throw forbidden();
}

/**
 * Check whether the actor may record a check-in on a key result: admins always, the key result's owner,
 * and a lead of the objective's team (or of a team above it).
 */
export async function canCheckIn(
  db: Kysely<Database>,
  actor: Actor,
  keyResult: { owner_id: number | null; team_id: number },
): Promise<boolean> {
  if (actor.role === "admin") return true;
  if (actor.personId !== null && keyResult.owner_id === actor.personId) return true;
  return (await ledTeamIds(db, actor)).has(keyResult.team_id);
}

/** Throw 403 unless the actor may import or enter snapshots for the team (admins, and leads for their teams). */
export async function assertCanWriteSnapshots(db: Kysely<Database>, actor: Actor, teamId: number): Promise<void> {
  if (!(await canEditTeam(db, actor, teamId))) throw forbidden();
}

/** Throw 403 unless the actor may write snapshots for every one of the teams (an import's teams). */
export async function assertCanWriteSnapshotTeams(db: Kysely<Database>, actor: Actor, teamIds: Iterable<number>): Promise<void> {
  if (actor.role === "admin") return;
  const allowed = await ledTeamIds(db, actor);
  for (const teamId of teamIds) if (!allowed.has(teamId)) throw forbidden();
}
