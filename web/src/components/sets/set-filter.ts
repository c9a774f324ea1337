/**
 * "Show only codes (or memos) in set …": a list narrowed to one set's members of its kind. The code
 * tree keeps the narrowed codes' categories for context.
 */
import type { SetMemberType, SetView } from '../../../../src/contract/sets.js';
import type { CodeNode, Filtered } from '../../lib/code-tree.js';

/** The sets a list of one kind can be narrowed to: those holding members of that kind. */
export const setsHolding = (sets: readonly SetView[], kind: SetMemberType) => sets.filter((s) => s.members.some((m) => m.type === kind));

/** The ids of the members of `kind` in the set with `setId`; null (no narrowing) for '' or a set that is gone. */
export function idsInSet(sets: readonly SetView[], setId: string, kind: SetMemberType): ReadonlySet<string> | null {
  const set = setId ? sets.find((s) => s.id === setId) : undefined;
  return set ? new Set(set.members.filter((m) => m.type === kind).map((m) => m.id)) : null;
}

/** The filtered tree keeping only the codes in `ids` and their ancestors, which are opened so every one shows. */
export function keepOnly(filtered: Filtered, ids: ReadonlySet<string> | null): Filtered {
  if (!ids) return filtered;
  const open = new Set(filtered.open);
  const prune = (list: readonly CodeNode[]): CodeNode[] => list.flatMap((node) => {
    const children = prune(node.children);
    if (children.length) open.add(node.code.id);
    return children.length || ids.has(node.code.id) ? [{ code: node.code, children }] : [];
  });
  return { nodes: prune(filtered.nodes), open };
}
