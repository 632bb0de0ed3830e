import type { ImportLookups, MetricRef, PersonRef, TeamRef } from "./types";
import type { Parsed } from "./values";

/** Match cell values to teams, people and metrics of the database, case-insensitively. */
export interface Matchers {
  /** A team by key, else by name. */
  team(text: string): Parsed<TeamRef>;
  /** A person's team, the person found by email, else by name. */
  personTeam(text: string): Parsed<TeamRef>;
  metric(text: string): Parsed<MetricRef>;
  teamById(id: number): TeamRef | undefined;
  metricByKey(key: string): MetricRef | undefined;
}

const normalise = (text: string) => text.trim().toLowerCase();

function group<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = normalise(keyOf(item));
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

function cached<T>(match: (text: string) => T): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      result = match(text);
      results.set(text, result);
    }
    return result;
  };
}

export function createMatchers(lookups: ImportLookups): Matchers {
  const teamsByKey = group(lookups.teams, (t) => t.key);
  const teamsByName = group(lookups.teams, (t) => t.name);
  const teamsById = new Map(lookups.teams.map((t) => [t.id, t]));
  const peopleByEmail = group(lookups.people, (p) => p.email);
  const peopleByName = group(lookups.people, (p) => p.name);
  const metricsByKey = new Map(lookups.metrics.map((m) => [normalise(m.key), m]));

  const team = (text: string): Parsed<TeamRef> => {
    const found = teamsByKey.get(normalise(text)) ?? teamsByName.get(normalise(text)) ?? [];
    if (found.length === 1) return { ok: true, value: found[0] };
    if (found.length > 1) return { ok: false, code: "ambiguous_team", params: { count: found.length } };
    return { ok: false, code: "unknown_team" };
  };

  const personTeam = (text: string): Parsed<TeamRef> => {
    const found: PersonRef[] = peopleByEmail.get(normalise(text)) ?? peopleByName.get(normalise(text)) ?? [];
    if (found.length > 1) return { ok: false, code: "ambiguous_person", params: { count: found.length } };
    const teamOfPerson = found.length === 1 ? teamsById.get(found[0].teamId) : undefined;
    return teamOfPerson ? { ok: true, value: teamOfPerson } : { ok: false, code: "unknown_person" };
  };

  const metric = (text: string): Parsed<MetricRef> => {
    const found = metricsByKey.get(normalise(text));
    return found ? { ok: true, value: found } : { ok: false, code: "unknown_metric" };
  };

  // A file names the same few teams and metrics on every row: look each distinct text up once.
  return {
    team: cached(team),
    personTeam: cached(personTeam),
    metric: cached(metric),
    teamById: (id) => teamsById.get(id),
    metricByKey: (key) => metricsByKey.get(normalise(key)),
  };
}
