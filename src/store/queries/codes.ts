/** The code tree as a flat list with paths and coding counts. */
import { sql } from 'kysely';
import { formatPath } from '../../core/names.js';
import { codeByPath } from '../../core/resolve.js';
import type { CodeRecord } from '../../core/records.js';
import type { Store } from '../store.js';
import { readTx } from '../tx.js';

export interface CodeListing {
  id: string; name: string; path: string; parent: string | null; depth: number; definition: string;
  color: string | null; attributes: Record<string, string>; codings: number; codingsWithChildren: number;
  /** Distinct cases (participants) whose documents hold a segment coded with this code. */
  cases: number;
  /** Distinct cases counted over this code and every code below it (not a sum: a case counts once). */
  casesWithChildren: number;
}

/** Paths of every code of a project, by id. */
export function pathsOf(codes: readonly Pick<CodeRecord, 'id' | 'name' | 'parentId'>[]): Map<string, string[]> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<string, string[]>();
  const walk = (id: string): string[] => {
    const known = paths.get(id);
    if (known) return known;
    const c = byId.get(id)!;
    const path = c.parentId && byId.has(c.parentId) ? [...walk(c.parentId), c.name] : [c.name];
    paths.set(id, path);
    return path;
  };
  for (const c of codes) walk(c.id);
  return paths;
}

/** Every code, categories included, in tree order (parents before their children, siblings by position). */
export async function listCodes(store: Store, projectId: string): Promise<CodeListing[]> {
  const db = store.adapter.db;
  const codes = await db.selectFrom('code').selectAll().where('projectId', '=', projectId).execute();
  const direct = await codingsByCode(store, projectId);
  const caseSets = await casesByCode(store, projectId);
  const paths = pathsOf(codes);
  const children = new Map<string | null, CodeRecord[]>();
  for (const c of codes) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const out: CodeListing[] = [];
  // Returns the subtree's codings and the set of its cases, so a category's cases are a union.
  const visit = (parentId: string | null, depth: number): [number, Set<string>] => {
    let sum = 0;
    const cases = new Set<string>();
    for (const c of (children.get(parentId) ?? []).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))) {
      const entry: CodeListing = {
        id: c.id, name: c.name, path: formatPath(paths.get(c.id)!), parent: c.parentId ? formatPath(paths.get(c.parentId)!) : null,
        depth, definition: c.definition, color: c.color, attributes: JSON.parse(c.attributes) as Record<string, string>,
        codings: direct.get(c.id) ?? 0, codingsWithChildren: 0, cases: caseSets.get(c.id)?.size ?? 0, casesWithChildren: 0,
      };
      out.push(entry);
      const [below, belowCases] = visit(c.id, depth + 1);
      for (const k of caseSets.get(c.id) ?? []) belowCases.add(k);
      entry.codingsWithChildren = entry.codings + below;
      entry.casesWithChildren = belowCases.size;
      sum += entry.codingsWithChildren;
      for (const k of belowCases) cases.add(k);
    }
    return [sum, cases];
  };
  visit(null, 0);
  return out;
}

/**
 * Each code's codings, from the totals the triggers keep per code and case (migration 007) plus
 * the codings in documents without a case, read through those documents: never a pass over every
 * coding of the project.
 */
export async function codingsByCode(store: Store, projectId: string): Promise<Map<string, number>> {
  const db = store.adapter.db;
  const withCase = (await sql<{ codeId: string; n: number }>`select code_id as "codeId", sum(n) as n
    from code_case_total where project_id = ${projectId} group by code_id`.execute(db)).rows;
  const caseless = await db.selectFrom('coding').select(['codeId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('documentId', 'in', (eb) => eb.selectFrom('document').select('id').where('projectId', '=', projectId).where('caseId', 'is', null))
    .groupBy('codeId').execute();
  const out = new Map<string, number>();
  for (const r of [...withCase, ...caseless]) out.set(r.codeId, (out.get(r.codeId) ?? 0) + Number(r.n));
  return out;
}

/** Each code's distinct case ids, from the kept totals; documents without a case count for none. */
async function casesByCode(store: Store, projectId: string): Promise<Map<string, Set<string>>> {
  const rows = await sql<{ codeId: string; caseId: string }>`select distinct code_id as "codeId", case_id as "caseId"
    from code_case_total where project_id = ${projectId}`.execute(store.adapter.db);
  const out = new Map<string, Set<string>>();
  for (const r of rows.rows) {
    const set = out.get(r.codeId) ?? new Set<string>();
    set.add(r.caseId);
    out.set(r.codeId, set);
  }
  return out;
}

/** The id of the code at a path, or a clear error (the same lookup the commands use). */
export async function codeIdByPath(store: Store, projectId: string, path: string): Promise<string> {
  return (await codeByPath(readTx(store), projectId, path)).id;
}

/** A code and every code below it. */
export async function codeSubtreeIds(store: Store, projectId: string, rootId: string): Promise<string[]> {
  const codes = await store.adapter.db.selectFrom('code').select(['id', 'parentId']).where('projectId', '=', projectId).execute();
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) for (const c of codes) if (c.parentId === ids[i]) ids.push(c.id);
  return ids;
}
