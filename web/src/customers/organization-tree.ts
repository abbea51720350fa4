/** The least an organisation needs to be placed in the hierarchy. */
export interface Placed {
  id: string;
  parent?: { id: string } | null;
}

/** One organisation of the table, with how deep it sits below the root and its place in the answer. */
export interface TreeRow<T extends Placed> {
  organization: T;
  /** 0 for the root's direct children, 1 for theirs. */
  depth: number;
  /** Its index in the list the graph answered, to find the errors placed on it. */
  index: number;
  /** The organisation directly above it, when it is not the root. */
  parentId: string | null;
}

/**
 * The organisations under `rootId`, depth first in the order given (the graph answers them by
 * name), each child straight after its parent: the provider sees each reseller with its customers
 * nested under it, beside the customers directly under the provider. An organisation whose parent is
 * not in the list (or is not below the root) is left out; a loop cannot hang it.
 */
export function organizationsUnder<T extends Placed>(organizations: readonly T[], rootId: string): TreeRow<T>[] {
  const children = new Map<string, number[]>();
  organizations.forEach((organization, index) => {
    const parentId = organization.parent?.id;
    if (!parentId || organization.id === rootId) return;
    children.set(parentId, [...(children.get(parentId) ?? []), index]);
  });
  const rows: TreeRow<T>[] = [];
  const seen = new Set<string>([rootId]);
  const visit = (parentId: string, depth: number) => {
    for (const index of children.get(parentId) ?? []) {
      const organization = organizations[index]!;
      if (seen.has(organization.id)) continue;
      seen.add(organization.id);
      rows.push({ organization, depth, index, parentId: depth === 0 ? null : parentId });
      visit(organization.id, depth + 1);
    }
  };
  visit(rootId, 0);
  return rows;
}
