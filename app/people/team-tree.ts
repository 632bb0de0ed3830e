/** The fields a team tree is built from; rows may carry more (name, key), which the tree hands back. */
export interface TeamTreeRow {
  id: number;
  parent_id: number | null;
}

export interface TeamTree<T extends TeamTreeRow = TeamTreeRow> {
  /** The company: the first row without a parent, or null for no rows. */
  readonly root: T | null;
  get(id: number): T | undefined;
  /** Direct subteams, in the order of the input rows. */
  children(id: number): readonly T[];
  /** The team itself and every team below it, each parent before its children. */
  subtreeIds(id: number): number[];
  /** Every team below the team, without the team itself. */
  descendantIds(id: number): number[];
  /** The parent, its parent and so on up to the root; empty for the root. */
  ancestorIds(id: number): number[];
  /** Every team reachable from a top-level team, depth-first, with its depth (the root is 0). */
  depthFirst(): { team: T; depth: number }[];
}

/**
 * Build a tree from team rows. A row whose parent is missing from the rows counts as top-level,
 * like the root. Teams caught in a parent cycle are reachable by get() but by no walk from the top.
 */
export function buildTeamTree<T extends TeamTreeRow>(rows: readonly T[]): TeamTree<T> {
  const byId = new Map<number, T>();
  for (const row of rows) byId.set(row.id, row);

  const childrenById = new Map<number, T[]>();
  const topLevel: T[] = [];
  for (const row of rows) {
    if (row.parent_id === null || !byId.has(row.parent_id)) {
      topLevel.push(row);
      continue;
    }
    const siblings = childrenById.get(row.parent_id) ?? [];
    siblings.push(row);
    childrenById.set(row.parent_id, siblings);
  }
  const root = rows.find((row) => row.parent_id === null) ?? null;

  const children = (id: number): readonly T[] => childrenById.get(id) ?? [];

  const subtreeIds = (id: number): number[] => {
    if (!byId.has(id)) return [];
    const ids = [id];
    const seen = new Set(ids);
    for (let i = 0; i < ids.length; i += 1) {
      for (const child of children(ids[i])) {
        if (seen.has(child.id)) continue;
        seen.add(child.id);
        ids.push(child.id);
      }
    }
    return ids;
  };

  const ancestorIds = (id: number): number[] => {
    const ids: number[] = [];
    const seen = new Set([id]);
    let parent = byId.get(id)?.parent_id ?? null;
    while (parent !== null && byId.has(parent) && !seen.has(parent)) {
      ids.push(parent);
      seen.add(parent);
      parent = byId.get(parent)?.parent_id ?? null;
    }
    return ids;
  };

  const depthFirst = (): { team: T; depth: number }[] => {
    const order: { team: T; depth: number }[] = [];
    const visit = (team: T, depth: number) => {
      order.push({ team, depth });
      for (const child of children(team.id)) visit(child, depth + 1);
    };
    for (const team of topLevel) visit(team, 0);
    return order;
  };

  return {
    root,
    get: (id) => byId.get(id),
    children,
    subtreeIds,
    descendantIds: (id) => subtreeIds(id).slice(1),
    ancestorIds,
    depthFirst,
  };
}

/** List teams depth-first with their depth, siblings in input order (sort the rows by name first for lists). */
export function teamTreeOrder<T extends TeamTreeRow>(rows: readonly T[]): { team: T; depth: number }[] {
  return buildTeamTree(rows).depthFirst();
}

/** Indent a team's name by its depth with no-break spaces, which select options keep. */
export function indentedName(row: { team: { name: string }; depth: number }): string {
  return `${"\u00a0\u00a0\u00a0".repeat(row.depth)}${row.team.name}`;
}
