/**
 * The code system as a tree: built from the flat listing, filtered, flattened into the visible rows of
 * an ARIA tree, and the rules for dropping one code onto another. Pure: no React, no requests.
 */
import type { CodeListing } from '../api.js';

export interface CodeNode { code: CodeListing; children: CodeNode[] }

/** One visible row of the tree, with what `role=treeitem` needs. */
export interface TreeRow {
  code: CodeListing;
  /** 1 for a top-level category (aria-level). */
  level: number;
  parentId: string | null;
  hasChildren: boolean;
  expanded: boolean;
  setSize: number;
  posInSet: number;
}

/** The forest of codes, keeping the listing's order; a code whose parent is missing becomes top level. */
export function buildTree(codes: readonly CodeListing[]): CodeNode[] {
  const byPath = new Map<string, CodeNode>();
  for (const code of codes) byPath.set(code.path, { code, children: [] });
  const roots: CodeNode[] = [];
  for (const code of codes) {
    const node = byPath.get(code.path)!;
    const parent = code.parent === null ? undefined : byPath.get(code.parent);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Lower case without accents, so "reaccion" finds "Reacción" and "ÁNIMO" finds "ánimo". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export interface Filtered {
  nodes: CodeNode[];
  /** Codes to open so every match shows: the ancestors of the matches. */
  open: Set<string>;
}

/** Only the codes whose name contains the query (case- and accent-insensitive), with their ancestors for context. */
export function filterTree(nodes: readonly CodeNode[], query: string): Filtered {
  const q = foldText(query.trim());
  const open = new Set<string>();
  if (!q) return { nodes: [...nodes], open };
  const prune = (list: readonly CodeNode[]): CodeNode[] => {
    const kept: CodeNode[] = [];
    for (const node of list) {
      const children = prune(node.children);
      if (children.length) open.add(node.code.id);
      if (children.length || foldText(node.code.name).includes(q)) kept.push({ code: node.code, children });
    }
    return kept;
  };
  return { nodes: prune(nodes), open };
}

/** The rows a reader sees: children only under expanded codes. */
export function visibleRows(nodes: readonly CodeNode[], expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (list: readonly CodeNode[], level: number, parentId: string | null) => {
    list.forEach((node, i) => {
      const open = node.children.length > 0 && expanded.has(node.code.id);
      rows.push({
        code: node.code, level, parentId, hasChildren: node.children.length > 0, expanded: open, setSize: list.length, posInSet: i + 1,
      });
      if (open) walk(node.children, level + 1, node.code.id);
    });
  };
  walk(nodes, 1, null);
  return rows;
}

/** The next row after `from` whose name starts with the typed characters (type-ahead), wrapping around. */
export function findByPrefix(rows: readonly TreeRow[], from: number, typed: string): number {
  const prefix = foldText(typed);
  for (let step = 1; step <= rows.length; step++) {
    const i = (from + step) % rows.length;
    if (foldText(rows[i]!.code.name).startsWith(prefix)) return i;
  }
  return -1;
}

function parentIdOf(codes: readonly CodeListing[]): Map<string, string | null> {
  const idByPath = new Map(codes.map((c) => [c.path, c.id]));
  return new Map(codes.map((c) => [c.id, c.parent === null ? null : idByPath.get(c.parent) ?? null]));
}

/** The ids of a code's ancestors, nearest first. */
export function ancestorIds(codes: readonly CodeListing[], id: string): string[] {
  const parents = parentIdOf(codes);
  const out: string[] = [];
  for (let p = parents.get(id) ?? null; p !== null && !out.includes(p); p = parents.get(p) ?? null) out.push(p);
  return out;
}

/** A code and every code below it. */
export function subtreeIds(codes: readonly CodeListing[], id: string): Set<string> {
  const parents = parentIdOf(codes);
  const ids = new Set([id]);
  // Listing order puts parents first, but a second pass would be needed otherwise: loop until stable.
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (parent !== null && ids.has(parent) && !ids.has(child)) {
        ids.add(child);
        grew = true;
      }
    }
  }
  return ids;
}

/** The codes a code can move under: not itself, not below it, not its present parent. */
export function moveTargets(codes: readonly CodeListing[], id: string): CodeListing[] {
  const inside = subtreeIds(codes, id);
  const parent = parentIdOf(codes).get(id) ?? null;
  return codes.filter((c) => !inside.has(c.id) && c.id !== parent);
}

/** The codes a code can merge into: any code outside its own subtree. */
export function mergeTargets(codes: readonly CodeListing[], id: string): CodeListing[] {
  const inside = subtreeIds(codes, id);
  return codes.filter((c) => !inside.has(c.id));
}

/** A name in curly quotes, for the sentences the view says. */
export const quoted = (name: string) => `“${name}”`;

/**
 * What dropping a code may do: `refuse` (with the sentence to show), `top` (make it a category), or
 * `choose` between nesting and merging, each null when possible or the reason it is not.
 */
export type DropDecision =
  | { kind: 'refuse'; reason: string }
  | { kind: 'top' }
  | { kind: 'choose'; nest: string | null; merge: string | null };

/** The drop rules; `targetId` null is the "Top level" zone. */
export function dropDecision(codes: readonly CodeListing[], draggedId: string, targetId: string | null): DropDecision {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const from = byId.get(draggedId);
  if (!from) return { kind: 'refuse', reason: 'That code no longer exists; it may have been changed in another window.' };
  const children = (parentPath: string | null) => codes.filter((c) => c.parent === parentPath && c.id !== from.id).map((c) => c.name);
  if (targetId === null) {
    if (from.parent === null) return { kind: 'refuse', reason: `${quoted(from.name)} is already a top-level category.` };
    if (children(null).includes(from.name)) {
      return { kind: 'refuse', reason: `A top-level category named ${quoted(from.name)} already exists; rename one of them first.` };
    }
    return { kind: 'top' };
  }
  const into = byId.get(targetId);
  if (!into) return { kind: 'refuse', reason: 'That code no longer exists; it may have been changed in another window.' };
  if (into.id === from.id) return { kind: 'refuse', reason: 'A code cannot be dropped onto itself; drop it onto another code.' };
  if (subtreeIds(codes, from.id).has(into.id)) {
    return { kind: 'refuse', reason: `${quoted(into.name)} is inside ${quoted(from.name)}; a code cannot go into its own sub-codes.` };
  }
  const nest = from.parent === into.path ? `${quoted(from.name)} is already under ${quoted(into.name)}.`
    : children(into.path).includes(from.name) ? `${quoted(into.name)} already has a sub-code named ${quoted(from.name)}.` : null;
  const shared = children(from.path).find((name) => children(into.path).includes(name));
  const merge = shared === undefined ? null : `Both codes have a sub-code named ${quoted(shared)}; rename or merge those first.`;
  if (nest && merge) return { kind: 'refuse', reason: `${nest} ${merge}` };
  return { kind: 'choose', nest, merge };
}
