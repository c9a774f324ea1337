/** "Show only codes in set …": the code tree narrowed to a set's codes, their categories kept for context. */
import type { SetView } from '../../../../src/contract/sets.js';
import type { CodeNode, Filtered } from '../../lib/code-tree.js';

/** The sets a code tree can be narrowed to: those that hold codes. */
export const codeSets = (sets: readonly SetView[]) => sets.filter((s) => s.members.some((m) => m.type === 'code'));

/** The ids of the codes in the set with `setId`; null (no narrowing) for '' or a set that is gone. */
export function codesInSet(sets: readonly SetView[], setId: string): ReadonlySet<string> | null {
  const set = setId ? sets.find((s) => s.id === setId) : undefined;
  return set ? new Set(set.members.filter((m) => m.type === 'code').map((m) => m.id)) : null;
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
